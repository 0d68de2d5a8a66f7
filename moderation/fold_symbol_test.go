package moderation

import (
	"testing"
)

// TestSymbolsThatFoldToLettersAreWordLetters holds symbolSpelling's
// ranges to latinFold: every character that is no word letter by Unicode
// and that latinFold spells with ASCII letters or digits is a word letter
// to foldTextIn, Latin when its spelling starts with a letter, so that a
// word is weighed with the letters it gets from it (FuzzFold: "μΑⅢ").
func TestSymbolsThatFoldToLettersAreWordLetters(t *testing.T) {
	n := 0
	for r, s := range latinFold {
		if isWordLetter(r) || s == "" || !isASCIIAlnum(s[0]) {
			continue
		}
		n++
		want := uint8(classWordLetter | classApart)
		if 'a' <= s[0] && s[0] <= 'z' {
			want = classWordLetter | classLatin
		}
		if got := runeClassOf(r); got != want {
			t.Errorf("%U %q spelled %q: class %08b, want %08b", r, r, s, got, want)
		}
	}
	if n < 100 {
		t.Fatalf("only %d symbols spelled with letters or digits: the test reads the wrong table", n)
	}
}
