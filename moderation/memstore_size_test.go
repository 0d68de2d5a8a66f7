package moderation

import (
	"context"
	"fmt"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestMemStoreMemoryAtTheCaps fills a default MemStore's tables to their
// caps, each with every kind of entry it holds, at its costliest: every
// link domain as long as a Moderator gives one (maxStateDomainBytes, what
// a domain of any length becomes: stateDomain), every model token as long
// as a token gets. It measures the heap they hold: the figures in the docs
// of DefaultMaxEntries, DefaultMaxHistory, DefaultMaxForms and
// DefaultMaxTokens, and in the README. Run it with -v to see them.
func TestMemStoreMemoryAtTheCaps(t *testing.T) {
	if testing.Short() {
		t.Skip("fills each table of a MemStore to its cap")
	}
	ctx := context.Background()
	now := time.Now()
	// One domain a comment, so that no two posters share an author's key,
	// each of maxStateDomainBytes, the longest a Store is given.
	domain := func(i int) []string {
		return []string{fmt.Sprintf("%0*d.example", maxStateDomainBytes-len(".example"), i)}
	}
	require.Len(t, domain(0)[0], maxStateDomainBytes)
	require.Len(t, stateDomain(strings.Repeat("x", 1000)+".example"), maxStateDomainBytes, "a longer domain's stand-in")
	cases := []struct {
		name  string
		cap   int     // of the table filled
		limit float64 // MB, as documented
		full  func(s *MemStore) bool
		fill  func(s *MemStore, i int) error
	}{
		{"texts and senders", DefaultMaxEntries, 16, func(s *MemStore) bool { return s.recent.cost >= s.recent.max },
			func(s *MemStore, i int) error {
				_, err := s.Load(ctx, &Query{Now: now, TextID: uint64(i) + 1, Shingles: []uint64{uint64(i)},
					Senders: []string{hashID("ip", fmt.Sprint(i))}, Windows: testWindows})
				return err
			}},
		{"domains with one poster", DefaultMaxEntries, 16, func(s *MemStore) bool { return s.recent.cost >= s.recent.max },
			func(s *MemStore, i int) error {
				_, err := s.Load(ctx, &Query{Now: now, Author: hashID("e", fmt.Sprint(i)), Domains: domain(i), Windows: testWindows})
				return err
			}},
		{"domains with the most posters", DefaultMaxEntries, 16, func(s *MemStore) bool { return s.recent.cost >= s.recent.max },
			func(s *MemStore, i int) error {
				// MaxDomainPosters authors in turn link the same domains.
				_, err := s.Load(ctx, &Query{Now: now, Author: hashID("e", fmt.Sprint(i)), Domains: domain(i / MaxDomainPosters), Windows: testWindows})
				return err
			}},
		{"authors and approved domains", DefaultMaxHistory, 23, func(s *MemStore) bool { return s.history.cost >= s.history.max },
			func(s *MemStore, i int) error {
				return s.Learn(ctx, &Lesson{Now: now, Delta: 1, Author: hashID("e", fmt.Sprint(i)), Domains: domain(i), Windows: testWindows})
			}},
		{"approved domains", DefaultMaxHistory, 23, func(s *MemStore) bool { return s.history.cost >= s.history.max },
			func(s *MemStore, i int) error {
				// A lesson of an anonymous comment: its domains alone.
				return s.Learn(ctx, &Lesson{Now: now, Delta: 1, Domains: domain(i), Windows: testWindows})
			}},
		{"used form tokens", DefaultMaxForms, 5, func(s *MemStore) bool { return len(s.forms.used) >= s.forms.max },
			func(s *MemStore, i int) error {
				_, err := s.Load(ctx, &Query{Now: now, Form: uint64(i) + 1, Windows: formWindows})
				return err
			}},
		{"model tokens", DefaultMaxTokens, 44, func(s *MemStore) bool { return len(s.tokens) >= s.maxTokens },
			func(s *MemStore, i int) error {
				toks := make([]string, 1000)
				for j := range toks {
					// A pair of two words of maxTokenBytes, or a link
					// domain of maxStateDomainBytes: the longest tokens,
					// of the same length (the words and links of learned
					// spam are the spammer's).
					if j%2 == 0 {
						toks[j] = fmt.Sprintf("p:%0*d %0*d", maxTokenBytes, i, maxTokenBytes, j)
					} else {
						toks[j] = tokDomain + fmt.Sprintf("%0*d.%0*d.example", maxTokenBytes, i, maxTokenBytes-len(".example"), j)
					}
				}
				for _, tok := range toks[:2] {
					require.Len(t, tok, len(tokPair)+2*maxTokenBytes+1)
				}
				return s.Learn(ctx, &Lesson{Now: now, Spam: true, Delta: 1, Tokens: toks, Windows: testWindows})
			}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			before := heapInUse()
			s := NewMemStore(MemStoreOptions{})
			for i := 0; !c.full(s); i++ {
				require.NoError(t, c.fill(s, i))
			}
			mb := float64(heapInUse()-before) / 1e6
			runtime.KeepAlive(s)
			t.Logf("%s: %d at the cap: %.1f MB", c.name, c.cap, mb)
			assert.LessOrEqual(t, mb, c.limit, "MB, as documented")
		})
	}
}

// heapInUse returns the bytes of live heap after a collection.
func heapInUse() uint64 {
	var ms runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&ms)
	return ms.HeapAlloc
}
