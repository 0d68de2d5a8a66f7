package redisstore

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/commentkit/commentkit/internal/storetest"
	"github.com/commentkit/commentkit/moderation"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestNoFlag holds the Redis store to how every Store keeps the counts of
// the clue "no content flag" (storetest.NoFlag).
func TestNoFlag(t *testing.T) {
	storetest.NoFlag(t, "../testdata/model/noflag.json", func(t *testing.T) moderation.Store {
		s, _ := testStore(t)
		return s
	})
}

// TestNoFlagKey: the counts of comments without a content flag are one
// key under the prefix, with the TTL of the rest of the model: History
// after a lesson (a lesson with a content flag renews it too, so the
// counts never expire before the comments they were counted over), the
// import's TTL after an import; and a value that is not four counts reads
// as none.
func TestNoFlagKey(t *testing.T) {
	s, c := testStore(t)
	ctx := context.Background()
	w := windows
	w.History = time.Hour
	require.NoError(t, s.Learn(ctx, &moderation.Lesson{Now: time.Now(), Spam: true, Delta: 1, Tokens: []string{"w:x"}, Windows: w}))
	w.History = 2 * time.Hour
	require.NoError(t, s.Learn(ctx, &moderation.Lesson{Now: time.Now(), Delta: 1, Tokens: []string{"w:y"}, Codes: []string{"f:link"}, Windows: w}))
	v, err := c.Get(ctx, s.prefix+"model:noflag").Result()
	require.NoError(t, err)
	assert.Equal(t, "1,1,1,0", v, "learned spam, learned ham, spam and ham without a content flag")
	for _, k := range []string{s.noFlagKey(), s.learnedKey(), s.tokensKey()} {
		ttl, err := c.PTTL(ctx, k).Result()
		require.NoError(t, err)
		assert.InDelta(t, w.History.Seconds(), ttl.Seconds(), 5, "%s: the History of the last lesson", k)
	}

	require.NoError(t, s.AddModel(ctx, &moderation.Model{NoFlag: moderation.NoFlagCounts{Learned: moderation.TokenCounts{Spam: 3}}}))
	ttl, err := c.PTTL(ctx, s.noFlagKey()).Result()
	require.NoError(t, err)
	assert.InDelta(t, importTTL.Seconds(), ttl.Seconds(), 5, "an import's TTL, as the model's totals")
	snap, err := s.Load(ctx, &moderation.Query{Now: time.Now(), Tokens: []string{"w:x"}, Windows: w})
	require.NoError(t, err)
	assert.Equal(t, moderation.NoFlagCounts{Learned: moderation.TokenCounts{Spam: 4, Ham: 1}, Counts: moderation.TokenCounts{Spam: 1}}, snap.NoFlag)

	for _, bad := range []string{"1,2", "1,2,3", "a,b,c,d", "1,2,3,4,5", ""} {
		require.NoError(t, c.Set(ctx, s.noFlagKey(), bad, time.Minute).Err())
		snap, err := s.Load(ctx, &moderation.Query{Now: time.Now(), Tokens: []string{"w:x"}, Windows: w})
		require.NoError(t, err)
		assert.Zero(t, snap.NoFlag, "%q", bad)
	}
}

// TestNoFlagThroughRedis: a model learned in memory, exported and
// imported into Redis, exports again the same, its counts of comments
// without a content flag included, and the clue read from Redis decides
// a comment that raised no content flag as it does in memory.
// A copy of the file cut short leaves the Redis model as it was.
func TestNoFlagThroughRedis(t *testing.T) {
	ctx := context.Background()
	mem, err := moderation.New(moderation.Config{})
	require.NoError(t, err)
	for i := range moderation.DefaultBayesMinLearned + 5 {
		require.NoError(t, mem.Learn(ctx, moderation.Comment{Body: fmt.Sprintf("check out my channel https://spam%d.example subscribe", i), Author: fmt.Sprint("s", i)}, moderation.Spam))
		require.NoError(t, mem.Learn(ctx, moderation.Comment{Body: fmt.Sprintf("the chorus reminds me of my childhood %d", i), Author: fmt.Sprint("h", i)}, moderation.Ham))
	}
	require.NoError(t, mem.Learn(ctx, moderation.Comment{Body: "hello from a quiet spammer", Author: "q"}, moderation.Spam))
	var file strings.Builder
	require.NoError(t, mem.Export(ctx, &file))
	require.Contains(t, file.String(), `{"noflag_learned":{"spam":26,"ham":25},"noflag":{"spam":1,"ham":25}}`)

	s, _ := testStore(t)
	red := newModerator(t, s)
	require.NoError(t, red.Import(ctx, strings.NewReader(file.String())))
	var again strings.Builder
	require.NoError(t, red.Export(ctx, &again))
	assert.Equal(t, file.String(), again.String())

	// Its words are the quiet spammer's; it raises no content flag, as
	// almost none of the spam did and all of the ham: with the clue the
	// model gives no verdict (without it, 92% spam, a bayes flag).
	probe := moderation.Comment{Body: "hello from a quiet day", Author: "p"}
	want := check(t, mem, probe)
	got := check(t, red, probe)
	assert.Equal(t, want.Flags, got.Flags)
	assert.NotContains(t, codes(got), moderation.CodeBayes)

	cut := file.String()[:strings.LastIndexByte(strings.TrimSuffix(file.String(), "\n"), '\n')+1]
	err = red.Import(ctx, strings.NewReader(cut))
	require.ErrorIs(t, err, moderation.ErrModelFormat)
	again.Reset()
	require.NoError(t, red.Export(ctx, &again))
	assert.Equal(t, file.String(), again.String(), "nothing was added")
}
