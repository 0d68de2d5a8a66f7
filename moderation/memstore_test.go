package moderation

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var testWindows = Windows{
	Duplicate: DefaultDuplicateWindow,
	Interval:  DefaultFloodInterval,
	Flood:     DefaultFloodWindow,
	Hosts:     DefaultRepeatHostWindow,
	History:   DefaultHistory,
}

// readOnly are Windows that make Load only read: with a window of 0 the
// check is off and Load counts nothing in for it. Hosts is kept, as Load
// reads the posters of a domain within it; a Query with no Author adds no
// poster.
var readOnly = Windows{Hosts: testWindows.Hosts}

func TestMemStoreExpiry(t *testing.T) {
	ctx := context.Background()
	s := NewMemStore(MemStoreOptions{})
	t0 := time.Date(2026, 3, 1, 10, 0, 0, 0, time.UTC)
	_, err := s.Load(ctx, &Query{Now: t0, TextID: 42, Shingles: []uint64{1, 2}, Senders: []string{"ip:a"}, Author: "n:x", Domains: []string{"spam.example"}, Windows: testWindows})
	require.NoError(t, err)
	// Anonymous, so that these Loads add no poster.
	q := &Query{Shingles: []uint64{1, 3}, Senders: []string{"ip:a"}, Domains: []string{"spam.example"}, Windows: readOnly}

	cases := []struct {
		after       time.Duration
		band        uint64
		last        bool
		count       int
		hostAuthors int
	}{
		{time.Second, 42, true, 1, 1},
		{DefaultFloodInterval, 42, false, 1, 1},
		{DefaultFloodWindow, 42, false, 0, 1},
		{DefaultDuplicateWindow - time.Second, 42, false, 0, 1},
		{DefaultDuplicateWindow, 0, false, 0, 0},
	}
	for _, c := range cases {
		t.Run(c.after.String(), func(t *testing.T) {
			q.Now = t0.Add(c.after)
			snap, err := s.Load(ctx, q)
			require.NoError(t, err)
			assert.Equal(t, []uint64{c.band, 0}, snap.Shingles)
			assert.Equal(t, c.last, !snap.Senders[0].Last.IsZero())
			assert.Equal(t, c.count, snap.Senders[0].Count)
			assert.Equal(t, c.hostAuthors, snap.Domains[0].Authors)
		})
	}
	assert.Zero(t, s.Len(), "expired entries are dropped when read, or when they reach the front of the order")
}

func TestMemStoreCap(t *testing.T) {
	ctx := context.Background()
	const limit = 100
	s := NewMemStore(MemStoreOptions{MaxEntries: limit})
	now := time.Date(2026, 3, 1, 10, 0, 0, 0, time.UTC)
	for i := range 10 * limit {
		_, err := s.Load(ctx, &Query{
			Now: now, TextID: uint64(i + 1), Shingles: []uint64{uint64(i)},
			Senders: []string{fmt.Sprintf("ip:%d", i)}, Windows: testWindows,
		})
		require.NoError(t, err)
		require.LessOrEqual(t, s.Len(), limit)
	}
	snap, err := s.Load(ctx, &Query{Now: now, Shingles: []uint64{0, 10*limit - 1}, Windows: readOnly})
	require.NoError(t, err)
	assert.Equal(t, []uint64{0, 10 * limit}, snap.Shingles, "the oldest entry went, the newest stayed")
}

func TestMemStoreFloodWindowNotExtended(t *testing.T) {
	ctx := context.Background()
	s := NewMemStore(MemStoreOptions{})
	t0 := time.Date(2026, 3, 1, 10, 0, 0, 0, time.UTC)
	w := testWindows
	w.Flood = time.Minute
	rec := func(at time.Duration) {
		_, err := s.Load(ctx, &Query{Now: t0.Add(at), Senders: []string{"ip:a"}, Windows: w})
		require.NoError(t, err)
	}
	load := func(at time.Duration) int {
		snap, err := s.Load(ctx, &Query{Now: t0.Add(at), Senders: []string{"ip:a"}, Windows: readOnly})
		require.NoError(t, err)
		return snap.Senders[0].Count
	}
	rec(0)
	rec(30 * time.Second)
	assert.Equal(t, 2, load(59*time.Second))
	assert.Equal(t, 0, load(61*time.Second), "the window began at the first comment")
}

func TestMemStoreLearnClampsAndForgets(t *testing.T) {
	ctx := context.Background()
	s := NewMemStore(MemStoreOptions{MaxTokens: 3})
	now := time.Now()
	learn := func(spam bool, delta int64, tokens ...string) {
		require.NoError(t, s.Learn(ctx, &Lesson{Now: now, Spam: spam, Delta: delta, Tokens: tokens, Author: "a", Windows: testWindows}))
	}
	learn(true, 1, "w:a", "w:b")
	learn(false, 1, "w:b", "w:c", "w:d") // w:d is over the cap of 3 tokens
	m, err := s.Model(ctx)
	require.NoError(t, err)
	assert.Equal(t, TokenCounts{Spam: 1, Ham: 1}, m.Learned)
	assert.Equal(t, map[string]TokenCounts{"w:a": {Spam: 1}, "w:b": {Spam: 1, Ham: 1}, "w:c": {Ham: 1}}, m.Tokens)

	learn(true, -1, "w:a", "w:b")
	learn(true, -1, "w:a", "w:b") // taking back twice never goes below zero
	m, err = s.Model(ctx)
	require.NoError(t, err)
	assert.Equal(t, TokenCounts{Ham: 1}, m.Learned)
	assert.Equal(t, map[string]TokenCounts{"w:b": {Ham: 1}, "w:c": {Ham: 1}}, m.Tokens, "tokens at zero are forgotten")

	snap, err := s.Load(ctx, &Query{Now: now, Author: "a"})
	require.NoError(t, err)
	assert.Equal(t, AuthorState{Ham: 1}, snap.Author)
}

func TestMemStoreCtxDone(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	s := NewMemStore(MemStoreOptions{})
	_, err := s.Load(ctx, &Query{})
	assert.ErrorIs(t, err, context.Canceled)
	assert.ErrorIs(t, s.Record(ctx, &Record{}), context.Canceled)
	assert.ErrorIs(t, s.Learn(ctx, &Lesson{Delta: 1}), context.Canceled)
}

func TestMemStoreConcurrent(t *testing.T) {
	ctx := context.Background()
	s := NewMemStore(MemStoreOptions{MaxEntries: 50})
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Go(func() {
			for i := range 200 {
				now := time.Now()
				id := fmt.Sprintf("ip:%d", (g*200+i)%70)
				_, err := s.Load(ctx, &Query{Now: now, Senders: []string{id}, Shingles: []uint64{uint64(i)}, TextID: 1, Author: id, Domains: []string{"x.example"}, Tokens: []string{"w:x"}, Windows: testWindows})
				assert.NoError(t, err)
				assert.NoError(t, s.Record(ctx, &Record{Now: now, Shingles: []uint64{uint64(i)}, TextID: 2, Windows: testWindows}))
				assert.NoError(t, s.Learn(ctx, &Lesson{Now: now, Spam: i%2 == 0, Delta: 1, Tokens: []string{"w:x"}, Windows: testWindows}))
			}
		})
	}
	wg.Wait()
	assert.LessOrEqual(t, s.Len(), 50)
	m, err := s.Model(ctx)
	require.NoError(t, err)
	assert.Equal(t, TokenCounts{Spam: 800, Ham: 800}, m.Learned)
}
