package moderation

import (
	"unicode/utf8"

	"github.com/rivo/uniseg"
)

// length returns the length of text in unit u.
func length(text string, u Unit) int {
	if u == Bytes {
		return len(text)
	}
	if allASCII(text) {
		// Fast path: in ASCII every byte is one rune, one UTF-16 unit and,
		// as normalise leaves no CR (CR LF is the one ASCII pair that makes
		// a single grapheme), one grapheme.
		return len(text)
	}
	switch u {
	case Runes:
		return utf8.RuneCountInString(text)
	case UTF16:
		n := 0
		for _, r := range text {
			n++
			if r > 0xffff {
				n++ // a surrogate pair
			}
		}
		return n
	}
	return uniseg.GraphemeClusterCount(text)
}

func allASCII(s string) bool {
	for i := range len(s) {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
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
