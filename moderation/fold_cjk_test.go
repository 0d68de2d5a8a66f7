package moderation

import (
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestPlainCJKLetters: every rune isPlainCJKLetter takes has the classes,
// the script and the folding the general functions give it, is a word
// letter, and is none of what isNormal looks for beyond NFC (a dropped
// character, white space, a joiner, an invisible that leans on a
// neighbour, a mark); the runes just outside each block are left to the
// general functions.
func TestPlainCJKLetters(t *testing.T) {
	blocks := [][2]rune{{0x3041, 0x3096}, {0x30a1, 0x30fa}, {0x3400, 0x4dbf}, {0x4e00, 0x9fff}, {0xac00, 0xd7a3}}
	for _, b := range blocks {
		for _, r := range []rune{b[0] - 1, b[1] + 1} {
			inOther := false
			for _, o := range blocks {
				inOther = inOther || o[0] <= r && r <= o[1]
			}
			if isPlainCJKLetter(r) != inOther {
				t.Errorf("isPlainCJKLetter(%U) = %v at the edge of %U–%U", r, !inOther, b[0], b[1])
			}
		}
		for r := b[0]; r <= b[1]; r++ {
			if !isPlainCJKLetter(r) {
				t.Fatalf("isPlainCJKLetter(%U) is false", r)
			}
			if c := runeClassSlow(r); c != plainCJKClass {
				t.Fatalf("runeClassSlow(%U) = %#x, want %#x", r, c, plainCJKClass)
			}
			if !isWordLetter(r) || isDropped(r) || isSpace(r) || isJoiner(r) || leansOn(r) || unicode.In(r, unicode.Mn, unicode.Me) {
				t.Fatalf("%U is no plain letter to isWordLetter or to normalise", r)
			}
			if s := scriptOfSlow(r); s != plainCJKScript {
				t.Fatalf("scriptOfSlow(%U) = %#x, want %#x", r, s, plainCJKScript)
			}
			for _, look := range []bool{false, true} {
				if got, want := string(appendFoldedRuneSlow(nil, r, look)), string(utf8.AppendRune(nil, r)); got != want {
					t.Fatalf("appendFoldedRuneSlow(%U, %v) = %q, want %q", r, look, got, want)
				}
			}
		}
	}
}
