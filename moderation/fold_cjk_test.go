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
// neighbour, a mark); and it takes the runes of its blocks, no more.
func TestPlainCJKLetters(t *testing.T) {
	// Every rune, not only the blocks' own: a range added by mistake
	// anywhere (review 21 L3) has a rune the general functions disagree
	// about.
	n := 0
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if !isPlainCJKLetter(r) {
			continue
		}
		n++
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
	// The blocks of the doc: Hiragana and Katakana letters, Extension A,
	// the Unified Ideographs, the Hangul syllables.
	if want := (0x3096 - 0x3041 + 1) + (0x30fa - 0x30a1 + 1) + (0x4dbf - 0x3400 + 1) + (0x9fff - 0x4e00 + 1) + (0xd7a3 - 0xac00 + 1); n != want {
		t.Errorf("isPlainCJKLetter takes %d runes, want %d", n, want)
	}
}
