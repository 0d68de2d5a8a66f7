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
