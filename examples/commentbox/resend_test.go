package main

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"sync"
	"testing"
	"time"

	"github.com/commentkit/commentkit/moderation"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// tryPost is post for a goroutine: it returns an error instead of ending
// the test.
func (c *client) tryPost(path string, form url.Values) (response, error) {
	resp, err := c.hc.PostForm(c.site.http.URL+path, form)
	if err != nil {
		return response{}, err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	return response{Status: resp.StatusCode, Header: resp.Header, Body: string(body)}, err
}

// filledForm loads the article and fills its form with sub, as a person
// does before pressing Send.
func (c *client) filledForm(sub submission) url.Values {
	c.t.Helper()
	page := c.get("/")
	require.Equal(c.t, http.StatusOK, page.Status)
	c.site.clock.Advance(time.Minute)
	return url.Values{
		"csrf":       {hidden(c.t, page.Body, "csrf")},
		"form_token": {hidden(c.t, page.Body, "form_token")},
		"name":       {sub.Author},
		"email":      {sub.Email},
		"website":    {sub.Website},
		"body":       {sub.Body},
	}
}

// stored returns every comment in the database, whatever its status.
func (s *site) stored() []StoredComment {
	var all []StoredComment
	for _, status := range []Status{StatusApproved, StatusHeld, StatusSpam} {
		all = append(all, s.comments(status)...)
	}
	return all
}

func codes(flags []moderation.Flag) []string {
	out := []string{}
	for _, f := range flags {
		out = append(out, f.Code)
	}
	return out
}

// TestSameFormSentTwice: one form sent twice (a double click on Send, the
// back button and Send again, a browser's retry) is one comment. Both
// answers send the commenter to what became of the first copy, and the
// database holds it once, with no copy waiting for a moderator.
func TestSameFormSentTwice(t *testing.T) {
	published := submission{Author: "Dee", Email: "dee@example.net",
		Body: "Thanks for the tip about the water tray; our bees found it within a day."}
	for _, tc := range []struct {
		name   string
		sub    submission
		atOnce bool   // both copies in flight together, as a double click sends them
		want   Status // what became of the first copy
	}{
		{"published, one after the other", published, false, StatusApproved},
		{"published, at once", published, true, StatusApproved},
		{"held, one after the other", heldSubmission(), false, StatusHeld},
		{"held, at once", heldSubmission(), true, StatusHeld},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := newSite(t)
			c := s.client()
			form := c.filledForm(tc.sub)
			var answers [2]response
			if tc.atOnce {
				var wg sync.WaitGroup
				errs := make([]error, 2)
				for i := range answers {
					wg.Go(func() { answers[i], errs[i] = c.tryPost("/comments", form) })
				}
				wg.Wait()
				require.NoError(t, errs[0])
				require.NoError(t, errs[1])
			} else {
				answers[0] = c.post("/comments", form)
				answers[1] = c.post("/comments", form)
			}

			all := s.stored()
			require.Len(t, all, 1, "one comment, stored once")
			first := all[0]
			assert.Equal(t, tc.want, first.Status)
			assert.NotContains(t, codes(first.Flags), moderation.CodeHoneypot, "the stored copy is the first one")
			want := "/?comment=held#respond"
			if tc.want == StatusApproved {
				want = "/?comment=approved#comment-" + itoa(first.ID)
			}
			for i, a := range answers {
				require.Equal(t, http.StatusSeeOther, a.Status, "copy %d: %s", i+1, a.Body)
				assert.Equal(t, want, a.Header.Get("Location"), "copy %d", i+1)
			}
		})
	}
}

// TestUsedFormIsJudged: a form sent again with anything changed is not the
// first comment again; the library judges it, with the form's token
// flagged as used (moderation's honeypot), and the first stays as it was.
func TestUsedFormIsJudged(t *testing.T) {
	first := submission{Author: "Dee", Email: "dee@example.net",
		Body: "Thanks for the tip about the water tray; our bees found it within a day."}
	for _, tc := range []struct {
		name   string
		change func(url.Values)
		want   Status // held, or "" for rejected
	}{
		{"another text", func(f url.Values) {
			f.Set("body", "A second thought: the tray needs stones in it, or the bees drown in the water.")
		}, StatusHeld},
		{"another name", func(f url.Values) { f.Set("name", "Someone Else") }, StatusHeld},
		// Another author (the e-mail names the author) with the text of
		// the first: a duplicate as well.
		{"another e-mail", func(f url.Values) { f.Set("email", "else@example.net") }, ""},
		{"another website", func(f url.Values) { f.Set("website", "https://dee.example.net") }, StatusHeld},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := newSite(t)
			c := s.client()
			form := c.filledForm(first)
			require.Equal(t, http.StatusSeeOther, c.post("/comments", form).Status)
			require.Len(t, s.comments(StatusApproved), 1)

			s.clock.Advance(time.Minute) // no flood: only the used token speaks
			tc.change(form)
			again := c.post("/comments", form)
			assert.Len(t, s.comments(StatusApproved), 1, "the first comment is published once")
			if tc.want == "" {
				assert.Equal(t, http.StatusOK, again.Status)
				assert.Contains(t, again.Body, "Sorry, we could not publish this comment")
				assert.Empty(t, s.comments(StatusHeld))
				return
			}
			assert.Equal(t, "/?comment=held#respond", again.Header.Get("Location"))
			if held := s.comments(StatusHeld); assert.Len(t, held, 1) {
				assert.Contains(t, codes(held[0].Flags), moderation.CodeHoneypot, "its form was used")
			}
		})
	}
}

// TestCommentSavedWhenTheBrowserStopsWaiting: a browser that stops waiting
// for the answer (a second click on Send cancels the first request) does
// not stop the comment it sent from being judged and saved, so the second
// copy finds it.
func TestCommentSavedWhenTheBrowserStopsWaiting(t *testing.T) {
	s := newSite(t)
	c := s.client()
	form := c.filledForm(submission{Author: "Dee", Email: "dee@example.net",
		Body: "Thanks for the tip about the water tray; our bees found it within a day."})
	ctx, cancel := context.WithCancel(context.Background())
	req := c.request(ctx, form)
	cancel() // the browser has gone once the request is read
	rec := httptest.NewRecorder()
	s.srv.ServeHTTP(rec, req)

	published := s.comments(StatusApproved)
	require.Len(t, published, 1, "saved: %d %s", rec.Code, rec.Body)
	assert.Empty(t, published[0].Flags, "judged with its state, not as state_unavailable")
	again := c.post("/comments", form)
	assert.Equal(t, "/?comment=approved#comment-"+itoa(published[0].ID), again.Header.Get("Location"))
	assert.Len(t, s.stored(), 1)
}
