package cjk

import (
	"testing"
	"unicode"
)

// The two functions this package replaced, as linkify (isCJKLetter, and
// its callers' test for ー) and moderation (isCJKLetter) had them: every
// rune must read the same, so that moving them here changed nothing.
func linkifyLetterBefore(r rune) bool {
	return r >= '\u1100' && unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul)
}

func moderationLetterBefore(r rune) bool {
	return r >= '\u1100' && (unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul) || r == 'ー' || r == 'ｰ')
}

func TestLettersAsBefore(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if got, want := IsLetter(r), linkifyLetterBefore(r); got != want {
			t.Fatalf("IsLetter(%U) = %v, linkify had %v", r, got, want)
		}
		if got, want := IsWordLetter(r), moderationLetterBefore(r); got != want {
			t.Fatalf("IsWordLetter(%U) = %v, moderation had %v", r, got, want)
		}
	}
	for _, tc := range []struct {
		r            rune
		letter, word bool
	}{
		{'字', true, true}, {'か', true, true}, {'カ', true, true}, {'한', true, true},
		{'ー', false, true}, {'ｰ', false, true}, {'a', false, false}, {'。', false, false}, {'ᄀ', true, true},
	} {
		if IsLetter(tc.r) != tc.letter || IsWordLetter(tc.r) != tc.word {
			t.Errorf("%q: IsLetter %v, IsWordLetter %v; want %v, %v", tc.r, IsLetter(tc.r), IsWordLetter(tc.r), tc.letter, tc.word)
		}
	}
}
