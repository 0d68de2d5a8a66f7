package moderation

import (
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

var foldValidCases = []string{"", "plain ascii", "Café", "caf\xe9", "\xff", "a\xc3", "\xc3(", "é\xed\xa0\x80x", "Привет мир",
	"𝗳𝗿𝗲𝗲 \xf0\x9f", "frее\x80", "\uFFFD is valid", "a\u0301\xe2\x82", "ZZ\xf4\x90\x80\x80"}

// foldTextMarks says a text is valid UTF-8 exactly when it is, so that
// RepetitionCheck can take it from the View's facts.
func TestFoldValid(t *testing.T) {
	for _, text := range append(foldValidCases, plainText(8<<10), russianText(2<<10)) {
		_, _, valid := foldTextMarks(text)
		assert.Equal(t, utf8.ValidString(text), valid, "%q", text)
	}
}

func FuzzFoldValid(f *testing.F) {
	for _, s := range foldValidCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if _, _, valid := foldTextMarks(text); valid != utf8.ValidString(text) {
			t.Fatalf("%q: foldTextMarks says valid %v", text, valid)
		}
	})
}
