package redisstore

import (
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/commentkit/commentkit/moderation"
)

// TestStoreNotMadeByNew: a zero Store{} (no client) passes moderation.New,
// as any non-nil Store does, and then must not panic: each Check is the
// stateless verdict with state_unavailable, whose Detail names the mistake,
// and Learn, Export and Import return it (an ErrConfig error). A nil *Store is refused by New. No Redis is
// needed: nothing is sent.
func TestStoreNotMadeByNew(t *testing.T) {
	ctx := context.Background()
	m, err := moderation.New(moderation.Config{Store: &Store{}})
	require.NoError(t, err)
	c := moderation.Comment{Body: "Check out my blog, subscribe to my channel!", Author: "Sam"}
	res, err := m.Check(ctx, c)
	require.NoError(t, err)
	for _, f := range res.Flags {
		if f.Code == moderation.CodeStateUnavailable {
			assert.Contains(t, f.Detail, "The comment store is not set up (was it made by its package's New?)")
		}
	}
	assert.Contains(t, codes(res), moderation.CodeStateUnavailable)
	assert.Contains(t, codes(res), moderation.CodePromoPhrase, "the stateless checks still ran")
	require.ErrorIs(t, m.Learn(ctx, c, moderation.Spam), errNotNew)
	require.ErrorIs(t, m.Learn(ctx, c, moderation.Spam), moderation.ErrConfig)
	require.ErrorIs(t, m.Export(ctx, &strings.Builder{}), errNotNew)
	model := "{\"format\":\"commentkit-model\",\"version\":2,\"spam\":1,\"ham\":0,\"tokens\":1,\"codes\":0}\n{\"token\":\"w:cheap\",\"spam\":1,\"ham\":0}\n"
	require.ErrorIs(t, m.Import(ctx, strings.NewReader(model)), errNotNew)
	assert.Equal(t, moderation.DefaultMaxTokens, (&Store{}).MaxTokens())

	var none *Store
	_, err = moderation.New(moderation.Config{Store: none})
	require.ErrorIs(t, err, moderation.ErrConfig)
}
