package moderation

import (
	"strings"
	"testing"
)

// referencePrintableRun is printableRun a byte at a time.
func referencePrintableRun(s string) int {
	i := 0
	for i < len(s) && ' ' <= s[i] && s[i] <= '~' {
		i++
	}
	return i
}

// TestPrintableRunEveryPlace puts every byte at every place of the first
// two words and the tail, alone and followed by another byte outside the
// run (a borrow or carry must not move where the run ends).
func TestPrintableRunEveryPlace(t *testing.T) {
	for _, n := range []int{7, 8, 15, 16, 17, 24, 31, 33} {
		for p := range n {
			for c := range 256 {
				for _, after := range []string{"", "\x00", "\x1f", "\x7f", "\xff"} {
					b := []byte(strings.Repeat("x", n))
					b[p] = byte(c)
					if p+1 < n && after != "" {
						b[p+1] = after[0]
					}
					s := string(b)
					if got, want := printableRun(s), referencePrintableRun(s); got != want {
						t.Fatalf("printableRun(%q) = %d, want %d", s, got, want)
					}
				}
			}
		}
	}
}

// FuzzPrintableRun compares printableRun with the byte loop on any text.
func FuzzPrintableRun(f *testing.F) {
	for _, s := range []string{"", "plain words and more plain words\n", "abc\x1f\x20def", "0123456789abcdef\x7f\x80"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := printableRun(s), referencePrintableRun(s); got != want {
			t.Fatalf("printableRun(%q) = %d, want %d", s, got, want)
		}
	})
}
