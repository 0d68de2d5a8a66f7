package main

import (
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// browserForm reads the comment form of page as a browser does, and
// returns what pressing Send would post: every named input with its value
// and the textarea with its text, as the HTML parser leaves them (it drops
// one line break after <textarea>, for instance).
func browserForm(t *testing.T, page string) url.Values {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(page))
	require.NoError(t, err)
	var form *html.Node
	for n := range doc.Descendants() {
		if n.DataAtom == atom.Form && attr(n, "action") == "/comments" {
			form = n
			break
		}
	}
	require.NotNil(t, form, "no comment form in the page")
	values := url.Values{}
	for n := range form.Descendants() {
		name := attr(n, "name")
		switch {
		case name == "":
		case n.DataAtom == atom.Input:
			values.Add(name, attr(n, "value"))
		case n.DataAtom == atom.Textarea:
			var text strings.Builder
			for c := range n.ChildNodes() {
				text.WriteString(c.Data)
			}
			values.Add(name, text.String())
		}
	}
	return values
}

// attr returns the value of n's attribute key, or "".
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Namespace == "" && a.Key == key {
			return a.Val
		}
	}
	return ""
}

// TestCommenterErrorKeepsTheForm: a comment the commenter must fix (too
// long, empty, a field to correct) comes back in the form the commenter
// first loaded: everything typed, as typed, and the form's token, which
// Check has not used. Fixed and sent again at once, the comment is
// published: the form was shown long before, so it is not too_fast, and
// its token was never sent with a comment, so it is not "sent before"
// either. The same holds when the server failed before Check saw the
// comment.
func TestCommenterErrorKeepsTheForm(t *testing.T) {
	long := strings.Repeat("We strapped the lids down before the gales. ", 200) // 8,800 characters
	fixed := "We strapped the lids down before the autumn gales, and lost none this year."
	for _, tc := range []struct {
		name   string
		sub    submission
		fail   func(*Server) (restore func()) // a server failure while it is sent, or nil
		status int
		says   string           // in the page
		fix    func(url.Values) // what the commenter corrects; nil: nothing
	}{
		{"too long", submission{Author: "Léa", Email: "lea@example.org", Website: "https://lea.example.org", Body: long},
			nil, http.StatusUnprocessableEntity, "the limit is 8,192.", setBody(fixed)},
		{"too large", submission{Author: "Léa", Body: strings.Repeat("x", 70000)},
			nil, http.StatusUnprocessableEntity, "Your comment is too large to accept", setBody(fixed)},
		{"empty", submission{Author: "Léa", Email: "lea@example.org", Body: " \n\t "},
			nil, http.StatusUnprocessableEntity, "Your comment is empty.", setBody(fixed)},
		{"too long, after a blank line", submission{Author: "Léa", Body: "\n" + long},
			nil, http.StatusUnprocessableEntity, "the limit is 8,192.", setBody("\n" + fixed)},
		{"two blank lines first", submission{Author: "Léa", Body: "\n\n" + long},
			nil, http.StatusUnprocessableEntity, "the limit is 8,192.", setBody("\n\n" + fixed)},
		{"an e-mail address without @", submission{Author: "Léa", Email: "lea.example.org", Body: fixed},
			nil, http.StatusUnprocessableEntity, "Your e-mail address needs an @", func(f url.Values) { f.Set("email", "lea@example.org") }},
		{"a name too long", submission{Author: strings.Repeat("Léa", 40), Body: fixed},
			nil, http.StatusUnprocessableEntity, "Your name is longer than 100 characters", func(f url.Values) { f.Set("name", "Léa") }},
		{"the database failed before Check", submission{Author: "Léa", Email: "lea@example.org", Body: fixed},
			func(s *Server) func() {
				// Past its deadline at once: the look-up of the form's
				// earlier copy fails, and Check is never reached.
				s.submitTimeout = -time.Second
				return func() { s.submitTimeout = submitTimeout }
			}, http.StatusInternalServerError, "your comment was not saved", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := newSite(t)
			c := s.client()
			form := c.filledForm(tc.sub) // shown a minute ago
			restore := func() {}
			if tc.fail != nil {
				restore = tc.fail(s.srv)
			}
			resp := c.post("/comments", form)
			restore()
			require.Equal(t, tc.status, resp.Status, resp.Body)
			assert.Contains(t, resp.Body, tc.says)
			assert.Empty(t, s.stored())

			again := browserForm(t, resp.Body)
			for _, field := range []string{"name", "email", "website", "body"} {
				assert.True(t, form.Get(field) == again.Get(field), "the %s field comes back as typed: sent %s, given back %s",
					field, brief(form.Get(field)), brief(again.Get(field)))
			}
			assert.Equal(t, form.Get("form_token"), again.Get("form_token"), "the form is still the one first shown")

			if tc.fix != nil {
				tc.fix(again)
			}
			s.clock.Advance(time.Second) // fixed and sent at once
			resp = c.post("/comments", again)
			require.Equal(t, http.StatusSeeOther, resp.Status, resp.Body)
			all := s.stored()
			require.Len(t, all, 1)
			assert.Equal(t, StatusApproved, all[0].Status, "flags: %v", all[0].Flags)
			assert.Empty(t, all[0].Flags)
			assert.True(t, again.Get("body") == all[0].Body, "the comment is what was sent: %s, stored %s",
				brief(again.Get("body")), brief(all[0].Body))
		})
	}
}

// brief is s for a message: its length and how it starts.
func brief(s string) string {
	const n = 40
	if len(s) <= n {
		return fmt.Sprintf("%q", s)
	}
	return fmt.Sprintf("%q… (%d bytes)", s[:n], len(s))
}

func setBody(body string) func(url.Values) {
	return func(f url.Values) { f.Set("body", body) }
}

// TestRejectedCommentGetsANewForm: a comment Check has judged used its
// form's token, and the form it comes back in has a new one: the used
// token must not come back, or a script could replay it.
func TestRejectedCommentGetsANewForm(t *testing.T) {
	s := newSite(t)
	c := s.client()
	sub := submission{Author: "Vic", Body: "Win big at the online casino tonight"}
	form := c.filledForm(sub)
	resp := c.post("/comments", form)
	require.Equal(t, http.StatusOK, resp.Status)
	require.Contains(t, resp.Body, rejectedMessage)
	again := browserForm(t, resp.Body)
	assert.Equal(t, sub.Body, again.Get("body"), "the text is kept")
	assert.NotEmpty(t, again.Get("form_token"))
	assert.NotContains(t, resp.Body, form.Get("form_token"), "the used token is not in the page")
}

// TestRejectedCommentSentAgainLater: the commenter does what the rejection
// says (waits a minute, takes the promotion out, sends the comment again
// from the form it came back in), and the comment is not rejected again.
// Sent again at once, it is (the flood and the near duplicate of the
// first), which is why the message asks for the wait.
func TestRejectedCommentSentAgainLater(t *testing.T) {
	const nearlyTheSame = "Great write-up on sourdough starters, mine took nine days to get going in a cold kitchen."
	for _, tc := range []struct {
		name, fixed string
		wait        time.Duration
		want        Status // "" for rejected again
	}{
		// Nearly the same words: a moderator decides.
		{"nearly the same", nearlyTheSame, time.Minute, StatusHeld},
		// Other words: judged as any comment.
		{"rewritten", "Mine took nine days in a cold kitchen; a warmer shelf would have halved that, I think.", time.Minute, StatusApproved},
		{"at once", nearlyTheSame, 5 * time.Second, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := newSite(t)
			c := s.client()
			form := c.filledForm(submission{
				Author:  "Ana",
				Website: "https://ana-bakes.example",
				Body:    "Great write-up on sourdough starters, mine took nine days to get going. Check out my blog https://ana-bakes.example/starter for my recipe!",
			})
			resp := c.post("/comments", form)
			require.Equal(t, http.StatusOK, resp.Status)
			require.Contains(t, resp.Body, rejectedMessage)
			again := browserForm(t, resp.Body)
			again.Set("body", tc.fixed)
			s.clock.Advance(tc.wait)
			resp = c.post("/comments", again)
			if tc.want == "" {
				require.Equal(t, http.StatusOK, resp.Status)
				require.Contains(t, resp.Body, rejectedMessage)
				assert.Empty(t, s.stored())
				return
			}
			require.Equal(t, http.StatusSeeOther, resp.Status, resp.Body)
			all := s.stored()
			require.Len(t, all, 1)
			assert.Equal(t, tc.want, all[0].Status, "flags: %v", all[0].Flags)
		})
	}
}
