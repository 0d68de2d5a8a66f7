package moderation

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The facts Check prepares (Moderator.fold, pooled words and all) are
// those worked out from scratch from its View's Text, Words and Links.
func TestPreparedFacts(t *testing.T) {
	m, err := New(Config{})
	require.NoError(t, err)
	bodies := append(factBodies(t), "Plain ASCII, with CAPITALS and h4ck3r.", "Émoji 😀 and frее",
		russianText(2<<10), plainText(8<<10))
	for _, body := range bodies {
		v, _, err := m.prepare(Comment{Body: body})
		if err != nil {
			continue
		}
		assert.Nil(t, v.Words, "the built-in checks read the spans")
		assert.Equal(t, splitWords(foldText(v.Text)), v.wordStrings(), "%q", body)
		assert.Equal(t, textFactsOf(v.Text), v.facts.textFacts, "%q", body)
		assert.Equal(t, wordFactsOf(v.wordStrings()), v.facts.wordFacts, "%q", body)
		assert.Equal(t, linkSitesOf(v.Links), v.facts.sites, "%q", body)
		m.release(v)
	}
}

// wordStrings returns v's words as strings: v.Words, or those of the
// spans when Moderator.fold kept only those.
func (v *View) wordStrings() []string {
	if v.Words != nil {
		return v.Words
	}
	return v.words().strings()
}
