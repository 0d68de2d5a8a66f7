package main

import (
	"context"
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// modelCounts returns how many spam and ham comments the filter has
// learned, from the header line of its export.
func (s *site) modelCounts() (spam, ham int) {
	s.t.Helper()
	var h struct{ Spam, Ham int }
	header, _, _ := strings.Cut(string(s.export()), "\n")
	require.NoError(s.t, json.Unmarshal([]byte(header), &h), header)
	return h.Spam, h.Ham
}

// TestDecisionRetriedAfterAFailure: when the database fails during a
// moderator's decision, the page says so, and pressing the button again
// teaches the filter the comment once, never twice, wherever the failure
// fell.
func TestDecisionRetriedAfterAFailure(t *testing.T) {
	for _, tc := range []struct {
		name, action string
		failWhen     string // the WHEN of a trigger that fails an UPDATE of comments
		spam, ham    int    // the filter's counts after the retry
	}{
		{"approve, every update fails", "approve", "1", 0, 1},
		{"approve, only publishing fails", "approve", "NEW.status = 'approved'", 0, 1},
		{"spam, every update fails", "spam", "1", 1, 0},
		{"spam, only hiding fails", "spam", "NEW.status = 'spam'", 1, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := newSite(t)
			require.Equal(t, http.StatusSeeOther, s.client().submit(heldSubmission()).Status)
			held := s.comments(StatusHeld)
			require.Len(t, held, 1)
			ctx := context.Background()
			_, err := s.store.db.ExecContext(ctx, `CREATE TRIGGER fail BEFORE UPDATE ON comments WHEN `+tc.failWhen+
				` BEGIN SELECT RAISE(ABORT, 'disk I/O error (simulated)'); END`)
			require.NoError(t, err)
			mod := s.client()
			mod.login(t)
			first := mod.decide(t, held[0].ID, tc.action, "held")
			assert.Equal(t, http.StatusInternalServerError, first.Status)
			assert.Contains(t, first.Body, "try again")

			_, err = s.store.db.ExecContext(ctx, `DROP TRIGGER fail`)
			require.NoError(t, err)
			retry := mod.decide(t, held[0].ID, tc.action, "held")
			assert.Equal(t, http.StatusSeeOther, retry.Status, retry.Body)
			spam, ham := s.modelCounts()
			assert.Equal(t, tc.spam, spam, "spam lessons")
			assert.Equal(t, tc.ham, ham, "ham lessons")
		})
	}
}

// TestCommentResentAfterASaveFailure: when the database fails to save a
// comment that Check has already counted, the commenter is asked to send
// it again, and sending it at once from that page is held for a
// moderator, not rejected as a second copy within the flood interval.
func TestCommentResentAfterASaveFailure(t *testing.T) {
	s := newSite(t)
	c := s.client()
	ctx := context.Background()
	_, err := s.store.db.ExecContext(ctx, `CREATE TRIGGER fail BEFORE INSERT ON comments
		BEGIN SELECT RAISE(ABORT, 'disk I/O error (simulated)'); END`)
	require.NoError(t, err)
	sub := submission{Author: "Ann", Email: "ann@example.org",
		Body: "Thanks, this explained the difference between the two approaches better than the docs did."}
	first := c.submit(sub)
	require.Equal(t, http.StatusInternalServerError, first.Status)
	require.Contains(t, first.Body, "send it again")

	_, err = s.store.db.ExecContext(ctx, `DROP TRIGGER fail`)
	require.NoError(t, err)
	again := c.post("/comments", url.Values{
		"csrf":       {hidden(t, first.Body, "csrf")},
		"form_token": {hidden(t, first.Body, "form_token")},
		"name":       {sub.Author},
		"email":      {sub.Email},
		"body":       {sub.Body},
	})
	require.Equal(t, http.StatusSeeOther, again.Status, "not rejected: %s", again.Body)
	assert.Contains(t, again.Header.Get("Location"), "comment=held")
	assert.Len(t, s.comments(StatusHeld), 1)
}
