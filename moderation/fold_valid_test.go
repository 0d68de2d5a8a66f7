package moderation

import (
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

var foldValidCases = []string{"", "plain ascii", "Café", "caf\xe9", "\xff", "a\xc3", "\xc3(", "é\xed\xa0\x80x", "Привет мир",
	"𝗳𝗿𝗲𝗲 \xf0\x9f", "frее\x80", "\uFFFD is valid", "a\u0301\xe2\x82", "ZZ\xf4\x90\x80\x80"}

// foldTextMarks says a text is valid UTF-8 exactly when it is, so that
// RepetitionCheck can take it from the View's facts, and finds the
// textFacts that textFactsOf does.
func TestFoldValid(t *testing.T) {
	for _, text := range append(foldValidCases, plainText(8<<10), russianText(2<<10)) {
		_, info := foldTextMarks(text)
		assert.Equal(t, utf8.ValidString(text), info.valid, "%q", text)
		assert.Equal(t, textFactsOf(text), info.text, "%q", text)
	}
}

func FuzzFoldValid(f *testing.F) {
	for _, s := range append(foldValidCases, "Привет frее Ꮯasino ⓕⓡⓔⓔ 😀😀😀 ΑΒΓ abc 𝗳𝗿𝗲𝗲 🅵🆁🅴🅴 ☀ ✂ 🏻",
		"\xe2\x98\x80\xf0\x9f\x98\x80\xe2\x92\xb6\xcd\x80\xe1\x8e\xa0", "\xe2\xcd\x80\xf0\x9d", "\xc3\x80\x80\xe2\x98\x80") {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		_, info := foldTextMarks(text)
		if info.valid != utf8.ValidString(text) {
			t.Fatalf("%q: foldTextMarks says valid %v", text, info.valid)
		}
		if want := textFactsOf(text); info.text != want {
			t.Fatalf("%q: foldTextMarks finds %+v, textFactsOf %+v", text, info.text, want)
		}
	})
}
