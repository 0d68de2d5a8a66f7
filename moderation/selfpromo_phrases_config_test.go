package moderation

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestSubscribeToRuleIsTheListsOwn: the rule that reads "subscribe to"
// an article or a number as talk is about the list's one-word phrases,
// not about a one-word phrase a site adds (review 17 L2).
func TestSubscribeToRuleIsTheListsOwn(t *testing.T) {
	m, err := New(Config{Phrases: []string{"donate"}})
	require.NoError(t, err)
	for body, want := range map[string]string{
		"Donate to the fund today":                        CodePromoPhrase,
		"You should subscribe to three local papers":      CodePromoTopic,
		"Subscribe to the golang-announce list, it helps": CodePromoTopic,
	} {
		res, err := m.Check(context.Background(), Comment{Body: body})
		require.NoError(t, err)
		assert.Equal(t, want, res.Flags[0].Code, "%q: %+v", body, res.Flags)
	}
}
