package moderation

import (
	"bytes"
	"context"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestMemStoreLearnPastTheCap: Learn past MaxTokens still counts what the
// model knows and drops what is new (AddModel past it is refused whole:
// TestMemStoreAddModelCap).
func TestMemStoreLearnPastTheCap(t *testing.T) {
	ctx := context.Background()
	t.Run("Learn past the cap", func(t *testing.T) {
		s := NewMemStore(MemStoreOptions{MaxTokens: 2})
		require.NoError(t, s.Learn(ctx, &Lesson{Now: time.Now(), Spam: true, Delta: 1, Tokens: []string{"w:a", "w:b", "w:c"}, Windows: testWindows}))
		m, err := s.Model(ctx)
		require.NoError(t, err)
		assert.Len(t, m.Tokens, 2, "a lesson is never refused; new tokens past the cap are dropped")
		assert.Equal(t, TokenCounts{Spam: 1}, m.Learned)
	})
}

// TestModeratorImportTooLarge: Import into a store too small for the model
// refuses it with ErrModelTooLarge and imports nothing.
func TestModeratorImportTooLarge(t *testing.T) {
	ctx := context.Background()
	src, err := New(Config{})
	require.NoError(t, err)
	for _, c := range []Comment{
		{Body: "Check out my blog for cheap watches"},
		{Body: "Thanks for the clear explanation of bees"},
	} {
		require.NoError(t, src.Learn(ctx, c, Spam))
	}
	var model bytes.Buffer
	require.NoError(t, src.Export(ctx, &model))

	small := NewMemStore(MemStoreOptions{MaxTokens: 3})
	dst, err := New(Config{Store: small})
	require.NoError(t, err)
	err = dst.Import(ctx, &model)
	require.ErrorIs(t, err, ErrModelTooLarge)
	m, err := small.Model(ctx)
	require.NoError(t, err)
	assert.Equal(t, &Model{Tokens: map[string]TokenCounts{}, Codes: map[string]TokenCounts{}}, m)
}

// TestMemStoreModelWritersHoldNoCheck: while the model is being changed
// (an Import merging a big model), a Check's Load reads the model from
// before and does not wait; Learn, Model and AddModel wait their turn, and
// give up when their ctx ends, changing nothing.
func TestMemStoreModelWritersHoldNoCheck(t *testing.T) {
	ctx := context.Background()
	s := NewMemStore(MemStoreOptions{})
	require.NoError(t, s.AddModel(ctx, &Model{Learned: TokenCounts{Spam: 1}, Tokens: map[string]TokenCounts{"w:a": {Spam: 1}}}))
	require.NoError(t, s.startLearning(ctx)) // as a long AddModel does

	snap, err := s.Load(ctx, &Query{Now: time.Now(), Tokens: []string{"w:a"}, Windows: testWindows})
	require.NoError(t, err, "a Load does not wait for the model's writer")
	assert.Equal(t, []TokenCounts{{Spam: 1}}, snap.Tokens)

	writers := []struct {
		name string
		call func(ctx context.Context) error
	}{
		{"Learn", func(ctx context.Context) error {
			return s.Learn(ctx, &Lesson{Now: time.Now(), Spam: true, Delta: 1, Tokens: []string{"w:b"}, Windows: testWindows})
		}},
		{"AddModel", func(ctx context.Context) error {
			return s.AddModel(ctx, &Model{Learned: TokenCounts{Ham: 1}, Tokens: map[string]TokenCounts{"w:c": {Ham: 1}}})
		}},
		{"Model", func(ctx context.Context) error { _, err := s.Model(ctx); return err }},
	}
	for _, w := range writers {
		t.Run(w.name, func(t *testing.T) {
			wctx, cancel := context.WithTimeout(ctx, time.Millisecond)
			defer cancel()
			assert.ErrorIs(t, w.call(wctx), context.DeadlineExceeded)
		})
	}
	s.stopLearning()
	m, err := s.Model(ctx)
	require.NoError(t, err)
	assert.Equal(t, &Model{Learned: TokenCounts{Spam: 1}, Tokens: map[string]TokenCounts{"w:a": {Spam: 1}}, Codes: map[string]TokenCounts{}}, m, "the writers that gave up changed nothing")
}

// TestMemStoreAddModelAtomic: Checks running during AddModels see each
// model whole: the count of a token that every added model holds once
// always equals the number of spam comments learned.
func TestMemStoreAddModelAtomic(t *testing.T) {
	ctx := context.Background()
	s := NewMemStore(MemStoreOptions{})
	add := &Model{Learned: TokenCounts{Spam: 1}, Tokens: map[string]TokenCounts{"w:a": {Spam: 1}, "w:b": {Ham: 1}}, Codes: map[string]TokenCounts{"f:link": {Spam: 1}}}
	var wg sync.WaitGroup
	wg.Go(func() {
		for range 200 {
			assert.NoError(t, s.AddModel(ctx, add))
		}
	})
	wg.Go(func() {
		for range 200 {
			assert.NoError(t, s.Learn(ctx, &Lesson{Now: time.Now(), Spam: true, Delta: 1, Tokens: []string{"w:a"}, Codes: []string{"f:link"}, Windows: testWindows}))
		}
	})
	for range 400 {
		snap, err := s.Load(ctx, &Query{Now: time.Now(), Tokens: []string{"w:a"}, Windows: testWindows})
		require.NoError(t, err)
		require.Equal(t, snap.Learned.Spam, snap.Tokens[0].Spam)
		require.Equal(t, snap.Learned.Spam, snap.Codes["f:link"].Spam)
	}
	wg.Wait()
	m, err := s.Model(ctx)
	require.NoError(t, err)
	assert.Equal(t, TokenCounts{Spam: 400}, m.Learned)
	assert.Equal(t, TokenCounts{Spam: 400}, m.Tokens["w:a"])
	assert.Equal(t, TokenCounts{Ham: 200}, m.Tokens["w:b"])
}
