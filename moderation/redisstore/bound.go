package redisstore

import (
	"context"
	"errors"
	"net"
	"sync/atomic"

	"github.com/redis/go-redis/v9"
)

// call runs f, which sends commands through s.client, so that the Store
// never waits longer than ctx allows, whatever the client's settings, and
// stops waiting as soon as Redis refuses a connection.
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
	case <-fctx.Done():
		if err := ctx.Err(); err != nil {
			return err
		}
		return context.Cause(fctx) // a refused dial
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

// dialWatch is the go-redis hook New adds to a *redis.Client: when a dial
// fails at once (Redis refused the connection, the host is unreachable,
// the name does not resolve), the Store calls then waiting on the client
// stop waiting and return that dial's error. The client itself keeps its
// settings: go-redis goes on retrying the dial in the background
// (DialerRetries, 5 by default, 100 ms apart) and retrying the command
// (MaxRetries, 3), which would keep a Check waiting out its whole
// StateTimeout for an answer that is already known. A dial that times out
// ends nothing early: it already took its time.
//
// The dial runs on a goroutine of the pool, with no link to the call
// that needed it, so a failed dial ends every call waiting at that moment:
// they all wait on the same Redis.
type dialWatch struct {
	failed atomic.Pointer[dialFailure]
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

// next returns a context that is done at the next dial that fails at once.
func (w *dialWatch) next() context.Context { return w.failed.Load() }

// DialHook implements redis.Hook.
func (w *dialWatch) DialHook(next redis.DialHook) redis.DialHook {
	return func(ctx context.Context, network, addr string) (net.Conn, error) {
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

// failsAtOnce reports whether a dial error is an answer rather than a
// wait: anything but a timeout or an ended ctx.
func failsAtOnce(err error) bool {
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return false
	}
	var ne net.Error
	return !errors.As(err, &ne) || !ne.Timeout()
}
