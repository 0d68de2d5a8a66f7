package moderation

import (
	"math/bits"
	"unicode/utf8"

	"github.com/rivo/uniseg"
)

// length returns the length of text in unit u.
func length(text string, u Unit) int {
	if u == Bytes {
		return len(text)
	}
	// The ASCII that starts text is counted once, not read again: in
	// ASCII every byte is one rune, one UTF-16 unit and, as normalise
	// leaves no CR (CR LF is the one ASCII pair that makes a single
	// grapheme), one grapheme.
	a := asciiPrefix(text)
	if a == len(text) {
		return a
	}
	switch u {
	case Runes:
		return a + utf8.RuneCountInString(text[a:])
	case UTF16:
		n := a
		for _, r := range text[a:] {
			n++
			if r > 0xffff {
				n++ // a surrogate pair
			}
		}
		return n
	}
	return graphemesFrom(text, a)
}

// graphemesFrom counts the grapheme clusters of text, whose first a bytes
// are known to be ASCII. Two ASCII characters always have a cluster
// boundary between them (CR LF, the one exception, never reaches here),
// so uniseg only reads the non-ASCII stretches, each with the ASCII
// character on either side, which an accent or a keycap may join to; the
// rest is counted a byte at a time.
func graphemesFrom(text string, a int) int {
	n := a
	for i := a; i < len(text); {
		if text[i] < utf8.RuneSelf {
			j := i + asciiPrefix(text[i:])
			n += j - i
			i = j
			continue
		}
		if k := plainRuneLen(text, i); k > 0 && (i+k == len(text) || text[i+k] < utf8.RuneSelf || plainRuneLen(text, i+k) > 0) {
			n++ // a letter such as "é", or "…", between characters that join nothing
			i += k
			continue
		}
		start := i
		if start > 0 {
			// The character before (ASCII or a Latin letter), already
			// counted.
			_, size := utf8.DecodeLastRuneInString(text[:start])
			start -= size
			n--
		}
		// The stretch ends at the first ASCII character followed by another
		// ASCII character, a plain rune (plainRuneLen) or the end, which is
		// taken in.
		end := i
		for end < len(text) {
			if text[end] >= utf8.RuneSelf {
				end++
				continue
			}
			if end+1 >= len(text) || text[end+1] < utf8.RuneSelf || plainRuneLen(text, end+1) > 0 {
				end++ // the ASCII character after; a boundary follows it
				break
			}
			end++ // a lone ASCII character between non-ASCII ones
		}
		n += clusterCount(text[start:end])
		i = end
	}
	return n
}

// maxClusterRunes is how many code points a grapheme cluster may have and
// still count as one character. The longest emoji sequence Unicode
// recommends (a kiss or a couple with two skin tones, Unicode Technical
// Standard #51) has 10; a longer cluster is characters chained to pass as
// one: a thousand emoji with ZWJ between them, or a run of Hangul leading
// jamo, are one cluster each by the rules of UAX #29 but drawn as a
// thousand. So each code point past the tenth counts as one more: a
// comment cannot get past MaxLength by chaining.
const maxClusterRunes = 10

// clusterCount counts the grapheme clusters of s, with a cluster of more
// than maxClusterRunes code points counted as one plus those past the
// limit.
func clusterCount(s string) int {
	n := 0
	state := -1
	for len(s) > 0 {
		var c string
		c, s, _, state = uniseg.FirstGraphemeClusterInString(s, state)
		n++
		if len(c) > maxClusterRunes { // fewer bytes cannot hold more runes
			if r := utf8.RuneCountInString(c); r > maxClusterRunes {
				n += r - maxClusterRunes
			}
		}
	}
	return n
}

// plainRuneLen returns the length in bytes of the character that starts
// text[i:] if it is a Latin letter of U+00C0 to U+024F (two bytes in
// UTF-8; TestLatin2 checks every one) or the punctuation of U+2010 to U+2027 (dashes, curly
// quotes, bullet, "…", three bytes), else 0. Like the letters, each of those
// punctuation marks is a grapheme of its own next to ASCII or to any
// other of these characters, is in Normalization Form C and composes with
// nothing before it; normalise keeps each as it is. So length and isNormal
// pass them without uniseg or the NFC tables: real comments hold many
// curly quotes and dashes, and a comment in HTML the "…" of &hellip;
// (TestPlainRunes checks every one).
func plainRuneLen(text string, i int) int {
	if i+1 >= len(text) {
		return 0
	}
	b0, b1 := text[i], text[i+1]
	if b0 == 0xe2 {
		if b1 == 0x80 && i+2 < len(text) && text[i+2]-0x90 <= 0xa7-0x90 {
			return 3
		}
		return 0
	}
	if b1&0xc0 == 0x80 && (b0-0xc3 <= 0xc8-0xc3 || (b0 == 0xc9 && b1 <= 0x8f)) {
		return 2 // a Latin letter: a lead byte, then a continuation byte
	}
	return 0
}

// asciiPrefix returns the length of the ASCII bytes that start s, reading
// sixteen at a time as two words (the loads of le64 compile to one
// instruction each) and finding the first non-ASCII byte of a word by its
// high bit.
func asciiPrefix(s string) int {
	const highs = 0x8080808080808080
	i := 0
	for ; i+16 <= len(s); i += 16 {
		if (le64(s[i:])|le64(s[i+8:]))&highs != 0 {
			break
		}
	}
	for ; i+8 <= len(s); i += 8 {
		if w := le64(s[i:]) & highs; w != 0 {
			return i + bits.TrailingZeros64(w)/8
		}
	}
	for i < len(s) && s[i] < utf8.RuneSelf {
		i++
	}
	return i
}

// checkLength returns the *LengthError for a text of n units, or nil.
func (m *Moderator) checkLength(n int) error {
	min, max := m.cfg.MinLength, m.cfg.MaxLength
	switch {
	case n == 0 && min > 0:
		return &LengthError{Err: ErrEmpty, Length: 0, Limit: min, Unit: m.cfg.Unit}
	case n < min:
		return &LengthError{Err: ErrTooShort, Length: n, Limit: min, Unit: m.cfg.Unit}
	case max > 0 && n > max:
		return &LengthError{Err: ErrTooLong, Length: n, Limit: max, Unit: m.cfg.Unit}
	}
	return nil
}
