package redisstore

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"testing"

	"github.com/commentkit/commentkit/moderation"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestAddModelCap reads testdata/addmodel_cap.json: over a model of two
// tokens, in a store capped at four, AddModel adds a model whole when the
// model then holds at most four distinct tokens and codes, and otherwise
// adds nothing and returns an error wrapping moderation.ErrModelTooLarge.
func TestAddModelCap(t *testing.T) {
	var cases []struct {
		Name     string
		Add      moderation.Model
		TooLarge bool
	}
	raw, err := os.ReadFile("testdata/addmodel_cap.json")
	require.NoError(t, err)
	require.NoError(t, json.Unmarshal(raw, &cases))
	require.NotEmpty(t, cases)
	ctx := context.Background()
	held := map[string]moderation.TokenCounts{"w:a": {Spam: 1}, "w:b": {Ham: 1}}
	for _, c := range cases {
		t.Run(c.Name, func(t *testing.T) {
			client, prefix := testClient(t)
			s, err := New(client, Options{Prefix: prefix, MaxTokens: 4})
			require.NoError(t, err)
			require.NoError(t, s.AddModel(ctx, &moderation.Model{Learned: moderation.TokenCounts{Spam: 1, Ham: 1}, Tokens: held}))
			before, err := s.Model(ctx)
			require.NoError(t, err)

			err = s.AddModel(ctx, &c.Add)
			after, merr := s.Model(ctx)
			require.NoError(t, merr)
			if c.TooLarge {
				require.ErrorIs(t, err, moderation.ErrModelTooLarge)
				assert.Equal(t, before, after, "nothing was added")
				return
			}
			require.NoError(t, err)
			assert.Equal(t, moderation.TokenCounts{Spam: before.Learned.Spam + c.Add.Learned.Spam, Ham: before.Learned.Ham + c.Add.Learned.Ham}, after.Learned)
			for tok, n := range c.Add.Tokens {
				if n != (moderation.TokenCounts{}) {
					assert.Equal(t, moderation.TokenCounts{Spam: held[tok].Spam + n.Spam, Ham: held[tok].Ham + n.Ham}, after.Tokens[tok], tok)
				}
			}
			assert.LessOrEqual(t, len(after.Tokens)+len(after.Codes), 4)
		})
	}
}

// TestImportTooLargeForRedis: Moderator.Import of an export into a Redis
// store whose cap is too small refuses it whole, and says why.
func TestImportTooLargeForRedis(t *testing.T) {
	ctx := context.Background()
	from, err := moderation.New(moderation.Config{})
	require.NoError(t, err)
	require.NoError(t, from.Learn(ctx, moderation.Comment{Body: "buy cheap followers at https://shop.example today"}, moderation.Spam))
	var model bytes.Buffer
	require.NoError(t, from.Export(ctx, &model))

	client, prefix := testClient(t)
	s, err := New(client, Options{Prefix: prefix, MaxTokens: 5})
	require.NoError(t, err)
	m := newModerator(t, s)
	err = m.Import(ctx, bytes.NewReader(model.Bytes()))
	require.ErrorIs(t, err, moderation.ErrModelTooLarge)
	got, err := s.Model(ctx)
	require.NoError(t, err)
	assert.Equal(t, &moderation.Model{Tokens: map[string]moderation.TokenCounts{}, Codes: map[string]moderation.TokenCounts{}}, got, "nothing was imported")

	big, err := New(client, Options{Prefix: prefix + "big:"})
	require.NoError(t, err)
	require.NoError(t, newModerator(t, big).Import(ctx, bytes.NewReader(model.Bytes())), "the default cap holds it")
}

// TestAddModelOnce: the script of an import records its ID, so a copy of
// it (go-redis sending it again after a timeout) adds nothing more; a new
// import adds again.
func TestAddModelOnce(t *testing.T) {
	s, _ := testStore(t)
	ctx := context.Background()
	m := &moderation.Model{Learned: moderation.TokenCounts{Spam: 1}, Tokens: map[string]moderation.TokenCounts{"w:x": {Spam: 1}}, Codes: map[string]moderation.TokenCounts{"f:link": {Spam: 1}}}
	require.NoError(t, s.addModel(ctx, m, "one"))
	require.NoError(t, s.addModel(ctx, m, "one"))
	got, err := s.Model(ctx)
	require.NoError(t, err)
	assert.Equal(t, m, got, "one import sent twice")
	require.NoError(t, s.AddModel(ctx, m))
	got, err = s.Model(ctx)
	require.NoError(t, err)
	assert.Equal(t, moderation.TokenCounts{Spam: 2}, got.Learned, "another import")
}
