package redisstore

import (
	"bytes"
	"context"
	"strconv"
	"testing"
	"time"

	"github.com/commentkit/commentkit/internal/storetest"
	"github.com/commentkit/commentkit/moderation"
	"github.com/redis/go-redis/v9"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestAddModelCap holds AddModel to the cases every Store passes
// (storetest.AddModelCap).
func TestAddModelCap(t *testing.T) {
	storetest.AddModelCap(t, "../testdata/memstore/addmodel_cap.json", func(t *testing.T, maxTokens int) moderation.Store {
		client, prefix := testClient(t)
		s, err := New(client, Options{Prefix: prefix, MaxTokens: maxTokens})
		require.NoError(t, err)
		return s
	})
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

// stagingHook watches an import: it counts the MULTI blocks that stage
// tokens and the scripts, and after the first staged chunk asks another
// client what a Check would see of the model.
type stagingHook struct {
	chunks, scripts int
	seen            func() // called after the first chunk
}

func (h *stagingHook) DialHook(next redis.DialHook) redis.DialHook { return next }

func (h *stagingHook) ProcessHook(next redis.ProcessHook) redis.ProcessHook {
	return func(ctx context.Context, cmd redis.Cmder) error {
		if name := cmd.Name(); name == "evalsha" || name == "eval" {
			h.scripts++
		}
		return next(ctx, cmd)
	}
}

func (h *stagingHook) ProcessPipelineHook(next redis.ProcessPipelineHook) redis.ProcessPipelineHook {
	return func(ctx context.Context, cmds []redis.Cmder) error {
		err := next(ctx, cmds)
		for _, c := range cmds {
			if c.Name() == "hset" {
				h.chunks++
				if h.chunks == 1 {
					h.seen()
				}
			}
		}
		return err
	}
}

// TestImportStagedInChunks: a large model reaches Redis in short commands
// (no one command holds Redis for the whole model), nothing of it is
// visible until the last script adds it whole, and no staged key is left
// behind, whether the import is added (into an empty model or one that has
// learned) or refused.
func TestImportStagedInChunks(t *testing.T) {
	const n = 2*importChunk + 10
	model := &moderation.Model{Learned: moderation.TokenCounts{Spam: 40, Ham: 40}, Tokens: map[string]moderation.TokenCounts{}, Codes: map[string]moderation.TokenCounts{"f:link": {Spam: 2}}}
	for i := range n {
		model.Tokens["w:t"+strconv.Itoa(i)] = moderation.TokenCounts{Spam: 1, Ham: int64(i % 3)}
	}
	learned := &moderation.Model{Learned: moderation.TokenCounts{Ham: 1}, Tokens: map[string]moderation.TokenCounts{"w:t0": {Ham: 1}, "w:other": {Ham: 1}}, Codes: map[string]moderation.TokenCounts{}}
	cases := []struct {
		name      string
		before    *moderation.Model
		maxTokens int
		tooLarge  bool
	}{
		{name: "into an empty model", maxTokens: n + 1},
		{name: "into a model that has learned", before: learned, maxTokens: n + 2},
		{name: "refused: past the cap", before: learned, maxTokens: n + 1, tooLarge: true},
		{name: "refused into an empty model", maxTokens: n, tooLarge: true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ctx := context.Background()
			client, prefix := testClient(t)
			reader := redis.NewClient(redisOptions(t))
			t.Cleanup(func() { _ = reader.Close() })
			s, err := New(client, Options{Prefix: prefix, MaxTokens: c.maxTokens})
			require.NoError(t, err)
			seer, err := New(reader, Options{Prefix: prefix})
			require.NoError(t, err)
			want := &moderation.Model{Tokens: map[string]moderation.TokenCounts{}, Codes: map[string]moderation.TokenCounts{}}
			if c.before != nil {
				require.NoError(t, s.AddModel(ctx, c.before))
				want, err = s.Model(ctx)
				require.NoError(t, err)
			}

			hook := &stagingHook{seen: func() {
				during, err := seer.Model(ctx)
				require.NoError(t, err)
				assert.Equal(t, want, during, "a staged chunk is not part of the model")
			}}
			client.AddHook(hook)
			err = s.AddModel(ctx, model)
			assert.Equal(t, 4, hook.chunks, "tokens in three chunks of at most importChunk, codes in one")
			assert.Equal(t, 1, hook.scripts, "one script adds the staged model")
			if c.tooLarge {
				require.ErrorIs(t, err, moderation.ErrModelTooLarge)
			} else {
				require.NoError(t, err)
				want.Learned.Spam += model.Learned.Spam
				want.Learned.Ham += model.Learned.Ham
				for _, kind := range []struct {
					into, from map[string]moderation.TokenCounts
				}{{want.Tokens, model.Tokens}, {want.Codes, model.Codes}} {
					for tok, add := range kind.from {
						kind.into[tok] = moderation.TokenCounts{Spam: kind.into[tok].Spam + add.Spam, Ham: kind.into[tok].Ham + add.Ham}
					}
				}
			}
			got, err := s.Model(ctx)
			require.NoError(t, err)
			assert.Equal(t, want, got)
			left, err := reader.Keys(ctx, prefix+"import:*:*").Result()
			require.NoError(t, err)
			assert.Empty(t, left, "staged keys left behind")
			for _, key := range []string{s.tokensKey(), s.codesKey()} {
				if ttl := reader.PTTL(ctx, key).Val(); ttl != -2*time.Nanosecond { // -2: no such key
					assert.Positive(t, ttl, "%s has a TTL", key)
				}
			}
		})
	}
}

// TestImportStagedTokensLost: staged tokens that are gone when the last
// script runs (expired, or put on another shard) import nothing, with an
// error, rather than a part of the model.
func TestImportStagedTokensLost(t *testing.T) {
	ctx := context.Background()
	client, prefix := testClient(t)
	reader := redis.NewClient(redisOptions(t))
	t.Cleanup(func() { _ = reader.Close() })
	s, err := New(client, Options{Prefix: prefix})
	require.NoError(t, err)
	model := &moderation.Model{Learned: moderation.TokenCounts{Spam: 1}, Tokens: map[string]moderation.TokenCounts{}, Codes: map[string]moderation.TokenCounts{}}
	for i := range importChunk + 1 {
		model.Tokens["w:t"+strconv.Itoa(i)] = moderation.TokenCounts{Spam: 1}
	}
	client.AddHook(&stagingHook{seen: func() {
		staged, err := reader.Keys(ctx, prefix+"import:*:tokens").Result()
		require.NoError(t, err)
		require.Len(t, staged, 1)
		require.NoError(t, reader.Del(ctx, staged...).Err())
	}})
	err = s.AddModel(ctx, model)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "incomplete")
	got, err := s.Model(ctx)
	require.NoError(t, err)
	assert.Equal(t, &moderation.Model{Tokens: map[string]moderation.TokenCounts{}, Codes: map[string]moderation.TokenCounts{}}, got, "nothing was imported")
	left, err := reader.Keys(ctx, prefix+"import:*").Result()
	require.NoError(t, err)
	assert.Empty(t, left, "nothing left behind")
}
