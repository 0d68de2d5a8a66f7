package moderation

import (
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/require"
)

// wordSpansEach is appendWordSpans written the plain way, a character at
// a time, as splitWords' comment says: runs of letters, digits and
// combining marks, with an apostrophe kept between a word and a letter.
// The fast paths of appendWordSpans are held to it.
func wordSpansEach(text string) []wordSpan {
	var spans []wordSpan
	start := -1
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		inWord := isWordLetter(r)
		if !inWord && r == '\'' && start >= 0 && i+1 < len(text) {
			next, _ := utf8.DecodeRuneInString(text[i+1:])
			inWord = isWordLetter(next)
		}
		switch {
		case inWord && start < 0:
			start = i
		case !inWord && start >= 0:
			spans = append(spans, wordSpan{uint32(start), uint32(i)})
			start = -1
		}
		i += size
	}
	if start >= 0 {
		spans = append(spans, wordSpan{uint32(start), uint32(len(text))})
	}
	return spans
}

func checkWordSpansEach(t *testing.T, text string) {
	for _, s := range []string{text, foldText(text)} {
		require.Equal(t, wordSpansEach(s), appendWordSpans(nil, s), "%q", s)
	}
}

func TestWordSpansEach(t *testing.T) {
	cases := append(wordSpansCases, plainText(8<<10), russianText(2<<10), "it's", "'tis", "rock'n'roll", "a'", "a' b",
		"a'é", "é'a", "abc\xffdef", "abc'\xff", "x,y.z!w", "  leading and trailing  ", "ab\u0301c", "123 4567 89")
	for _, text := range cases {
		checkWordSpansEach(t, text)
	}
}

func FuzzWordSpansEach(f *testing.F) {
	for _, s := range wordSpansCases {
		f.Add(s)
	}
	f.Add("don't, i'll 'quote' it'")
	f.Fuzz(checkWordSpansEach)
}
