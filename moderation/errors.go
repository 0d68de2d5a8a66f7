package moderation

import (
	"errors"
	"strconv"
)

// The errors a commenter can fix. Check returns them wrapped in a
// *[LengthError], which carries the numbers; test for them with errors.Is and
// read the numbers with errors.As. They are not verdicts: a comment that is
// too long is not spam, it is a comment to shorten.
var (
	// ErrEmpty: nothing is left of the comment once HTML is stripped and
	// the text normalised.
	ErrEmpty = errors.New("moderation: comment is empty")
	// ErrTooShort: the comment is shorter than Config.MinLength.
	ErrTooShort = errors.New("moderation: comment is too short")
	// ErrTooLong: the comment is longer than Config.MaxLength.
	ErrTooLong = errors.New("moderation: comment is too long")
	// ErrTooLarge: the Body is over Config.MaxBytes; it was not parsed.
	ErrTooLarge = errors.New("moderation: comment is too large")
)

// LengthError is the error for a comment of the wrong size. Err is one of
// ErrEmpty, ErrTooShort, ErrTooLong and ErrTooLarge (errors.Is sees it).
// Error returns a sentence a site can show the commenter as it is, such as
// "Your comment is 8,193 characters long; the limit is 8,192."
type LengthError struct {
	Err    error // ErrEmpty, ErrTooShort, ErrTooLong or ErrTooLarge
	Length int   // the size of the comment, in Unit
	Limit  int   // the limit it broke, in Unit
	Unit   Unit  // Bytes for ErrTooLarge; Config.Unit otherwise
}

// Error returns the message for the commenter.
func (e *LengthError) Error() string {
	switch e.Err {
	case ErrEmpty:
		return "Your comment is empty."
	case ErrTooShort:
		return "Your comment is " + countIn(e.Length, e.Unit) + " long; the minimum is " + thousands(e.Limit) + "."
	case ErrTooLarge:
		// In bytes, which the commenter does not count: a comment of
		// emoji made of many code points meets MaxBytes before a counter
		// of characters shows the limit. So the message says what to do.
		return "Your comment is too large to accept (" + countIn(e.Length, Bytes) + "; the limit is " + countIn(e.Limit, Bytes) + "). Please shorten it."
	}
	// ErrTooLong
	return "Your comment is " + countIn(e.Length, e.Unit) + " long; the limit is " + thousands(e.Limit) + "."
}

// Unwrap returns Err, for errors.Is.
func (e *LengthError) Unwrap() error { return e.Err }

// countIn writes n with its unit as a person reads it: "1 character",
// "8,193 characters", "70,000 bytes".
func countIn(n int, u Unit) string {
	word := "character"
	if u == Bytes {
		word = "byte"
	}
	if n != 1 {
		word += "s"
	}
	return thousands(n) + " " + word
}

// thousands formats n with commas between groups of three digits, the way
// an English-language site shows a count ("8,192").
func thousands(n int) string {
	s := strconv.Itoa(n)
	neg := n < 0
	if neg {
		s = s[1:]
	}
	out := make([]byte, 0, len(s)+len(s)/3+1)
	if neg {
		out = append(out, '-')
	}
	for i := range len(s) {
		if i > 0 && (len(s)-i)%3 == 0 {
			out = append(out, ',')
		}
		out = append(out, s[i])
	}
	return string(out)
}
