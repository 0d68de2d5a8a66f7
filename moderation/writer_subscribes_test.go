package moderation

import (
	"context"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestWriterSubscribes: "subscribe" told of the writer as the subscriber
// ("we subscribe the whole school", "I also subscribe to the weekend
// edition", "showed me how to subscribe") is what a reader reads, not a
// bid, and the comment is approved; "subscribe" bidding others, and the
// writer's half of a trade of subscriptions, still hold.
func TestWriterSubscribes(t *testing.T) {
	m, err := New(Config{})
	require.NoError(t, err)
	for i, tc := range []struct {
		body string
		held bool
	}{
		{"We subscribe the whole office to the print edition and the science page gets passed round every week.", false},
		{"I subscribe to the council's YouTube channel for the planning meetings, surprisingly watchable.", false},
		{"My granddaughter showed me how to subscribe to the channel the library streams its author talks on.", false},
		{"We all subscribe our kids to the junior edition, they fight over the puzzles.", false},

		{"Subscribe to my channel, new cooking videos every day!", true},
		{"Please subscribe, I post new covers every week", true},
		{"Subscribe me and I subscribe you back!! sub4sub", true},
		{"I subscribe back to everyone who subscribes to my channel", true},
	} {
		res, err := m.Check(context.Background(), Comment{Body: tc.body, Author: fmt.Sprintf("sub %d", i), AuthorEmail: fmt.Sprintf("sub%d@example.net", i)})
		require.NoError(t, err)
		assert.Equal(t, tc.held, res.Action != Approve, "%s: %v", tc.body, res.Flags)
		if !tc.held {
			for _, f := range res.Flags {
				assert.NotContains(t, f.Detail, "subscribe", "%s: %v", tc.body, res.Flags)
			}
		}
	}
}
