package redisstore

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/commentkit/commentkit/internal/storetest"
	"github.com/commentkit/commentkit/moderation"
	"github.com/redis/go-redis/v9"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestRedisMemory measures what a Store keeps in Redis: per comment
// checked, per author learned as Ham, and for a model full to
// Options.MaxTokens. These are the figures of the README's "Setting up
// Redis"; run it with -v to see them.
//
// What it measures, and checks, is MEMORY USAGE … SAMPLES 0 (every
// element counted) summed over a SCAN of the store's own keys: what the
// keys and their values hold, which no other client of the server moves
// (go test ./... runs other packages' tests on the same Redis at once).
// It also logs how much used_memory (INFO memory) grew, which is what
// maxmemory counts: that adds what Redis spends on each key outside
// MEMORY USAGE (its TTL entry, its slots in the keyspace's hash tables,
// which grow by doubling), so it moves with how full those tables were,
// and it is the whole server's, true only of a Redis nothing else writes
// to. It is logged, not checked.
//
// Each store has a prefix as long as DefaultPrefix, so that every key is
// as long as with the default Options.
func TestRedisMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("fills a store in Redis with thousands of comments and a model of 250,000 tokens")
	}
	client, _ := testClient(t)
	ctx := context.Background()
	version := serverInfo(t, client, "server", "redis_version")
	t.Logf("Redis %s, a prefix of %d bytes (as long as %q)", version, len(DefaultPrefix), DefaultPrefix)

	t.Run("comments checked", func(t *testing.T) {
		const n = memComments
		prefix := defaultLengthPrefix(t, client)
		s, err := New(client, Options{Prefix: prefix})
		require.NoError(t, err)
		key := []byte("0123456789abcdef0123456789abcdef")
		// A sender's last comment is kept FloodInterval, 15 s by default,
		// which a slow machine may take to check them all: kept an hour
		// here, so that every one is still there to be counted. The TTL's
		// length does not change what a key holds.
		m, err := moderation.New(moderation.Config{Store: s, FormKey: key, FloodInterval: moderation.DefaultFloodWindow, StateTimeout: storetest.StateTimeout})
		require.NoError(t, err)
		before := usedMemory(t, client)
		for i := range n {
			// Its own sender (IP and e-mail), words of its own, a form
			// token, and one link to a domain longer than a store keeps.
			name := memLabel(i, 10)
			words := make([]string, 12)
			for j := range words {
				words[j] = memLabel(i*len(words)+j, 10)
			}
			res, err := m.Check(ctx, moderation.Comment{
				Body:        strings.Join(words, " ") + " see https://" + longDomain(i) + "/x",
				Author:      "Reader " + name,
				AuthorEmail: name + "@mail.example",
				IP:          fmt.Sprintf("10.%d.%d.%d", i>>16&255, i>>8&255, i&255),
				FormToken:   moderation.NewFormToken(key, time.Now().Add(-10*time.Second)),
			})
			require.NoError(t, err)
			require.NotContains(t, codes(res), moderation.CodeStateUnavailable, "comment %d", i)
		}
		grew := usedMemory(t, client) - before
		u := keysMemory(t, client, prefix)
		u.log(t)
		// Every comment left all it leaves: 8 text fingerprints, the last
		// comment and the count of each of its two senders, its form
		// token, and the posters of its one domain, whose key holds the
		// domain's 81-byte stand-in.
		assert.Equal(t, map[string]int{"dup": 8 * n, "last": 2 * n, "count": 2 * n, "form": n, "posters": n}, u.keyCounts())
		assert.Equal(t, storetest.MaxDomainBytes, u.classes["posters"].longest, "bytes of a domain in a posters key")
		per := float64(u.total()) / n
		t.Logf("%d comments checked: MEMORY USAGE %d bytes, %.0f a comment; used_memory grew %d bytes, %.0f a comment",
			n, u.total(), per, grew, float64(grew)/n)
		assert.LessOrEqual(t, per, maxBytesPerComment, "MEMORY USAGE bytes a comment")
	})

	t.Run("authors learned as Ham", func(t *testing.T) {
		const n = memAuthors
		prefix := defaultLengthPrefix(t, client)
		s, err := New(client, Options{Prefix: prefix})
		require.NoError(t, err)
		m := newModerator(t, s)
		before := usedMemory(t, client)
		for i := range n {
			name := memLabel(i, 10)
			require.NoError(t, m.Learn(ctx, moderation.Comment{
				Body:        name + " good point https://" + longDomain(i) + "/x",
				Author:      "Reader " + name,
				AuthorEmail: name + "@mail.example",
				IP:          fmt.Sprintf("10.%d.%d.%d", i>>16&255, i>>8&255, i&255),
			}, moderation.Ham))
		}
		grew := usedMemory(t, client) - before
		u := keysMemory(t, client, prefix)
		u.log(t)
		tokens, err := client.HLen(ctx, s.tokensKey()).Result()
		require.NoError(t, err)
		t.Logf("  the model holds %d tokens, %.1f an author", tokens, float64(tokens)/n)
		// Each lesson leaves its author, its domain's approval and its ID
		// (for lessonIDTTL), and adds its new tokens to the model's keys.
		assert.Equal(t, map[string]int{"author": n, "hostok": n, "lesson": n,
			"model:tokens": 1, "model:codes": 1, "model:learned": 1, "model:noflag": 1}, u.keyCounts())
		assert.Equal(t, storetest.MaxDomainBytes, u.classes["hostok"].longest, "bytes of a domain in an approval's key")
		per := float64(u.total()) / n
		t.Logf("%d authors learned as Ham: MEMORY USAGE %d bytes, %.0f an author (the model's new tokens included); used_memory grew %d bytes, %.0f an author",
			n, u.total(), per, grew, float64(grew)/n)
		assert.LessOrEqual(t, per, maxBytesPerAuthor, "MEMORY USAGE bytes an author")
	})

	t.Run("model at MaxTokens", func(t *testing.T) {
		prefix := defaultLengthPrefix(t, client)
		s, err := New(client, Options{Prefix: prefix})
		require.NoError(t, err)
		n := s.MaxTokens()
		require.Equal(t, moderation.DefaultMaxTokens, n)
		// The longest tokens: a pair of two words of the longest a model
		// keeps, or a link domain as long, 83 bytes either way.
		model := &moderation.Model{Learned: moderation.TokenCounts{Spam: int64(n), Ham: int64(n)}, Tokens: make(map[string]moderation.TokenCounts, n), Codes: map[string]moderation.TokenCounts{}}
		for i := range n {
			tok := "p:" + memLabel(i, 40) + " " + memLabel(i+1, 40)
			if i%2 == 1 {
				tok = "d:" + memLabel(i, 40) + "." + memLabel(i, 40-len(".example")) + ".example"
			}
			require.Len(t, tok, 83)
			model.Tokens[tok] = moderation.TokenCounts{Spam: int64(i%1000 + 1), Ham: int64(i % 777)}
		}
		before := usedMemory(t, client)
		require.NoError(t, s.AddModel(ctx, model)) // what Moderator.Import calls
		grew := usedMemory(t, client) - before
		u := keysMemory(t, client, prefix)
		u.log(t)
		held, err := client.HLen(ctx, s.tokensKey()).Result()
		require.NoError(t, err)
		require.EqualValues(t, n, held, "tokens in the model")
		tokens := u.classes["model:tokens"].bytes
		per := float64(tokens) / float64(n)
		t.Logf("a model of %d tokens of 83 bytes: MEMORY USAGE of its tokens %d bytes (%.1f MB), %.0f a token; all its keys %d bytes; used_memory grew %d bytes (%.1f MB)",
			n, tokens, float64(tokens)/1e6, per, u.total(), grew, float64(grew)/1e6)
		assert.LessOrEqual(t, per, maxBytesPerToken, "MEMORY USAGE bytes a model token")
	})
}

// The counts TestRedisMemory fills a store with. What a comment or an
// author leaves is the same for every one, so a few thousand give the
// figure that many more would.
const (
	memComments = 2000
	memAuthors  = 2000
)

// The bounds TestRedisMemory holds a store to, in MEMORY USAGE bytes: a
// fifth over what it measured on Redis 7.0.15 (1,495 a comment, 617 an
// author, 143 a model token), so that a larger value or key fails it. A
// new key a comment or an author fails it at once: the test counts them.
const (
	maxBytesPerComment float64 = 1800
	maxBytesPerAuthor  float64 = 740
	maxBytesPerToken   float64 = 172
)

// memLabel returns a lower-case DNS label of n letters, unique to i.
func memLabel(i, n int) string {
	s := strings.Map(func(r rune) rune { return 'a' + (r - '0') }, fmt.Sprintf("%08d", i))
	return s + strings.Repeat("x", n-len(s))
}

// longDomain returns a registrable domain of 130 bytes unique to i: two
// 63-letter labels under *.ck, a wildcard public suffix. A store is given
// its 81-byte stand-in, the longest domain it keeps.
func longDomain(i int) string {
	return memLabel(i, 63) + "." + memLabel(i, 63) + ".ck"
}

// defaultLengthPrefix returns a key prefix of the test's own, as long as
// DefaultPrefix; its keys are deleted when the test ends, by UNLINK: a DEL
// of the model's 250,000 tokens held Redis 59 ms, UNLINK frees them in the
// background.
func defaultLengthPrefix(t *testing.T, c *redis.Client) string {
	t.Helper()
	var b [4]byte
	_, _ = rand.Read(b[:])
	prefix := "ck" + hex.EncodeToString(b[:]) + ":"
	require.Len(t, prefix, len(DefaultPrefix))
	t.Cleanup(func() {
		ctx := context.Background()
		iter := c.Scan(ctx, 0, prefix+"*", 1000).Iterator()
		for iter.Next(ctx) {
			c.Unlink(ctx, iter.Val())
		}
	})
	return prefix
}

// serverInfo returns field of the section of INFO.
func serverInfo(t *testing.T, c *redis.Client, section, field string) string {
	t.Helper()
	info, err := c.Info(context.Background(), section).Result()
	require.NoError(t, err)
	for _, line := range strings.Split(info, "\r\n") {
		if v, ok := strings.CutPrefix(line, field+":"); ok {
			return v
		}
	}
	require.Failf(t, "no such field in INFO", "%s in INFO %s", field, section)
	return ""
}

// usedMemory returns the server's used_memory.
func usedMemory(t *testing.T, c *redis.Client) int64 {
	t.Helper()
	n, err := strconv.ParseInt(serverInfo(t, c, "memory", "used_memory"), 10, 64)
	require.NoError(t, err)
	return n
}

// memUsage is what the keys under a prefix hold, by class: what follows
// the prefix up to its first ':', or the whole name of a model key.
type memUsage struct {
	classes map[string]classUsage
}

type classUsage struct {
	keys    int
	bytes   int64
	longest int // bytes of the longest key name after the class and its ':'
}

// keysMemory sums MEMORY USAGE … SAMPLES 0 over the keys under prefix,
// and gives each key a minute to live: a run killed before its cleanup
// (a -timeout panic, Ctrl-C) leaves no model of 36 MB for a year (review
// 20 L5). What a key holds does not depend on its TTL.
func keysMemory(t *testing.T, c *redis.Client, prefix string) memUsage {
	t.Helper()
	ctx := context.Background()
	u := memUsage{classes: map[string]classUsage{}}
	iter := c.Scan(ctx, 0, prefix+"*", 1000).Iterator()
	for iter.Next(ctx) {
		name := strings.TrimPrefix(iter.Val(), prefix)
		class, _, _ := strings.Cut(name, ":")
		if class == "model" {
			class = name
		}
		b, err := c.MemoryUsage(ctx, iter.Val(), 0).Result()
		require.NoError(t, err, "MEMORY USAGE %s", iter.Val())
		require.NoError(t, c.PExpire(ctx, iter.Val(), time.Minute).Err())
		cu := u.classes[class]
		cu.keys++
		cu.bytes += b
		cu.longest = max(cu.longest, len(name)-len(class+":"))
		u.classes[class] = cu
	}
	require.NoError(t, iter.Err())
	return u
}

func (u memUsage) total() int64 {
	var n int64
	for _, c := range u.classes {
		n += c.bytes
	}
	return n
}

func (u memUsage) keyCounts() map[string]int {
	m := map[string]int{}
	for name, c := range u.classes {
		m[name] = c.keys
	}
	return m
}

func (u memUsage) log(t *testing.T) {
	t.Helper()
	names := make([]string, 0, len(u.classes))
	for name := range u.classes {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		c := u.classes[name]
		t.Logf("  %-14s %7d keys, MEMORY USAGE %10d bytes, %6d a key", name, c.keys, c.bytes, c.bytes/int64(c.keys))
	}
}
