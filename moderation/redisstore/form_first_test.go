package redisstore

import (
	"testing"
	"time"

	"github.com/commentkit/commentkit/internal/storetest"
	"github.com/commentkit/commentkit/moderation"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestFormFirst: a used form token answers what it was first sent with,
// as with the MemStore (storetest.FormFirst).
func TestFormFirst(t *testing.T) {
	s, _ := testStore(t)
	storetest.FormFirst(t, s)
}

// TestFormResentServers: two servers sharing one Redis tell a double click
// (the first comment again, from its sender, through the other server)
// from one form replayed from other IPs with the first one's text.
func TestFormResentServers(t *testing.T) {
	s, _ := testStore(t)
	key := []byte("resend test key")
	var ms [2]*moderation.Moderator
	for i := range ms {
		m, err := moderation.New(moderation.Config{Store: s, FormKey: key, StateTimeout: storetest.StateTimeout})
		require.NoError(t, err)
		ms[i] = m
	}
	start := time.Now().Add(-time.Hour)
	token := moderation.NewFormToken(key, start.Add(-time.Minute))
	text := "Amazing deals on designer watches and handbags this week only, the best prices you will find anywhere online, friends."
	steps := []struct {
		ip     string
		after  time.Duration
		action moderation.Action
		codes  []string
	}{
		{"198.51.100.1", 0, moderation.Approve, nil},
		{"198.51.100.1", 300 * time.Millisecond, moderation.Hold, []string{moderation.CodeHoneypot}},
		{"198.51.100.2", time.Minute, moderation.Reject, []string{moderation.CodeHoneypot, moderation.CodeDuplicate, moderation.CodeNewAuthor}},
		{"198.51.100.3", 2 * time.Minute, moderation.Reject, []string{moderation.CodeHoneypot, moderation.CodeDuplicate, moderation.CodeNewAuthor}},
	}
	for i, st := range steps {
		res := check(t, ms[i%2], moderation.Comment{Body: text, Author: "Zed", IP: st.ip, FormToken: token, Time: start.Add(st.after)})
		assert.Equal(t, st.action, res.Action, "send %d: %+v", i, res.Flags)
		assert.Equal(t, st.codes, codes(res), "send %d", i)
	}
}
