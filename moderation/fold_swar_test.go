package moderation

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

// TestMayHaveLeetTrigger checks the eight-bytes-at-a-time test of
// nextLeetTrigger: true wherever one of the eight bytes is a digit, '@'
// or '$', with each of the 256 byte values at each of the eight places,
// and false only for ASCII that is none (false alarms are allowed beyond
// ASCII, and told apart byte by byte).
func TestMayHaveLeetTrigger(t *testing.T) {
	for place := 0; place < 8; place++ {
		for c := 0; c < 256; c++ {
			for _, base := range []string{"az .~AZ!", "\x00\x00\x00\x00\x00\x00\x00\x00", "\xff\xfe\x80é~\x7f#%"} {
				b := []byte(base)
				b[place] = byte(c)
				if isLeetTrigger(byte(c)) {
					assert.True(t, mayHaveLeetTrigger(le64(string(b))), "%q", b)
				} else if c < utf8.RuneSelf && base[0] < utf8.RuneSelf {
					// No false alarm on ASCII: not ':' to '?', which
					// every URL has.
					assert.False(t, mayHaveLeetTrigger(le64(string(b))), "%q", b)
				}
			}
		}
	}
	assert.False(t, mayHaveLeetTrigger(le64("abc def.")))
}

// TestNextLeetTrigger: the first digit, '@' or '$' from i on, at every
// place, after false alarms (':' to '?') and non-ASCII bytes.
func TestNextLeetTrigger(t *testing.T) {
	for _, prefix := range []string{"", "abc", "a:b;c<d=e>f?", "ééééé", strings.Repeat("word ", 9)} {
		for _, trigger := range []string{"0", "9", "@", "$"} {
			s := prefix + trigger + "xyz1"
			assert.Equal(t, len(prefix), nextLeetTrigger(s, 0), "%q", s)
		}
		assert.Equal(t, len(prefix), nextLeetTrigger(prefix, 0), "%q", prefix)
	}
	// Seeded random texts of the bytes near the triggers (a URL's ':',
	// '?', '=', '/', '#', '%'), letters, spaces and bytes beyond ASCII
	// whose low seven bits are a digit or '@', from every place: what
	// reading each byte finds.
	alphabet := []byte("09@$:;<=>?/#%#a zA~\xb0\xc0\xa4\x80")
	rng := rand.New(rand.NewPCG(3, 16))
	for n := 0; n < 20000; n++ {
		b := make([]byte, rng.IntN(80))
		for k := range b {
			if rng.IntN(4) == 0 {
				b[k] = alphabet[rng.IntN(len(alphabet))]
			} else {
				b[k] = "abcdefgh :/?=."[rng.IntN(14)]
			}
		}
		s := string(b)
		for i := 0; i <= len(s); i++ {
			want := i
			for want < len(s) && !isLeetTrigger(s[want]) {
				want++
			}
			if got := nextLeetTrigger(s, i); got != want {
				t.Fatalf("nextLeetTrigger(%q, %d) = %d, want %d", s, i, got, want)
			}
		}
	}
}

// TestAppendLowerASCII: eight bytes at a time lower-case as byte by byte
// does, and stop at the first non-ASCII byte.
func TestAppendLowerASCII(t *testing.T) {
	for c := 0; c < 256; c++ {
		for place := 0; place < 11; place++ {
			b := []byte("Hello, WORLD[@`{z")
			b[place] = byte(c)
			s := string(b)
			want := []byte{}
			n := 0
			for ; n < len(s) && s[n] < 0x80; n++ {
				x := s[n]
				if 'A' <= x && x <= 'Z' {
					x += 'a' - 'A'
				}
				want = append(want, x)
			}
			got, k, capitals := appendLowerASCII([]byte("x"), s)
			assert.Equal(t, n, k, "%q", s)
			assert.Equal(t, "x"+string(want), string(got), "%q", s)
			_, upper := countCased(s[:n])
			assert.Equal(t, upper, capitals, "%q", s)
		}
	}
}

// countCasedEach is countCased reading one character at a time.
func countCasedEach(text string) (letters, upper int) {
	for _, r := range text {
		if unicode.IsUpper(r) {
			upper++
			letters++
		} else if unicode.IsLower(r) {
			letters++
		}
	}
	return letters, upper
}

// FuzzCountCased: counting eight bytes at a time counts what reading
// each character does.
func FuzzCountCased(f *testing.F) {
	f.Add("Hello, WORLD! [@`{] abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ")
	f.Add("Привет МИР frее Ꮯasino ⓕⓡⓔⓔ 😀 ΑΒΓ abc")
	f.Add("\xff\xfeAB\xc3")
	f.Fuzz(func(t *testing.T, s string) {
		l, u := countCased(s)
		wl, wu := countCasedEach(s)
		if l != wl || u != wu {
			t.Fatalf("countCased(%q) = %d, %d; one at a time: %d, %d", s, l, u, wl, wu)
		}
	})
}

// TestSmallFolds: the table of runes below smallRunes folds them as the
// general functions do, now that every table they read is built.
func TestSmallFolds(t *testing.T) {
	for r := rune(utf8.RuneSelf); r < smallRunes; r++ {
		for _, mapLookalikes := range []bool{false, true} {
			assert.Equal(t, string(appendFoldedRuneSlow(nil, r, mapLookalikes)), string(appendFoldedRune(nil, r, mapLookalikes)), "%U", r)
		}
		assert.Equal(t, runeClassSlow(r), runeClassOf(r), "%U", r)
	}
	assert.Equal(t, "e", string(appendFoldedRune(nil, 'É', false)))
}

// TestScriptClasses: the array of MixedScriptCheck's (and
// ShoutingCheck's) classes says what
// Unicode's tables do, for every rune it holds and some beyond.
func TestScriptClasses(t *testing.T) {
	for r := rune(0); r < smallRunes+64; r++ {
		assert.Equal(t, scriptOfSlow(r), scriptOf(r), "%U", r)
	}
	assert.Equal(t, uint8(scriptLetter|scriptLookalike|scriptLower), scriptOf('я'))
	assert.Equal(t, uint8(scriptLetter|scriptLatin|scriptUpper), scriptOf('É'))
	assert.Equal(t, uint8(scriptLetter|scriptFancy|scriptLower), scriptOf('𝗳'))
}

func TestIsWordRune(t *testing.T) {
	for r := rune(0); r < smallRunes+64; r++ {
		assert.Equal(t, isWordLetter(r), isWordRune(r), "%U", r)
	}
}

// BenchmarkUndoLeet times undoLeet, which every Check runs on the folded
// text, on the five links of BenchmarkCheckLinks with three words around
// them (links: a ':' in each URL, a '?' and '=' in one), on the prose
// of the plain 1 KB input without its links, and on that input.
func BenchmarkUndoLeet(b *testing.B) {
	withLinks := plainText(1 << 10)
	prose := strings.TrimSpace(strings.TrimSuffix(withLinks, strings.Join(links, " ")))
	for _, in := range []struct{ name, text string }{
		{"links", foldText("see " + strings.Join(links, " and "))},
		{"prose", foldText(prose)},
		{"plain-1KB", foldText(withLinks)},
	} {
		b.Run("input="+in.name, func(b *testing.B) {
			b.SetBytes(int64(len(in.text)))
			loop(b, func() { _ = undoLeet(in.text) })
		})
	}
}
