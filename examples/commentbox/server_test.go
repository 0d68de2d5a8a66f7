package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/commentkit/commentkit/moderation"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const testPassword = "correct horse battery staple"

// clock is a settable clock, so that form timing is the same on every run.
type clock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *clock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = c.now.Add(d)
}

// site is a Server over a SQLite file, served by httptest.
type site struct {
	t     *testing.T
	srv   *Server
	store *Store
	http  *httptest.Server
	clock *clock
}

// testConfig is the filter's Config in these tests: the defaults, plus one
// blocked word so a test can see a rejection.
func testConfig() moderation.Config {
	return moderation.Config{BlockedWords: []string{"casino"}}
}

// openSite starts a site over the database file at path, as main does.
func openSite(t *testing.T, path string, c *clock) *site {
	t.Helper()
	return openSiteWith(t, path, c, testConfig())
}

// openSiteWith is openSite with the filter's Config cfg.
func openSiteWith(t *testing.T, path string, c *clock, cfg moderation.Config) *site {
	t.Helper()
	ctx := context.Background()
	store, err := OpenStore(ctx, path)
	require.NoError(t, err)
	srv, err := NewServer(ctx, store, Options{
		Password:   testPassword,
		Moderation: cfg,
		Logger:     slog.New(slog.NewTextHandler(io.Discard, nil)),
		Now:        c.Now,
	})
	require.NoError(t, err)
	s := &site{t: t, srv: srv, store: store, http: httptest.NewServer(srv), clock: c}
	t.Cleanup(s.close)
	return s
}

func newSite(t *testing.T) *site {
	return newSiteWith(t, testConfig())
}

// newSiteWith is newSite with the filter's Config cfg.
func newSiteWith(t *testing.T, cfg moderation.Config) *site {
	return openSiteWith(t, filepath.Join(t.TempDir(), "commentbox.db"),
		&clock{now: time.Date(2026, 9, 14, 9, 0, 0, 0, time.UTC)}, cfg)
}

// close stops the site as main does on SIGINT. It may be called twice.
func (s *site) close() {
	if s.http == nil {
		return
	}
	s.http.Close()
	assert.NoError(s.t, s.srv.Close(context.Background()))
	assert.NoError(s.t, s.store.Close())
	s.http = nil
}

// client is a browser: it keeps cookies and does not follow redirects, so
// tests see each response.
type client struct {
	t    *testing.T
	site *site
	hc   *http.Client
}

func (s *site) client() *client {
	jar, err := cookiejar.New(nil)
	require.NoError(s.t, err)
	return &client{t: s.t, site: s, hc: &http.Client{
		Jar:           jar,
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
	}}
}

type response struct {
	Status int
	Header http.Header
	Body   string
}

func (c *client) do(req *http.Request) response {
	c.t.Helper()
	resp, err := c.hc.Do(req)
	require.NoError(c.t, err)
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	require.NoError(c.t, err)
	return response{Status: resp.StatusCode, Header: resp.Header, Body: string(body)}
}

func (c *client) get(path string) response {
	c.t.Helper()
	req, err := http.NewRequest(http.MethodGet, c.site.http.URL+path, nil)
	require.NoError(c.t, err)
	return c.do(req)
}

func (c *client) post(path string, form url.Values) response {
	c.t.Helper()
	req, err := http.NewRequest(http.MethodPost, c.site.http.URL+path, strings.NewReader(form.Encode()))
	require.NoError(c.t, err)
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	return c.do(req)
}

// hidden returns the value of the first hidden input with that name.
func hidden(t *testing.T, page, name string) string {
	t.Helper()
	m := regexp.MustCompile(`name="` + regexp.QuoteMeta(name) + `" value="([^"]*)"`).FindStringSubmatch(page)
	require.NotNil(t, m, "no hidden field %q in the page", name)
	return m[1]
}

// submission is one comment form as a commenter fills it.
type submission struct {
	Name     string `json:"name"`
	Author   string `json:"author"`
	Email    string `json:"email"`
	Website  string `json:"website"`
	Body     string `json:"body"`
	Honeypot string `json:"honeypot"`
	// FormToken replaces the token of the page, to forge one.
	FormToken string   `json:"formToken"`
	Want      string   `json:"want"`    // approved, held, rejected or error
	Page      []string `json:"page"`    // text the page shows after sending
	NotPage   []string `json:"notPage"` // text it must not show
}

// submit loads the article, waits as a person would, and sends the form.
func (c *client) submit(sub submission) response {
	c.t.Helper()
	page := c.get("/")
	require.Equal(c.t, http.StatusOK, page.Status)
	c.site.clock.Advance(time.Minute) // a person reads and types; no flood either
	token := hidden(c.t, page.Body, "form_token")
	if sub.FormToken != "" {
		token = sub.FormToken
	}
	return c.post("/comments", url.Values{
		"csrf":       {hidden(c.t, page.Body, "csrf")},
		"form_token": {token},
		"name":       {sub.Author},
		"email":      {sub.Email},
		"website":    {sub.Website},
		"body":       {sub.Body},
		"homepage":   {sub.Honeypot},
	})
}

// follow GETs the page a redirect points to.
func (c *client) follow(r response) response {
	c.t.Helper()
	require.Equal(c.t, http.StatusSeeOther, r.Status, r.Body)
	loc, err := url.Parse(r.Header.Get("Location"))
	require.NoError(c.t, err)
	return c.get(loc.RequestURI())
}

func (s *site) comments(status Status) []StoredComment {
	s.t.Helper()
	cs, err := s.store.Comments(context.Background(), status, "", false, 0, -1)
	require.NoError(s.t, err)
	return cs
}

// heldSubmission is a comment the default filter holds for a moderator: a
// link to the commenter's own site.
func heldSubmission() submission {
	return submission{
		Author:  "Sam",
		Email:   "sam@myblog.example.com",
		Website: "https://myblog.example.com",
		Body:    "Great tips! More photos of our rooftop hives here: https://myblog.example.com/bees",
	}
}

func loadSubmissions(t *testing.T) []submission {
	data, err := os.ReadFile("testdata/submissions.json")
	require.NoError(t, err)
	var subs []submission
	require.NoError(t, json.Unmarshal(data, &subs))
	require.NotEmpty(t, subs)
	return subs
}

func TestSubmit(t *testing.T) {
	for _, sub := range loadSubmissions(t) {
		t.Run(sub.Name, func(t *testing.T) {
			s := newSite(t)
			c := s.client()
			resp := c.submit(sub)
			page := resp
			switch sub.Want {
			case "approved":
				require.Equal(t, http.StatusSeeOther, resp.Status, resp.Body)
				assert.Regexp(t, `^/\?comment=approved#comment-\d+$`, resp.Header.Get("Location"))
				page = c.follow(resp)
				assert.Contains(t, page.Body, "Your comment is published below.")
				assert.Len(t, s.comments(StatusApproved), 1)
			case "held":
				require.Equal(t, http.StatusSeeOther, resp.Status, resp.Body)
				assert.Equal(t, "/?comment=held#respond", resp.Header.Get("Location"))
				page = c.follow(resp)
				assert.Empty(t, s.comments(StatusApproved))
				held := s.comments(StatusHeld)
				require.Len(t, held, 1)
				assert.NotEmpty(t, held[0].Flags, "a held comment says why")
			case "rejected":
				assert.Equal(t, http.StatusOK, resp.Status)
				assert.Empty(t, s.comments(StatusApproved))
				assert.Empty(t, s.comments(StatusHeld))
			case "error":
				assert.Equal(t, http.StatusUnprocessableEntity, resp.Status)
				assert.Empty(t, s.comments(StatusApproved))
				assert.Empty(t, s.comments(StatusHeld))
			default:
				t.Fatalf("unknown want %q", sub.Want)
			}
			for _, want := range sub.Page {
				assert.Contains(t, page.Body, want)
			}
			for _, not := range sub.NotPage {
				assert.NotContains(t, page.Body, not)
			}
		})
	}
}

func TestTooLongKeepsEverythingTyped(t *testing.T) {
	s := newSite(t)
	c := s.client()
	// "é" as e + combining accent: two code points, one character.
	body := strings.Repeat("e\u0301", maxLength+1)
	resp := c.submit(submission{Author: "Léa", Email: "lea@example.org", Website: "https://lea.example.org", Body: body})
	assert.Equal(t, http.StatusUnprocessableEntity, resp.Status)
	assert.Contains(t, resp.Body, "Your comment is 8,193 characters long; the limit is 8,192.")
	assert.Contains(t, resp.Body, `value="Léa"`)
	assert.Contains(t, resp.Body, `value="lea@example.org"`)
	assert.Contains(t, resp.Body, `value="https://lea.example.org"`)
	assert.Contains(t, resp.Body, ">\n"+body+"</textarea>", "the comment comes back exactly as typed (after the line break a textarea drops)")
	assert.Contains(t, resp.Body, "8193 of 8192 characters used")
	assert.Empty(t, s.comments(StatusApproved))
	assert.Empty(t, s.comments(StatusHeld))

	// One character less is a comment.
	resp = c.submit(submission{Author: "Léa", Body: strings.Repeat("e\u0301", maxLength)})
	assert.Equal(t, http.StatusSeeOther, resp.Status, resp.Body)
}

func TestTooLargeKeepsEverythingTyped(t *testing.T) {
	s := newSite(t)
	body := strings.Repeat("x", 70000) // over moderation's 64 KiB MaxBytes, under the request cap
	resp := s.client().submit(submission{Author: "Lea", Body: body})
	assert.Equal(t, http.StatusUnprocessableEntity, resp.Status)
	assert.Contains(t, resp.Body, "Your comment is too large to accept (70,000 bytes; the limit is 65,536 bytes). Please shorten it.")
	assert.Contains(t, resp.Body, ">\n"+body+"</textarea>")
	assert.Empty(t, s.comments(StatusHeld))
}

func TestOversizedRequestIsRefused(t *testing.T) {
	s := newSite(t)
	c := s.client()
	resp := c.submit(submission{Body: strings.Repeat("x", maxCommentForm)})
	assert.Equal(t, http.StatusRequestEntityTooLarge, resp.Status)
	assert.Empty(t, s.comments(StatusApproved))
	assert.Empty(t, s.comments(StatusHeld))
}

func TestArticlePage(t *testing.T) {
	s := newSite(t)
	resp := s.client().get("/")
	require.Equal(t, http.StatusOK, resp.Status)
	for _, want := range []string{
		sampleArticle.Title,
		"0 of 8192 characters used",
		"No HTML is allowed in comments, but URLs will be hyperlinked. Comments are not for promoting your articles or other sites.",
		`name="homepage"`, // the honeypot
		`name="form_token"`,
		`name="csrf"`,
		`<script src="/static/commentbox.js" defer></script>`,
	} {
		assert.Contains(t, resp.Body, want)
	}
	assert.NotRegexp(t, `<script(\s[^>]*)?>[^<]`, resp.Body, "no inline script")
	assert.NotContains(t, resp.Body, "style=", "no inline style")
	assert.NotContains(t, resp.Body, "Your comment is published", "no notice without a ?comment")

	js := s.client().get("/static/commentbox.js")
	assert.Equal(t, http.StatusOK, js.Status)
	assert.Contains(t, js.Header.Get("Content-Type"), "javascript")
	assert.Contains(t, js.Body, "Intl.Segmenter")
}

func TestSecurityHeaders(t *testing.T) {
	s := newSite(t)
	for _, path := range []string{"/", "/moderate", "/static/style.css", "/nowhere"} {
		t.Run(path, func(t *testing.T) {
			resp := s.client().get(path)
			csp := resp.Header.Get("Content-Security-Policy")
			assert.Contains(t, csp, "default-src 'none'")
			assert.Contains(t, csp, "script-src 'self'")
			assert.Contains(t, csp, "frame-ancestors 'none'")
			assert.NotContains(t, csp, "unsafe-inline")
			assert.NotContains(t, csp, "unsafe-eval")
			assert.Equal(t, "nosniff", resp.Header.Get("X-Content-Type-Options"))
			assert.Equal(t, "strict-origin-when-cross-origin", resp.Header.Get("Referrer-Policy"))
			assert.Equal(t, "DENY", resp.Header.Get("X-Frame-Options"))
		})
	}
}

func TestCSRF(t *testing.T) {
	s := newSite(t)
	good := submission{Author: "Ada", Body: "A comment someone else tries to post in my name."}

	t.Run("comment without token", func(t *testing.T) {
		c := s.client()
		c.get("/") // has the cookie, not the token
		resp := c.post("/comments", url.Values{"name": {good.Author}, "body": {good.Body}})
		assert.Equal(t, http.StatusForbidden, resp.Status)
		assert.Contains(t, resp.Body, "This form has expired")
	})
	t.Run("comment with another browser's token", func(t *testing.T) {
		attacker := s.client()
		token := hidden(t, attacker.get("/").Body, "csrf")
		victim := s.client()
		victim.get("/")
		resp := victim.post("/comments", url.Values{"csrf": {token}, "name": {good.Author}, "body": {good.Body}})
		assert.Equal(t, http.StatusForbidden, resp.Status)
	})
	t.Run("comment without cookie", func(t *testing.T) {
		c := s.client()
		token := hidden(t, c.get("/").Body, "csrf")
		fresh := s.client() // no cookie at all
		resp := fresh.post("/comments", url.Values{"csrf": {token}, "name": {good.Author}, "body": {good.Body}})
		assert.Equal(t, http.StatusForbidden, resp.Status)
	})
	t.Run("comment with a planted cookie", func(t *testing.T) {
		// A sibling subdomain sets the victim's cookie to one it holds the
		// token of; the browser still says the POST comes from another site.
		attacker := s.client()
		token := hidden(t, attacker.get("/").Body, "csrf")
		u, err := url.Parse(s.http.URL)
		require.NoError(t, err)
		victim := s.client()
		victim.hc.Jar.SetCookies(u, attacker.hc.Jar.Cookies(u))
		req, err := http.NewRequest(http.MethodPost, s.http.URL+"/comments",
			strings.NewReader(url.Values{"csrf": {token}, "name": {good.Author}, "body": {good.Body}}.Encode()))
		require.NoError(t, err)
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		req.Header.Set("Sec-Fetch-Site", "same-site")
		resp := victim.do(req)
		assert.Equal(t, http.StatusForbidden, resp.Status)
		assert.Contains(t, resp.Body, "Sent from another site")
	})
	assert.Empty(t, s.comments(StatusApproved))
	assert.Empty(t, s.comments(StatusHeld))

	t.Run("login without token", func(t *testing.T) {
		c := s.client()
		c.get("/moderate")
		resp := c.post("/moderate/login", url.Values{"password": {testPassword}})
		assert.Equal(t, http.StatusForbidden, resp.Status)
		assert.Empty(t, resp.Header.Values("Set-Cookie"), "no session")
	})
	t.Run("decision without token", func(t *testing.T) {
		writer := s.client()
		require.Equal(t, http.StatusSeeOther, writer.submit(heldSubmission()).Status)
		held := s.comments(StatusHeld)
		require.Len(t, held, 1)

		mod := s.client()
		mod.login(t)
		resp := mod.post("/moderate/comments/"+itoa(held[0].ID)+"/approve", url.Values{})
		assert.Equal(t, http.StatusForbidden, resp.Status)
		assert.Len(t, s.comments(StatusHeld), 1, "still held")
	})
}

func itoa(id int64) string { return strconv.FormatInt(id, 10) }

// login logs the client in as the moderator.
func (c *client) login(t *testing.T) {
	t.Helper()
	page := c.get("/moderate")
	require.Equal(t, http.StatusOK, page.Status)
	require.Contains(t, page.Body, "Moderator login")
	resp := c.post("/moderate/login", url.Values{"csrf": {hidden(t, page.Body, "csrf")}, "password": {testPassword}})
	require.Equal(t, http.StatusSeeOther, resp.Status, resp.Body)
	require.Equal(t, "/moderate", resp.Header.Get("Location"))
}

// decide presses a moderator's button on a comment.
func (c *client) decide(t *testing.T, id int64, action, back string) response {
	t.Helper()
	page := c.get("/moderate")
	require.Equal(t, http.StatusOK, page.Status)
	return c.post("/moderate/comments/"+itoa(id)+"/"+action, url.Values{
		"csrf": {hidden(t, page.Body, "csrf")},
		"back": {back},
	})
}

func sessionCookieOf(t *testing.T, resp response) *http.Cookie {
	t.Helper()
	for _, line := range resp.Header.Values("Set-Cookie") {
		c, err := http.ParseSetCookie(line)
		require.NoError(t, err)
		if c.Name == sessionCookie {
			return c
		}
	}
	t.Fatalf("no %s cookie in %q", sessionCookie, resp.Header.Values("Set-Cookie"))
	return nil
}

func TestModeratorLogin(t *testing.T) {
	s := newSite(t)
	c := s.client()

	page := c.get("/moderate")
	assert.Equal(t, http.StatusOK, page.Status)
	assert.Contains(t, page.Body, "Moderator login")
	assert.NotContains(t, page.Body, "Comments awaiting review")

	token := hidden(t, page.Body, "csrf")
	wrong := c.post("/moderate/login", url.Values{"csrf": {token}, "password": {"hunter2"}})
	assert.Equal(t, http.StatusForbidden, wrong.Status)
	assert.Contains(t, wrong.Body, "That password is not right.")
	assert.Empty(t, wrong.Header.Values("Set-Cookie"))

	ok := c.post("/moderate/login", url.Values{"csrf": {token}, "password": {testPassword}})
	require.Equal(t, http.StatusSeeOther, ok.Status)
	cookie := sessionCookieOf(t, ok)
	assert.True(t, cookie.HttpOnly, "HttpOnly")
	assert.Equal(t, http.SameSiteStrictMode, cookie.SameSite)
	assert.Equal(t, "/moderate", cookie.Path)
	assert.False(t, cookie.Secure, "plain HTTP: a Secure cookie would never come back")
	assert.Equal(t, int(sessionTTL.Seconds()), cookie.MaxAge)

	page = c.get("/moderate")
	assert.Equal(t, http.StatusOK, page.Status)
	assert.Contains(t, page.Body, "Comments awaiting review")
	assert.Contains(t, page.Body, "Nothing is waiting for review.")
	assert.Equal(t, "no-store", page.Header.Get("Cache-Control"))

	// The session expires with its time.
	s.clock.Advance(sessionTTL + time.Second)
	assert.Contains(t, c.get("/moderate").Body, "Moderator login")

	// Logging out ends the session on the server, not only in the browser.
	c.login(t)
	u, _ := url.Parse(s.http.URL + "/moderate")
	stolen := c.hc.Jar.Cookies(u)
	page = c.get("/moderate")
	out := c.post("/moderate/logout", url.Values{"csrf": {hidden(t, page.Body, "csrf")}})
	assert.Equal(t, http.StatusSeeOther, out.Status)
	replay := s.client()
	replay.hc.Jar.SetCookies(u, stolen)
	assert.Contains(t, replay.get("/moderate").Body, "Moderator login")
}

func TestSecureCookiesOverTLS(t *testing.T) {
	s := newSite(t)
	tls := httptest.NewTLSServer(s.srv)
	defer tls.Close()
	hc := tls.Client()
	jar, _ := cookiejar.New(nil)
	hc.Jar = jar
	hc.CheckRedirect = func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }
	c := &client{t: t, site: &site{t: t, srv: s.srv, store: s.store, http: tls, clock: s.clock}, hc: hc}

	page := c.get("/moderate")
	for _, line := range page.Header.Values("Set-Cookie") {
		ck, err := http.ParseSetCookie(line)
		require.NoError(t, err)
		assert.True(t, ck.Secure, "%s is Secure over TLS", ck.Name)
	}
	resp := c.post("/moderate/login", url.Values{"csrf": {hidden(t, page.Body, "csrf")}, "password": {testPassword}})
	require.Equal(t, http.StatusSeeOther, resp.Status)
	assert.True(t, sessionCookieOf(t, resp).Secure)
}

func TestDecisionsNeedASession(t *testing.T) {
	s := newSite(t)
	writer := s.client()
	require.Equal(t, http.StatusSeeOther, writer.submit(heldSubmission()).Status)
	held := s.comments(StatusHeld)
	require.Len(t, held, 1)

	// A visitor with a valid CSRF token but no session.
	page := writer.get("/")
	for _, action := range []string{"approve", "spam", "delete"} {
		resp := writer.post("/moderate/comments/"+itoa(held[0].ID)+"/"+action,
			url.Values{"csrf": {hidden(t, page.Body, "csrf")}})
		assert.Equal(t, http.StatusForbidden, resp.Status, action)
		assert.Contains(t, resp.Body, "Your moderator session has ended.")
	}
	assert.Len(t, s.comments(StatusHeld), 1)
	approvedPage := writer.get("/moderate/approved")
	assert.Contains(t, approvedPage.Body, "Moderator login")
	assert.NotContains(t, approvedPage.Body, "More photos of our rooftop hives")
}

func TestApproveLearnsAndPublishes(t *testing.T) {
	s := newSite(t)
	require.Equal(t, http.StatusSeeOther, s.client().submit(heldSubmission()).Status)
	held := s.comments(StatusHeld)
	require.Len(t, held, 1)
	before := s.export()

	mod := s.client()
	mod.login(t)
	page := mod.get("/moderate")
	assert.Contains(t, page.Body, "More photos of our rooftop hives")
	for _, f := range held[0].Flags {
		assert.Contains(t, page.Body, f.Code, "the moderator sees every flag")
	}
	assert.Contains(t, page.Body, "sam@myblog.example.com")

	resp := mod.decide(t, held[0].ID, "approve", "held")
	require.Equal(t, http.StatusSeeOther, resp.Status, resp.Body)
	assert.Equal(t, "/moderate", resp.Header.Get("Location"))

	approved := s.comments(StatusApproved)
	require.Len(t, approved, 1)
	assert.Equal(t, LabelHam, approved[0].Learned)
	assert.NotEqual(t, before, s.export(), "Learn changed the model")
	saved, err := s.store.Model(context.Background())
	require.NoError(t, err)
	assert.Equal(t, s.export(), saved, "the model is saved after the lesson")

	article := s.client().get("/")
	assert.Contains(t, article.Body, `id="comment-`+itoa(approved[0].ID)+`"`)
	assert.Contains(t, article.Body, "More photos of our rooftop hives")
	assert.Contains(t, article.Body, `<a href="https://myblog.example.com/bees" rel="nofollow ugc" dir="ltr">`)

	// Approving twice is a conflict, not a second lesson.
	again := mod.decide(t, held[0].ID, "approve", "held")
	assert.Equal(t, http.StatusConflict, again.Status)
}

func (s *site) export() []byte {
	s.t.Helper()
	var buf bytes.Buffer
	require.NoError(s.t, s.srv.mod.Export(context.Background(), &buf))
	return buf.Bytes()
}

func TestSpamAndDelete(t *testing.T) {
	s := newSite(t)
	writer := s.client()
	for _, body := range []string{
		"A quiet comment about hive straps and the autumn wind.",
		"Another honest comment, about the water tray idea.",
	} {
		require.Equal(t, http.StatusSeeOther, writer.submit(submission{Author: "Ada", Body: body}).Status)
	}
	require.Equal(t, http.StatusSeeOther, writer.submit(heldSubmission()).Status)
	published := s.comments(StatusApproved)
	require.Len(t, published, 2)
	held := s.comments(StatusHeld)
	require.Len(t, held, 1)

	mod := s.client()
	mod.login(t)
	list := mod.get("/moderate/approved")
	require.Equal(t, http.StatusOK, list.Status)
	assert.Contains(t, list.Body, "Published comments")
	assert.Contains(t, list.Body, "hive straps")

	// Spam after publishing: hidden from the article, learned as spam.
	before := s.export()
	resp := mod.decide(t, published[0].ID, "spam", "approved")
	require.Equal(t, http.StatusSeeOther, resp.Status, resp.Body)
	assert.Equal(t, "/moderate/approved", resp.Header.Get("Location"))
	spam := s.comments(StatusSpam)
	require.Len(t, spam, 1)
	assert.Equal(t, LabelSpam, spam[0].Learned)
	assert.NotEqual(t, before, s.export(), "Learn changed the model")
	article := s.client().get("/")
	assert.NotContains(t, article.Body, "hive straps")
	assert.Contains(t, article.Body, "water tray")

	// Spam from the queue.
	require.Equal(t, http.StatusSeeOther, mod.decide(t, held[0].ID, "spam", "held").Status)
	assert.Empty(t, s.comments(StatusHeld))
	assert.Len(t, s.comments(StatusSpam), 2)

	// Delete: gone, no lesson.
	before = s.export()
	require.Equal(t, http.StatusSeeOther, mod.decide(t, published[1].ID, "delete", "approved").Status)
	assert.Empty(t, s.comments(StatusApproved))
	assert.Equal(t, before, s.export())
	assert.Equal(t, http.StatusNotFound, mod.decide(t, published[1].ID, "delete", "approved").Status)
}

func TestRestartKeepsCommentsAndModel(t *testing.T) {
	path := filepath.Join(t.TempDir(), "commentbox.db")
	c := &clock{now: time.Date(2026, 9, 14, 9, 0, 0, 0, time.UTC)}
	s := openSite(t, path, c)
	writer := s.client()
	require.Equal(t, http.StatusSeeOther, writer.submit(submission{
		Author: "Ada", Body: "Published before the restart: strap the lids down.",
	}).Status)
	require.Equal(t, http.StatusSeeOther, writer.submit(heldSubmission()).Status)
	held := s.comments(StatusHeld)
	require.Len(t, held, 1)
	require.Equal(t, http.StatusSeeOther, s.client().loginAndDecide(t, held[0].ID, "spam"))
	model := s.export()
	s.close()

	s = openSite(t, path, c)
	article := s.client().get("/")
	assert.Contains(t, article.Body, "Published before the restart: strap the lids down.")
	spam := s.comments(StatusSpam)
	require.Len(t, spam, 1)
	assert.Equal(t, LabelSpam, spam[0].Learned)
	assert.Equal(t, model, s.export(), "the learned model came back from the database")
}

// loginAndDecide logs in and presses one button.
func (c *client) loginAndDecide(t *testing.T, id int64, action string) int {
	c.login(t)
	return c.decide(t, id, action, "held").Status
}

func TestLoginThrottle(t *testing.T) {
	s := newSite(t)
	c := s.client()
	page := c.get("/moderate")
	token := hidden(t, page.Body, "csrf")
	for i := range maxLoginFailures {
		resp := c.post("/moderate/login", url.Values{"csrf": {token}, "password": {"guess " + itoa(int64(i))}})
		require.Equal(t, http.StatusForbidden, resp.Status)
	}
	// Locked out, even with the right password.
	resp := c.post("/moderate/login", url.Values{"csrf": {token}, "password": {testPassword}})
	assert.Equal(t, http.StatusTooManyRequests, resp.Status)
	assert.Contains(t, resp.Body, "Too many wrong passwords. Try again in 15 minutes.")
	assert.Empty(t, resp.Header.Values("Set-Cookie"))

	s.clock.Advance(loginFailureWindow)
	resp = c.post("/moderate/login", url.Values{"csrf": {token}, "password": {testPassword}})
	assert.Equal(t, http.StatusSeeOther, resp.Status)
}

func TestLoginLimiterMemoryIsBounded(t *testing.T) {
	var l loginLimiter
	now := time.Date(2026, 9, 14, 9, 0, 0, 0, time.UTC)
	for i := range 3 * maxTrackedAddresses {
		now = now.Add(time.Millisecond)
		l.fail("192.0.2."+itoa(int64(i)), now)
	}
	assert.LessOrEqual(t, len(l.failures), maxTrackedAddresses)
	blocked, _ := l.blocked("192.0.2.1", now)
	assert.False(t, blocked)
}

func TestFormSentTooFastIsHeld(t *testing.T) {
	s := newSite(t)
	c := s.client()
	page := c.get("/")
	s.clock.Advance(time.Second) // faster than a person reads and types
	resp := c.post("/comments", url.Values{
		"csrf":       {hidden(t, page.Body, "csrf")},
		"form_token": {hidden(t, page.Body, "form_token")},
		"name":       {"Quick"},
		"body":       {"A comment sent one second after the page was shown."},
	})
	require.Equal(t, http.StatusSeeOther, resp.Status, resp.Body)
	held := s.comments(StatusHeld)
	require.Len(t, held, 1)
	var codes []string
	for _, f := range held[0].Flags {
		codes = append(codes, f.Code)
	}
	assert.Contains(t, codes, moderation.CodeTooFast)
}

// TestRestartKeepsWhatTheFilterLearned teaches the filter enough for its
// learned model to speak (moderation's bayes flag), restarts, and sees the
// model still speak: the lessons came back from the database.
func TestRestartKeepsWhatTheFilterLearned(t *testing.T) {
	path := filepath.Join(t.TempDir(), "commentbox.db")
	c := &clock{now: time.Date(2026, 9, 14, 9, 0, 0, 0, time.UTC)}
	s := openSite(t, path, c)
	ctx := context.Background()
	lessons := []struct {
		text   string
		decide func(context.Context, int64) error
	}{
		{"Earn money fast from home with crypto trading, message my manager on WhatsApp today", s.srv.markSpam},
		{"Our bees found the lime trees in June and the honey was pale, floral and sweet", s.srv.approve},
	}
	// Enough of each for the model to be ready (moderation's BayesMinLearned default).
	const each = 25
	for i := range each {
		for j, l := range lessons {
			c.Advance(time.Hour)
			rendered := c.Now().Add(-time.Minute)
			id, err := s.store.AddComment(ctx, &StoredComment{
				Article:   sampleArticle.Slug,
				PageURL:   "http://127.0.0.1/",
				Author:    fmt.Sprintf("author %d-%d", j, i),
				Body:      fmt.Sprintf("%s (%d)", l.text, i),
				IP:        fmt.Sprintf("192.0.2.%d", i),
				FormToken: moderation.NewFormToken(s.srv.formKey, rendered),
				Status:    StatusHeld,
				Created:   c.Now(),
			})
			require.NoError(t, err)
			require.NoError(t, l.decide(ctx, id))
		}
	}
	probe := func(s *site) []string {
		// The Moderator notices that its model is ready on one Check and
		// reads the model's counts from the next.
		c.Advance(time.Hour)
		_, err := s.srv.mod.Check(ctx, moderation.Comment{Body: "A first comment after the start.", IP: "203.0.113.1", Time: c.Now()})
		require.NoError(t, err)
		c.Advance(time.Hour)
		res, err := s.srv.mod.Check(ctx, moderation.Comment{
			Body:      "Earn money fast from home with crypto trading, message my manager",
			Author:    "someone new",
			IP:        "198.51.100.7",
			FormToken: moderation.NewFormToken(s.srv.formKey, c.Now().Add(-time.Minute)),
			Time:      c.Now(),
		})
		require.NoError(t, err)
		var codes []string
		for _, f := range res.Flags {
			codes = append(codes, f.Code)
		}
		return codes
	}
	require.Contains(t, probe(s), moderation.CodeBayes, "the model has learned")
	s.close()

	restarted := openSite(t, path, c)
	assert.Contains(t, probe(restarted), moderation.CodeBayes, "the model came back from the database")

	fresh := openSite(t, filepath.Join(t.TempDir(), "fresh.db"), c)
	assert.NotContains(t, probe(fresh), moderation.CodeBayes, "a new database starts with no model")
}
