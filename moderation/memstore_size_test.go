package moderation

import (
	"context"
	"fmt"
	"runtime"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestMemStoreMemoryAtTheCaps fills a default MemStore to both caps and
// measures the heap it holds, the figures behind DefaultMaxEntries and
// DefaultMaxTokens ("some 20 MB" each). Run it with -v to see them.
func TestMemStoreMemoryAtTheCaps(t *testing.T) {
	if testing.Short() {
		t.Skip("fills 100,000 entries and 250,000 tokens")
	}
	ctx := context.Background()
	now := time.Now()
	heap := func() uint64 {
		var ms runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&ms)
		return ms.HeapAlloc
	}

	before := heap()
	s := NewMemStore(MemStoreOptions{})
	for i := 0; s.Len() < DefaultMaxEntries; i++ {
		_, err := s.Load(ctx, &Query{Now: now, TextID: uint64(i) + 1, Shingles: []uint64{uint64(i)},
			Senders: []string{hashID("ip", fmt.Sprint(i))}, Windows: testWindows})
		require.NoError(t, err)
	}
	entries := float64(heap()-before) / 1e6
	runtime.KeepAlive(s)

	before = heap()
	m := NewMemStore(MemStoreOptions{})
	toks := make([]string, 1000)
	for i := 0; len(m.tokens) < DefaultMaxTokens; i++ {
		for j := range toks {
			toks[j] = fmt.Sprintf("p:word%d other%d", i, j) // a word pair, the common kind
		}
		require.NoError(t, m.Learn(ctx, &Lesson{Now: now, Spam: true, Delta: 1, Tokens: toks, Windows: testWindows}))
	}
	toks = nil
	tokens := float64(heap()-before) / 1e6
	runtime.KeepAlive(m)

	t.Logf("%d entries: %.1f MB; %d tokens: %.1f MB", DefaultMaxEntries, entries, DefaultMaxTokens, tokens)
	assert.Less(t, entries, 40.0, "MB for DefaultMaxEntries")
	assert.Less(t, tokens, 40.0, "MB for DefaultMaxTokens")
}
