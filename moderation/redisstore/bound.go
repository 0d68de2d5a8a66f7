package redisstore

import (
	"context"
	"errors"
	"net"
	"runtime"
	"sync"
	"sync/atomic"
	"syscall"
	"weak"

	"github.com/redis/go-redis/v9"
)

// call runs f, which sends commands through s.client, so that the Store
// never waits longer than ctx allows, whatever the client's settings, and
// stops waiting for a connection as soon as Redis refuses one.
//
// A client with ContextTimeoutEnabled turns the ctx deadline into the
// deadline of each socket read and write, and f runs on the caller's
// goroutine. Without it (the client redis.ParseURL builds) go-redis still
// gives up waiting for a pooled connection, a dial or a retry's backoff
// when the ctx ends, but not a read or a write: those wait for the
// client's ReadTimeout and WriteTimeout (5 s each by default). So f runs
// on a goroutine of its own and the Store returns at ctx.Done; that
// goroutine then ends as soon as the command on the wire is answered or
// its read or write times out (go-redis sends nothing more once the ctx
// passed to f is cancelled, as it is when call returns).
//
// A dial that fails at once (see dialWatch) cancels the ctx passed to f,
// with the dial's error as its cause, and nothing more: go-redis reads a
// cancelled ctx only where it waits (for a pool turn, a dial, a retry's
// backoff), never in a read or a write, so a call waiting for a
// connection returns the dial's error, and a call whose commands are on a
// connection already goes on to its answer or its ctx's end.
//
// f must not read anything the caller may change after call returns:
// build commands before call, and send them in f.
func (s *Store) call(ctx context.Context, f func(ctx context.Context) error) error {
	own := !s.ctxTimeout && ctx.Done() != nil // the Store bounds the wait itself
	if !own && s.dials == nil {
		return f(ctx)
	}
	fctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	if s.dials != nil {
		failed := s.dials.next()
		stop := context.AfterFunc(failed, func() { cancel(context.Cause(failed)) })
		defer stop()
	}
	if !own {
		return callError(ctx, fctx, f(fctx))
	}
	done := make(chan error, 1)
	go func() { done <- f(fctx) }()
	select {
	case err := <-done:
		return callError(ctx, fctx, err)
	case <-ctx.Done():
		return ctx.Err()
	}
}

// callError is the error of a call that ended with err: the error of the
// dial that ended it rather than the context.Canceled go-redis answers
// then.
func callError(ctx, fctx context.Context, err error) error {
	if err != nil && errors.Is(err, context.Canceled) && ctx.Err() == nil {
		if cause := context.Cause(fctx); cause != nil && !errors.Is(cause, context.Canceled) {
			return cause
		}
	}
	return err
}

// dialWatch is the go-redis hook New adds to a *redis.Client, once per
// client (see watchDials): when a dial fails at once (Redis refused the
// connection, no route to its host, a name that does not exist), the
// Store calls then waiting on the client stop waiting for a connection
// and return that dial's error (see call). The client itself keeps its
// settings: go-redis goes on retrying the dial in the background
// (DialerRetries, 5 by default, 100 ms apart) and retrying the command
// (MaxRetries, 3), which would keep a Check waiting out its whole
// StateTimeout for an answer that is already known.
//
// The signal cannot be kept to the call whose own dial failed: go-redis
// v9.23 dials a pooled connection on a goroutine of the pool, under a
// context of its own (pool.queuedNewConn: context.Background), so nothing
// of the call's ctx reaches a DialHook, and a connection dialed for one
// call may be handed to another. So a failed dial reaches every call of
// the client's Stores, and each takes it only where it is waiting for a
// connection; a call on a connection is not ended by it.
type dialWatch struct {
	failed atomic.Pointer[dialFailure]
	// seen counts the dials the hook saw: one per dial, whatever the
	// number of Stores on the client (TestNewHooksOncePerClient).
	seen atomic.Uint64
}

// dialFailure is done, with the dial's error as its cause, at the next
// dial that fails at once.
type dialFailure struct {
	context.Context
	cancel context.CancelCauseFunc
}

func newDialFailure() *dialFailure {
	ctx, cancel := context.WithCancelCause(context.Background())
	return &dialFailure{Context: ctx, cancel: cancel}
}

func newDialWatch() *dialWatch {
	w := &dialWatch{}
	w.failed.Store(newDialFailure())
	return w
}

// watches holds the dialWatch of each *redis.Client a Store was made
// for, so that New adds its hook to a client once however many Stores
// share it (go-redis cannot take a hook off a client: a hook per Store
// would pile up for the client's life, each run at every dial). The key
// is a weak pointer, so the registry does not keep a client alive; a
// cleanup removes its entry once the client is collected. A dialWatch
// holds nothing of its client.
var watches sync.Map // weak.Pointer[redis.Client] → *dialWatch

// watchDials returns the dialWatch of c, adding it to c as a hook the
// first time.
func watchDials(c *redis.Client) *dialWatch {
	key := weak.Make(c)
	if w, ok := watches.Load(key); ok {
		return w.(*dialWatch)
	}
	w, loaded := watches.LoadOrStore(key, newDialWatch())
	if !loaded {
		c.AddHook(w.(*dialWatch))
		runtime.AddCleanup(c, func(key weak.Pointer[redis.Client]) { watches.Delete(key) }, key)
	}
	return w.(*dialWatch)
}

// next returns a context that is done at the next dial that fails at once.
func (w *dialWatch) next() context.Context { return w.failed.Load() }

// DialHook implements redis.Hook.
func (w *dialWatch) DialHook(next redis.DialHook) redis.DialHook {
	return func(ctx context.Context, network, addr string) (net.Conn, error) {
		w.seen.Add(1)
		conn, err := next(ctx, network, addr)
		if err != nil && failsAtOnce(err) {
			w.failed.Swap(newDialFailure()).cancel(err)
		}
		return conn, err
	}
}

// ProcessHook implements redis.Hook: commands pass untouched.
func (w *dialWatch) ProcessHook(next redis.ProcessHook) redis.ProcessHook { return next }

// ProcessPipelineHook implements redis.Hook: pipelines pass untouched.
func (w *dialWatch) ProcessPipelineHook(next redis.ProcessPipelineHook) redis.ProcessPipelineHook {
	return next
}

// failsAtOnce reports whether a dial error is an answer about Redis's
// address that the next dial will most likely get too: the connection was
// refused (nothing listens there), no route leads to the host or its
// network, or the name does not exist. Not a timeout (it already took its
// time), and not a fault of this host or a passing one, which says nothing
// of Redis: out of file descriptors (EMFILE, ENFILE) or local ports
// (EADDRNOTAVAIL), a DNS server that failed or timed out.
func failsAtOnce(err error) bool {
	if errors.Is(err, syscall.ECONNREFUSED) || errors.Is(err, syscall.EHOSTUNREACH) || errors.Is(err, syscall.ENETUNREACH) {
		return true
	}
	var dns *net.DNSError
	return errors.As(err, &dns) && dns.IsNotFound
}
