package moderation

import (
	"fmt"
	"strings"
	"testing"
)

// BenchmarkNormalise times normalising text that needs changes, at two
// sizes each, so that MB/s shows the cost per byte staying level:
//   - copy: CRLF line ends and spaces at line ends, through the copying
//     path with no tags to place, the path every Check takes for such text,
//     which inline tags must not slow;
//   - composed: mark stacks that composing to NFC takes over the cap
//     (U+0344 decomposes into two marks), the path of the second pass;
//   - decomposed: accents typed decomposed (NFD, as some keyboards and
//     macOS file names give them), each a mark after an ASCII letter, a
//     stretch the quick NFC check cannot settle;
//   - cjk: Japanese prose with ideographic spaces and CRLF line ends,
//     through the copying path: each character is read one at a time,
//     and asked whether it is white space or invisible;
//   - emoji: emoji with skin tones, variation selectors and the tag
//     characters of a flag, which stay, and CRLF line ends.
func BenchmarkNormalise(b *testing.B) {
	inputs := []struct {
		name, unit string
		sizes      []int
		normalise  func(string, int) string
	}{
		{"copy", "Some prose, with a link https://go.dev/doc and caf\u00e9 au lait.  \r\n", []int{1 << 10, 8 << 10}, normaliseCopy},
		{"composed", "x\u0301\u0301\u0301\u0344 ", []int{8 << 10, 64 << 10}, normalise},
		{"cjk", "\u65e5\u672c\u8a9e\u306e\u6587\u7ae0\u3067\u3059\u3002\u3000\u53e5\u8aad\u70b9\u3001\u300c\u304b\u304e\u62ec\u5f27\u300d\u3082\u3002\r\n", []int{1 << 10, 8 << 10}, normaliseCopy},
		{"emoji", "Great \U0001F44D\U0001F3FD \u2764\ufe0f \U0001F3F4\U000E0067\U000E0062\U000E0073\U000E0063\U000E0074\U000E007F !\r\n", []int{1 << 10, 8 << 10}, normaliseCopy},
		{"decomposed", "Le cafe\u0301 e\u0301tait tre\u0300s cre\u0300me, de\u0301ja\u0300 a\u0300 co\u0302te\u0301 de l'ho\u0302tel.\n", []int{1 << 10, 8 << 10}, normalise},
	}
	for _, in := range inputs {
		for _, size := range in.sizes {
			text := strings.Repeat(in.unit, size/len(in.unit))
			b.Run(fmt.Sprintf("input=%s/size=%dKB", in.name, size>>10), func(b *testing.B) {
				b.SetBytes(int64(len(text)))
				b.ReportAllocs()
				loop(b, func() { in.normalise(text, DefaultMaxCombiningMarks) })
			})
		}
	}
}
