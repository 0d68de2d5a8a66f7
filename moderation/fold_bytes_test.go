package moderation

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestHasCapitalOrNonASCII checks the eight-bytes-at-a-time test of
// capitalOrNonASCII against the byte-by-byte one, with each of the 256 byte
// values at each of the eight places.
func TestHasCapitalOrNonASCII(t *testing.T) {
	for place := 0; place < 8; place++ {
		for c := 0; c < 256; c++ {
			b := []byte("az09 .@~")
			b[place] = byte(c)
			want := false
			for _, x := range b {
				want = want || ('A' <= x && x <= 'Z') || x >= 0x80
			}
			assert.Equal(t, want, hasCapitalOrNonASCII(le64(string(b))), "%q", b)
		}
	}
}
