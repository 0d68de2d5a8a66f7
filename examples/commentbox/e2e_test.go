package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/commentkit/commentkit/moderation"
	"github.com/rivo/uniseg"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var screenshotFlag = flag.String("screenshot", "",
	"also save TestBrowser's screenshot of the article page to this PNG file, for the README "+
		"(a relative path is taken from the repository root; COMMENTBOX_SCREENSHOT does the same)")

// Bounds on the browser, so a hung Chromium fails the test instead of
// hanging CI.
const (
	browserTestTimeout = 3 * time.Minute  // the whole test, browser start included
	browserStepTimeout = 30 * time.Second // one step: a page load, a form sent
)

// chromePath finds Chromium as CI and the README describe: CHROME_PATH, else
// chromium, chromium-browser or google-chrome on PATH. Without one the test
// skips, except under CI=true, where a missing browser is a failure.
func chromePath(t *testing.T) string {
	t.Helper()
	if p := os.Getenv("CHROME_PATH"); p != "" {
		if _, err := os.Stat(p); err == nil {
			return p
		}
		missingChrome(t, fmt.Sprintf("CHROME_PATH=%s does not exist", p))
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	missingChrome(t, "no Chromium found: set CHROME_PATH, or install chromium (Debian: apt-get install chromium)")
	return ""
}

// skipIfShort skips a browser test under -short, except with CI=true, where
// the browser tests must run whatever flags the tests were given.
func skipIfShort(t *testing.T) {
	t.Helper()
	if testing.Short() && os.Getenv("CI") != "true" {
		t.Skip("the browser test is not short")
	}
}

func missingChrome(t *testing.T, msg string) {
	t.Helper()
	if os.Getenv("CI") == "true" {
		t.Fatal(msg + " (CI=true: the browser test must run)")
	}
	t.Skip(msg)
}

// browser is one headless Chromium tab, with what the page did that a test
// must see: dialogs (alert, confirm, prompt) and console errors.
type browser struct {
	t   *testing.T
	ctx context.Context

	mu      sync.Mutex
	dialogs []string
	console []string
}

func startBrowser(t *testing.T) *browser {
	t.Helper()
	path := chromePath(t)
	ctx, cancel := context.WithTimeout(context.Background(), browserTestTimeout)
	t.Cleanup(cancel)
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(ctx,
		chromedp.ExecPath(path),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1100, 900),
		chromedp.Flag("headless", true),
		chromedp.Flag("no-sandbox", true), // runs as root in containers
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("no-first-run", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("hide-scrollbars", true),
		chromedp.Flag("force-color-profile", "srgb"),
	)
	t.Cleanup(cancelAlloc)
	tabCtx, cancelTab := chromedp.NewContext(allocCtx)
	t.Cleanup(cancelTab)
	b := &browser{t: t, ctx: tabCtx}

	// The first Run starts the browser; it runs on the whole test's context.
	require.NoError(t, chromedp.Do(tabCtx, chromedp.Navigate("about:blank")))
	require.NoError(t, chromedp.Listen(tabCtx, func(ev any) {
		if d, ok := ev.(*page.EventJavascriptDialogOpening); ok {
			b.mu.Lock()
			b.dialogs = append(b.dialogs, string(d.Type)+": "+d.Message)
			b.mu.Unlock()
			// Dismiss it, or the page would wait for a click forever. A
			// command cannot run inside the listener.
			go chromedp.Call(tabCtx, page.HandleJavaScriptDialog, page.HandleJavaScriptDialogParams{})
		}
	}))
	messages := chromedp.Console(tabCtx)
	go func() {
		for m, err := range messages {
			if err != nil {
				return
			}
			if m.Type == chromedp.ConsoleError || m.IsException() || m.Source == "security" {
				b.mu.Lock()
				b.console = append(b.console, m.String())
				b.mu.Unlock()
			}
		}
	}()
	return b
}

// do runs actions as one bounded step of the test t.
func (b *browser) do(t *testing.T, what string, actions ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, browserStepTimeout)
	defer cancel()
	require.NoError(t, chromedp.Do(ctx, actions...), what)
}

// step runs one action that returns a value, as one bounded step of the test t.
func step[T any](t *testing.T, b *browser, what string, a chromedp.Action[T]) T {
	t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, browserStepTimeout)
	defer cancel()
	v, err := chromedp.Run(ctx, a)
	require.NoError(t, err, what)
	return v
}

// insertText types text at the caret as an IME or emoji keyboard would,
// firing the input events a person's typing fires.
func insertText(text string) chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
		_, err := chromedp.Call(ctx, input.InsertText, input.InsertTextParams{Text: text})
		return err
	})
}

// clearComment empties the comment box. (chromedp.SetValue cannot set "".)
var clearComment = chromedp.Evaluate[chromedp.Void](`document.getElementById('comment-body').value = ''`)

func (b *browser) noDialogsOrErrors() {
	b.t.Helper()
	b.mu.Lock()
	defer b.mu.Unlock()
	assert.Empty(b.t, b.dialogs, "a script ran and opened a dialog")
	assert.Empty(b.t, b.console, "console errors (CSP violations, exceptions)")
}

func (b *browser) screenshot(name string) []byte {
	b.t.Helper()
	png := step(b.t, b, "screenshot "+name, chromedp.FullScreenshot(100))
	path := filepath.Join(b.t.TempDir(), name)
	require.NoError(b.t, os.WriteFile(path, png, 0o644))
	b.t.Logf("screenshot: %s", path)
	return png
}

// counterText is what the counter shows for n characters.
func counterText(n int) string { return fmt.Sprintf("%d of %d characters used", n, maxLength) }

// openArticle loads the article and returns when its form is on screen.
// The server renders the form's token before it answers, so a wait for
// the form counted from then (waitToSubmit) is never short, however long
// the page took to arrive: counted from before the request, a first page
// that took over 250 ms on a loaded machine came back too fast and was
// held (review 19 M1).
func openArticle(t *testing.T, b *browser, site string) (loaded time.Time) {
	b.do(t, "open the article",
		chromedp.Navigate(site+"/"),
		chromedp.WaitVisible(chromedp.ID("comment-body")),
	)
	return time.Now()
}

// waitToSubmit waits until a person could have filled the form rendered
// before loaded: the filter holds forms sent back faster (moderation's
// too_fast).
func waitToSubmit(loaded time.Time) {
	time.Sleep(time.Until(loaded.Add(moderation.DefaultMinSubmitTime + 250*time.Millisecond)))
}

func TestBrowser(t *testing.T) {
	skipIfShort(t)
	b := startBrowser(t)
	s := newBrowserSite(t, 0)

	// The article and an empty box.
	loaded := openArticle(t, b, s.URL)
	assert.Equal(t, counterText(0), step(t, b, "read the counter", chromedp.Text(chromedp.ID("counter"))))
	assert.Equal(t, "No HTML is allowed in comments, but URLs will be hyperlinked. Comments are not for promoting your articles or other sites.",
		step(t, b, "read the rules", chromedp.Text(chromedp.ID("rules"))))

	// A comment with a URL and a script, typed key by key.
	typed := "Lovely write-up. The spec explains why this is safe: https://html.spec.whatwg.org/multipage/scripting.html " +
		"<script>alert(1)</script><img src=x onerror=alert(2)>"
	// Characters of two code points each, typed as an IME would: the
	// counter counts one for each.
	composed := " Merci, c'est tre\u0300s re\u0301ussi!"
	b.do(t, "type a comment",
		chromedp.SendKeys(chromedp.ID("comment-name"), "Ada"),
		chromedp.SendKeys(chromedp.ID("comment-email"), "ada@example.org"),
		chromedp.SendKeys(chromedp.ID("comment-body"), typed),
	)
	b.do(t, "add accented letters as an IME would", chromedp.Focus(chromedp.ID("comment-body")), insertText(composed))
	typed += composed
	assert.Equal(t, counterText(uniseg.GraphemeClusterCount(typed)),
		step(t, b, "read the counter", chromedp.Text(chromedp.ID("counter"))),
		"the counter counts characters as a person does")
	waitToSubmit(loaded)
	b.do(t, "send it",
		chromedp.Click(chromedp.ID("submit")),
		chromedp.WaitVisible(chromedp.CSS(".notice")),
	)
	assert.Contains(t, step(t, b, "read the notice", chromedp.Text(chromedp.CSS(".notice"))), "Your comment is published below.")
	link := chromedp.CSS(`.comment-body a[href="https://html.spec.whatwg.org/multipage/scripting.html"]`)
	b.do(t, "find the link", chromedp.WaitVisible(link))
	rel := step(t, b, "read rel", chromedp.AttributeValue(link, "rel"))
	assert.Equal(t, "nofollow ugc", rel.Value)
	scripts := step(t, b, "count scripts and images in comments",
		chromedp.Evaluate[int](`document.querySelectorAll('.comment-body script, .comment-body img, .comment-body [onerror]').length`))
	assert.Zero(t, scripts, "no element from the comment but the link")
	b.noDialogsOrErrors()

	// Blatant self-promotion: rejected, politely, with everything typed kept.
	loaded = openArticle(t, b, s.URL)
	blatant := "Check out my blog at https://myblog.example.com, subscribe to my channel!"
	b.do(t, "type a blatantly self-promotional comment",
		chromedp.SendKeys(chromedp.ID("comment-name"), "Sam"),
		chromedp.SendKeys(chromedp.ID("comment-email"), "sam@myblog.example.com"),
		chromedp.SendKeys(chromedp.ID("comment-website"), "https://myblog.example.com"),
		chromedp.SendKeys(chromedp.ID("comment-body"), blatant),
	)
	waitToSubmit(loaded)
	b.do(t, "send it",
		chromedp.Click(chromedp.ID("submit")),
		chromedp.WaitVisible(chromedp.ID("form-error")),
	)
	assert.Contains(t, step(t, b, "read the error", chromedp.Text(chromedp.ID("form-error"))), "Sorry, we could not publish this comment")
	assert.Equal(t, blatant, step(t, b, "read the box", chromedp.Value(chromedp.ID("comment-body"))), "the text is kept")
	assert.Equal(t, "https://myblog.example.com", step(t, b, "read the website", chromedp.Value(chromedp.ID("comment-website"))))
	assert.Equal(t, counterText(uniseg.GraphemeClusterCount(blatant)), step(t, b, "read the counter", chromedp.Text(chromedp.ID("counter"))))

	// A link to the commenter's own site: held for a moderator, not shown.
	loaded = time.Now()
	promo := "Great tips! More photos of our rooftop hives here: https://myblog.example.com/bees"
	b.do(t, "rewrite it",
		clearComment,
		chromedp.SendKeys(chromedp.ID("comment-body"), promo),
	)
	waitToSubmit(loaded)
	b.do(t, "send it",
		chromedp.Click(chromedp.ID("submit")),
		chromedp.WaitVisible(chromedp.CSS(".notice")),
	)
	assert.Contains(t, step(t, b, "read the notice", chromedp.Text(chromedp.CSS(".notice"))), "awaits review by a moderator")
	assert.NotContains(t, step(t, b, "read the comments", chromedp.Text(chromedp.ID("comments"))), "More photos of our rooftop hives")

	// The moderator logs in, sees why it was held, and approves it.
	b.do(t, "log in",
		chromedp.Navigate(s.URL+"/moderate"),
		chromedp.WaitVisible(chromedp.ID("password")),
		chromedp.SendKeys(chromedp.ID("password"), testPassword),
		chromedp.Click(chromedp.ID("login")),
		chromedp.WaitVisible(chromedp.CSS(".held-comment")),
	)
	queue := step(t, b, "read the queue", chromedp.Text(chromedp.CSS(".queue")))
	assert.Contains(t, queue, "More photos of our rooftop hives")
	assert.Contains(t, queue, moderation.CodeAuthorLink, "the moderator sees why it was held")
	saveForReadme(t, "-moderate", b.screenshot("moderate.png"))
	b.do(t, "approve it",
		chromedp.Click(chromedp.CSS(".held-comment button.approve")),
		chromedp.WaitVisible(chromedp.CSS(".empty")),
	)
	b.do(t, "open the article", chromedp.Navigate(s.URL+"/"), chromedp.WaitVisible(chromedp.ID("comments")))
	assert.Contains(t, step(t, b, "read the comments", chromedp.Text(chromedp.ID("comments"))), "More photos of our rooftop hives")

	// A draft in the box, for the picture.
	b.do(t, "type a draft",
		chromedp.SendKeys(chromedp.ID("comment-name"), "Noor"),
		chromedp.SendKeys(chromedp.ID("comment-body"), "We ratchet-strap our lids too. Has anyone tried a windbreak of willow hurdles?"),
	)
	saveForReadme(t, "", b.screenshot("article.png"))
	b.noDialogsOrErrors()
}

// TestBrowserCounter checks that the live counter counts what the server
// counts, on text where the two could disagree.
func TestBrowserCounter(t *testing.T) {
	skipIfShort(t)
	data, err := os.ReadFile("testdata/counter.json")
	require.NoError(t, err)
	var cases []struct{ Name, Text string }
	require.NoError(t, json.Unmarshal(data, &cases))
	require.NotEmpty(t, cases)

	b := startBrowser(t)
	s := newBrowserSite(t, 0)
	mod, err := moderation.New(moderation.Config{})
	require.NoError(t, err)
	b.do(t, "open the article", chromedp.Navigate(s.URL+"/"), chromedp.WaitVisible(chromedp.ID("comment-body")))
	for _, c := range cases {
		t.Run(c.Name, func(t *testing.T) {
			res, err := mod.Check(context.Background(), moderation.Comment{Body: c.Text})
			var le *moderation.LengthError
			if err != nil && !errors.As(err, &le) {
				require.NoError(t, err)
			}
			b.do(t, "type "+c.Name,
				clearComment,
				chromedp.Focus(chromedp.ID("comment-body")),
				insertText(c.Text),
			)
			assert.Equal(t, counterText(res.Length), step(t, b, "read the counter", chromedp.Text(chromedp.ID("counter"))))
		})
	}

	// Without Intl.Segmenter (older browsers) the counter counts code
	// points: never fewer than the server's characters, so it never says a
	// comment fits when it does not.
	t.Run("fallback without Intl.Segmenter", func(t *testing.T) {
		step(t, b, "remove Intl.Segmenter", addScript(`delete Intl.Segmenter;`))
		b.do(t, "reload", chromedp.Navigate(s.URL+"/"), chromedp.WaitVisible(chromedp.ID("comment-body")))
		const text = "Thanks 👍🏽🇸🇪" // 9 characters, 11 code points
		b.do(t, "type", chromedp.Focus(chromedp.ID("comment-body")), insertText(text))
		assert.Equal(t, counterText(utf8.RuneCountInString(text)), step(t, b, "read the counter", chromedp.Text(chromedp.ID("counter"))))
	})
	b.noDialogsOrErrors()
}

// addScript runs script in every page the tab loads from now on, before the
// page's own scripts.
func addScript(script string) chromedp.Action[page.ScriptIdentifier] {
	return func(ctx context.Context, _ *chromedp.Target) (page.ScriptIdentifier, error) {
		res, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: script})
		return res.Identifier, err
	}
}

// browserSite is a site served for the browser, with its database for the
// test to look into.
type browserSite struct {
	*httptest.Server
	store *Store
	posts *atomic.Int32 // POST requests received
}

// newBrowserSite serves a site for the browser on 127.0.0.1, with the real
// clock: the browser's timing is real. Each answer to a POST reaches the
// browser latency after the server has handled it, as over a network.
func newBrowserSite(t *testing.T, latency time.Duration) browserSite {
	t.Helper()
	ctx := context.Background()
	store, err := OpenStore(ctx, filepath.Join(t.TempDir(), "commentbox.db"))
	require.NoError(t, err)
	srv, err := NewServer(ctx, store, Options{
		Password: testPassword,
		// One test browser posts several comments within seconds from one
		// address: a flood by the default rules, which would hide what
		// this test looks at. The moderation package tests flooding.
		Moderation: moderation.Config{FloodInterval: -1, FloodMax: -1},
		Logger:     slog.New(slog.NewTextHandler(io.Discard, nil)),
	})
	require.NoError(t, err)
	posts := new(atomic.Int32)
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method == http.MethodPost {
			posts.Add(1)
		}
		srv.ServeHTTP(w, r)
		if r.Method == http.MethodPost {
			// The answer is short, so it is still in the server's
			// buffer: it leaves when this handler returns.
			time.Sleep(latency)
		}
	}))
	t.Cleanup(func() {
		ts.Close()
		assert.NoError(t, srv.Close(ctx))
		assert.NoError(t, store.Close())
	})
	return browserSite{ts, store, posts}
}

// saveForReadme writes the screenshot where -screenshot or
// COMMENTBOX_SCREENSHOT asks, relative to the repository root, with suffix
// before the extension (docs/commentbox.png, docs/commentbox-moderate.png).
func saveForReadme(t *testing.T, suffix string, png []byte) {
	t.Helper()
	path := *screenshotFlag
	if path == "" {
		path = os.Getenv("COMMENTBOX_SCREENSHOT")
	}
	if path == "" {
		return
	}
	if !filepath.IsAbs(path) {
		root, err := moduleRoot()
		require.NoError(t, err)
		path = filepath.Join(root, path)
	}
	ext := filepath.Ext(path)
	path = strings.TrimSuffix(path, ext) + suffix + ext
	require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
	require.NoError(t, os.WriteFile(path, png, 0o644))
	t.Logf("screenshot for the README: %s", path)
}

// moduleRoot is the directory of go.mod, above the test's directory.
func moduleRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("no go.mod above the test directory")
		}
		dir = parent
	}
}

// doubleClickGap is the time between the two clicks of a person's double
// click (systems take up to 500 ms as one double click). Chromium makes
// two clicks with no time between them one submission.
const doubleClickGap = 150 * time.Millisecond

// doubleClick clicks twice at the centre of the element, as a person's
// double click does: two presses and releases, the second with a click
// count of 2. (chromedp.DoubleClick sends one press, which clicks once.)
func doubleClick(sel string) chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
		if _, err := chromedp.Run(ctx, chromedp.ScrollIntoView(chromedp.CSS(sel))); err != nil {
			return err
		}
		box, err := chromedp.Run(ctx, chromedp.Dimensions(chromedp.CSS(sel)))
		if err != nil {
			return err
		}
		x, y := (box.Content[0]+box.Content[4])/2, (box.Content[1]+box.Content[5])/2
		if _, err := chromedp.Run(ctx, chromedp.MouseClickXY(x, y)); err != nil {
			return err
		}
		time.Sleep(doubleClickGap)
		_, err = chromedp.Run(ctx, chromedp.MouseClickXY(x, y, chromedp.ClickCount(2)))
		return err
	})
}

// TestBrowserDoubleClick: a comment sent with a double click on "Post
// comment" is one comment. The page tells the commenter what became of
// it, and the database holds it once: no second copy waits for a
// moderator.
func TestBrowserDoubleClick(t *testing.T) {
	skipIfShort(t)
	b := startBrowser(t)
	// A person's second click comes before the answer to the first: the
	// browser then drops the first request and shows the answer to the
	// second. The answers are slow enough for that on a busy machine too.
	s := newBrowserSite(t, time.Second)
	for _, tc := range []struct {
		name, website, body, notice string
		status                      Status
	}{
		{"published", "", "Thanks for the tip about the water tray; our bees found it within a day.",
			"Your comment is published below.", StatusApproved},
		{"held", "https://myblog.example.com", "Great tips! More photos of our rooftop hives here: https://myblog.example.com/bees",
			"awaits review by a moderator", StatusHeld},
	} {
		t.Run(tc.name, func(t *testing.T) {
			loaded := openArticle(t, b, s.URL)
			b.do(t, "fill the form",
				chromedp.SendKeys(chromedp.ID("comment-name"), "Dee"),
				chromedp.SendKeys(chromedp.ID("comment-email"), "dee@example.net"),
				chromedp.SendKeys(chromedp.ID("comment-website"), tc.website),
				chromedp.SendKeys(chromedp.ID("comment-body"), tc.body),
			)
			waitToSubmit(loaded)
			s.posts.Store(0)
			b.do(t, "double-click Post comment",
				doubleClick("#submit"),
				chromedp.WaitVisible(chromedp.CSS(".notice")),
			)
			assert.Contains(t, step(t, b, "read the notice", chromedp.Text(chromedp.CSS(".notice"))), tc.notice)
			require.EqualValues(t, 2, s.posts.Load(), "the browser sent the form twice")
			var copies []StoredComment
			for _, status := range []Status{StatusApproved, StatusHeld} {
				stored, err := s.store.Comments(context.Background(), status, "", false, 0, -1)
				require.NoError(t, err)
				for _, c := range stored {
					if c.Body == tc.body {
						copies = append(copies, c)
					}
				}
			}
			require.Len(t, copies, 1, "one comment, stored once")
			assert.Equal(t, tc.status, copies[0].Status)
		})
	}
	b.noDialogsOrErrors()
}
