package moderation

import (
	"strings"
	"testing"
)

// leetTriggersBefore is the eight-byte test of nextLeetTrigger as it was
// before eab5b2d: the range '0' to '@' in one test, and '$'. It is kept
// as an oracle for nextLeetTriggerBefore.
func leetTriggersBefore(x uint64) bool {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	low := x &^ highs
	digitOrAt := (low + ones*(0x80-'0')) &^ (low + ones*(0x80-'@'-1))
	d := x ^ ones*'$'
	dollar := (d - ones) &^ d
	return (digitOrAt|dollar)&highs != 0
}

// nextLeetTriggerBefore is nextLeetTrigger as it was before eab5b2d and
// bc7003e: eight bytes a step, with the wider test above.
func nextLeetTriggerBefore(s string, i int) int {
	for {
		for i+8 <= len(s) && !leetTriggersBefore(le64(s[i:])) {
			i += 8
		}
		for end := min(i+8, len(s)); i < end; i++ {
			if isLeetTrigger(s[i]) {
				return i
			}
		}
		if i == len(s) {
			return i
		}
	}
}

// TestNextLeetTriggerEveryByte holds nextLeetTrigger (sixteen and eight
// bytes a step, an exact test for ASCII) to the version before it and
// to reading each byte: every byte value at every place of texts of 0 to
// 40 bytes, so on each side of the 8- and 16-byte steps and of the
// string's end, in texts of a letter, of ':' (the old false alarm) and of
// bytes from 0x80 whose low seven bits are a digit, '@' or '$' (the new
// one's false alarms), from every start up to just past that place.
func TestNextLeetTriggerEveryByte(t *testing.T) {
	for _, fill := range []string{"a", ":", "\xb0", "\xc0", "\xa4", "\xff"} {
		for n := 0; n <= 40; n++ {
			b := []byte(strings.Repeat(fill, n))
			for place := 0; place < max(n, 1); place++ {
				for c := 0; c < 256; c++ {
					if n > 0 {
						b[place] = byte(c)
					}
					s := string(b)
					want := n // the fill has no trigger
					for i := min(place+1, n); i >= 0; i-- {
						if i < n && isLeetTrigger(s[i]) {
							want = i
						}
						got, before := nextLeetTrigger(s, i), nextLeetTriggerBefore(s, i)
						if got != want || before != want {
							t.Fatalf("nextLeetTrigger(%q, %d) = %d, before %d, want %d", s, i, got, before, want)
						}
					}
					if n == 0 {
						break
					}
				}
				if n > 0 {
					b[place] = fill[0]
				}
			}
		}
	}
}
