package redisstore

import (
	"context"
	"fmt"
	"net"
	"os"
	"os/exec"
	"runtime"
	"runtime/pprof"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/commentkit/commentkit/internal/storetest"
	"github.com/commentkit/commentkit/moderation"
	"github.com/redis/go-redis/v9"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func codes(res moderation.Result) []string {
	var out []string
	for _, f := range res.Flags {
		out = append(out, f.Code)
	}
	return out
}

func newModerator(t testing.TB, store moderation.Store) *moderation.Moderator {
	t.Helper()
	m, err := moderation.New(moderation.Config{Store: store, StateTimeout: storetest.StateTimeout})
	require.NoError(t, err)
	return m
}

func check(t testing.TB, m *moderation.Moderator, c moderation.Comment) moderation.Result {
	t.Helper()
	res, err := m.Check(context.Background(), c)
	require.NoError(t, err)
	return res
}

// Two web servers of one site: each has its own client and Moderator, and
// they share one Redis. Once with clients as redis.ParseURL builds them
// (the Store bounds each call itself), once with ContextTimeoutEnabled.
func TestTwoModeratorsShareState(t *testing.T) {
	for _, tc := range siteClients {
		t.Run(tc.name, func(t *testing.T) { twoModeratorsShareState(t, tc.options) })
	}
}

func twoModeratorsShareState(t *testing.T, options func(testing.TB) *redis.Options) {
	c1, prefix := prefixedClient(t, options(t))
	c2 := redis.NewClient(options(t))
	t.Cleanup(func() { _ = c2.Close() })
	s1, err := New(c1, Options{Prefix: prefix})
	require.NoError(t, err)
	s2, err := New(c2, Options{Prefix: prefix})
	require.NoError(t, err)
	a, b := newModerator(t, s1), newModerator(t, s2)
	ctx := context.Background()
	now := time.Now()

	t.Run("duplicates", func(t *testing.T) {
		text := "Honestly the best thing about this album is how the bass carries every single track"
		assert.NotContains(t, codes(check(t, a, moderation.Comment{Body: text, Author: "Ann", IP: "192.0.2.1", Time: now})), moderation.CodeDuplicate)
		assert.Contains(t, codes(check(t, b, moderation.Comment{Body: text, Author: "Bob", IP: "192.0.2.2", Time: now.Add(time.Minute)})), moderation.CodeDuplicate)
	})
	t.Run("floods", func(t *testing.T) {
		assert.NotContains(t, codes(check(t, a, moderation.Comment{Body: "first", IP: "192.0.2.50", Time: now})), moderation.CodeFlood)
		assert.Contains(t, codes(check(t, b, moderation.Comment{Body: "second", IP: "192.0.2.50", Time: now.Add(2 * time.Second)})), moderation.CodeFlood)
	})
	t.Run("author history", func(t *testing.T) {
		regular := moderation.Comment{Body: "Lovely piece, thank you", Author: "Reg", AuthorEmail: "reg@example.org"}
		require.NoError(t, a.Learn(ctx, regular, moderation.Ham))
		require.NoError(t, a.Learn(ctx, regular, moderation.Ham))
		res := check(t, b, moderation.Comment{Body: "<a href=\"https://en.wikipedia.org/wiki/Bass\">bass</a> is explained well here", AuthorEmail: "reg@example.org"})
		assert.NotContains(t, codes(res), moderation.CodeNewAuthor)
		assert.Equal(t, moderation.Approve, res.Action, "%+v", res.Flags)
	})
	t.Run("learning", func(t *testing.T) {
		for i := range moderation.DefaultBayesMinLearned {
			require.NoError(t, a.Learn(ctx, moderation.Comment{Body: fmt.Sprintf("win a free iphone now click here %d", i), Author: fmt.Sprint("s", i)}, moderation.Spam))
			require.NoError(t, a.Learn(ctx, moderation.Comment{Body: fmt.Sprintf("the chorus reminds me of my childhood %d", i), Author: fmt.Sprint("h", i)}, moderation.Ham))
		}
		probe := moderation.Comment{Body: "win a free iphone now, click here", Author: "probe"}
		check(t, b, probe) // b learns that the model is ready
		assert.Contains(t, codes(check(t, b, probe)), moderation.CodeBayes)

		var ea, eb strings.Builder
		require.NoError(t, a.Export(ctx, &ea))
		require.NoError(t, b.Export(ctx, &eb))
		assert.Equal(t, ea.String(), eb.String(), "one model")
	})
}

// roundTrips counts what the client sends: one per command, one per
// pipeline or transaction.
type roundTrips struct{ n atomic.Int64 }

func (h *roundTrips) DialHook(next redis.DialHook) redis.DialHook { return next }
func (h *roundTrips) ProcessHook(next redis.ProcessHook) redis.ProcessHook {
	return func(ctx context.Context, cmd redis.Cmder) error {
		if !isHandshake([]redis.Cmder{cmd}) {
			h.n.Add(1)
		}
		return next(ctx, cmd)
	}
}

// A new pooled connection says HELLO and CLIENT SETINFO once, whatever
// command needed it; that is the pool's cost, not the Check's.
func isHandshake(cmds []redis.Cmder) bool {
	switch cmds[0].Name() {
	case "hello", "client", "auth", "select":
		return true
	}
	return false
}
func (h *roundTrips) ProcessPipelineHook(next redis.ProcessPipelineHook) redis.ProcessPipelineHook {
	return func(ctx context.Context, cmds []redis.Cmder) error {
		if !isHandshake(cmds) {
			h.n.Add(1)
		}
		return next(ctx, cmds)
	}
}

// TestRoundTripsPerCheck counts round trips with a hook on the client, as
// a site would: with a client as redis.ParseURL builds it, whose calls the
// Store sends from a goroutine of its own, and with ContextTimeoutEnabled.
func TestRoundTripsPerCheck(t *testing.T) {
	for _, tc := range siteClients {
		t.Run(tc.name, func(t *testing.T) { roundTripsPerCheck(t, tc.options) })
	}
}

func roundTripsPerCheck(t *testing.T, options func(testing.TB) *redis.Options) {
	c, prefix := prefixedClient(t, options(t))
	hook := &roundTrips{}
	c.AddHook(hook)
	s, err := New(c, Options{Prefix: prefix})
	require.NoError(t, err)
	m, err := moderation.New(moderation.Config{Store: s, FormKey: []byte("k"), StateTimeout: storetest.StateTimeout})
	require.NoError(t, err)
	ctx := context.Background()
	// A model that is ready, so that Check reads the classifier's tokens too.
	for i := range moderation.DefaultBayesMinLearned {
		require.NoError(t, m.Learn(ctx, moderation.Comment{Body: fmt.Sprintf("buy cheap followers today %d", i), Author: fmt.Sprint("s", i)}, moderation.Spam))
		require.NoError(t, m.Learn(ctx, moderation.Comment{Body: fmt.Sprintf("what a thoughtful article %d", i), Author: fmt.Sprint("h", i)}, moderation.Ham))
	}
	comments := []moderation.Comment{
		{Body: "plain"},
		{Body: "Check out my channel https://youtube.com/c/me and https://bit.ly/x and https://a.example https://b.example", Author: "Ann", AuthorEmail: "ann@example.org", IP: "192.0.2.1"},
		{Body: longComment(1024), Author: "Bob", IP: "192.0.2.2", FormToken: moderation.NewFormToken([]byte("k"), time.Now().Add(-time.Minute))},
		{Body: longComment(1024), Author: "Bob", IP: "192.0.2.2"},
	}
	for i := range 2 { // the second pass has the model ready and state to read
		for _, cm := range comments {
			before := hook.n.Load()
			res := check(t, m, cm)
			n := hook.n.Load() - before
			assert.LessOrEqual(t, n, int64(2), "pass %d: %q took %d round trips", i, cm.Body[:min(20, len(cm.Body))], n)
			assert.NotContains(t, codes(res), moderation.CodeStateUnavailable)
		}
	}
}

// longComment returns an ordinary comment of about n bytes with a link.
func longComment(n int) string {
	const para = "I have been listening to this record for years and it still surprises me. The way the second verse builds on the first is clever, and the production holds up. "
	s := "See https://en.wikipedia.org/wiki/Album for background. "
	for len(s) < n {
		s += para
	}
	return s[:n]
}

func TestConcurrentCheckAndLearn(t *testing.T) {
	s, _ := testStore(t)
	m, err := moderation.New(moderation.Config{Store: s, StateTimeout: storetest.StateTimeout})
	require.NoError(t, err)
	ctx := context.Background()
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Go(func() {
			for i := range 15 {
				label := moderation.Ham
				if i%2 == 0 {
					label = moderation.Spam
				}
				assert.NoError(t, m.Learn(ctx, moderation.Comment{Body: fmt.Sprintf("comment %d from worker %d with words", i, g), Author: fmt.Sprint(g)}, label))
			}
		})
		wg.Go(func() {
			for i := range 30 {
				res, err := m.Check(ctx, moderation.Comment{Body: fmt.Sprintf("checking comment %d of worker %d", i, g), IP: fmt.Sprint("192.0.2.", g)})
				assert.NoError(t, err)
				assert.NotContains(t, codes(res), moderation.CodeStateUnavailable)
			}
		})
	}
	wg.Wait()
	model, err := s.Model(ctx)
	require.NoError(t, err)
	assert.Equal(t, moderation.TokenCounts{Spam: 32, Ham: 28}, model.Learned)
}

// runRedis runs a redis-server of the test's own, which stop kills; the
// test is skipped without redis-server, or fails under CI=true.
func runRedis(t *testing.T) (addr string, stop func()) {
	t.Helper()
	return runRedisAt(t, freePort(t))
}

// runRedisAt is runRedis on a given port.
func runRedisAt(t *testing.T, port int) (addr string, stop func()) {
	t.Helper()
	bin, err := exec.LookPath("redis-server")
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("redis-server is not on PATH; CI installs it (see .ci/run)")
		}
		t.Skip("redis-server is not on PATH; install it (Debian: apt-get install redis-server) to run this test")
	}
	srv := exec.Command(bin, "--port", strconv.Itoa(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", t.TempDir())
	require.NoError(t, srv.Start())
	stopped := false
	stop = func() {
		if !stopped {
			stopped = true
			_ = srv.Process.Kill()
			_ = srv.Wait()
		}
	}
	t.Cleanup(stop)
	addr = "127.0.0.1:" + strconv.Itoa(port)
	probe := redis.NewClient(&redis.Options{Addr: addr, MaxRetries: -1})
	defer probe.Close()
	require.Eventually(t, func() bool { return probe.Ping(context.Background()).Err() == nil }, 5*time.Second, 20*time.Millisecond, "the test's redis-server did not start")
	return addr, stop
}

// clientKinds are the clients the fault tests run with: as redis.ParseURL
// builds one (go-redis defaults: its reads and writes ignore the ctx, it
// retries dials and commands), and one with ContextTimeoutEnabled.
var clientKinds = []struct {
	name    string
	options func(addr string) *redis.Options
}{
	{"ParseURL", func(addr string) *redis.Options {
		opt, err := redis.ParseURL("redis://" + addr + "/0")
		if err != nil {
			panic(err)
		}
		return opt
	}},
	{"ContextTimeoutEnabled", func(addr string) *redis.Options {
		return &redis.Options{Addr: addr, ContextTimeoutEnabled: true}
	}},
}

// noGoroutineLeft fails the test when more goroutines run than before,
// giving them a few seconds to end.
func noGoroutineLeft(t *testing.T, before int) {
	t.Helper()
	// Not assert.Eventually: it runs the condition on a goroutine of its own.
	for deadline := time.Now().Add(5 * time.Second); runtime.NumGoroutine() > before && time.Now().Before(deadline); {
		time.Sleep(20 * time.Millisecond)
	}
	if n := runtime.NumGoroutine(); n > before {
		_ = pprof.Lookup("goroutine").WriteTo(os.Stderr, 1)
		t.Errorf("goroutines: %d before the client, %d after it closed", before, n)
	}
}

// TestRedisStops runs a Redis of its own, stops it in the middle, and
// checks that Check falls back (state_unavailable, no panic), says that
// Redis refused the connection, does so without waiting out its
// StateTimeout, and that no goroutine is left behind.
func TestRedisStops(t *testing.T) {
	for _, kind := range clientKinds {
		t.Run(kind.name, func(t *testing.T) {
			addr, stop := runRedis(t)
			goroutines := runtime.NumGoroutine()
			client := redis.NewClient(kind.options(addr))
			ctx := context.Background()
			require.NoError(t, client.Ping(ctx).Err())
			s, err := New(client, Options{})
			require.NoError(t, err)
			m, err := moderation.New(moderation.Config{Store: s, StateTimeout: 200 * time.Millisecond})
			require.NoError(t, err)
			hold, err := moderation.New(moderation.Config{Store: s, StateTimeout: 200 * time.Millisecond, HoldOnStateFailure: true})
			require.NoError(t, err)
			// A StateTimeout far longer than a refused dial takes.
			patient, err := moderation.New(moderation.Config{Store: s, StateTimeout: time.Minute})
			require.NoError(t, err)

			c := moderation.Comment{Body: "An ordinary comment about the article.", Author: "Ann", IP: "192.0.2.1"}
			res := check(t, m, c)
			assert.NotContains(t, codes(res), moderation.CodeStateUnavailable)

			stop()

			res = check(t, m, c)
			assert.Contains(t, codes(res), moderation.CodeStateUnavailable)
			assert.Equal(t, moderation.Approve, res.Action, "the stateless verdict stands")
			res = check(t, hold, c)
			assert.Equal(t, moderation.Hold, res.Action, "HoldOnStateFailure holds")
			assert.Error(t, m.Learn(ctx, c, moderation.Ham), "Learn returns the error")
			dctx, cancel := context.WithTimeout(ctx, 50*time.Millisecond)
			res, err = m.Check(dctx, c)
			cancel()
			require.NoError(t, err)
			assert.Contains(t, codes(res), moderation.CodeStateUnavailable)

			// Redis refused the connection: the Detail says so, and the
			// Check ends at that answer rather than after a minute of the
			// client's dial and command retries (which took about 3 s per
			// Check before the Store watched dials). A bound, not a speed:
			// a refused dial on loopback takes well under a millisecond.
			for range 3 {
				start := time.Now()
				res = check(t, patient, c)
				took := time.Since(start)
				f := unavailable(t, res)
				assert.Contains(t, f.Detail, "refused the connection")
				assert.Less(t, took, time.Second, "a refused connection waited out the retries")
			}

			// Redis starts again on its address: ending calls at a refused
			// dial must not keep the Store from finding it (go-redis dials
			// again at once, or within a second once its pool has seen
			// PoolSize dials fail).
			_, port, err := net.SplitHostPort(addr)
			require.NoError(t, err)
			p, err := strconv.Atoi(port)
			require.NoError(t, err)
			_, stopAgain := runRedisAt(t, p)
			back := false
			for deadline := time.Now().Add(10 * time.Second); !back && time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
				back = !slices.Contains(codes(check(t, m, c)), moderation.CodeStateUnavailable)
			}
			assert.True(t, back, "the Store did not find Redis again within 10 s")
			stopAgain()

			require.NoError(t, client.Close())
			noGoroutineLeft(t, goroutines)
		})
	}
}

// unavailable returns the state_unavailable flag of res, failing the test
// without one.
func unavailable(t *testing.T, res moderation.Result) moderation.Flag {
	t.Helper()
	for _, f := range res.Flags {
		if f.Code == moderation.CodeStateUnavailable {
			return f
		}
	}
	t.Fatalf("no %s flag: %+v", moderation.CodeStateUnavailable, res.Flags)
	return moderation.Flag{}
}

func freePort(t testing.TB) int {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}
