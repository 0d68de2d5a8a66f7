package moderation

import (
	"strings"
	"testing"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/rivo/uniseg"
	"github.com/stretchr/testify/assert"
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
	return uniseg.GraphemeClusterCount(text)
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
