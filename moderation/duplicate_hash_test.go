package moderation

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// wordHash tells apart words that its short reads could confuse: every
// length from 0 to 20 over a two-letter alphabet with a zero byte, and
// words that differ only in a byte the 1-to-3-byte read skips.
func TestWordHashDistinct(t *testing.T) {
	seen := map[uint64]string{}
	add := func(w string) {
		h := wordHash(w)
		if other, ok := seen[h]; ok {
			require.Equal(t, other, w, "%q and %q share a hash", other, w)
		}
		seen[h] = w
	}
	// Every word of up to 9 bytes over {a, b, \x00}: 29,524 words.
	var gen func(prefix string)
	gen = func(prefix string) {
		add(prefix)
		if len(prefix) < 9 {
			for _, c := range []string{"a", "b", "\x00"} {
				gen(prefix + c)
			}
		}
	}
	gen("")
	for n := 10; n <= 20; n++ {
		for i := 0; i < n; i++ {
			add(strings.Repeat("a", i) + "b" + strings.Repeat("a", n-i-1))
			add(strings.Repeat("a", n))
		}
	}
}

// The shingle hashes of a long text are well mixed: each bit is set in
// about half of them, which min-hash needs for its smallest hashes to be
// a fair sample of the shingles.
func TestShingleHashBits(t *testing.T) {
	words := splitWords(foldText(normalise(plainText(64<<10), DefaultMaxCombiningMarks)))
	var count [64]int
	n := 0
	var w0, w1 uint64
	distinct := map[string]bool{}
	for i, w := range words {
		h := wordHash(w)
		if i >= 2 {
			key := words[i-2] + " " + words[i-1] + " " + w
			if !distinct[key] {
				distinct[key] = true
				sh := shingleHash(w0, w1, h)
				for b := range 64 {
					count[b] += int(sh >> b & 1)
				}
				n++
			}
		}
		w0, w1 = w1, h
	}
	require.Greater(t, n, 80)
	for b, c := range count {
		// Four standard deviations of a fair coin over n tries.
		assert.InDelta(t, n/2, c, 2*float64(sqrtInt(n))+1, "bit %d set in %d of %d shingles", b, c, n)
	}
}

func sqrtInt(n int) int {
	r := 0
	for (r+1)*(r+1) <= n {
		r++
	}
	return r
}
