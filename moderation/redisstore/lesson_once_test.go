package redisstore

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/commentkit/commentkit/moderation"
	"github.com/redis/go-redis/v9"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestLessonIDs: a Lesson's ID is recorded by the script, so the same
// Lesson sent twice (go-redis sending a script again after a timeout)
// counts once, while every new lesson counts, even of the same comment.
func TestLessonIDs(t *testing.T) {
	var cases []struct {
		Name    string
		Lessons []struct {
			ID    string
			Delta int64
		}
		Learned int64 // ham comments learned at the end
	}
	raw, err := os.ReadFile("testdata/lesson_ids.json")
	require.NoError(t, err)
	require.NoError(t, json.Unmarshal(raw, &cases))
	require.NotEmpty(t, cases)
	for _, c := range cases {
		t.Run(c.Name, func(t *testing.T) {
			s, _ := testStore(t)
			ctx := context.Background()
			for _, l := range c.Lessons {
				require.NoError(t, s.Learn(ctx, &moderation.Lesson{
					ID: l.ID, Now: time.Now(), Delta: l.Delta, Tokens: []string{"w:song"},
					Author: "n:ann", Domains: []string{"ann.example"}, Windows: windows,
				}))
			}
			snap, err := s.Load(ctx, &moderation.Query{
				Now: time.Now(), Author: "n:ann", Domains: []string{"ann.example"}, Tokens: []string{"w:song"}, Windows: readOnly,
			})
			require.NoError(t, err)
			assert.Equal(t, moderation.TokenCounts{Ham: c.Learned}, snap.Learned, "comments learned")
			assert.Equal(t, []moderation.TokenCounts{{Ham: c.Learned}}, snap.Tokens, "the token")
			assert.Equal(t, moderation.AuthorState{Ham: int(c.Learned)}, snap.Author, "the author")
			assert.Equal(t, int(c.Learned), snap.Domains[0].Ham, "the domain's approvals")
		})
	}
}

// TestModeratorLessonsCountEachCall: Moderator.Learn gives each call an ID
// of its own, so learning one comment twice counts twice, and Learn,
// Unlearn, Learn leaves it learned once.
func TestModeratorLessonsCountEachCall(t *testing.T) {
	s, _ := testStore(t)
	m := newModerator(t, s)
	ctx := context.Background()
	c := moderation.Comment{Body: "Lovely piece, thank you", Author: "Reg", AuthorEmail: "reg@example.org"}
	learned := func() int64 {
		model, err := s.Model(ctx)
		require.NoError(t, err)
		return model.Learned.Ham
	}
	require.NoError(t, m.Learn(ctx, c, moderation.Ham))
	require.NoError(t, m.Unlearn(ctx, c, moderation.Ham))
	require.NoError(t, m.Learn(ctx, c, moderation.Ham))
	assert.Equal(t, int64(1), learned(), "learn, unlearn, learn")
	require.NoError(t, m.Learn(ctx, c, moderation.Ham))
	assert.Equal(t, int64(2), learned(), "the same comment learned again")
}

// TestLessonAppliedOnceThroughAStall stalls Redis (DEBUG SLEEP) while a
// Moderator learns a comment through a client with the README's options:
// ContextTimeoutEnabled and go-redis's default MaxRetries, which sends the
// script again on another connection each time a read times out. Redis runs
// every copy when it wakes; the lesson must count once. And a ctx that ends
// while the script waits in Redis returns the ctx's error although the
// lesson is then applied: the case Learn's doc warns about.
func TestLessonAppliedOnceThroughAStall(t *testing.T) {
	addr := debugRedis(t)
	cases := []struct {
		name        string
		readTimeout time.Duration
		ctxTimeout  time.Duration // 0: context.Background, as commentbox's moderators mostly are
		stall       string        // seconds, for DEBUG SLEEP
		minSent     int64         // the copies of the script the client must have sent, or the case did not happen
		wantErr     error         // nil: any outcome of the retries (they may all time out)
	}{
		{name: "go-redis retries after its ReadTimeout, every copy times out", readTimeout: 200 * time.Millisecond, stall: "1.2", minSent: 2},
		{name: "go-redis retries after its ReadTimeout, a later copy is answered", readTimeout: 300 * time.Millisecond, stall: "0.7", minSent: 2},
		{name: "the ctx ends while the script waits", readTimeout: 3 * time.Second, ctxTimeout: 200 * time.Millisecond, stall: "0.8", minSent: 1, wantErr: context.DeadlineExceeded},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var sent atomic.Int64
			client := redis.NewClient(&redis.Options{
				Addr:                  addr,
				ContextTimeoutEnabled: true,
				ReadTimeout:           c.readTimeout,
				// Count the copies of a script written to Redis: go-redis
				// retries inside one call, where no hook sees them.
				Dialer: func(ctx context.Context, network, addr string) (net.Conn, error) {
					conn, err := (&net.Dialer{}).DialContext(ctx, network, addr)
					if err != nil {
						return nil, err
					}
					return countingConn{Conn: conn, sent: &sent}, nil
				},
			})
			t.Cleanup(func() { _ = client.Close() })
			admin := redis.NewClient(&redis.Options{Addr: addr, ReadTimeout: -1})
			t.Cleanup(func() { _ = admin.Close() })
			ctx := context.Background()
			prefix := "stall:" + strconv.FormatInt(time.Now().UnixNano(), 36) + ":"
			s, err := New(client, Options{Prefix: prefix})
			require.NoError(t, err)
			m := newModerator(t, s)

			// The script is loaded, and the pool holds idle connections, as
			// on a server that has been running: a retry reuses one at once.
			require.NoError(t, m.Learn(ctx, moderation.Comment{Body: "warm up"}, moderation.Spam))
			var wg sync.WaitGroup
			for range 4 {
				// BLPOP of 0.1 s holds its connection while the others dial.
				wg.Go(func() { client.Do(ctx, "BLPOP", prefix+"none", "0.1") })
			}
			wg.Wait()
			scripts := scriptCalls(t, admin)
			sent.Store(0)

			woke := stall(t, admin, c.stall)

			lctx := ctx
			if c.ctxTimeout > 0 {
				var cancel context.CancelFunc
				lctx, cancel = context.WithTimeout(ctx, c.ctxTimeout)
				defer cancel()
			}
			comment := moderation.Comment{Body: "buy cheap pills today", Author: "bot", AuthorEmail: "bot@example.com"}
			err = m.Learn(lctx, comment, moderation.Spam)
			if c.wantErr != nil {
				assert.ErrorIs(t, err, c.wantErr)
			}
			t.Logf("Learn returned %v after %d copies of the script", err, sent.Load())
			require.NoError(t, <-woke, "DEBUG SLEEP")
			require.GreaterOrEqual(t, sent.Load(), c.minSent, "the script was not sent as the case needs: the test misses its case")

			// Every copy sent reaches Redis and runs once it wakes.
			for deadline := time.Now().Add(5 * time.Second); scriptCalls(t, admin)-scripts < sent.Load() && time.Now().Before(deadline); {
				time.Sleep(10 * time.Millisecond)
			}
			require.Equal(t, sent.Load(), scriptCalls(t, admin)-scripts, "Redis ran every copy sent")

			model, err := s.Model(ctx)
			require.NoError(t, err)
			assert.Equal(t, moderation.TokenCounts{Spam: 2}, model.Learned, "the warm-up and the lesson, each once")
			assert.Equal(t, moderation.TokenCounts{Spam: 1}, model.Tokens["w:cheap"], "a token of the lesson, once")
		})
	}
}

// countingConn counts the EVALSHA and EVAL commands written through it.
type countingConn struct {
	net.Conn
	sent *atomic.Int64
}

func (c countingConn) Write(b []byte) (int, error) {
	c.sent.Add(int64(bytes.Count(bytes.ToLower(b), []byte("\r\nevalsha\r\n")) + bytes.Count(bytes.ToLower(b), []byte("\r\neval\r\n"))))
	return c.Conn.Write(b)
}

// scriptCalls returns how many EVALSHA and EVAL commands Redis has run.
func scriptCalls(t *testing.T, admin *redis.Client) int64 {
	t.Helper()
	info, err := admin.Info(context.Background(), "commandstats").Result()
	require.NoError(t, err)
	var n int64
	for line := range strings.Lines(info) {
		name, stats, ok := strings.Cut(strings.TrimSpace(line), ":")
		if !ok || (name != "cmdstat_evalsha" && name != "cmdstat_eval") {
			continue
		}
		calls, _, _ := strings.Cut(strings.TrimPrefix(stats, "calls="), ",")
		v, err := strconv.ParseInt(calls, 10, 64)
		require.NoError(t, err, line)
		n += v
	}
	return n
}

// stall runs DEBUG SLEEP for the given seconds through admin and returns
// once Redis has stopped answering; the channel says when it woke.
func stall(t *testing.T, admin *redis.Client, seconds string) <-chan error {
	t.Helper()
	probe := redis.NewClient(&redis.Options{Addr: admin.Options().Addr, ContextTimeoutEnabled: true, MaxRetries: -1})
	defer probe.Close()
	require.NoError(t, probe.Ping(context.Background()).Err())
	woke := make(chan error, 1)
	go func() { woke <- admin.Do(context.Background(), "DEBUG", "SLEEP", seconds).Err() }()
	for range 200 {
		ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
		err := probe.Ping(ctx).Err()
		cancel()
		if err != nil { // a timeout, from the ctx or the connection's deadline
			return woke
		}
		time.Sleep(2 * time.Millisecond)
	}
	t.Fatal("Redis kept answering: DEBUG SLEEP did not stall it")
	return nil
}

// debugRedis returns the address of a Redis that runs DEBUG SLEEP: one of
// the test's own, started with --enable-debug-command local when
// redis-server is on PATH (a stall must not disturb other tests sharing
// REDIS_URL), else the one at REDIS_URL. A Redis that refuses DEBUG (the
// default since 7.0) skips the test, also under CI: it is not a fault of
// the code.
func debugRedis(t *testing.T) string {
	t.Helper()
	var addr string
	if bin, err := exec.LookPath("redis-server"); err == nil {
		var err error
		if addr, err = startRedis(t, bin, "--enable-debug-command", "local"); err != nil {
			t.Skipf("cannot run a Redis with DEBUG enabled (%v): this test stalls Redis with DEBUG SLEEP; Redis 7.0 or newer has --enable-debug-command", err)
		}
	} else {
		addr = redisOptions(t).Addr
	}
	c := redis.NewClient(&redis.Options{Addr: addr})
	defer c.Close()
	ctx := context.Background()
	if cfg, err := c.ConfigGet(ctx, "enable-debug-command").Result(); err == nil && cfg["enable-debug-command"] == "no" {
		t.Skipf("the Redis at %s has enable-debug-command no: this test stalls Redis with DEBUG SLEEP; start one with --enable-debug-command local", addr)
	}
	if err := c.Do(ctx, "DEBUG", "SLEEP", "0").Err(); err != nil {
		t.Skipf("the Redis at %s refuses DEBUG SLEEP (%v): this test needs it to stall Redis", addr, err)
	}
	return addr
}

// startRedis runs a redis-server of the test's own, stopped when the test
// ends, and returns its address, or an error when it does not answer (a
// server too old for one of args exits at once).
func startRedis(t testing.TB, bin string, args ...string) (string, error) {
	t.Helper()
	port := strconv.Itoa(freePort(t))
	srv := exec.Command(bin, append([]string{"--port", port, "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", t.TempDir()}, args...)...)
	if err := srv.Start(); err != nil {
		return "", err
	}
	exited := make(chan error, 1)
	go func() { exited <- srv.Wait() }()
	t.Cleanup(func() {
		_ = srv.Process.Kill()
		<-exited
	})
	addr := "127.0.0.1:" + port
	c := redis.NewClient(&redis.Options{Addr: addr, MaxRetries: -1})
	defer c.Close()
	for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		select {
		case err := <-exited:
			exited <- err // for the cleanup
			return "", fmt.Errorf("redis-server %v exited: %v", args, err)
		default:
		}
		if c.Ping(context.Background()).Err() == nil {
			return addr, nil
		}
	}
	return "", fmt.Errorf("redis-server %v did not answer within 5 s", args)
}
