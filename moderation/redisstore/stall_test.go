package redisstore

import (
	"context"
	"net"
	"runtime"
	"sync"
	"testing"
	"time"

	"github.com/commentkit/commentkit/moderation"
	"github.com/redis/go-redis/v9"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// stallBound is how long a call with a 50 ms ctx may take against a
// stalled Redis before the test calls it a wait for the client's own
// timeouts (ReadTimeout, 5 s by default). A correctness bound, not a
// speed: the machine is shared and noisy.
const stallBound = time.Second

// TestStalledRedis: a Redis that takes a command and does not answer holds
// a Check no longer than its ctx, with the client redis.ParseURL builds as
// with one that sets ContextTimeoutEnabled, and the goroutines the calls
// leave end once Redis answers or the connection closes.
func TestStalledRedis(t *testing.T) {
	stalls := []struct {
		name string
		// stall returns the address of a Redis that stalls once the
		// client has connected, and a func that ends the stall.
		stall func(t *testing.T, ready func(addr string)) (addr string, end func())
	}{
		{"CLIENT PAUSE", pausedRedis},
		{"silent listener", silentListener},
	}
	for _, st := range stalls {
		for _, kind := range clientKinds {
			t.Run(st.name+"/"+kind.name, func(t *testing.T) {
				goroutines := runtime.NumGoroutine()
				var client *redis.Client
				addr, end := st.stall(t, func(addr string) {
					client = redis.NewClient(kind.options(addr))
					require.NoError(t, client.Ping(context.Background()).Err(), "before the stall")
				})
				if client == nil { // the stall is a listener: it never answered a PING
					client = redis.NewClient(kind.options(addr))
				}
				s, err := New(client, Options{})
				require.NoError(t, err)
				m, err := moderation.New(moderation.Config{Store: s})
				require.NoError(t, err)

				c := moderation.Comment{Body: "An ordinary comment about the article.", Author: "Ann", IP: "192.0.2.1"}
				ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
				start := time.Now()
				res, err := m.Check(ctx, c)
				took := time.Since(start)
				cancel()
				require.NoError(t, err)
				f := unavailable(t, res)
				assert.Contains(t, f.Detail, "did not answer in time")
				assert.Equal(t, moderation.Approve, res.Action, "the stateless verdict stands")
				assert.Less(t, took, stallBound, "Check waited for the client's timeouts, not its ctx")

				ctx, cancel = context.WithTimeout(context.Background(), 50*time.Millisecond)
				start = time.Now()
				err = m.Learn(ctx, c, moderation.Ham)
				took = time.Since(start)
				cancel()
				assert.Error(t, err, "Learn returns the error")
				assert.Less(t, took, stallBound, "Learn waited for the client's timeouts, not its ctx")

				end()
				require.NoError(t, client.Close())
				noGoroutineLeft(t, goroutines)
			})
		}
	}
}

// pausedRedis runs a redis-server of the test's own, lets ready connect to
// it, then pauses it for 2 s with CLIENT PAUSE from another connection:
// Redis takes commands and answers none. end waits for the pause to end.
func pausedRedis(t *testing.T, ready func(addr string)) (string, func()) {
	addr, _ := runRedis(t)
	ready(addr)
	admin := redis.NewClient(&redis.Options{Addr: addr})
	defer admin.Close()
	const pause = 2 * time.Second
	require.NoError(t, admin.Do(context.Background(), "CLIENT", "PAUSE", pause.Milliseconds(), "ALL").Err())
	until := time.Now().Add(pause)
	return addr, func() { time.Sleep(time.Until(until)) }
}

// silentListener is a Redis that accepts connections and never answers:
// a new connection stalls at its first command (HELLO). end closes the
// listener and every connection it accepted.
func silentListener(t *testing.T, _ func(addr string)) (string, func()) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	var (
		wg     sync.WaitGroup
		mu     sync.Mutex
		conns  []net.Conn
		closed bool
	)
	wg.Go(func() {
		for {
			conn, err := l.Accept()
			if err != nil {
				return
			}
			mu.Lock()
			if closed { // accepted as end closed the listener
				_ = conn.Close()
			}
			conns = append(conns, conn)
			mu.Unlock()
			wg.Go(func() {
				buf := make([]byte, 4096)
				for {
					if _, err := conn.Read(buf); err != nil {
						return
					}
				}
			})
		}
	})
	end := func() {
		_ = l.Close()
		mu.Lock()
		closed = true
		for _, c := range conns {
			_ = c.Close()
		}
		mu.Unlock()
		wg.Wait()
	}
	t.Cleanup(end)
	return l.Addr().String(), end
}
