package moderation

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// formWindows are testWindows with the form checks on.
var formWindows = func() Windows { w := testWindows; w.Form = DefaultMaxFormAge; return w }()

// churn loads n comments, each with its own text, IP, author, domain and
// form token, as ordinary traffic does: about a dozen short-lived entries
// each. The ids start at from, so that two calls make different comments.
func churn(t *testing.T, s *MemStore, now time.Time, from, n int) {
	t.Helper()
	ctx := context.Background()
	for i := from; i < from+n; i++ {
		author := fmt.Sprintf("e:churn%d", i)
		sh := make([]uint64, dupKeys)
		for j := range sh {
			sh[j] = uint64(i*dupKeys + j + 1)
		}
		_, err := s.Load(ctx, &Query{
			Now: now, TextID: uint64(i) + 1, Shingles: sh, Author: author,
			Senders: []string{fmt.Sprintf("ip:%d", i), author},
			Domains: []string{fmt.Sprintf("site%d.example", i)}, Form: uint64(1_000_000 + i), Windows: formWindows,
		})
		require.NoError(t, err)
	}
}

// TestMemStoreHistoryOutlivesChurn: what moderators taught (an approved
// author, an approved domain) and the form tokens already used are kept
// for their own lifetimes, however many comments come in meanwhile; many
// more than MaxEntries comments evict only the entries of other comments.
// The cases are in testdata/memstore/churn.json.
func TestMemStoreHistoryOutlivesChurn(t *testing.T) {
	ctx := context.Background()
	var data struct {
		MaxEntries int `json:"maxEntries"`
		Cases      []struct {
			Name     string `json:"name"`
			Comments int    `json:"comments"` // other comments, each with a dozen entries
			After    string `json:"after"`    // from the lessons and the first use of the token
		} `json:"cases"`
	}
	readJSON(t, "testdata/memstore/churn.json", &data)
	require.NotEmpty(t, data.Cases)
	for _, c := range data.Cases {
		t.Run(c.Name, func(t *testing.T) {
			after, err := time.ParseDuration(c.After)
			require.NoError(t, err)
			s := NewMemStore(MemStoreOptions{MaxEntries: data.MaxEntries})
			t0 := time.Date(2026, 3, 1, 10, 0, 0, 0, time.UTC)
			for range 2 {
				require.NoError(t, s.Learn(ctx, &Lesson{Now: t0, Delta: 1, Author: "e:ann", Domains: []string{"annsblog.example"}, Windows: formWindows}))
			}
			snap, err := s.Load(ctx, &Query{Now: t0, Form: 7, Windows: formWindows})
			require.NoError(t, err)
			require.False(t, snap.FormUsed)

			churn(t, s, t0.Add(after/2), 0, c.Comments)
			assert.LessOrEqual(t, s.recent.cost, data.MaxEntries, "the per-comment entries stay within MaxEntries")

			snap, err = s.Load(ctx, &Query{Now: t0.Add(after), Author: "e:ann", Domains: []string{"annsblog.example"}, Form: 7, Windows: formWindows})
			require.NoError(t, err)
			assert.Equal(t, AuthorState{Ham: 2}, snap.Author, "the author's approvals are kept")
			assert.Equal(t, 2, snap.Domains[0].Ham, "the domain's approvals are kept")
			assert.True(t, snap.FormUsed, "a used token is refused when it comes again")
		})
	}
}

// TestMemStoreLongLivedCaps: learned history and used form tokens are
// bounded by caps of their own, evicting the oldest of their own kind.
func TestMemStoreLongLivedCaps(t *testing.T) {
	ctx := context.Background()
	t0 := time.Date(2026, 3, 1, 10, 0, 0, 0, time.UTC)
	const limit = 5
	s := NewMemStore(MemStoreOptions{MaxEntries: 1000, MaxHistory: limit, MaxForms: limit})
	for i := range 2 * limit {
		at := t0.Add(time.Duration(i) * time.Second)
		require.NoError(t, s.Learn(ctx, &Lesson{Now: at, Delta: 1, Author: fmt.Sprintf("e:%d", i), Windows: formWindows}))
		_, err := s.Load(ctx, &Query{Now: at, Form: uint64(i + 1), Windows: formWindows})
		require.NoError(t, err)
		require.LessOrEqual(t, s.history.cost, limit)
		require.LessOrEqual(t, len(s.forms.used), limit)
	}
	cases := []struct {
		i    int
		kept bool
	}{{0, false}, {limit - 1, false}, {limit, true}, {2*limit - 1, true}}
	for _, c := range cases {
		t.Run(fmt.Sprint(c.i), func(t *testing.T) {
			snap, err := s.Load(ctx, &Query{Now: t0.Add(time.Minute), Author: fmt.Sprintf("e:%d", c.i), Windows: readOnly})
			require.NoError(t, err)
			assert.Equal(t, c.kept, snap.Author.Ham == 1, "author %d", c.i)
			_, kept := s.forms.used[uint64(c.i+1)]
			assert.Equal(t, c.kept, kept, "form %d", c.i+1)
		})
	}
}

// TestMemStoreLongLivedExpiry: an author's history lives Windows.History
// after its last lesson; a used form token, Windows.Form after it was last
// sent.
func TestMemStoreLongLivedExpiry(t *testing.T) {
	ctx := context.Background()
	t0 := time.Date(2026, 3, 1, 10, 0, 0, 0, time.UTC)
	s := NewMemStore(MemStoreOptions{})
	for _, at := range []time.Duration{0, time.Hour} { // the last lesson an hour after the first
		require.NoError(t, s.Learn(ctx, &Lesson{Now: t0.Add(at), Delta: 1, Author: "e:ann", Domains: []string{"annsblog.example"}, Windows: testWindows}))
	}
	var data struct {
		History []struct {
			Name string `json:"name"`
			At   string `json:"at"`
			Ham  int    `json:"ham"`
		} `json:"history"`
		Forms []struct {
			Name string `json:"name"`
			At   string `json:"at"` // when the token is sent
			Used bool   `json:"used"`
		} `json:"forms"`
	}
	readJSON(t, "testdata/memstore/expiry.json", &data)
	require.NotEmpty(t, data.History)
	require.NotEmpty(t, data.Forms)
	for _, c := range data.History {
		t.Run(c.Name, func(t *testing.T) {
			at, err := time.ParseDuration(c.At)
			require.NoError(t, err)
			snap, err := s.Load(ctx, &Query{Now: t0.Add(at), Author: "e:ann", Domains: []string{"annsblog.example"}, Windows: readOnly})
			require.NoError(t, err)
			assert.Equal(t, c.Ham, snap.Author.Ham)
			assert.Equal(t, c.Ham, snap.Domains[0].Ham)
		})
	}
	assert.Empty(t, s.history.entries, "expired history is dropped when read")

	for _, c := range data.Forms {
		t.Run("form sent "+c.Name, func(t *testing.T) {
			at, err := time.ParseDuration(c.At)
			require.NoError(t, err)
			snap, err := s.Load(ctx, &Query{Now: t0.Add(at), Form: 7, Windows: formWindows})
			require.NoError(t, err)
			assert.Equal(t, c.Used, snap.FormUsed)
		})
	}
}

// readJSON decodes the file at path into v.
func readJSON(t *testing.T, path string, v any) {
	t.Helper()
	raw, err := os.ReadFile(path)
	require.NoError(t, err)
	require.NoError(t, json.Unmarshal(raw, v), path)
}

// TestModeratorTrustOutlivesChurn is finding 1 of the review as a user
// meets it: an author approved twice keeps the weight of a trusted author
// on a link to her own site after many more than MaxEntries comments of a
// bot, and a form token used once is still refused hours and many comments
// later.
func TestModeratorTrustOutlivesChurn(t *testing.T) {
	ctx := context.Background()
	key := []byte("site key")
	store := NewMemStore(MemStoreOptions{MaxEntries: 200})
	m, err := New(Config{Store: store, FormKey: key})
	require.NoError(t, err)
	t0 := time.Date(2026, 3, 1, 10, 0, 0, 0, time.UTC)
	ann := Comment{Author: "Ann", AuthorEmail: "ann@annsblog.example", Time: t0}
	for i := range 2 {
		c := ann
		c.Body = fmt.Sprintf("Approved comment number %d about bees", i)
		require.NoError(t, m.Learn(ctx, c, Ham))
	}
	tok := NewFormToken(key, t0)
	first := Comment{Body: "First!", IP: "203.0.113.1", FormToken: tok, Time: t0.Add(10 * time.Second)}
	res, err := m.Check(ctx, first)
	require.NoError(t, err)
	require.False(t, hasCode(res.Flags, CodeHoneypot))

	for i := range 100 { // about 1,000 entries, five times MaxEntries
		at := t0.Add(time.Minute + time.Duration(i)*time.Second)
		body := ""
		for j := range 12 {
			body += fmt.Sprintf("w%dx%d ", i, j)
		}
		_, err := m.Check(ctx, Comment{Body: body, Author: fmt.Sprint("bot", i), IP: "203.0.113.9", FormToken: NewFormToken(key, at.Add(-time.Minute)), Time: at})
		require.NoError(t, err)
	}

	c := ann
	c.Body, c.Time = "More in my post https://annsblog.example/post", t0.Add(2*time.Hour)
	res, err = m.Check(ctx, c)
	require.NoError(t, err)
	var authorLink *Flag
	for i, f := range res.Flags {
		if f.Code == CodeAuthorLink {
			authorLink = &res.Flags[i]
		}
	}
	require.NotNil(t, authorLink, "%v", res.Flags)
	assert.Less(t, authorLink.Score, 1.0, "a trusted author's link to her site weighs less")

	replay := first
	replay.Body, replay.Time = "Replayed", t0.Add(2*time.Hour)
	res, err = m.Check(ctx, replay)
	require.NoError(t, err)
	assert.True(t, hasCode(res.Flags, CodeHoneypot), "a used form token is refused: %v", res.Flags)
}

// TestMemStoreUnlearnLeavesNoHistory: taking back every lesson about an
// author or a domain, or one never given, leaves no entry to take room
// under MaxHistory.
func TestMemStoreUnlearnLeavesNoHistory(t *testing.T) {
	ctx := context.Background()
	now := time.Now()
	lesson := func(spam bool, delta int64) *Lesson {
		return &Lesson{Now: now, Spam: spam, Delta: delta, Author: "e:ann", Domains: []string{"annsblog.example"}, Windows: testWindows}
	}
	cases := []struct {
		name    string
		lessons []*Lesson
		left    int // history entries
	}{
		{"a lesson never given", []*Lesson{lesson(false, -1)}, 0},
		{"ham taken back", []*Lesson{lesson(false, 1), lesson(false, -1)}, 0},
		{"spam taken back", []*Lesson{lesson(true, 1), lesson(true, -1)}, 0},
		{"ham and spam, spam taken back", []*Lesson{lesson(false, 1), lesson(true, 1), lesson(true, -1)}, 2},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := NewMemStore(MemStoreOptions{})
			for _, l := range c.lessons {
				require.NoError(t, s.Learn(ctx, l))
			}
			assert.Len(t, s.history.entries, c.left)
			assert.Equal(t, c.left, s.history.cost)
		})
	}
}
