// Package cjk holds the tests for Chinese, Japanese and Korean letters and
// for the full stops a name may be typed with, which linkify and moderation
// both read, so that the two packages read a name or an address the same
// way.
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

// Full stops that a name or an address may be typed with for its dot.
const (
	IdeographicFullStop = '\u3002' // 。
	FullwidthFullStop   = '\uFF0E' // ．
	HalfwidthFullStop   = '\uFF61' // ｡
	SmallFullStop       = '\uFE52' // ﹒
	VerticalFullStop    = '\uFE12' // ︒, the presentation form of 。 in vertical text
	OneDotLeader        = '\u2024' // ․
)

// FullStops are the full stops a name may be typed with for its dot: the
// ideographic 。, the full-width ． and the halfwidth ｡, which the URL
// standard maps to a label's dot (BrowserStops), and the small ﹒, the
// vertical ︒ and the one dot leader ․, which NFKC maps to "." or "。" but
// IDNA refuses: no browser opens a name written with them, while every
// reader reads them as its dot.
const FullStops = BrowserStops + string(SmallFullStop) + string(VerticalFullStop) + string(OneDotLeader)

// BrowserStops are the full stops of FullStops that a browser reads as a
// label's dot.
const BrowserStops = string(IdeographicFullStop) + string(FullwidthFullStop) + string(HalfwidthFullStop)

// IsFullStop reports whether r is one of FullStops.
func IsFullStop(r rune) bool {
	switch r {
	case IdeographicFullStop, FullwidthFullStop, HalfwidthFullStop, SmallFullStop, VerticalFullStop, OneDotLeader:
		return true
	}
	return false
}
