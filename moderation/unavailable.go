package moderation

import (
	"context"
	"errors"
	"net"
	"syscall"
)

// errEndedBeforeStore marks a Check whose ctx had ended before the Store
// was asked.
var errEndedBeforeStore = errors.New("moderation: the ctx had ended before the store was asked")

// unavailableFlag returns CodeStateUnavailable for a state that could not
// be loaded or, saving, for a comment whose Record failed. It weighs a
// hold (stateSettings.unit) when Config.HoldOnStateFailure is set and
// nothing otherwise, so the verdict of the checks that need no state
// stands. Its Detail names what went wrong, so a site's operator can tell
// a store that is down from one that is slow.
func (s *stateSettings) unavailableFlag(err error, saving bool) Flag {
	f := Flag{Code: CodeStateUnavailable}
	if s.holdOnFailure {
		f.Score = s.unit
	}
	const skipped = "; checks that remember earlier comments were skipped."
	switch {
	case saving:
		f.Detail = "The comment store failed to save this comment; a later copy of it may not be recognised."
	case errors.Is(err, errEndedBeforeStore):
		// Not the store's fault: it was never asked.
		f.Detail = "The request had ended before the comment store was asked" + skipped
	// A failed connection first: the state timeout may have ended the call
	// after it (the error then holds both).
	case errors.Is(err, syscall.ECONNREFUSED):
		f.Detail = "The comment store refused the connection (it may not be running)" + skipped
	case unreachable(err):
		f.Detail = "The comment store could not be reached" + skipped
	case errors.Is(err, errStateTimeout), errors.Is(err, context.DeadlineExceeded), isTimeout(err):
		f.Detail = "The comment store did not answer in time" + skipped
	case errors.Is(err, context.Canceled):
		f.Detail = "The request ended before the comment store answered" + skipped
	case errors.Is(err, ErrConfig):
		// A Store that was not set up (redisstore.Store{}): the site's
		// mistake, which every Check would otherwise hide behind "failed".
		// A fixed text, as the others: an error's own text may hold what
		// an operator's page should not show.
		f.Detail = "The comment store is not set up (was it made by its package's New?)" + skipped
	default:
		f.Detail = "The comment store failed" + skipped
	}
	return f
}

// unreachable reports whether err is a connection that could not be made
// for another reason than a timeout: no route to the host, a name that
// does not resolve, any other failed dial.
func unreachable(err error) bool {
	if errors.Is(err, syscall.EHOSTUNREACH) || errors.Is(err, syscall.ENETUNREACH) {
		return true
	}
	var dns *net.DNSError
	if errors.As(err, &dns) {
		return !dns.IsTimeout
	}
	var op *net.OpError
	return errors.As(err, &op) && op.Op == "dial" && !op.Timeout()
}

// isTimeout reports whether err is a network timeout, such as a read
// past its deadline.
func isTimeout(err error) bool {
	var ne net.Error
	return errors.As(err, &ne) && ne.Timeout()
}
