package redisstore

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/commentkit/commentkit/internal/storetest"
	"github.com/commentkit/commentkit/moderation"
	"github.com/redis/go-redis/v9"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// redisOptions returns the options of the test Redis at REDIS_URL, with
// ContextTimeoutEnabled set. Without REDIS_URL the test is skipped, or
// fails under CI=true.
func redisOptions(t testing.TB) *redis.Options {
	t.Helper()
	opt := urlOptions(t)
	opt.ContextTimeoutEnabled = true
	return opt
}

// siteClients are clientKinds for the Redis at REDIS_URL: a test that
// must hold for both kinds of client runs once with each.
var siteClients = []struct {
	name    string
	options func(testing.TB) *redis.Options
}{
	{"ParseURL", urlOptions},
	{"ContextTimeoutEnabled", redisOptions},
}

// urlOptions returns the options redis.ParseURL makes of REDIS_URL, as
// most sites build their client: ContextTimeoutEnabled unset.
func urlOptions(t testing.TB) *redis.Options {
	t.Helper()
	url := os.Getenv("REDIS_URL")
	if url == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("REDIS_URL is not set; CI must start Redis (see .ci/run)")
		}
		t.Skip("REDIS_URL is not set: start one with `redis-server --port 6390 --bind 127.0.0.1 --save '' --daemonize yes` and set REDIS_URL=redis://127.0.0.1:6390/0")
	}
	opt, err := redis.ParseURL(url)
	require.NoError(t, err, "REDIS_URL")
	return opt
}

// testClient returns a client of the test Redis, with
// ContextTimeoutEnabled, and a key prefix of its own; the test's keys are
// deleted when it ends.
func testClient(t testing.TB) (*redis.Client, string) {
	t.Helper()
	return prefixedClient(t, redisOptions(t))
}

// prefixedClient returns a client with opt and a key prefix of its own;
// the test's keys are deleted when it ends.
func prefixedClient(t testing.TB, opt *redis.Options) (*redis.Client, string) {
	t.Helper()
	c := redis.NewClient(opt)
	ctx := context.Background()
	require.NoError(t, c.Ping(ctx).Err(), "the Redis at REDIS_URL does not answer")
	var b [6]byte
	_, _ = rand.Read(b[:])
	prefix := "commentkit-test:" + hex.EncodeToString(b[:]) + ":"
	t.Cleanup(func() {
		ctx := context.Background()
		iter := c.Scan(ctx, 0, prefix+"*", 1000).Iterator()
		for iter.Next(ctx) {
			c.Del(ctx, iter.Val())
		}
		_ = c.Close()
	})
	return c, prefix
}

func testStore(t testing.TB) (*Store, *redis.Client) {
	t.Helper()
	c, prefix := testClient(t)
	s, err := New(c, Options{Prefix: prefix})
	require.NoError(t, err)
	return s, c
}

var windows = storetest.Windows

// TestNewAcceptsAnyClient: New takes the client redis.ParseURL builds, as
// well as one with ContextTimeoutEnabled, a Cluster and a Ring, and notes
// which of them bound a call by its ctx themselves.
func TestNewAcceptsAnyClient(t *testing.T) {
	opt, err := redis.ParseURL("redis://127.0.0.1:1/0")
	require.NoError(t, err)
	require.False(t, opt.ContextTimeoutEnabled, "ParseURL has no parameter for it")
	plain := redis.NewClient(opt)
	defer plain.Close()
	withCtx := redis.NewClient(&redis.Options{Addr: "127.0.0.1:1", ContextTimeoutEnabled: true})
	defer withCtx.Close()
	cluster := redis.NewClusterClient(&redis.ClusterOptions{Addrs: []string{"127.0.0.1:1"}})
	defer cluster.Close()
	ring := redis.NewRing(&redis.RingOptions{Addrs: map[string]string{"a": "127.0.0.1:1"}})
	defer ring.Close()
	for _, tc := range []struct {
		name       string
		client     redis.UniversalClient
		ctxTimeout bool
		dials      bool
	}{
		{"ParseURL", plain, false, true},
		{"ContextTimeoutEnabled", withCtx, true, true},
		{"Cluster", cluster, false, false},
		{"Ring", ring, false, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, err := New(tc.client, Options{})
			require.NoError(t, err)
			assert.Equal(t, tc.ctxTimeout, s.ctxTimeout)
			assert.Equal(t, tc.dials, s.dials != nil)
		})
	}
	_, err = New(nil, Options{})
	assert.Error(t, err)
}

// readOnly are Windows that make Load only read: with a window of 0 the
// check is off and Load counts nothing in for it.
var readOnly = moderation.Windows{Hosts: windows.Hosts}

func TestLoadRecord(t *testing.T) {
	s, c := testStore(t)
	ctx := context.Background()
	now := time.Now()
	q := &moderation.Query{
		Now: now, Shingles: []uint64{11, 12}, Senders: []string{"ip:a", "n:x"}, Author: "n:x",
		Domains: []string{"spam.example", "fine.example"}, Tokens: []string{"w:hi", "w:there"}, Windows: readOnly,
	}
	snap, err := s.Load(ctx, q)
	require.NoError(t, err)
	assert.Equal(t, []uint64{0, 0}, snap.Shingles)
	assert.Equal(t, []moderation.SenderState{{}, {}}, snap.Senders)
	assert.Equal(t, []moderation.DomainState{{}, {}}, snap.Domains)
	assert.Equal(t, []moderation.TokenCounts{{}, {}}, snap.Tokens)
	assert.Empty(t, snap.Codes)

	// Three comments: Load counts each in and adds its author to the
	// posters of its domain.
	for i, author := range []string{"n:x", "n:y", "n:z"} {
		snap, err := s.Load(ctx, &moderation.Query{
			Now: now, TextID: 99, Shingles: []uint64{11}, Senders: []string{"ip:a", author},
			Author: author, Domains: []string{"spam.example"}, Windows: windows,
		})
		require.NoError(t, err)
		assert.Equal(t, i, snap.Senders[0].Count, "the comments before this one")
		assert.Equal(t, i, snap.Domains[0].Authors, "the posters before this one")
	}
	snap, err = s.Load(ctx, q)
	require.NoError(t, err)
	assert.Equal(t, []uint64{99, 0}, snap.Shingles)
	assert.Equal(t, 3, snap.Senders[0].Count)
	assert.Equal(t, 1, snap.Senders[1].Count)
	assert.WithinDuration(t, now, snap.Senders[0].Last, time.Millisecond)
	assert.Equal(t, 2, snap.Domains[0].Authors, "three authors, not counting the one asking")
	assert.Zero(t, snap.Domains[1].Authors)

	// A near duplicate joins the text it copies.
	require.NoError(t, s.Record(ctx, &moderation.Record{Now: now, TextID: 7, Shingles: []uint64{11, 12}, Windows: windows}))
	snap, err = s.Load(ctx, q)
	require.NoError(t, err)
	assert.Equal(t, []uint64{7, 7}, snap.Shingles)

	ttl, err := c.PTTL(ctx, s.shingleKey(11)).Result()
	require.NoError(t, err)
	assert.InDelta(t, windows.Duplicate.Seconds(), ttl.Seconds(), 5, "keys carry the window as TTL")
	ttl, err = c.PTTL(ctx, s.countKey("ip:a")).Result()
	require.NoError(t, err)
	assert.Greater(t, ttl, time.Duration(0))
	assert.LessOrEqual(t, ttl, windows.Flood)
}

func TestLearnAndModel(t *testing.T) {
	s, c := testStore(t)
	ctx := context.Background()
	lesson := func(spam bool, delta int64, tokens ...string) *moderation.Lesson {
		return &moderation.Lesson{
			Now: time.Now(), Spam: spam, Delta: delta, Tokens: tokens, Codes: []string{"f:promo_phrase"},
			Author: "e:me", Domains: []string{"mine.example"}, Windows: windows,
		}
	}
	require.NoError(t, s.Learn(ctx, lesson(true, 1, "w:buy", "w:now")))
	require.NoError(t, s.Learn(ctx, lesson(false, 1, "w:now", "w:song")))
	require.NoError(t, s.Learn(ctx, lesson(false, 1, "w:song")))

	snap, err := s.Load(ctx, &moderation.Query{
		Now: time.Now(), Author: "e:me", Domains: []string{"mine.example"}, Tokens: []string{"w:buy", "w:now", "w:song", "w:new"}, Windows: windows,
	})
	require.NoError(t, err)
	assert.Equal(t, moderation.TokenCounts{Spam: 1, Ham: 2}, snap.Learned)
	assert.Equal(t, []moderation.TokenCounts{{Spam: 1}, {Spam: 1, Ham: 1}, {Ham: 2}, {}}, snap.Tokens)
	assert.Equal(t, map[string]moderation.TokenCounts{"f:promo_phrase": {Spam: 1, Ham: 2}}, snap.Codes)
	assert.Equal(t, moderation.AuthorState{Spam: 1, Ham: 2}, snap.Author)
	assert.Equal(t, 2, snap.Domains[0].Ham)

	// Unlearning more than was learned stops at zero and forgets the token.
	require.NoError(t, s.Learn(ctx, lesson(true, -1, "w:buy", "w:now")))
	require.NoError(t, s.Learn(ctx, lesson(true, -1, "w:buy", "w:now")))
	m, err := s.Model(ctx)
	require.NoError(t, err)
	assert.Equal(t, moderation.TokenCounts{Ham: 2}, m.Learned)
	assert.Equal(t, map[string]moderation.TokenCounts{"w:now": {Ham: 1}, "w:song": {Ham: 2}}, m.Tokens)
	assert.Equal(t, map[string]moderation.TokenCounts{"f:promo_phrase": {Ham: 2}}, m.Codes)

	ttl, err := c.PTTL(ctx, s.tokensKey()).Result()
	require.NoError(t, err)
	assert.InDelta(t, windows.History.Hours(), ttl.Hours(), 1, "the model carries the History TTL")

	// AddModel adds, into another prefix: the model moves between stores.
	other, err := New(c, Options{Prefix: s.prefix + "copy:"})
	require.NoError(t, err)
	require.NoError(t, other.AddModel(ctx, m))
	got, err := other.Model(ctx)
	require.NoError(t, err)
	assert.Equal(t, m, got)
}

func TestMaxTokens(t *testing.T) {
	c, prefix := testClient(t)
	s, err := New(c, Options{Prefix: prefix, MaxTokens: 3})
	require.NoError(t, err)
	ctx := context.Background()
	require.NoError(t, s.Learn(ctx, &moderation.Lesson{Now: time.Now(), Spam: true, Delta: 1, Tokens: []string{"a", "b", "c", "d", "e"}, Windows: windows}))
	require.NoError(t, s.Learn(ctx, &moderation.Lesson{Now: time.Now(), Spam: false, Delta: 1, Tokens: []string{"a", "z"}, Windows: windows}))
	m, err := s.Model(ctx)
	require.NoError(t, err)
	assert.Equal(t, map[string]moderation.TokenCounts{"a": {Spam: 1, Ham: 1}, "b": {Spam: 1}, "c": {Spam: 1}}, m.Tokens)
}

func TestCtxEnded(t *testing.T) {
	s, _ := testStore(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := s.Load(ctx, &moderation.Query{Now: time.Now(), Tokens: []string{"w:x"}})
	assert.ErrorIs(t, err, context.Canceled)
	assert.Error(t, s.Record(ctx, &moderation.Record{Now: time.Now(), TextID: 1, Shingles: []uint64{1}, Windows: windows}))
	assert.Error(t, s.Learn(ctx, &moderation.Lesson{Now: time.Now(), Delta: 1, Tokens: []string{"w:x"}, Windows: windows}))
}

// TestEveryKeyHasTTL runs Checks, lessons (Learn and Unlearn) and an import
// through a Moderator, then reads every key under the prefix: each must
// carry a TTL, or Redis grows without bound.
func TestEveryKeyHasTTL(t *testing.T) {
	s, c := testStore(t)
	key := []byte("site key")
	m, err := moderation.New(moderation.Config{Store: s, FormKey: key, StateTimeout: storetest.StateTimeout})
	require.NoError(t, err)
	ctx := context.Background()
	token := moderation.NewFormToken(key, time.Now().Add(-time.Minute))
	comments := []moderation.Comment{
		{Body: "Check out my channel https://youtube.com/c/me and https://bit.ly/x", Author: "Ann", AuthorEmail: "ann@example.org", IP: "192.0.2.1"},
		// Ten words and more of prose: the duplicate check keeps its text.
		{Body: "A thoughtful piece about bees and the flowers they visit in spring, see https://en.wikipedia.org/wiki/Bee", Author: "Bob", IP: "192.0.2.2"},
		{Body: "plain words from nobody in particular", FormToken: token},
		{Body: "Great deals at https://shop.example/deals today", Author: "Cy", IP: "192.0.2.3"},
	}
	for i, cm := range comments {
		_, err := m.Check(ctx, cm)
		require.NoError(t, err)
		label := moderation.Label(moderation.Ham)
		if i == 0 {
			label = moderation.Spam
		}
		require.NoError(t, m.Learn(ctx, cm, label))
	}
	require.NoError(t, m.Unlearn(ctx, comments[0], moderation.Spam))
	require.NoError(t, s.AddModel(ctx, &moderation.Model{
		Learned: moderation.TokenCounts{Spam: 1},
		Tokens:  map[string]moderation.TokenCounts{"w:imported": {Spam: 1}},
		Codes:   map[string]moderation.TokenCounts{"f:imported": {Spam: 1}},
	}))

	var keys []string
	iter := c.Scan(ctx, 0, s.prefix+"*", 1000).Iterator()
	for iter.Next(ctx) {
		keys = append(keys, iter.Val())
	}
	require.NoError(t, iter.Err())
	kinds := map[string]bool{}
	for _, k := range keys {
		kind, _, _ := strings.Cut(strings.TrimPrefix(k, s.prefix), ":")
		kinds[kind] = true
	}
	for _, kind := range []string{"dup", "last", "count", "author", "posters", "hostok", "model", "form", "lesson", "import"} {
		require.True(t, kinds[kind], "no %s key was written: the test misses a path", kind)
	}
	for _, k := range keys {
		ttl, err := c.PTTL(ctx, k).Result()
		require.NoError(t, err)
		assert.Greater(t, ttl, time.Duration(0), "key %s has no TTL", k)
	}
}

// TestLearnSubMillisecondHistory: a History under a millisecond still gives
// every key a TTL (Redis takes whole milliseconds) instead of failing the
// script after some of its writes.
func TestLearnSubMillisecondHistory(t *testing.T) {
	s, _ := testStore(t)
	w := windows
	w.History = time.Microsecond
	assert.NoError(t, s.Learn(context.Background(), &moderation.Lesson{
		Now: time.Now(), Spam: true, Delta: 1, Tokens: []string{"w:x"}, Author: "n:a", Windows: w,
	}))
}

func TestPosters(t *testing.T) {
	storetest.Posters(t, func(t *testing.T) moderation.Store {
		s, _ := testStore(t)
		return s
	})
}
