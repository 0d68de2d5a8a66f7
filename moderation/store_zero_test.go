package moderation

import (
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestZeroMemStore: a MemStore{} (its doc: it needs no set-up) works as
// NewMemStore(MemStoreOptions{}) does, for Check, Learn, Export and Import
// alike, with the default caps; a nil *MemStore is refused by New, not
// left to panic in the first Check.
func TestZeroMemStore(t *testing.T) {
	ctx := context.Background()
	st := &MemStore{}
	assert.Equal(t, DefaultMaxTokens, st.MaxTokens())
	m, err := New(Config{Store: st, BayesMinLearned: 1})
	require.NoError(t, err)
	spam := Comment{Body: "Cheap followers and likes for your channel, best prices today", Author: "Sam"}
	ham := Comment{Body: "The second chart would read better with its axis labelled", Author: "Ann"}
	for _, c := range []Comment{spam, ham} {
		res, err := m.Check(ctx, c)
		require.NoError(t, err)
		assert.NotContains(t, codesOf(res.Flags), CodeStateUnavailable)
	}
	res, err := m.Check(ctx, spam)
	require.NoError(t, err)
	assert.Contains(t, codesOf(res.Flags), CodeDuplicate, "the zero store remembered the first copy")
	require.NoError(t, m.Learn(ctx, spam, Spam))
	require.NoError(t, m.Learn(ctx, ham, Ham))
	var model strings.Builder
	require.NoError(t, m.Export(ctx, &model))
	assert.Contains(t, model.String(), `"spam":1,"ham":1`)
	require.NoError(t, m.Import(ctx, strings.NewReader(model.String())))
	assert.Positive(t, st.Len())

	var none *MemStore
	_, err = New(Config{Store: none})
	require.ErrorIs(t, err, ErrConfig)
	assert.Contains(t, err.Error(), "nil *moderation.MemStore")
}
