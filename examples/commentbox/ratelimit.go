package main

import (
	"sync"
	"time"
)

// Login throttling: a guessed password costs a request, so without a limit a
// script could try thousands a minute.
const (
	// maxLoginFailures wrong passwords from one address within
	// loginFailureWindow lock that address out until the window ends: a
	// person who mistypes a few times is not locked out, a script is.
	maxLoginFailures   = 5
	loginFailureWindow = 15 * time.Minute
	// maxTrackedAddresses bounds the limiter's memory under a spray of
	// addresses; when full, the oldest windows are dropped first.
	maxTrackedAddresses = 10000
)

// loginLimiter counts wrong passwords per client address. It is safe for
// concurrent use.
type loginLimiter struct {
	mu       sync.Mutex
	failures map[string]*loginFailures
}

type loginFailures struct {
	count int
	start time.Time // when the first failure of the window happened
}

// blocked reports whether addr must wait, and until when.
func (l *loginLimiter) blocked(addr string, now time.Time) (bool, time.Time) {
	l.mu.Lock()
	defer l.mu.Unlock()
	f := l.failures[addr]
	if f == nil || now.Sub(f.start) >= loginFailureWindow {
		return false, time.Time{}
	}
	return f.count >= maxLoginFailures, f.start.Add(loginFailureWindow)
}

// fail records a wrong password from addr.
func (l *loginLimiter) fail(addr string, now time.Time) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.failures == nil {
		l.failures = map[string]*loginFailures{}
	}
	f := l.failures[addr]
	if f == nil || now.Sub(f.start) >= loginFailureWindow {
		if len(l.failures) >= maxTrackedAddresses {
			l.sweep(now)
		}
		f = &loginFailures{start: now}
		l.failures[addr] = f
	}
	f.count++
}

// succeed forgets the failures of addr.
func (l *loginLimiter) succeed(addr string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	delete(l.failures, addr)
}

// sweep drops ended windows and, if that is not enough, the oldest half.
func (l *loginLimiter) sweep(now time.Time) {
	var oldest time.Time
	for addr, f := range l.failures {
		if now.Sub(f.start) >= loginFailureWindow {
			delete(l.failures, addr)
		} else if oldest.IsZero() || f.start.Before(oldest) {
			oldest = f.start
		}
	}
	if len(l.failures) < maxTrackedAddresses {
		return
	}
	cut := oldest.Add(now.Sub(oldest) / 2)
	for addr, f := range l.failures {
		if !f.start.After(cut) {
			delete(l.failures, addr)
		}
	}
}
