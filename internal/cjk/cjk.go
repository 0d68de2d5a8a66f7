// Package cjk holds the tests for Chinese, Japanese and Korean letters and
// for the full stops of those scripts that linkify and moderation both
// read, so that the two packages read a name or an address the same way.
package cjk

import "unicode"

// IsLetter reports whether r is a Han, kana or Hangul letter (none is
// below U+1100, Hangul Jamo).
func IsLetter(r rune) bool {
	return r >= '\u1100' && unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul)
}

// IsWordLetter reports whether r is a letter of a Chinese, Japanese or
// Korean word: IsLetter, or the prolonged sound mark ー (or the halfwidth
// ｰ) that ends many katakana words ("サーバー") and that Unicode puts in
// no script.
func IsWordLetter(r rune) bool {
	return IsLetter(r) || r == 'ー' || r == 'ｰ'
}
