package storetest

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/commentkit/commentkit/moderation"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// FutureTime checks that a comment or a lesson dated far ahead of the
// clock (a site's bug, a clock set wrong) is taken as made now: it does
// not end the windows of what store remembers about other comments and
// authors, and it counts now, not when its date comes. Comments dated in
// the past are measured at their dates. store is an empty Store.
func FutureTime(t *testing.T, store moderation.Store) {
	ctx := context.Background()
	key := []byte("storetest form key")
	m, err := moderation.New(moderation.Config{Store: store, FormKey: key, StateTimeout: StateTimeout})
	require.NoError(t, err)
	long := strings.Repeat("An identical long comment pasted on every article of the site. ", 2)
	form := func() string { return moderation.NewFormToken(key, time.Now().Add(-time.Minute)) }
	annForm := form()
	future := time.Now().Add(48 * time.Hour)
	steps := []struct {
		about  string
		check  *moderation.Comment
		learn  *moderation.Comment
		spam   bool
		has    []string
		action moderation.Action
	}{
		{about: "Ann, 5 s ago", check: &moderation.Comment{Body: long, Author: "Ann", IP: "192.0.2.1", FormToken: annForm, Time: time.Now().Add(-5 * time.Second)}, action: moderation.Approve},
		{about: "Fay is labelled spam", learn: &moderation.Comment{Body: "Buy cheap pills today.", Author: "Fay", IP: "192.0.2.6"}, spam: true},
		{about: "a comment dated in two days", check: &moderation.Comment{Body: "Hello.", Author: "Zed", IP: "192.0.2.26", FormToken: form(), Time: future}, action: moderation.Approve},
		{about: "a lesson dated in two years, past its History", learn: &moderation.Comment{Body: "A kind word.", Author: "Gus", IP: "192.0.2.7", Time: time.Now().Add(2 * moderation.DefaultHistory)}},
		{about: "Ann's text again: still remembered", check: &moderation.Comment{Body: long, Author: "Bob", IP: "192.0.2.2", FormToken: form()}, has: []string{moderation.CodeDuplicate}},
		{about: "Ann's IP again: still within the interval", check: &moderation.Comment{Body: "Me too.", Author: "Cid", IP: "192.0.2.1", FormToken: form()}, has: []string{moderation.CodeFlood}},
		{about: "Ann's form again: still used", check: &moderation.Comment{Body: "Hi.", Author: "Dee", IP: "192.0.2.4", FormToken: annForm}, has: []string{moderation.CodeHoneypot}},
		{about: "Fay again: still labelled spam", check: &moderation.Comment{Body: "Hi there.", Author: "Fay", IP: "192.0.2.6", FormToken: form()}, has: []string{moderation.CodeNewAuthor}},
		{about: "Zed's IP again: the dated comment counted now", check: &moderation.Comment{Body: "Hello again.", Author: "Eve", IP: "192.0.2.26", FormToken: form()}, has: []string{moderation.CodeFlood}},
	}
	for i, s := range steps {
		if s.learn != nil {
			label := moderation.Ham
			if s.spam {
				label = moderation.Spam
			}
			require.NoError(t, m.Learn(ctx, *s.learn, label), "step %d: %s", i, s.about)
			continue
		}
		res, err := m.Check(ctx, *s.check)
		require.NoError(t, err, "step %d: %s", i, s.about)
		var codes []string
		for _, f := range res.Flags {
			codes = append(codes, f.Code)
		}
		for _, code := range s.has {
			assert.Contains(t, codes, code, "step %d: %s: %+v", i, s.about, res.Flags)
		}
		if s.has == nil {
			assert.Equal(t, s.action, res.Action, "step %d: %s: %+v", i, s.about, res.Flags)
		}
	}

	// In the past, the windows count from the comments' own times: a site
	// replaying old comments in order sees the floods they were.
	past := time.Date(2015, 3, 1, 12, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		after time.Duration
		flood bool
	}{{0, false}, {5 * time.Second, true}, {time.Minute, false}} {
		res, err := m.Check(ctx, moderation.Comment{Body: "An old comment.", IP: "198.51.100.9", FormToken: moderation.NewFormToken(key, past.Add(c.after-time.Minute)), Time: past.Add(c.after)})
		require.NoError(t, err)
		flood := false
		for _, f := range res.Flags {
			flood = flood || f.Code == moderation.CodeFlood
		}
		assert.Equal(t, c.flood, flood, "2015, %v after the first: %+v", c.after, res.Flags)
	}
}
