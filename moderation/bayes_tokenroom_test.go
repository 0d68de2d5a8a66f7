package moderation

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestTokenRoomReused: tokens built in a room that held another comment's
// are those of a new room, and an emptied room keeps no token alive.
func TestTokenRoomReused(t *testing.T) {
	m, err := New(Config{})
	require.NoError(t, err)
	bodies := []string{
		strings.Repeat("check out my channel and subscribe now ", 60), // past maxCommentTokens
		"I liked it",
		"Great post, see https://en.wikipedia.org/wiki/Go_(programming_language) for more",
		strings.Repeat("x", maxTokenBytes+1) + " long word",
		"",
	}
	var shared tokenRoom
	for _, body := range bodies {
		v, _, err := m.prepare(Comment{Body: body})
		if body == "" {
			require.Error(t, err)
			continue
		}
		require.NoError(t, err)
		m.fold(v)
		domains := []string{"example.org"}
		want := bayesTokens(v.words(), domains, new(tokenRoom))
		got := bayesTokens(v.words(), domains, &shared)
		assert.Equal(t, want, got, "%.40q", body)
		assert.LessOrEqual(t, len(got), maxCommentTokens)
		shared = shared.emptied()
		assert.Empty(t, shared.out)
		for _, s := range shared.out[:cap(shared.out)] {
			assert.Empty(t, s, "an emptied room keeps a token")
		}
		m.release(v)
	}
}
