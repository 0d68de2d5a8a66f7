package moderation

import (
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"syscall"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestUnavailableDetail: the state_unavailable Detail names what happened
// to the store, so an operator can tell a Redis that is down from one that
// is slow.
func TestUnavailableDetail(t *testing.T) {
	// A real refused dial: a port that was just free.
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	addr := l.Addr().String()
	require.NoError(t, l.Close())
	_, refused := net.Dial("tcp", addr)
	require.ErrorIs(t, refused, syscall.ECONNREFUSED, "nothing listens on %s", addr)

	timeout := &net.OpError{Op: "read", Net: "tcp", Err: os.ErrDeadlineExceeded}
	cases := []struct {
		name string
		err  error
		want string
	}{
		{"refused", refused, "refused the connection"},
		{"refused, then the state timeout", errors.Join(errStateTimeout, fmt.Errorf("store: %w", refused)), "refused the connection"},
		{"no route", &net.OpError{Op: "dial", Net: "tcp", Err: os.NewSyscallError("connect", syscall.EHOSTUNREACH)}, "could not be reached"},
		{"no such host", &net.OpError{Op: "dial", Net: "tcp", Err: &net.DNSError{Err: "no such host", Name: "redis.invalid", IsNotFound: true}}, "could not be reached"},
		{"state timeout", errStateTimeout, "did not answer in time"},
		{"ctx deadline", context.DeadlineExceeded, "did not answer in time"},
		{"read deadline", timeout, "did not answer in time"},
		{"dial timeout", &net.OpError{Op: "dial", Net: "tcp", Err: os.ErrDeadlineExceeded}, "did not answer in time"},
		{"ctx canceled", context.Canceled, "request ended"},
		{"other", errors.New("WRONGTYPE Operation against a key holding the wrong kind of value"), "The comment store failed;"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			f := (&stateSettings{}).unavailableFlag(tc.err, false)
			assert.Equal(t, CodeStateUnavailable, f.Code)
			assert.Contains(t, f.Detail, tc.want)
			assert.Contains(t, f.Detail, "checks that remember earlier comments were skipped")
		})
	}
	f := (&stateSettings{}).unavailableFlag(refused, true)
	assert.Contains(t, f.Detail, "failed to save", "a failed Record says so, whatever the error")
}
