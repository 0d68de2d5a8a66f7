package moderation

import (
	"fmt"
	"strings"
	"testing"
)

// BenchmarkNormaliseCopy times the copying path of normalise, which text
// takes when it needs changes (here CRLF line ends and spaces at line
// ends), without tags to place: the path every Check takes for such text,
// which inline tags must not slow.
func BenchmarkNormaliseCopy(b *testing.B) {
	line := "Some prose, with a link https://go.dev/doc and caf\u00e9 au lait.  \r\n"
	for _, size := range []int{1 << 10, 8 << 10} {
		text := strings.Repeat(line, size/len(line))
		b.Run(fmt.Sprintf("size=%dKB", size>>10), func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			loop(b, func() { normaliseCopy(text, DefaultMaxCombiningMarks) })
		})
	}
}

// BenchmarkNormaliseComposed times normalising text that composing to NFC
// changes, made of the mark stacks that come out of it over the cap
// (U+0344 decomposes into two marks): the path of the second pass.
func BenchmarkNormaliseComposed(b *testing.B) {
	unit := "x\u0301\u0301\u0301\u0344 "
	for _, size := range []int{8 << 10, 64 << 10} {
		text := strings.Repeat(unit, size/len(unit))
		b.Run(fmt.Sprintf("size=%dKB", size>>10), func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			loop(b, func() { normalise(text, DefaultMaxCombiningMarks) })
		})
	}
}

// BenchmarkNormaliseDecomposed times normalising text typed with its
// accents decomposed (NFD, as some keyboards and macOS file names give
// it): every accent is a mark after an ASCII letter, a stretch the quick
// NFC check cannot settle.
func BenchmarkNormaliseDecomposed(b *testing.B) {
	line := "Le cafe\u0301 e\u0301tait tre\u0300s cre\u0300me, de\u0301ja\u0300 a\u0300 co\u0302te\u0301 de l'ho\u0302tel.\n"
	for _, size := range []int{1 << 10, 8 << 10} {
		text := strings.Repeat(line, size/len(line))
		b.Run(fmt.Sprintf("size=%dKB", size>>10), func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			loop(b, func() { normalise(text, DefaultMaxCombiningMarks) })
		})
	}
}
