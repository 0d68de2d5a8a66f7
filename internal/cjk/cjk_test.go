package cjk

import (
	"strings"
	"testing"
	"unicode"

	"golang.org/x/net/idna"
	"golang.org/x/text/unicode/norm"
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

// IsFullStop is FullStops, and a browser's reading of a name agrees with
// BrowserStops: idna maps those to a dot and refuses the others.
func TestFullStops(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if IsFullStop(r) != strings.ContainsRune(FullStops, r) {
			t.Fatalf("IsFullStop(%U) = %v, FullStops says otherwise", r, IsFullStop(r))
		}
	}
	for _, r := range FullStops {
		a, err := idna.Lookup.ToASCII("spamsite" + string(r) + "com")
		if browser := strings.ContainsRune(BrowserStops, r); browser != (err == nil && a == "spamsite.com") {
			t.Errorf("%q: in BrowserStops %v, but idna reads spamsite%scom as %q, %v", r, browser, string(r), a, err)
		}
		if n := norm.NFKC.String(string(r)); n != "." && n != "。" {
			t.Errorf("%q: NFKC %q is no full stop", r, n)
		}
	}
}
