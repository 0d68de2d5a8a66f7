package moderation

import (
	"context"
	"math/rand/v2"
	"strings"
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

// phraseRunEach is phraseRun as first written: one pass for each length
// that compares every word with the one a phrase's length before it. It
// is the oracle of TestPhraseRunOracle.
func phraseRunEach(list wordList, maxWordRun int) (string, int, bool) {
	if maxWordRun <= 0 {
		return "", 0, false
	}
	times := max(maxWordRun-1, 2)
	for k := 2; k <= 3; k++ {
		need := (times - 1) * k
		run := 0
		for i := k; i < list.len(); i++ {
			if list.at(i) != list.at(i-k) {
				run = 0
				continue
			}
			if run++; run < need {
				continue
			}
			start := i - run - k + 1
			for i++; i < list.len() && list.at(i) == list.at(i-k); i++ {
				run++
			}
			parts := make([]string, k)
			for j := range parts {
				parts[j] = list.at(start + j)
			}
			return strings.Join(parts, " "), run/k + 1, true
		}
	}
	return "", 0, false
}

// TestPhraseRunOracle: phraseRun, which looks at one word in every run's
// length, finds what comparing every word finds, on random comments of
// few distinct words (so that runs of every length come often), for
// MaxWordRun 0 to 6.
func TestPhraseRunOracle(t *testing.T) {
	rng := rand.New(rand.NewPCG(18, 27))
	vocab := []string{"a", "bb", "a", "cc", "tools", "tool", "x"}
	for range 20000 {
		words := make([]string, rng.IntN(40))
		for i := range words {
			if i >= 2 && rng.IntN(3) > 0 {
				words[i] = words[i-2-rng.IntN(min(2, i-1))] // repeat a word two or three back
				continue
			}
			words[i] = vocab[rng.IntN(len(vocab))]
		}
		list := wordsOf(words)
		for run := range 7 {
			p, n, ok := phraseRun(list, run)
			wp, wn, wok := phraseRunEach(list, run)
			require.Equal(t, []any{wp, wn, wok}, []any{p, n, ok}, "%q, MaxWordRun %d", words, run)
		}
	}
}
