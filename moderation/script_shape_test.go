package moderation

import (
	"context"
	"strings"
	"testing"
	"unicode"
)

// FuzzMixedScriptShape: whatever the text, the word a mixed_script flag
// names is a word of the Text with a Latin letter and a Cyrillic, Greek,
// Cherokee, Armenian or Lisu one, and a text without one of the two kinds is never
// called mixed.
func FuzzMixedScriptShape(f *testing.F) {
	for _, s := range []string{
		"Join the ϲasino now", "Pay with ρaүpal now", "Привет всем, бесплатно frее здесь",
		"в Dockerе это работает", "Το iPhoneάκι μου", "ꮯasino", "Яndex", "casinօ", "ꓚasino", "цiкаво кiтап", "casհ", "a\u0483b\u0483c", "МONEY",
	} {
		f.Add(s)
	}
	c := MixedScript("casino")
	f.Fuzz(func(t *testing.T, s string) {
		v := preparedView(s)
		for _, fl := range c.Check(context.Background(), v) {
			const open, mixes = "“", "” mixes Latin with "
			k := strings.Index(fl.Detail, mixes)
			if k < 0 {
				continue // fancy text only
			}
			word := strings.TrimPrefix(fl.Detail[:k], open)
			if !strings.Contains(v.Text, word) {
				t.Fatalf("%q: flagged %q, not in the text", s, word)
			}
			latin, other := false, false
			for _, r := range word {
				latin = latin || scriptOf(r)&scriptLatin != 0 && unicode.IsLetter(r)
				other = other || unicode.In(r, unicode.Cyrillic, unicode.Greek, unicode.Cherokee, unicode.Armenian, unicode.Lisu) && unicode.IsLetter(r)
			}
			if !latin || !other {
				t.Fatalf("%q: flagged %q, which does not mix (latin %v, other %v)", s, word, latin, other)
			}
		}
	})
}
