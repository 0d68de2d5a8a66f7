package moderation

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestShinglesEveryLength holds shinglesInto, which hashes the words of
// one to eight bytes itself, to textShingles, which calls wordHash for
// each word: for words of every length from 1 to 20 bytes, each among
// words of other lengths, at the start, middle and end of the text.
func TestShinglesEveryLength(t *testing.T) {
	other := strings.Fields("a bb ccc dddd eeeee ffffff ggggggg hhhhhhhh iiiiiiiii jjjjjjjjjjjjjjjj")
	for n := 1; n <= 20; n++ {
		word := strings.Repeat("x", n-1) + string(rune('a'+n%26))
		for _, at := range []int{0, 5, len(other)} {
			t.Run(word, func(t *testing.T) {
				words := append(append(append([]string{}, other[:at]...), word), other[at:]...)
				var buf [dupKeys]uint64
				id, sketch := shinglesInto(wordsOf(words), &buf)
				wantID, wantSketch := textShingles(words)
				require.Equal(t, wantID, id)
				require.Equal(t, wantSketch, sketch)
			})
		}
	}
}
