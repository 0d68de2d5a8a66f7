package moderation

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestRepetitionPhrase: a phrase of two or three words three times in a
// row is repetition, as a word four times is; twice is not, nor the same
// words apart.
func TestRepetitionPhrase(t *testing.T) {
	check := Repetition()
	for _, tc := range []struct {
		body, detail string
	}{
		{"cheap flights cheap flights cheap flights", "“cheap flights” repeated 3 times in a row"},
		{"best garden tools best garden tools best garden tools online", "“best garden tools” repeated 3 times in a row"},
		{"Nice! seo tips seo tips seo tips seo tips seo tips", "“seo tips” repeated 5 times in a row"},
		{"Thank you thank you thank you, this saved my exam", "“thank you” repeated 3 times in a row"},
		{"thank you thank you, this saved my exam", ""},
		{"go team, go home, go team, go home", ""},
		{"red and blue, red and green, red and blue", ""},
		{"plz plz plz plz", "“plz” repeated 4 times in a row"},
	} {
		t.Run(tc.body, func(t *testing.T) {
			flags := check.Check(context.Background(), viewOf(tc.body))
			if tc.detail == "" {
				assert.Empty(t, flags)
				return
			}
			require.Len(t, flags, 1)
			assert.Equal(t, CodeRepetition, flags[0].Code)
			assert.Equal(t, tc.detail, flags[0].Detail)
			assert.Equal(t, RepetitionScore, flags[0].Score)
		})
	}
	// MaxWordRun 0 turns word and phrase runs off alike.
	off := &RepetitionCheck{MaxRun: RepetitionRun, Score: RepetitionScore}
	assert.Empty(t, off.Check(context.Background(), viewOf("cheap flights cheap flights cheap flights")))
	// A phrase repeated is one weight, like a word: approved alone.
	m, err := New(Config{})
	require.NoError(t, err)
	res, err := m.Check(context.Background(), Comment{Body: "Thank you thank you thank you, this saved my exam"})
	require.NoError(t, err)
	assert.Equal(t, Approve, res.Action)
}
