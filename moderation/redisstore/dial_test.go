package redisstore

import (
	"context"
	"fmt"
	"net"
	"os"
	"runtime"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"
	"weak"

	"github.com/commentkit/commentkit/internal/storetest"
	"github.com/commentkit/commentkit/moderation"
	"github.com/redis/go-redis/v9"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// failingDialer dials until fail is set, then answers err at once, as a
// host out of file descriptors, or a Redis gone from behind a load
// balancer, does. At the first dial it fails it calls onFail.
//
// With hold set, the first dial after fail was set waits for release
// before it dials (a slow dial, still under way when later ones fail),
// and calls held once it waits.
type failingDialer struct {
	fail   atomic.Bool
	err    error
	once   sync.Once
	onFail func()

	hold     bool
	holding  atomic.Bool
	held     func()
	released chan struct{}
}

func (d *failingDialer) dial(ctx context.Context, network, addr string) (net.Conn, error) {
	if d.hold && d.fail.Load() && d.holding.CompareAndSwap(false, true) {
		d.held()
		select {
		case <-d.released:
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	} else if d.fail.Load() {
		d.once.Do(d.onFail)
		return nil, &net.OpError{Op: "dial", Net: network, Err: d.err}
	}
	var nd net.Dialer
	return nd.DialContext(ctx, network, addr)
}

// TestFailedDialWhileWaiting: a Check waiting for a connection of its own
// (its dial is slow) when another caller's dial fails. go-redis does not
// tell whose dial a dial is (see dialWatch), so the Store takes the
// failed dial as an answer about Redis for every call then waiting for a
// connection: a refusal ends the Check at once, with that refusal. A
// fault of this host that says nothing of Redis (out of file
// descriptors) ends nothing: the Check gets its connection and its state.
func TestFailedDialWhileWaiting(t *testing.T) {
	cases := []struct {
		name string
		err  error
		// ended: the Check ends with state_unavailable saying this
		// rather than waiting for its own dial; "" for a Check that
		// reads its state.
		ended string
	}{
		{"refused", os.NewSyscallError("connect", syscall.ECONNREFUSED), "refused the connection"},
		{"out of file descriptors", os.NewSyscallError("socket", syscall.EMFILE), ""},
	}
	for _, tc := range cases {
		for _, kind := range clientKinds {
			t.Run(tc.name+"/"+kind.name, func(t *testing.T) {
				var checking atomic.Bool // the Check below is waiting for Redis
				inFlight := make(chan bool, 1)
				held := make(chan struct{})
				dialer := &failingDialer{
					err: tc.err, onFail: func() { inFlight <- checking.Load() },
					hold: true, held: func() { close(held) }, released: make(chan struct{}),
				}
				_, client, m := dialTestModerator(t, kind.options, dialer)
				ctx := context.Background()

				// The client has no connection yet: the Check's dial is
				// the first, and it is held.
				dialer.fail.Store(true)
				done := checkInBackground(ctx, m, moderation.Comment{Body: "An ordinary comment about the article.", Author: "Ann", IP: "192.0.2.1"}, &checking)
				<-held

				// Another caller dials, and fails.
				pinged := make(chan error, 1)
				go func() { pinged <- client.Ping(ctx).Err() }()
				require.True(t, <-inFlight, "the Check ended before the other caller's dial failed: the test shows nothing")
				if tc.ended != "" {
					o := <-done
					require.NoError(t, o.err)
					assert.Contains(t, unavailable(t, o.res).Detail, tc.ended)
				}
				dialer.fail.Store(false)
				close(dialer.released)
				if tc.ended == "" {
					o := <-done
					require.NoError(t, o.err)
					assert.NotContains(t, codes(o.res), moderation.CodeStateUnavailable, "%+v", o.res.Flags)
				}
				<-pinged // the other caller's own outcome is go-redis's
			})
		}
	}
}

// TestFailsAtOnce: the dial errors that end the calls waiting for a
// connection are answers about Redis's address; a timeout, a fault of
// this host, or a DNS server's failure are not.
func TestFailsAtOnce(t *testing.T) {
	dial := func(err error) error { return &net.OpError{Op: "dial", Net: "tcp", Err: err} }
	cases := []struct {
		name string
		err  error
		want bool
	}{
		{"refused", dial(os.NewSyscallError("connect", syscall.ECONNREFUSED)), true},
		{"no route to host", dial(os.NewSyscallError("connect", syscall.EHOSTUNREACH)), true},
		{"network unreachable", dial(os.NewSyscallError("connect", syscall.ENETUNREACH)), true},
		{"no such host", dial(&net.DNSError{Err: "no such host", Name: "redis.invalid", IsNotFound: true}), true},
		{"DNS server failure", dial(&net.DNSError{Err: "server misbehaving", Name: "redis.example", IsTemporary: true}), false},
		{"DNS timeout", dial(&net.DNSError{Err: "i/o timeout", Name: "redis.example", IsTimeout: true}), false},
		{"out of file descriptors", dial(os.NewSyscallError("socket", syscall.EMFILE)), false},
		{"system out of file descriptors", dial(os.NewSyscallError("socket", syscall.ENFILE)), false},
		{"out of local ports", dial(os.NewSyscallError("connect", syscall.EADDRNOTAVAIL)), false},
		{"dial timeout", dial(os.ErrDeadlineExceeded), false},
		{"ctx deadline", context.DeadlineExceeded, false},
		{"ctx canceled", context.Canceled, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, failsAtOnce(tc.err), "%v", tc.err)
		})
	}
}

// TestNewHooksOncePerClient: every Store of one client shares one hook,
// so Stores made again and again (one per tenant's prefix, one per
// request) add nothing that runs at each dial; another client has a hook
// of its own; and a client no longer used leaves nothing behind.
func TestNewHooksOncePerClient(t *testing.T) {
	client := redis.NewClient(&redis.Options{Addr: "127.0.0.1:1", DialerRetries: 1, MaxRetries: -1})
	defer client.Close()
	var stores []*Store
	for i := range 3 {
		s, err := New(client, Options{Prefix: fmt.Sprintf("tenant%d:", i)})
		require.NoError(t, err)
		stores = append(stores, s)
	}
	w := stores[0].dials
	require.NotNil(t, w)
	for _, s := range stores[1:] {
		assert.Same(t, w, s.dials, "one watch per client")
	}
	before := w.seen.Load()
	require.Error(t, client.Ping(context.Background()).Err(), "nothing listens on port 1")
	assert.Equal(t, uint64(1), w.seen.Load()-before, "one dial, seen once: the hook was added once")

	key := func() weak.Pointer[redis.Client] {
		other := redis.NewClient(&redis.Options{Addr: "127.0.0.1:1"})
		s, err := New(other, Options{})
		require.NoError(t, err)
		assert.NotSame(t, w, s.dials, "another client, another watch")
		require.NoError(t, other.Close())
		return weak.Make(other)
	}()
	gone := false
	for deadline := time.Now().Add(5 * time.Second); !gone && time.Now().Before(deadline); time.Sleep(10 * time.Millisecond) {
		runtime.GC()
		_, found := watches.Load(key)
		gone = !found
	}
	assert.True(t, gone, "the watch of a collected client stays in the registry")
}

// TestFailedDialEndsOnlyWaitingCalls: a Check whose commands are on a
// healthy connection, with Redis slow to answer, is answered although
// another caller's dial fails meanwhile: a failed dial ends the calls
// waiting for a connection, not those that have one. (Review s10 round 6,
// finding 4: the Check returned state_unavailable "could not be reached"
// after 101 ms while Redis answered it at 400 ms.)
func TestFailedDialEndsOnlyWaitingCalls(t *testing.T) {
	dialErrors := []struct {
		name string
		err  error
	}{
		// Ends the calls waiting for a connection, not this one.
		{"refused", os.NewSyscallError("connect", syscall.ECONNREFUSED)},
		// A fault of this host, not an answer about Redis: ends nothing.
		{"out of file descriptors", os.NewSyscallError("socket", syscall.EMFILE)},
	}
	for _, de := range dialErrors {
		for _, kind := range clientKinds {
			t.Run(de.name+"/"+kind.name, func(t *testing.T) {
				var checking atomic.Bool // the Check below is waiting for Redis
				inFlight := make(chan bool, 1)
				dialer := &failingDialer{err: de.err, onFail: func() { inFlight <- checking.Load() }}
				addr, client, m := dialTestModerator(t, kind.options, dialer)
				ctx := context.Background()
				c := moderation.Comment{Body: "An ordinary comment about the article.", Author: "Ann", IP: "192.0.2.1"}
				// One Check before: its connection is pooled (go-redis
				// keeps pipelines in a pool of their own).
				require.NotContains(t, codes(check(t, m, c)), moderation.CodeStateUnavailable)

				// Redis takes the Check's commands and answers them when
				// the pause ends: slow, not gone.
				admin := redis.NewClient(&redis.Options{Addr: addr})
				defer admin.Close()
				require.NoError(t, admin.Do(ctx, "CLIENT", "PAUSE", 1000, "ALL").Err())

				before := poolHits(client)
				done := checkInBackground(ctx, m, c, &checking)
				// The Check has its connection (the one pooled) once a
				// pool counts a hit; from there go-redis writes and reads.
				for deadline := time.Now().Add(5 * time.Second); poolHits(client) == before; time.Sleep(time.Millisecond) {
					require.True(t, time.Now().Before(deadline), "the Check took no pooled connection")
				}

				// Another caller needs a connection of its own (the
				// pipelines' one is the Check's), and its dial fails.
				dialer.fail.Store(true)
				pinged := make(chan error, 1)
				go func() {
					_, err := client.Pipelined(ctx, func(p redis.Pipeliner) error { return p.Ping(ctx).Err() })
					pinged <- err
				}()
				require.True(t, <-inFlight, "the Check ended before the other caller's dial failed: the test shows nothing")

				o := <-done
				require.NoError(t, o.err)
				assert.NotContains(t, codes(o.res), moderation.CodeStateUnavailable, "%+v", o.res.Flags)
				assert.Contains(t, codes(o.res), moderation.CodeFlood, "the state was read: Ann's second comment within the flood interval")
				dialer.fail.Store(false)
				<-pinged // the other caller's own outcome is go-redis's
			})
		}
	}
}

// dialTestModerator starts a Redis of the test's own and returns its
// address, a client of it made by options whose dials go through dialer,
// and a Moderator on a Store of that client.
func dialTestModerator(t *testing.T, options func(addr string) *redis.Options, dialer *failingDialer) (string, *redis.Client, *moderation.Moderator) {
	t.Helper()
	addr, _ := runRedis(t)
	opt := options(addr)
	opt.Dialer = dialer.dial
	client := redis.NewClient(opt)
	t.Cleanup(func() { _ = client.Close() })
	s, err := New(client, Options{})
	require.NoError(t, err)
	m, err := moderation.New(moderation.Config{Store: s, StateTimeout: storetest.StateTimeout})
	require.NoError(t, err)
	return addr, client, m
}

// outcome is what a Check returned.
type outcome struct {
	res moderation.Result
	err error
}

// checkInBackground runs m.Check of c on a goroutine, with checking true
// while it runs, and sends its outcome on the channel it returns.
func checkInBackground(ctx context.Context, m *moderation.Moderator, c moderation.Comment, checking *atomic.Bool) <-chan outcome {
	done := make(chan outcome, 1)
	checking.Store(true)
	go func() {
		res, err := m.Check(ctx, c)
		checking.Store(false)
		done <- outcome{res, err}
	}()
	return done
}

// poolHits is how many times client handed out a pooled connection, in
// its main pool and its pool for pipelines.
func poolHits(client *redis.Client) uint32 {
	st := client.PoolStats()
	n := st.Hits
	if st.PipelineStats != nil {
		n += st.PipelineStats.Hits
	}
	return n
}
