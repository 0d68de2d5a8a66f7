package redisstore

import (
	"fmt"
	"testing"
	"time"

	"github.com/commentkit/commentkit/internal/storetest"
	"github.com/commentkit/commentkit/moderation"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestBurst sends n copies of one comment, from one IP, at once, through
// two web servers sharing one Redis: only the first copy may pass as new,
// every other one is a flood and a duplicate.
func TestBurst(t *testing.T) {
	const n = 8
	s, _ := testStore(t)
	c := moderation.Comment{
		Body:   "Honest question about the second benchmark: did you warm the cache first, and for how long did it run?",
		Author: "Someone",
		IP:     "198.51.100.7",
	}
	count := storetest.AtOnce(t, n, s, 2, func(int) moderation.Comment { return c })
	assert.Equal(t, n-1, count[moderation.CodeFlood], "flood")
	assert.Equal(t, n-1, count[moderation.CodeDuplicate], "duplicate")
	assert.Zero(t, count[moderation.CodeStateUnavailable])
}

// TestBurstOfFreshAuthors: n new authors, each from its own address, link
// one site at once through two servers sharing one Redis. Each sees the
// authors before it: from the RepeatHostAuthors-th on, every one is
// flagged.
func TestBurstOfFreshAuthors(t *testing.T) {
	const n = 5
	s, _ := testStore(t)
	count := storetest.AtOnce(t, n, s, 2, func(i int) moderation.Comment {
		return moderation.Comment{
			Body:        fmt.Sprintf("Reader %d here: the best guide I found is at https://pushed.example/guide", i),
			AuthorEmail: fmt.Sprintf("reader%d@example.org", i),
			IP:          fmt.Sprintf("198.51.100.%d", i+1),
		}
	})
	assert.Equal(t, n-moderation.DefaultRepeatHostAuthors+1, count[moderation.CodeRepeatHost], "repeat_host")
	assert.Zero(t, count[moderation.CodeStateUnavailable])
}

// TestFormSentTwice: a form token sent to one server and then, with another
// text from another address, to the other is flagged the second time.
func TestFormSentTwice(t *testing.T) {
	s, _ := testStore(t)
	key := []byte("site key")
	var servers []*moderation.Moderator
	for range 2 {
		m, err := moderation.New(moderation.Config{Store: s, FormKey: key, StateTimeout: storetest.StateTimeout})
		require.NoError(t, err)
		servers = append(servers, m)
	}
	token := moderation.NewFormToken(key, time.Now().Add(-time.Minute))
	first := check(t, servers[0], moderation.Comment{Body: "A fair point, well made.", IP: "192.0.2.1", FormToken: token})
	assert.Equal(t, moderation.Approve, first.Action, "%+v", first.Flags)
	again := check(t, servers[1], moderation.Comment{Body: "Another view entirely.", IP: "203.0.113.9", FormToken: token})
	assert.Equal(t, []string{moderation.CodeHoneypot}, codes(again))
	assert.Equal(t, moderation.Hold, again.Action)
}
