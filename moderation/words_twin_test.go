package moderation

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

// TestTwinText covers which words twinText reads in the script of their
// other letters, beyond the word-list cases of testdata/checks/words.json.
func TestTwinText(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"лучшее кaзинo тут", "лучшее казино тут"},
		{"KAЗИНO", "КАЗИНО"},
		{"кaзинo1", "казино1"},                       // a digit stays: another word
		{"кaзи\u0301нo", "кази\u0301но"},             // a stress mark belongs to the word
		{"kαζίνo", "καζίνο"},                         // Greek
		{"ΤΟ ΚΑΛΥΤΕΡΟ KAΖΙΝO", "ΤΟ ΚΑΛΥΤΕΡΟ ΚΑΖΙΝΟ"}, // Greek capitals
		{"цiкаво", "цікаво"},                         // the keyboard twin
		{"Goшный", "Goшный"},                         // G has no twin: a loanword
		{"в Dockerе", "в Dockerе"},                   // nor D, r
		{"Το iPhoneάκι", "Το iPhoneάκι"},             // nor h, n, e in Greek
		{"кaзинq", "кaзинq"},                         // nor q
		{"casino", "casino"},                         // no Cyrillic letter
		{"kazino", "kazino"},
		{"kaзинoé", "kaзинoé"},   // a Latin letter beyond ASCII
		{"кaζинo", "кaζинo"},     // Cyrillic and Greek: no one script
		{"кaзинo's", "казино's"}, // the apostrophe ends the word
		{"frее", "frее"},         // f and r have no Cyrillic twin
		{"сoк", "сок"},
		{"", ""},
		{"\xff\xfeкaз", "\xff\xfeказ"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			got, changed := twinText(tc.text)
			assert.Equal(t, tc.want, got)
			assert.Equal(t, tc.want != tc.text, changed)
		})
	}
}

// TestLookTwinsAreLookalikes: every twin is a look-alike the fold reads as
// its Latin letter, of the same case, in the script it is listed for.
func TestLookTwinsAreLookalikes(t *testing.T) {
	for script, twins := range lookTwins {
		for c, r := range twins {
			if r == 0 {
				continue
			}
			latin := rune(c)
			assert.Equal(t, string(unicode.ToLower(latin)), lookalikeOf(r), "%c for %c", r, latin)
			assert.Equal(t, unicode.IsUpper(latin), unicode.IsUpper(r), "%c for %c", r, latin)
			want := uint8(cyrillicLetter)
			if script == mixGreek {
				want = greekLetter
			}
			assert.NotZero(t, runeClassOf(r)&want, "%c for %c", r, latin)
		}
	}
}

// FuzzTwinText: twinText never panics, changes only ASCII letters into
// letters of one other script (so the text keeps its number of
// characters and its bytes beyond words), and leaves ASCII alone.
func FuzzTwinText(f *testing.F) {
	for _, s := range []string{"лучшее кaзинo тут", "KAΖΙΝO", "Goшный", "a\xffb", "кaзинo's", "\u0301a"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, changed := twinText(s)
		assert.Equal(t, changed, got != s)
		assert.Equal(t, utf8.RuneCountInString(s), utf8.RuneCountInString(got))
		if isASCII(s) {
			assert.Equal(t, s, got)
		}
		if utf8.ValidString(s) {
			assert.True(t, utf8.ValidString(got))
		}
		assert.Equal(t, strings.Count(s, " "), strings.Count(got, " "))
	})
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
