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
