package moderation

import (
	"context"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestFormResent: one form sent more than once. A person's second copy
// (a double click, the back button, a retry) is one event with the first:
// held for the used token alone, not rejected for the flood and the
// duplicate that the same submission raises again. A script replaying the
// form is held every time, and rejected when it sends other long texts
// from one sender or more than FloodMax comments.
func TestFormResent(t *testing.T) {
	long := "This is a thoughtful comment with a good number of words in it, about the article."
	spam := "Amazing deals on designer watches and handbags this week only, the best prices you will find anywhere online, friends."
	type send struct {
		body   string
		ip     string
		after  time.Duration // after the first
		action Action
		codes  []string
	}
	cases := []struct {
		name  string
		sends []send
		store func() Store // nil: the default MemStore
		fresh int          // the send, if not 0, made with another form
	}{
		{"double click, short text", []send{
			{"A fine article.", "198.51.100.7", 0, Approve, nil},
			{"A fine article.", "198.51.100.7", 300 * time.Millisecond, Hold, []string{CodeHoneypot}},
		}, nil, 0},
		{"double click, long text", []send{
			{long, "198.51.100.7", 0, Approve, nil},
			{long, "198.51.100.7", 300 * time.Millisecond, Hold, []string{CodeHoneypot}},
		}, nil, 0},
		{"triple click", []send{
			{long, "198.51.100.7", 0, Approve, nil},
			{long, "198.51.100.7", 200 * time.Millisecond, Hold, []string{CodeHoneypot}},
			{long, "198.51.100.7", 400 * time.Millisecond, Hold, []string{CodeHoneypot}},
		}, nil, 0},
		{"back button, a typo fixed", []send{
			{long, "198.51.100.7", 0, Approve, nil},
			{strings.Replace(long, "thoughtful", "thoughful", 1), "198.51.100.7", 20 * time.Second, Hold, []string{CodeHoneypot}},
		}, nil, 0},
		{"resent from the next address of the /64", []send{
			{long, "2001:db8:1:2::1", 0, Approve, nil},
			{long, "2001:db8:1:2::2", time.Second, Hold, []string{CodeHoneypot}},
		}, nil, 0},
		{"script: other long texts from one IP", []send{
			{long, "203.0.113.1", 0, Approve, nil},
			{"Buy cheap watches online today at the best prices anywhere on the web, friends.", "203.0.113.1", time.Second, Reject, []string{CodeHoneypot, CodeFlood}},
			{"Best casino bonuses are waiting for you right now, sign up and win big money.", "203.0.113.1", 2 * time.Second, Reject, []string{CodeHoneypot, CodeFlood}},
		}, nil, 0},
		{"script: other short texts from one IP", []send{
			{"Nice.", "203.0.113.1", 0, Approve, nil},
			{"Great.", "203.0.113.1", time.Second, Hold, []string{CodeHoneypot}},
			{"Cool.", "203.0.113.1", 2 * time.Second, Hold, []string{CodeHoneypot}},
		}, nil, 0},
		{"script: other texts from other IPs", []send{
			{long, "203.0.113.1", 0, Approve, nil},
			{"Buy cheap watches online today at the best prices anywhere on the web, friends.", "203.0.113.2", time.Second, Hold, []string{CodeHoneypot}},
		}, nil, 0},
		{"a second form, same text, same IP: not a resend", []send{
			{long, "198.51.100.7", 0, Approve, nil},
			{"", "198.51.100.7", 5 * time.Second, Reject, []string{CodeDuplicate, CodeFlood, CodeNewAuthor}},
		}, nil, 0},
		// Review s9 round 2, #2: the resend is the first comment's text
		// from its sender, not any text seen before.
		{"script: one text from 6 IPs, one token", []send{
			{spam, "198.51.100.1", 0, Approve, nil},
			{spam, "198.51.100.2", time.Minute, Reject, []string{CodeHoneypot, CodeDuplicate, CodeNewAuthor}},
			{spam, "198.51.100.3", 2 * time.Minute, Reject, []string{CodeHoneypot, CodeDuplicate, CodeNewAuthor}},
			{spam, "198.51.100.4", 3 * time.Minute, Reject, []string{CodeHoneypot, CodeDuplicate, CodeNewAuthor}},
			{spam, "198.51.100.5", 4 * time.Minute, Reject, []string{CodeHoneypot, CodeDuplicate, CodeNewAuthor}},
			{spam, "198.51.100.6", 5 * time.Minute, Reject, []string{CodeHoneypot, CodeDuplicate, CodeNewAuthor}},
		}, nil, 0},
		{"script: a used token carries another person's long text", []send{
			{"Nice article, thanks.", "203.0.113.50", 0, Approve, nil},
			{spam, "192.0.2.10", 10 * time.Second, Approve, nil},
			{spam, "203.0.113.50", 40 * time.Second, Reject, []string{CodeHoneypot, CodeDuplicate, CodeNewAuthor}},
		}, nil, 1},
		{"script: a long text, then a short one, from one IP", []send{
			{long, "203.0.113.1", 0, Approve, nil},
			{"Great.", "203.0.113.1", time.Second, Reject, []string{CodeHoneypot, CodeFlood}},
		}, nil, 0},
		{"script: a short text, then a long one, from one IP", []send{
			{"Great.", "203.0.113.1", 0, Approve, nil},
			{long, "203.0.113.1", time.Second, Reject, []string{CodeHoneypot, CodeFlood}},
		}, nil, 0},
		{"script: the first text again from another IP", []send{
			{long, "203.0.113.1", 0, Approve, nil},
			{long, "203.0.113.2", time.Second, Reject, []string{CodeHoneypot, CodeDuplicate, CodeNewAuthor}},
		}, nil, 0},
		{"a Store that does not say what a token was first sent with", []send{
			{long, "198.51.100.7", 0, Approve, nil},
			{long, "198.51.100.7", 300 * time.Millisecond, Reject, []string{CodeHoneypot, CodeDuplicate, CodeFlood, CodeNewAuthor}},
		}, func() Store { return noFormFirst{NewMemStore(MemStoreOptions{})} }, 0},
	}
	ctx := context.Background()
	key := []byte("resend test key")
	start := time.Now().Add(-time.Hour)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			cfg := Config{FormKey: key}
			if c.store != nil {
				cfg.Store = c.store()
			}
			m, err := New(cfg)
			require.NoError(t, err)
			token := NewFormToken(key, start.Add(-time.Minute))
			for i, s := range c.sends {
				cm := Comment{Body: s.body, Author: "Zed", IP: s.ip, FormToken: token, Time: start.Add(s.after)}
				if s.body == "" { // another form, with the first text
					cm.Body, cm.FormToken = c.sends[0].body, NewFormToken(key, start.Add(-time.Minute))
				}
				if c.fresh != 0 && i == c.fresh {
					cm.FormToken = NewFormToken(key, start.Add(-time.Minute))
				}
				res, err := m.Check(ctx, cm)
				require.NoError(t, err)
				assert.Equal(t, s.action, res.Action, "send %d: %+v", i, res.Flags)
				assert.Equal(t, s.codes, codesOf(res.Flags), "send %d", i)
			}
		})
	}

	// With the duplicate check off the text still tells a resend from a
	// replay with another long text.
	t.Run("duplicate check off", func(t *testing.T) {
		m, err := New(Config{FormKey: key, DuplicateWindow: -1})
		require.NoError(t, err)
		token := NewFormToken(key, start.Add(-time.Minute))
		for i, s := range []struct {
			body   string
			after  time.Duration
			action Action
			codes  []string
		}{
			{long, 0, Approve, nil},
			{long, 300 * time.Millisecond, Hold, []string{CodeHoneypot}},
			{spam, time.Second, Reject, []string{CodeHoneypot, CodeFlood}},
		} {
			res, err := m.Check(ctx, Comment{Body: s.body, Author: "Zed", IP: "203.0.113.1", FormToken: token, Time: start.Add(s.after)})
			require.NoError(t, err)
			assert.Equal(t, s.action, res.Action, "send %d: %+v", i, res.Flags)
			assert.Equal(t, s.codes, codesOf(res.Flags), "send %d", i)
		}
	})

	// A script replaying one form with one text is held each time, and
	// past FloodMax in FloodWindow rejected.
	m, err := New(Config{FormKey: key})
	require.NoError(t, err)
	token := NewFormToken(key, start.Add(-time.Minute))
	for i := range DefaultFloodMax + 2 {
		res, err := m.Check(ctx, Comment{Body: long, Author: "Bot", IP: "203.0.113.9", FormToken: token, Time: start.Add(time.Duration(i) * time.Second)})
		require.NoError(t, err)
		want := Hold
		switch {
		case i == 0:
			want = Approve
		case i >= DefaultFloodMax:
			want = Reject
		}
		assert.Equal(t, want, res.Action, "replay %s: %+v", strconv.Itoa(i), res.Flags)
	}
}

// noFormFirst is a Store written before Snapshot.FormFirst: it never
// says what a used form token was first sent with.
type noFormFirst struct{ Store }

func (s noFormFirst) Load(ctx context.Context, q *Query) (*Snapshot, error) {
	snap, err := s.Store.Load(ctx, q)
	if snap != nil {
		snap.FormFirst = 0
	}
	return snap, err
}
