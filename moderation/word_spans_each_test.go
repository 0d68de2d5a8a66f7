package moderation

import (
	"math/rand/v2"
	"strings"
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

// TestWordSpansEachBitmap holds appendWordSpans's bitmap of ASCII bytes
// to wordSpansEach where the two ways of reading meet: words across the
// edges of its eight-byte steps and 64-byte bitmaps, at the end of the
// text, and beside an apostrophe, a character beyond ASCII or a byte that
// is not UTF-8 anywhere in a step. The texts are mostly ASCII, as prose
// is, so that most steps take the bitmap.
func TestWordSpansEachBitmap(t *testing.T) {
	pieces := []string{"a", "Z", "9", "word", " ", "  ", ",", ".", "'", "é", "ж", "\xff", "\u0301", "x'y", "😀", "_", "@", "`", "{", "/", "\n"}
	weights := []int{30, 5, 5, 20, 25, 3, 4, 4, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2}
	total := 0
	for _, w := range weights {
		total += w
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		var b strings.Builder
		for n := rng.IntN(200); b.Len() < n; {
			k := rng.IntN(total)
			i := 0
			for k >= weights[i] {
				k -= weights[i]
				i++
			}
			b.WriteString(pieces[i])
		}
		checkWordSpansEach(t, b.String())
	}
	// Every ASCII byte, alone and between letters, at each offset of an
	// eight-byte step.
	for c := range utf8.RuneSelf {
		for pad := range 9 {
			checkWordSpansEach(t, strings.Repeat("a", pad)+string(rune(c))+strings.Repeat("b", 17-pad))
		}
	}
}
