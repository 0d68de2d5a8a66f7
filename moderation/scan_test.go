package moderation

import (
	"strings"
	"testing"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/rivo/uniseg"
	"github.com/stretchr/testify/assert"
	"golang.org/x/text/unicode/norm"
)

// TestASCIIPrefix checks the word-at-a-time scan against a byte loop, with
// the first non-ASCII byte at every position of strings up to 40 bytes, so
// that each of its loops ends at each place in a word.
func TestASCIIPrefix(t *testing.T) {
	for n := 0; n <= 40; n++ {
		s := strings.Repeat("a", n)
		assert.Equal(t, n, asciiPrefix(s), "all ASCII, %d bytes", n)
		for at := 0; at < n; at++ {
			b := []byte(s)
			b[at] = 0x80 | byte(at)
			assert.Equal(t, at, asciiPrefix(string(b)), "%d bytes, non-ASCII at %d", n, at)
		}
	}
}

// referenceLength is length without its shortcuts.
func referenceLength(text string, u Unit) int {
	switch u {
	case Bytes:
		return len(text)
	case Runes:
		return utf8.RuneCountInString(text)
	case UTF16:
		return len(utf16.Encode([]rune(text)))
	}
	n := 0
	for g := uniseg.NewGraphemes(text); g.Next(); {
		n += 1 + max(0, len(g.Runes())-maxClusterRunes)
	}
	return n
}

// lengthSamples are normalised texts with non-ASCII at the start, the end,
// after long ASCII runs and between single ASCII characters.
var lengthSamples = []string{
	"", "a", "é", "e\u0301", "plain ASCII text that is longer than sixteen bytes",
	"Café in Zürich, then a long stretch of plain ASCII words after it",
	"a long stretch of plain ASCII words, then 👍🏽 and a flag 🇩🇪 at the end 🇩🇪",
	"1\ufe0f\u20e3 keycaps, 日本語のテキスト, x\u0301y\u0301z, 한국어",
	strings.Repeat("sixteen bytes!! ", 5) + "👨\u200d👩\u200d👧",
	"\U0001F600\U0001F600a\U0001F600",
	"éé\u0301 üx\u0308 ñ\u200dñ ł\U0001F600 ș\u0600ă Ɏ ɐ, à la carte",
	"\u0600é \u0915\u094dé é\u0915 ÿ\U0001F1E9\U0001F1EA",
	"a " + strings.Repeat("👍\u200d", 20) + "👍 and " + strings.Repeat("\u1100", 30) + " b",
}

// TestLatin2 checks, for every character isLatin2 accepts and only
// those, what length and isNormal rely on: it is a grapheme of its own
// next to ASCII and next to every other one, and stays in Normalization
// Form C.
func TestLatin2(t *testing.T) {
	for r := rune(0x80); r < 0x800; r++ {
		s := string(r)
		latin := 0xc0 <= r && r <= 0x24f
		assert.Equal(t, latin, isLatin2(s, 0), "%U", r)
		if !latin {
			continue
		}
		if uniseg.GraphemeClusterCount("a"+s+"b") != 3 || !norm.NFC.IsNormalString("a"+s+"b") {
			t.Errorf("%U joins ASCII or is not NFC", r)
		}
		for r2 := rune(0xc0); r2 <= 0x24f; r2++ {
			if s2 := s + string(r2); uniseg.GraphemeClusterCount(s2) != 2 || !norm.NFC.IsNormalString(s2) {
				t.Errorf("%U %U join or are not NFC", r, r2)
			}
		}
	}
	assert.False(t, isLatin2("\xc3", 0), "cut short")
	assert.False(t, isLatin2("\xc3A", 0), "no continuation byte")
}

// TestIsNormalLatin checks isNormal, which passes Latin letters without
// the NFC tables, against normalising the text.
func TestIsNormalLatin(t *testing.T) {
	for _, s := range append(lengthSamples, "e\u0301", "é\u0301", "ạ\u0302", "Å\u030a", "a\u0323\u0302é") {
		assert.Equal(t, normaliseCopy(s, -1) == s, isNormal(s, -1), "%q", s)
	}
}

func TestLengthMatchesReference(t *testing.T) {
	for _, u := range []Unit{Graphemes, Runes, UTF16, Bytes} {
		for _, s := range lengthSamples {
			assert.Equal(t, referenceLength(s, u), length(s, u), "unit %v: %q", u, s)
		}
	}
}

// FuzzLength checks length in every unit against the reference on any
// normalised text.
func FuzzLength(f *testing.F) {
	for _, s := range lengthSamples {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		s = normalise(s, DefaultMaxCombiningMarks)
		for _, u := range []Unit{Graphemes, Runes, UTF16, Bytes} {
			if got, want := length(s, u), referenceLength(s, u); got != want {
				t.Fatalf("unit %v: length(%q) = %d, want %d", u, s, got, want)
			}
		}
	})
}
