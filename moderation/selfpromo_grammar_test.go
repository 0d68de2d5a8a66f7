package moderation

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// promo-grammar.txt is a list as the others are: a header naming its
// source, one role and one folded word a line. Each possessive starts a
// phrase of promo-phrases.txt, or it would have no phrase to weaken; and
// the words the header says are left out stay out, since each of them
// would let an invitation through.
func TestPromoGrammarList(t *testing.T) {
	data, err := listFiles.ReadFile("lists/promo-grammar.txt")
	require.NoError(t, err)
	assert.True(t, strings.HasPrefix(string(data), "#"), "the list starts with a header")
	assert.Contains(t, string(data), "Source", "the header names the source")
	phrases := readList("promo-phrases.txt")
	for _, e := range readList("promo-grammar.txt") {
		role, word, ok := strings.Cut(e, " ")
		require.True(t, ok, "%q is a role and a word", e)
		assert.Equal(t, []string{word}, splitWords(foldText(word)), "%q: one folded word", e)
		switch role {
		case "possessive":
			starts := false
			for _, p := range phrases {
				starts = starts || strings.HasPrefix(foldText(p), word+" ")
			}
			assert.True(t, starts, "%q starts no phrase", word)
		case "held":
			assert.NotNil(t, defaultPromoSet.lookup([]string{word}), "%q starts no entry of the lists: nothing to weaken", word)
		case "contracted":
			assert.True(t, strings.HasSuffix(word, "'s"), "%q: a contraction namesOthers would take for a possessive", word)
		case "adjective", "subject", "determiner", "predicate", "narrated", "others", "particle", "denial":
		default:
			t.Errorf("%q: unknown role %q", e, role)
		}
	}
	for _, w := range []string{"you", "u", "i'll", "we'll", "if"} {
		assert.False(t, promoSubjects.has(w), "%q invites or offers: no subject of a statement", w)
	}
	for _, w := range []string{"this", "my", "our", "your", "me", "us", "it"} {
		assert.False(t, promoDeterminers.has(w), "%q points at the commenter's or a shown thing", w)
	}
	for _, w := range []string{"page", "site", "channel", "video", "free"} {
		assert.False(t, promoAdjectives.has(w), "%q makes a compound noun, still the speaker's thing", w)
	}
	for _, w := range []string{"channel", "video", "song", "music", "profile"} {
		assert.False(t, promoNarrated.has(w), "%q: a statement about it announces it", w)
	}
}
