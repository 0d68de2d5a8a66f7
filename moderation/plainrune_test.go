package moderation

import (
	"strings"
	"testing"

	"github.com/rivo/uniseg"
	"github.com/stretchr/testify/assert"
	"golang.org/x/text/unicode/norm"
)

// isPlainPunct reports whether r is one of the punctuation marks that
// plainRuneLen passes.
func isPlainPunct(r rune) bool { return 0x2010 <= r && r <= 0x2027 }

// TestPlainRunes checks, for every character plainRuneLen accepts and only
// those, what length and isNormal rely on: it is a grapheme of its own
// next to ASCII and next to every other one, it is in Normalization Form C
// there, and normalise keeps it.
func TestPlainRunes(t *testing.T) {
	var plain []string
	for r := rune(0x80); r < 0x3000; r++ {
		s := string(r)
		want := 0
		switch {
		case 0xc0 <= r && r <= 0x24f:
			want = 2
		case isPlainPunct(r):
			want = 3
		}
		assert.Equal(t, want, plainRuneLen(s, 0), "%U", r)
		if want > 0 {
			plain = append(plain, s)
		}
	}
	for _, s := range plain {
		if uniseg.GraphemeClusterCount("a"+s+"b") != 3 || !norm.NFC.IsNormalString("a"+s+"b") {
			t.Errorf("%q joins ASCII or is not NFC", s)
		}
		if got := normalise("a"+s+"b", DefaultMaxCombiningMarks); got != "a"+s+"b" {
			t.Errorf("normalise changes %q to %q", "a"+s+"b", got)
		}
		for _, s2 := range plain {
			if uniseg.GraphemeClusterCount(s+s2) != 2 || !norm.NFC.IsNormalString(s+s2) {
				t.Errorf("%q %q join or are not NFC", s, s2)
			}
		}
	}
	for _, cut := range []string{"\xe2", "\xe2\x80", "\xe2\x80\xa6"[:2] + "a"} {
		assert.Equal(t, 0, plainRuneLen(cut, 0), "%q", cut)
	}
}

// punctSamples put the punctuation plainRuneLen passes where it matters:
// next to ASCII, Latin letters and each other, at the start and end, and
// before what joins it (combining marks, ZWJ, variation selectors).
var punctSamples = []string{
	"“quoted” — and … ‘single’ – done",
	"…", "a…", "…a", "……", "é…ü", "…é", "‘é’",
	"…\u0301", "x…\u0301\u0301y", "“\u0308", "—\u200d—", "…\u200d😀", "😀\u200d…",
	"…\ufe0f", "•\u20e3", "‐‑‒–—―‖‗‘’‚‛“”„‟†‡•‣․‥…‧",
	"a\u0301…", "\u0600…", "…\U0001F1E9\U0001F1EA", "🇩🇪…🇩🇪",
	strings.Repeat("plain ASCII words … ", 4) + "and “more”\u0301",
}

// TestIsNormalPunct checks isNormal, which passes the punctuation without
// the NFC tables, against normalising the text.
func TestIsNormalPunct(t *testing.T) {
	for _, s := range punctSamples {
		for _, maxMarks := range []int{-1, 0, 1, DefaultMaxCombiningMarks} {
			assert.Equal(t, normaliseCopy(s, maxMarks) == s, isNormal(s, maxMarks), "%q, %d marks", s, maxMarks)
		}
	}
}

// TestLengthPunct checks length, which counts the punctuation without
// uniseg, against the reference, on the samples as normalise leaves them.
func TestLengthPunct(t *testing.T) {
	for _, s := range punctSamples {
		s = normalise(s, DefaultMaxCombiningMarks)
		for _, u := range []Unit{Graphemes, Runes, UTF16, Bytes} {
			assert.Equal(t, referenceLength(s, u), length(s, u), "unit %v: %q", u, s)
		}
	}
}

// FuzzLengthPunct is FuzzLength seeded with the punctuation samples, so
// that its mutations put these characters next to anything.
func FuzzLengthPunct(f *testing.F) {
	for _, s := range punctSamples {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := normalise(s, DefaultMaxCombiningMarks)
		if got, want := isNormal(n, DefaultMaxCombiningMarks), normaliseCopy(n, DefaultMaxCombiningMarks) == n; got != want {
			t.Fatalf("isNormal(%q) = %v, want %v", n, got, want)
		}
		for _, u := range []Unit{Graphemes, Runes, UTF16, Bytes} {
			if got, want := length(n, u), referenceLength(n, u); got != want {
				t.Fatalf("unit %v: length(%q) = %d, want %d", u, n, got, want)
			}
		}
	})
}
