package moderation

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// invisibleAlphabet is what FuzzNormaliseInvisibles writes its texts
// with: ASCII that links and keycaps are made of, the white space
// normalise converts or trims, and the invisible characters it drops,
// keeps or keeps only beside certain neighbours (selectors, joiners,
// fillers, tags, marks). Random bytes seldom spell these, and the bugs
// were in how they meet (review 19 L1, L2).
var invisibleAlphabet = []rune{
	'a', 'l', 'y', 'Z', '1', '0', '#', '*', '.', ':', '/', ' ', '\t', '\n', '\r', 0,
	0x00a0, 0x2007, 0x202f, 0x2028, 0x2029, 0x3000, 0x2800,
	0x034f, 0xfe00, 0xfe0e, 0xfe0f, 0xe0100, 0xe01ef, 0x180b, 0x180f, 0x180e,
	0x200d, 0x200c, 0x200b, 0xfeff, 0x00ad, 0x202e, 0x2060, 0x20e3,
	0xe0041, 0xe007f, 0x1f3f4, 0x1f600, 0x0915, 0x094d, 0x0301, 0x0308,
	0x115f, 0x1160, 0x1100, 0x1161, 0x00e9,
}

// FuzzNormaliseInvisibles: on text made of invisibleAlphabet, normalise
// keeps what it kept when it runs again, isNormal says so of its output,
// and no selector or grapheme joiner is left between ASCII that starts no
// variation sequence and ASCII, white space or the end, where it could
// only split a word or a link.
func FuzzNormaliseInvisibles(f *testing.F) {
	for _, seed := range [][]byte{{1, 34, 2}, {1, 4, 35, 3}, {2, 28, 20}, {7, 28, 3}, {6, 28, 19}} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		var sb strings.Builder
		for _, c := range b {
			sb.WriteRune(invisibleAlphabet[int(c)%len(invisibleAlphabet)])
		}
		in := sb.String()
		for _, marks := range []int{DefaultMaxCombiningMarks, -1} {
			out := normalise(in, marks)
			if again := normalise(out, marks); again != out {
				t.Fatalf("normalise(%+q) = %+q, and again %+q", in, out, again)
			}
			if !isNormal(out, marks) {
				t.Fatalf("isNormal(%+q) is false, though normalise gave it", out)
			}
			rs := []rune(out)
			for i := 1; i < len(rs); i++ {
				prev, next := rs[i-1], rune(-1)
				if i+1 < len(rs) {
					next = rs[i+1]
				}
				if isSelector(rs[i]) && prev < utf8.RuneSelf && !isVariationBase(byte(prev)) &&
					(next < utf8.RuneSelf || isSpace(next)) {
					t.Fatalf("%U is kept between %q and %q: %+q -> %+q", rs[i], prev, next, in, out)
				}
			}
		}
	})
}
