package main

import (
	"context"
	"fmt"
	"hash/fnv"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/commentkit/commentkit/moderation"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Tests of the lock that makes the copies of one form wait for each other
// (formLocks): it must hold them one after the other, and nothing else.

// deadlockGuard ends a wait that only a lock wrongly held makes endless,
// so that such a test fails with a message instead of hanging until go
// test's own timeout. A handler that is right never comes near it.
const deadlockGuard = 20 * time.Second

// receive returns the next value from ch, or fails the test when none
// comes within deadlockGuard.
func receive[T any](t *testing.T, ch <-chan T, what string) T {
	t.Helper()
	select {
	case v := <-ch:
		return v
	case <-time.After(deadlockGuard):
		t.Fatalf("still waiting for %s after %v: a lock is held that should not be", what, deadlockGuard)
		panic("unreachable")
	}
}

// holdingCheck stops Check on every comment whose text holds word until
// the test lets it go: it stands for a slow check or store, so that a
// request stays inside its form's lock for as long as a test needs. It
// ignores ctx on purpose: a check that overruns its time is what keeps a
// lock longest.
type holdingCheck struct {
	word    string
	entered chan struct{} // one value per comment held
	release chan struct{} // closed by letGo
	once    sync.Once
}

func (h *holdingCheck) Check(_ context.Context, v *moderation.View) []moderation.Flag {
	if strings.Contains(v.Comment.Body, h.word) {
		h.entered <- struct{}{}
		<-h.release
	}
	return nil
}

// letGo ends every hold, now and to come. It may be called twice.
func (h *holdingCheck) letGo() { h.once.Do(func() { close(h.release) }) }

// holdWord is the word that makes holdingCheck hold a comment.
const holdWord = "zebra"

// holdingSite is a site whose filter holds every comment with holdWord in
// Check until the test lets it go. Flood checks are off: the tests send
// many comments at once from one address.
func holdingSite(t *testing.T) (*site, *holdingCheck) {
	hold := &holdingCheck{word: holdWord, entered: make(chan struct{}, 256), release: make(chan struct{})}
	cfg := testConfig()
	cfg.FloodInterval, cfg.FloodMax = -1, -1
	cfg.Checks = append(moderation.DefaultChecks(cfg), hold)
	s := newSiteWith(t, cfg)
	// Registered after the site's, so it runs first: the site's Close
	// waits for the requests in flight, which wait for this.
	t.Cleanup(hold.letGo)
	return s, hold
}

// request is the POST of form by the browser of c, for the test to serve
// with Server.ServeHTTP: with ctx, and whatever ResponseWriter it likes.
func (c *client) request(ctx context.Context, form url.Values) *http.Request {
	c.t.Helper()
	req := httptest.NewRequestWithContext(ctx, http.MethodPost, c.site.http.URL+"/comments", strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.RemoteAddr = "127.0.0.1:40000" // the browser of c, as the test server sees it
	u, err := url.Parse(c.site.http.URL)
	require.NoError(c.t, err)
	for _, ck := range c.hc.Jar.Cookies(u) {
		req.AddCookie(ck)
	}
	return req
}

// stalledWriter is the connection of a client that sends a form and then
// reads nothing: its answer, from the status line on, cannot be written
// until the test releases it, as a full TCP window does to the server.
type stalledWriter struct {
	header  http.Header
	status  int
	stalled chan struct{} // closed at the first write
	release chan struct{} // closed by letGo
	once    sync.Once
	rel     sync.Once
}

func newStalledWriter() *stalledWriter {
	return &stalledWriter{header: http.Header{}, stalled: make(chan struct{}), release: make(chan struct{})}
}

func (w *stalledWriter) Header() http.Header { return w.header }

func (w *stalledWriter) WriteHeader(status int) {
	w.stall()
	w.status = status
}

func (w *stalledWriter) Write(b []byte) (int, error) {
	w.stall()
	if w.status == 0 {
		w.status = http.StatusOK
	}
	return len(b), nil
}

func (w *stalledWriter) stall() {
	w.once.Do(func() { close(w.stalled) })
	<-w.release
}

func (w *stalledWriter) letGo() { w.rel.Do(func() { close(w.release) }) }

// tokensOnEveryStripe returns n made-up form tokens whose FNV-1a hashes
// fall on n different remainders mod n: with n = 64, one token for each
// of the 64 locks that tokens shared before, as the attacker of review s10
// round 6 chose them.
func tokensOnEveryStripe(n int) []string {
	byStripe := map[uint32]string{}
	for i := 0; len(byStripe) < n; i++ {
		tok := fmt.Sprintf("attacker-%d", i)
		h := fnv.New32a()
		h.Write([]byte(tok))
		if _, ok := byStripe[h.Sum32()%uint32(n)]; !ok {
			byStripe[h.Sum32()%uint32(n)] = tok
		}
	}
	out := make([]string, 0, n)
	for _, tok := range byStripe {
		out = append(out, tok)
	}
	return out
}

// withValue returns a copy of form with field set to value.
func withValue(form url.Values, field, value string) url.Values {
	out := url.Values{}
	for k, v := range form {
		out[k] = append([]string(nil), v...)
	}
	out.Set(field, value)
	return out
}

var deeComment = submission{Author: "Dee", Email: "dee@example.net",
	Body: "Thanks for the tip about the water tray; our bees found it within a day."}

// TestOtherFormsDoNotWait: requests stopped in the middle of their work,
// each holding the lock of its form, do not hold up a commenter with
// another form. The requests here send tokens of their own making, one
// for each of the 64 locks that all tokens used to share: a client could
// then stall every commenter on the site.
func TestOtherFormsDoNotWait(t *testing.T) {
	s, hold := holdingSite(t)
	attacker := s.client()
	form := attacker.filledForm(submission{Author: "x", Email: "x@example.net",
		Body: "A " + holdWord + " comment that waits in Check as long as the attacker likes."})
	tokens := tokensOnEveryStripe(64)
	sent := make(chan error, len(tokens))
	for _, tok := range tokens {
		f := withValue(form, fieldFormToken, tok)
		go func() {
			_, err := attacker.tryPost("/comments", f)
			sent <- err
		}()
	}
	for range tokens {
		receive(t, hold.entered, "the attacker's requests to reach Check")
	}

	dee := s.client()
	deeForm := dee.filledForm(deeComment)
	answered := make(chan response, 1)
	go func() {
		a, err := dee.tryPost("/comments", deeForm)
		assert.NoError(t, err)
		answered <- a
	}()
	a := receive(t, answered, "the commenter's answer")
	published := s.comments(StatusApproved)
	require.Len(t, published, 1, "%d %s", a.Status, a.Body)
	assert.Equal(t, deeComment.Body, published[0].Body)
	assert.Equal(t, http.StatusSeeOther, a.Status)
	assert.Equal(t, "/?comment=approved#comment-"+itoa(published[0].ID), a.Header.Get("Location"))

	hold.letGo()
	for range tokens {
		assert.NoError(t, receive(t, sent, "the attacker's answers"))
	}
}

// TestUnreadAnswerHoldsNoLock: a client that sends a form and never reads
// the answer does not keep the form's lock, so the form sent again is
// answered at once: a second copy of a comment goes where the first did,
// and a comment shortened after "too long" is published. (The page
// answering a too long comment holds all of it: a client that reads
// nothing of it once held the lock for the server's whole write timeout.)
func TestUnreadAnswerHoldsNoLock(t *testing.T) {
	for _, tc := range []struct {
		name       string
		first      string // the body of the copy whose answer is not read
		wantStatus int    // that answer's status
	}{
		{"the comment published", deeComment.Body, http.StatusSeeOther},
		{"too long, the page echoing it", strings.Repeat("&", maxLength+1000), http.StatusUnprocessableEntity},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := newSite(t)
			c := s.client()
			form := c.filledForm(deeComment)
			w := newStalledWriter()
			t.Cleanup(w.letGo)
			served := make(chan struct{})
			go func() {
				defer close(served)
				s.srv.ServeHTTP(w, c.request(context.Background(), withValue(form, fieldBody, tc.first)))
			}()
			receive(t, w.stalled, "the first answer to be written")

			answered := make(chan response, 1)
			go func() {
				a, err := c.tryPost("/comments", form)
				assert.NoError(t, err)
				answered <- a
			}()
			a := receive(t, answered, "the answer to the form sent again")
			published := s.comments(StatusApproved)
			require.Len(t, published, 1, "%d %s", a.Status, a.Body)
			assert.Equal(t, http.StatusSeeOther, a.Status)
			assert.Equal(t, "/?comment=approved#comment-"+itoa(published[0].ID), a.Header.Get("Location"))
			assert.Len(t, s.stored(), 1, "stored once")

			w.letGo()
			receive(t, served, "the first request to end")
			assert.Equal(t, tc.wantStatus, w.status)
		})
	}
}

// TestWaitForTheFormIsBounded: a copy of a form whose first copy is stuck
// (here in Check) does not wait for it without end. When its browser has
// gone, or its deadline has passed, it answers with the form as typed and
// asks to send it again; sent again once the first copy is saved, it goes
// where that one did.
func TestWaitForTheFormIsBounded(t *testing.T) {
	for _, tc := range []struct {
		name string
		// wait prepares the second copy's wait: its context, and
		// what to undo once it is answered.
		wait func(s *site) (context.Context, func())
		read bool // whether anyone reads the answer
	}{
		{"the browser has gone", func(*site) (context.Context, func()) {
			ctx, cancel := context.WithCancel(context.Background())
			cancel()
			return ctx, func() {}
		}, false},
		{"the deadline has passed", func(s *site) (context.Context, func()) {
			// The first copy read its deadline before it reached Check.
			s.srv.submitTimeout = time.Millisecond
			return context.Background(), func() { s.srv.submitTimeout = submitTimeout }
		}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, hold := holdingSite(t)
			c := s.client()
			sub := deeComment
			sub.Body = "Our " + holdWord + " finches found the water tray within a day. Thanks for the tip!"
			form := c.filledForm(sub)
			first := make(chan response, 1)
			go func() {
				a, err := c.tryPost("/comments", form)
				assert.NoError(t, err)
				first <- a
			}()
			receive(t, hold.entered, "the first copy to reach Check")

			ctx, undo := tc.wait(s)
			answered := make(chan *httptest.ResponseRecorder, 1)
			go func() {
				rec := httptest.NewRecorder()
				s.srv.ServeHTTP(rec, c.request(ctx, form))
				answered <- rec
			}()
			rec := receive(t, answered, "the second copy's answer")
			undo()
			assert.Empty(t, s.stored(), "the second copy saved nothing")
			if tc.read {
				// (A browser that has gone gets a page that could not list
				// the comments: the request's context ended. No one reads it.)
				page := rec.Body.String()
				assert.Equal(t, http.StatusServiceUnavailable, rec.Code)
				assert.Contains(t, page, "still being sent from an earlier click")
				assert.Contains(t, page, "finches found the water tray", "the form keeps what was typed")
				assert.Equal(t, form.Get(fieldFormToken), hidden(t, page, fieldFormToken), "the same form")
			}

			hold.letGo()
			saved := receive(t, first, "the first copy's answer")
			published := s.comments(StatusApproved)
			require.Len(t, published, 1, "%d %s", saved.Status, saved.Body)
			want := "/?comment=approved#comment-" + itoa(published[0].ID)
			assert.Equal(t, want, saved.Header.Get("Location"))

			again := c.post("/comments", form)
			assert.Equal(t, want, again.Header.Get("Location"), "sent again, it goes where the first copy went")
			assert.Len(t, s.stored(), 1, "stored once")
		})
	}
}

// TestFormLocksForgetTokens: a token's lock lives while a request holds
// or waits for it, and no longer, so that memory follows the requests in
// flight, not the tokens ever sent.
func TestFormLocksForgetTokens(t *testing.T) {
	var l formLocks
	ctx := context.Background()
	unlockA, err := l.lock(ctx, "a")
	require.NoError(t, err)
	unlockB, err := l.lock(ctx, "b")
	require.NoError(t, err, "another token does not wait")

	gone, cancel := context.WithCancel(ctx)
	cancel()
	_, err = l.lock(gone, "a")
	require.ErrorIs(t, err, context.Canceled, "a held token waits, until its ctx is done")
	assert.Len(t, l.byToken, 2, "the waiter that gave up left")

	unlockA()
	unlockB()
	assert.Empty(t, l.byToken)
	unlockA, err = l.lock(gone, "a")
	require.NoError(t, err, "a free lock is taken even when ctx is done")
	unlockA()
	assert.Empty(t, l.byToken)
}
