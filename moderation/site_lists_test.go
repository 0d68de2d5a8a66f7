package moderation

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestSiteWordLists: a site's own word lists match what their entries
// say. A "#" is punctuation in them, not the any-number wildcard of the
// phrase lists, so "#spam" never blocks "3 spam"; Phrases keep the
// wildcard.
func TestSiteWordLists(t *testing.T) {
	for _, tc := range []struct {
		name string
		cfg  Config
		body string
		code string // "" for none
	}{
		{"a hashtag entry blocks the word", Config{BlockedWords: []string{"#spam"}}, "more #spam here", CodeBlockedWord},
		{"a hashtag entry is no number wildcard", Config{BlockedWords: []string{"#spam"}}, "I waited 3 hours", ""},
		{"a hold word with a hash", Config{HoldWords: []string{"#ad"}}, "this is an #ad", CodeHoldWord},
		{"no number matches a hold word with a hash", Config{HoldWords: []string{"#ad"}}, "it took 2 days", ""},
		{"a phrase keeps the wildcard", Config{Phrases: []string{"win # dollars"}}, "you can win 500 dollars today", CodePromoPhrase},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m, err := New(tc.cfg)
			require.NoError(t, err)
			res, err := m.Check(context.Background(), Comment{Body: tc.body})
			require.NoError(t, err)
			if tc.code == "" {
				for _, f := range res.Flags {
					assert.NotContains(t, []string{CodeBlockedWord, CodeHoldWord, CodePromoPhrase}, f.Code)
				}
				return
			}
			assert.True(t, hasCode(res.Flags, tc.code), "%v", res.Flags)
		})
	}
}

// TestSiteListEntriesThatMatchNothing: an entry that folds to no word
// would match nothing (or, as a phrase of "#" alone, every number): New
// says which.
func TestSiteListEntriesThatMatchNothing(t *testing.T) {
	for _, tc := range []struct {
		cfg  Config
		want string
	}{
		{Config{BlockedWords: []string{"fine", "***"}}, `BlockedWords[1] "***" has no letter or digit`},
		{Config{HoldWords: []string{""}}, `HoldWords[0] "" has no letter or digit`},
		{Config{BlockedWords: []string{"#"}}, `BlockedWords[0] "#" has no letter or digit`},
		{Config{Phrases: []string{"#"}}, `Phrases[0] "#" has no word to match`},
		{Config{Phrases: []string{"?!"}}, `Phrases[0] "?!" has no word to match`},
	} {
		_, err := New(tc.cfg)
		require.ErrorIs(t, err, ErrConfig)
		assert.Contains(t, err.Error(), tc.want)
	}
}
