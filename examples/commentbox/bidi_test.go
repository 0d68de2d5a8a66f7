package main

import (
	"context"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// assertIsolated checks that text is shown in page, and each time inside
// a <bdi>: a bidi isolate, which the name's direction and any bidi control
// in it cannot leave, whatever stands around it.
func assertIsolated(t *testing.T, page, text string) {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(page))
	require.NoError(t, err)
	shown := 0
	for n := range doc.Descendants() {
		if n.Type != html.TextNode || !strings.Contains(n.Data, text) {
			continue
		}
		shown++
		isolated := false
		for p := n.Parent; p != nil && !isolated; p = p.Parent {
			isolated = p.DataAtom == atom.Bdi
		}
		assert.True(t, isolated, "%q is shown outside a <bdi>, in <%s>", text, n.Parent.Data)
	}
	assert.NotZero(t, shown, "%q is not shown", text)
}

// assertBodiesAuto checks that every comment body in page takes its
// direction from its own text (dir="auto"), and that there is one.
func assertBodiesAuto(t *testing.T, page string) {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(page))
	require.NoError(t, err)
	bodies := 0
	for n := range doc.Descendants() {
		if n.DataAtom == atom.Div && attr(n, "class") == "comment-body" {
			bodies++
			assert.Equal(t, "auto", attr(n, "dir"), "a comment body takes its direction from its text")
		}
	}
	assert.NotZero(t, bodies, "no comment body in the page")
}

// TestCommenterFieldsLoseBidiControls: the name, e-mail address and
// website are stored without bidi controls (and other control
// characters), as the library does for the body, so that "\u202eAlice"
// is shown as "Alice", not turned around as "ecilA". Joiners, which
// some scripts need, stay. The article and the moderation page show each
// field isolated.
func TestCommenterFieldsLoseBidiControls(t *testing.T) {
	for _, tc := range []struct {
		name                   string
		sent                   submission
		author, email, website string // as stored and shown
	}{
		{"a right-to-left override",
			submission{Author: "\u202eAlice", Email: "\u202ealice@example.org", Website: "https://alice.example/\u202egpj.exe"},
			"Alice", "alice@example.org", "https://alice.example/gpj.exe"},
		{"an isolate left open",
			submission{Author: "\u2067Alice", Website: "\u2066https://alice.example"},
			"Alice", "", "https://alice.example"},
		{"an embedding and its end",
			submission{Author: "\u202bAlice\u202c Smith"},
			"Alice Smith", "", ""},
		{"marks",
			submission{Author: "\u200fAl\u200eice\u061c"},
			"Alice", "", ""},
		{"control characters",
			submission{Author: "Ali\x00ce\x1b[31m\u0085"},
			"Alice[31m", "", ""},
		{"an Arabic name stays as it is",
			submission{Author: "علي"},
			"علي", "", ""},
		{"a Persian name keeps its zero-width non-joiner",
			submission{Author: "نیک\u200cنام"},
			"نیک\u200cنام", "", ""},
		{"an emoji sequence keeps its zero-width joiner",
			submission{Author: "Ada \U0001F469\u200d\U0001F52C"},
			"Ada \U0001F469\u200d\U0001F52C", "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := newSite(t)
			sub := tc.sent
			sub.Body = "Our hives face east, away from the wind, and the lids are strapped down all winter."
			resp := s.client().submit(sub)
			require.Equal(t, http.StatusSeeOther, resp.Status, resp.Body)
			published := s.comments(StatusApproved)
			require.Len(t, published, 1, "flags: %v", s.stored())
			assert.Equal(t, tc.author, published[0].Author)
			assert.Equal(t, tc.email, published[0].Email)
			assert.Equal(t, tc.website, published[0].Website)

			article := s.client().get("/")
			assertIsolated(t, article.Body, tc.author)
			assertBodiesAuto(t, article.Body)
			mod := s.client()
			mod.login(t)
			list := mod.get("/moderate/approved")
			for _, field := range []string{tc.author, tc.email, tc.website} {
				if field != "" {
					assertIsolated(t, list.Body, field)
				}
			}
			assertBodiesAuto(t, list.Body)
		})
	}
}

// TestStoredFieldsAreShownIsolated: a comment stored with bidi controls in
// its fields (before they were dropped, or by another program) is shown
// with each field in an isolate, so that what it turns around ends with
// it and reaches nothing around it, on the article and on the moderation
// page, published or held.
func TestStoredFieldsAreShownIsolated(t *testing.T) {
	s := newSite(t)
	ctx := context.Background()
	for _, c := range []StoredComment{
		{Author: "\u202eAlice", Email: "\u202ealice@example.org", Website: "https://alice.example/\u202e", Status: StatusApproved},
		{Author: "\u2067Bob", Email: "bob@example.org\u202b", Website: "\u202ehttps://bob.example", Status: StatusApproved},
		{Author: "\u202eCarol", Email: "\u202ecarol@example.org", Website: "https://carol.example/\u2067", Status: StatusHeld},
	} {
		c.Article = sampleArticle.Slug
		c.PageURL = "http://127.0.0.1/"
		c.Body = "A comment stored before."
		c.HTML = "A comment stored before."
		c.IP = "192.0.2.1"
		c.Created = s.clock.Now()
		_, err := s.store.AddComment(ctx, &c)
		require.NoError(t, err)
		s.clock.Advance(time.Minute)
	}
	article := s.client().get("/")
	assertIsolated(t, article.Body, "\u202eAlice")
	assertIsolated(t, article.Body, "\u2067Bob")
	assertBodiesAuto(t, article.Body)

	mod := s.client()
	mod.login(t)
	published := mod.get("/moderate/approved")
	for _, field := range []string{"\u202eAlice", "\u202ealice@example.org", "https://alice.example/\u202e",
		"\u2067Bob", "bob@example.org\u202b", "\u202ehttps://bob.example"} {
		assertIsolated(t, published.Body, field)
	}
	assertBodiesAuto(t, published.Body)
	held := mod.get("/moderate")
	for _, field := range []string{"\u202eCarol", "\u202ecarol@example.org", "https://carol.example/\u2067"} {
		assertIsolated(t, held.Body, field)
	}
	assertBodiesAuto(t, held.Body)
}

// glyphOrder is where a browser drew two letters of a text node: the left
// edge of each, in CSS pixels.
type glyphOrder struct {
	Text  string  `json:"text"`
	First float64 `json:"first"` // the left edge of the text's first letter
	Last  float64 `json:"last"`  // the left edge of its last letter
}

// TestBrowserBidiName: a name typed with a right-to-left override in front
// is drawn as it reads, "Alice", its first letter left of its last, on the
// article page that Chromium renders (it was drawn "ecilA").
func TestBrowserBidiName(t *testing.T) {
	skipIfShort(t)
	b := startBrowser(t)
	s := newBrowserSite(t, 0)
	loaded := openArticle(t, b, s.URL)
	b.do(t, "fill the form",
		chromedp.Focus(chromedp.ID("comment-name")),
		insertText("\u202eAlice"),
		chromedp.SendKeys(chromedp.ID("comment-body"), "Our hives face east, away from the wind, and the lids are strapped down all winter."),
	)
	waitToSubmit(loaded)
	b.do(t, "send it",
		chromedp.Click(chromedp.ID("submit")),
		chromedp.WaitVisible(chromedp.CSS(".comment-author")),
	)
	got := step(t, b, "measure the name", chromedp.Evaluate[glyphOrder](`(() => {
		const node = document.createTreeWalker(document.querySelector('.comment-author'), NodeFilter.SHOW_TEXT).nextNode();
		const range = document.createRange();
		const left = (i) => { range.setStart(node, i); range.setEnd(node, i + 1); return range.getBoundingClientRect().left; };
		return {text: node.data, first: left(node.data.indexOf('A')), last: left(node.data.indexOf('e'))};
	})()`))
	assert.Equal(t, "Alice", got.Text)
	assert.Less(t, got.First, got.Last, "the A is drawn left of the e: %+v", got)
	b.noDialogsOrErrors()
}
