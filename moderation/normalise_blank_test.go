package moderation

import (
	"testing"
	"unicode"
	"unicode/utf8"
)

// defaultIgnorable is the Default_Ignorable_Code_Point property of the
// Unicode Character Database (DerivedCoreProperties.txt, unchanged from
// Unicode 7.0 to 16.0), which the unicode package does not carry. It is
// written out here, apart from what normalise.go keeps, so that the tests
// below check normalise against the standard, not against itself.
var defaultIgnorable = &unicode.RangeTable{
	R16: []unicode.Range16{
		{Lo: 0x00ad, Hi: 0x00ad, Stride: 1},
		{Lo: 0x034f, Hi: 0x034f, Stride: 1},
		{Lo: 0x061c, Hi: 0x061c, Stride: 1},
		{Lo: 0x115f, Hi: 0x1160, Stride: 1},
		{Lo: 0x17b4, Hi: 0x17b5, Stride: 1},
		{Lo: 0x180b, Hi: 0x180f, Stride: 1},
		{Lo: 0x200b, Hi: 0x200f, Stride: 1},
		{Lo: 0x202a, Hi: 0x202e, Stride: 1},
		{Lo: 0x2060, Hi: 0x206f, Stride: 1},
		{Lo: 0x3164, Hi: 0x3164, Stride: 1},
		{Lo: 0xfe00, Hi: 0xfe0f, Stride: 1},
		{Lo: 0xfeff, Hi: 0xfeff, Stride: 1},
		{Lo: 0xffa0, Hi: 0xffa0, Stride: 1},
		{Lo: 0xfff0, Hi: 0xfff8, Stride: 1},
	},
	R32: []unicode.Range32{
		{Lo: 0x1bca0, Hi: 0x1bca3, Stride: 1},
		{Lo: 0x1d173, Hi: 0x1d17a, Stride: 1},
		{Lo: 0xe0000, Hi: 0xe0fff, Stride: 1},
	},
}

// isBlankRune reports whether r shows nothing a reader could see as text:
// Unicode White_Space, a default-ignorable code point, a control
// character, or the braille blank U+2800 (a blank cell, which is drawn
// as empty as a space).
func isBlankRune(r rune) bool {
	return unicode.In(r, unicode.White_Space, unicode.Cc, defaultIgnorable) || r == '\u2800'
}

// requireVisible fails t unless text, a comment's Text, is empty or holds
// at least one character that is not blank (isBlankRune).
func requireVisible(t *testing.T, text string) {
	t.Helper()
	if text == "" {
		return
	}
	for _, r := range text {
		if !isBlankRune(r) {
			return
		}
	}
	t.Fatalf("Text %q shows nothing: every character is space or invisible", text)
}

// TestNormaliseBlankRunes checks every blank character (isBlankRune), in
// the shapes a comment that shows nothing takes: alone, doubled, among
// spaces and line breaks, and as the blank lines between two paragraphs,
// which are cut to two.
func TestNormaliseBlankRunes(t *testing.T) {
	for _, table := range []*unicode.RangeTable{unicode.White_Space, defaultIgnorable, unicode.Cc} {
		for _, r16 := range table.R16 {
			for r := rune(r16.Lo); r <= rune(r16.Hi); r += rune(r16.Stride) {
				checkBlankRune(t, r)
			}
		}
		for _, r32 := range table.R32 {
			for r := rune(r32.Lo); r <= rune(r32.Hi); r += rune(r32.Stride) {
				checkBlankRune(t, r)
			}
		}
	}
	checkBlankRune(t, '\u2800')
}

func checkBlankRune(t *testing.T, r rune) {
	t.Helper()
	s := string(r)
	for _, body := range []string{s, s + s, " " + s + "\n" + s + "\t\n" + s} {
		if got := normalise(body, DefaultMaxCombiningMarks); got != "" {
			t.Errorf("%U: normalise(%q) = %q, want it empty", r, body, got)
		}
	}
	body := "one\n" + s + "\n" + s + s + "\n" + s + "\n\n" + s + "\ntwo"
	if got := normalise(body, DefaultMaxCombiningMarks); got != "one\n\n\ntwo" {
		t.Errorf("%U: normalise(%q) = %q, want two blank lines", r, body, got)
	}
}

// TestNormaliseKeepsSomethingVisible checks, for every character of the
// planes in use (0 to 3, and 14: tags and variation selectors) alone,
// doubled and between spaces, that what normalise keeps is nothing or
// holds a character that is not blank: an invisible character stays only
// next to one it means something with.
func TestNormaliseKeepsSomethingVisible(t *testing.T) {
	check := func(r rune) {
		s := string(r)
		for _, body := range []string{s, s + s, " " + s + " ", "\n" + s + s + "\n"} {
			got := normalise(body, DefaultMaxCombiningMarks)
			visible := got == ""
			for _, c := range got {
				visible = visible || !isBlankRune(c)
			}
			if !visible {
				t.Errorf("%U: normalise(%q) = %q shows nothing", r, body, got)
			}
		}
	}
	for r := rune(0); r < 0x40000; r++ {
		if !unicode.Is(unicode.Cs, r) {
			check(r)
		}
	}
	for r := rune(0xe0000); r < 0xe1000; r++ {
		check(r)
	}
}

// TestMayBeOdd checks that mayBeOdd, which lets normalise skip its other
// tests for most characters, is true for every character they are true
// for.
func TestMayBeOdd(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		odd := isDropped(r) || isSpace(r) || leansOn(r) || isJoiner(r) || isNoBreakSpace(r) || r == utf8.RuneError
		if odd && !mayBeOdd(r) {
			t.Errorf("mayBeOdd(%U) is false", r)
		}
	}
}

// TestIsSpace checks isSpace, which settles most characters by their
// range, against the White_Space table (and the braille blank).
func TestIsSpace(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if want := unicode.IsSpace(r) || r == '\u2800'; isSpace(r) != want {
			t.Errorf("isSpace(%U) = %v, want %v", r, !want, want)
		}
	}
}
