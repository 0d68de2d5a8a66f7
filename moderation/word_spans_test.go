package moderation

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// wordSpansCases are texts for the tests of the words kept as spans.
var wordSpansCases = []string{"", "a", "Check out my channel, sub4sub! if I get 100 subscribers I will subscribe back",
	"a b c d e f g h i j k l m n o", "don't stop, i'll go", "Привет мир, frее 𝗳𝗿𝗲𝗲 Café", "plz plz plz plz plz"}

// The words Moderator.fold keeps as spans of the folded text are those of
// splitWords, and the shingles of the spans are those of the strings.
func TestWordSpans(t *testing.T) {
	for _, text := range append(wordSpansCases, plainText(8<<10), russianText(2<<10)) {
		checkWordSpans(t, text)
	}
}

func FuzzWordSpans(f *testing.F) {
	for _, s := range wordSpansCases {
		f.Add(s)
	}
	f.Fuzz(checkWordSpans)
}

func checkWordSpans(t *testing.T, text string) {
	folded := foldText(text)
	words := wordList{text: folded, spans: appendWordSpans(nil, folded)}
	strs := splitWords(folded)
	if !assert.Equal(t, strs, words.strings(), "%q", text) {
		return
	}
	for i, w := range strs {
		assert.Equal(t, w, words.at(i))
	}
	var buf [dupKeys]uint64
	id, sketch := shinglesInto(words, &buf)
	wantID, wantSketch := textShingles(strs)
	assert.Equal(t, wantID, id, "%q", text)
	assert.Equal(t, wantSketch, sketch, "%q", text)
	assert.Equal(t, wordFactsOf(strs), wordFactsIn(words), "%q", text)
	// A View built by hand with these words reads the same.
	joined := wordsOf(strs)
	assert.Equal(t, strs, joined.strings(), "%q", text)
}
