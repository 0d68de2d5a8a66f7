package moderation

import (
	"encoding/json"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The finders run a regexp only on windows around the keys of its
// pattern (see windowMatch). These tests hold each to the regexp run over
// the whole text, which is what the checks did before: the same indices,
// submatches included, on every input.

// regexFinder is a regexp and the finder that stands in for it.
type regexFinder struct {
	name string
	re   *regexp.Regexp
	find func(*regexp.Regexp, string) []int
}

func regexFinders() []regexFinder {
	var out []regexFinder
	for _, o := range obfuscatedPatterns {
		out = append(out, regexFinder{o.what, o.re, o.find})
	}
	out = append(out,
		regexFinder{"messengerRE", messengerRE, func(_ *regexp.Regexp, s string) []int {
			if m, ok := findMessenger(s); ok {
				return m[:]
			}
			return nil
		}},
		regexFinder{"socialHandleRE", socialHandleRE, func(_ *regexp.Regexp, s string) []int { return findSocialHandle(s) }},
	)
	return out
}

// sameAsRegexp fails t unless every finder finds in s what its regexp
// finds there.
func sameAsRegexp(t testing.TB, s string) {
	for _, f := range regexFinders() {
		want := f.re.FindStringSubmatchIndex(s)
		got := f.find(f.re, s)
		if !assert.Equal(t, want, got, "%s on %q", f.name, s) {
			return
		}
	}
}

// regexPieces are what the generated texts are made of: the words and
// signs the patterns look for, with the ways of writing them that the
// regexps' rules make odd (case, ſ and K that (?i) folds to s and k, _
// that is a word byte but not a letter, invalid UTF-8, letters beyond
// ASCII next to \b).
var regexPieces = []string{
	"dot", "DOT", "Dot", " ", " ", " ", "  ", "\t", "\n", "\f", "\v", "(", ")", "[", "]", "{", "}", ".", ".", ",", "*", "-", "_",
	"com", "net", "org", "info", "biz", "ru", "xyz", "co", "uk", "us", "site", "online", "top", "COM",
	"x", "ab", "a1", "7", "ſ", "\u212a", "é", "й", "微", "😀", "\xff", "\xe2\x84", "\u00a0",
	"w", "W", "c", "o", "m", "n", "e", "t", "r", "g", "s", "p", "h",
	"hxxp", "hxxps", "h**p", "ht", "tp", "htt", "ps", ":", "//", "/", "?", "=",
	"watch?v=", "abcdef", "a-b_c1", "youtu", "youtube", "YouTube", "be/", "be",
	"@", "@", "ig", "IG", "instagram", "insta", "twitter", "tiktok", "telegram", "Telegram", "whatsapp", "whats",
	"kik", "Kik", "skype", "snapchat", "snap", "signal", "wechat", "viber", "on", "via", "at",
	"is", "iſ", "id", "me", "username", "user", "name", "handle", "account", "number", "bob", "x.y",
}

// patternPieces are smaller sets of pieces, each close to what one
// pattern matches, so that generated texts match it often and miss it
// by little.
var patternPieces = [][]string{
	{"x dot com", " dot ", "(dot)", "x(dot)", "dot", "DoT", " ", " ", "  ", "\n", "(", "[", "{", ")", "]", "}", "x", "a-b", "-", "_", "ſ", "\u212a", "é", "1", "com", "net", "ru", "comx", "info", "."},
	{"x(dot)", "(dot)", "[DOT]", "{ dot }", "( dot", "dot )", "dot", "(", ")", "]", "shop", "pro", "SHOP", "ſhop", "\u212a", "a-b", "-", "_", "é", " ", "\n", "x", "1", "fm", strings.Repeat("a", 63), strings.Repeat("b", 64)},
	{"(.)", "[.]", "{.)", "(", ".", ")", " ", "x", "a-b", "-", "_", "ſ", "\u212a", "é", "com", "co", "uk", "u\u212a", "uſ", "us", "site", "online", "top", "in"},
	{" .", " . ", ".", " ", "  ", "x", "a-b", "-", "_", "ſ", "\u212a", "é", "com", "net", "org", "biz", "xyz", "ru", "rux"},
	{". ", ".  ", ".", " ", "x", "ab", "a-", "-", "_", "ſ", "\u212a", "é", "com", "COM", "comx"},
	{"*com", ",com", "*", ",", "com", "x", "ab", "a-", "-", "_", "ſ", "\u212a", "é", " "},
	{"x y z . c o m", "x ", "y ", "a ", "ſ ", "\u212a ", "_ ", "ab ", " ", "  ", ".", "dot", " dot ", "c o m", "n e t", "o r g", "c", "o", "m", "é"},
	{"w", "W", " ", "  ", "\t", "ww", "_", "é", "x", ".", "w w"},
	{"hxxp://", "ht tp : //", "htt  ps://", "h**p", "hxxp", "hxxps", "HXXP", "h**p", "h**ps", "ht", "tp", "htt", "p", "ps", "pſ", "s", " ", ":", "//", "/", "_", "x", "é", "http"},
	{"watch?v=", "/watch?v=", "/", ".", "_", "x", " ", "é", "abcdef", "a-b_c1", "abc", "youtu", "youtube", "YouTu", "be/", "be", " . com", ".", " ", "com", "ſ", "\u212a"},
	{"on", "via", "at", " ", "  ", "_", "x", "é", "ſ", "\u212a", "whatsapp", "telegram", "kik", "Kik", "ſkype", "skype", "signal", "viber", ":", "@", "id", "me", "number", "username", "usernamex"},
	{"instagram", "insta", "ig", "IG", "snap", "snapchat", "ki\u212a", "tiktok", " ", "  ", "\n", "@", "@ ", "bob", "b", "x.y", "ſ", "\u212a", "_", "é", "is", "iſ", ":", "-", "user", "name", "username", "handle", "id", "account", "likes", "and a long stretch of words"},
}

// generatedText returns a text of up to max pieces.
func generatedText(r *rand.Rand, max int) string {
	return generatedFrom(r, regexPieces, max)
}

// generatedFrom returns a text of up to max pieces.
func generatedFrom(r *rand.Rand, pieces []string, max int) string {
	var b strings.Builder
	for n := 1 + r.IntN(max); n > 0; n-- {
		b.WriteString(pieces[r.IntN(len(pieces))])
	}
	return b.String()
}

// checkCaseBodies returns the body of every case in testdata/checks.
func checkCaseBodies(t testing.TB) []string {
	files, err := filepath.Glob(filepath.Join("testdata", "checks", "*.json"))
	require.NoError(t, err)
	require.NotEmpty(t, files)
	var bodies []string
	for _, file := range files {
		data, err := os.ReadFile(file)
		require.NoError(t, err)
		var cases []checkCase
		require.NoError(t, json.Unmarshal(data, &cases), file)
		for _, c := range cases {
			bodies = append(bodies, c.Body)
		}
	}
	return bodies
}

// hostileUnits are the texts that made a regexp read a whole comment at
// 30 times the cost of prose, each repeated in BenchmarkChecksHostile.
var hostileUnits = []struct{ name, unit string }{
	{"dot", "x dot y dot "},
	{"social", "instagram ig "},
	{"messenger", "telegram whatsapp on "},
	{"spaced-dot", "a . b . "},
	{"dot-com", "- dot com - . com _ (.) com - , com w w x hxxp : / "},
	{"dot-bracketed", "x(dot)yy (dot) "},
}

// edgeTexts are texts at the edges of what the patterns allow: counts
// one under and over a bound, each way of writing a name, the letters
// (?i) folds.
func edgeTexts() []string {
	var out []string
	for k := 0; k <= 30; k++ {
		for _, filler := range []string{"a", "é", " ", "\xff", "微"} {
			pad := strings.Repeat(filler, k)
			out = append(out, "ig"+pad+"@bob", "ig "+pad+"@ bob", "kik"+pad+"@\nbob", "x ig:"+pad+"@bo")
			out = append(out, "x"+pad+"dot com", "a"+pad+"b . com", "w"+pad+"w w", "ht"+pad+"tp://")
		}
	}
	for _, pre := range []string{"", " ", "x", "_", ".", "/", "é", "x/", "./", " /", "\xff"} {
		out = append(out, pre+"watch?v=abcdef", pre+"watch?v=abcde", pre+"/watch?v=a-b_c1")
	}
	for _, id := range []string{"abcdef", "a\u212aſ_-b", "a\u212aſ_-", "abcde", "ab cde"} {
		out = append(out, "youtu be/"+id, "YouTu\tbe/"+id, "xyoutu be/"+id, "ſyoutu be/"+id)
	}
	for _, on := range []string{"on", "via", "at", "xat", "_at", "at\t", "AT", "ſat"} {
		for _, name := range append(messengerNames, "ſkype", "\u212aik", "ki\u212a", "whatſapp") {
			out = append(out, on+" "+name, on+" "+name+"x", on+" "+name+": bob", on+name)
		}
	}
	for _, name := range append(socialNames, "ſnap", "\u212aik", "inſta") {
		for _, rest := range []string{" is bob", " iſ bob", ": @bob", " user name - b.c", " username:ab", " handle is @a", " account -abc", " id:ſ\u212aa", " name:ab", " likes @ann", "\n@ann"} {
			out = append(out, name+rest, "x"+name+rest, "_"+name+rest)
		}
	}
	return out
}

func TestObfuscatedFindersMatchRegexps(t *testing.T) {
	t.Run("edges", func(t *testing.T) {
		for _, s := range edgeTexts() {
			sameAsRegexp(t, s)
		}
	})
	t.Run("testdata", func(t *testing.T) {
		for _, body := range checkCaseBodies(t) {
			sameAsRegexp(t, body)
			// matchOutsideLinks searches on from where a link ends.
			for i := 1; i < len(body); i++ {
				sameAsRegexp(t, body[i:])
			}
		}
	})
	t.Run("hostile", func(t *testing.T) {
		for _, u := range hostileUnits {
			sameAsRegexp(t, strings.Repeat(u.unit, 50))
			sameAsRegexp(t, strings.Repeat(u.unit, 50)+"site dot com")
		}
	})
	t.Run("generated", func(t *testing.T) {
		n := 40000
		if testing.Short() {
			n = 4000
		}
		r := rand.New(rand.NewPCG(1, 2))
		for range n {
			sameAsRegexp(t, generatedText(r, 14))
		}
		for _, pieces := range patternPieces {
			for range n / 4 {
				sameAsRegexp(t, generatedFrom(r, pieces, 12))
			}
		}
	})
}

// TestFindersMatchInText shows the finders find what they are for, not
// only that they agree with the regexps on texts that match nothing.
func TestFindersMatchInText(t *testing.T) {
	for _, tc := range []struct{ name, text, want string }{
		{"a domain with “dot” spelled out", "bla bla. visit my-site (dot) com today", "my-site (dot) com"},
		{"a domain with “dot” spelled out in brackets", "deals at bestdeals(dot)shop - up to 90% off", "bestdeals(dot)shop"},
		{"a domain with its dot in brackets", "see it at site[.]co soon", "site[.]co"},
		{"a domain with spaces around its dot", "kidsmediausa  . com", "kidsmediausa  . com"},
		{"a domain with a space after its dot", "the only thing she used was pimpmyviews. com", "pimpmyviews. com"},
		{"a domain with its dot replaced", "check Authenticviews*com and", "Authenticviews*com"},
		{"a domain spelled out letter by letter", "visit e x a m p l e dot c o m", "e x a m p l e dot c o m"},
		{"a spaced-out “www”", "at W w  w. site", "W w  w"},
		{"a disguised “http://”", "grab it at hxxps : //x", "hxxps : //"},
		{"a YouTube link with its host cut off", "song /watch?v=vtaRGgvGtWQ", " /watch?v=vtaRGg"},
		{"messengerRE", "add me on telegram for the files", "on telegram"},
		{"socialHandleRE", "Thank you for your instagram likes @axeljonssons", "instagram likes @axe"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			found := false
			for _, f := range regexFinders() {
				if f.name != tc.name {
					continue
				}
				found = true
				m := f.find(f.re, tc.text)
				require.NotNil(t, m)
				assert.Equal(t, tc.want, tc.text[m[0]:m[1]])
			}
			require.True(t, found, "no finder %q", tc.name)
		})
	}
}

// FuzzRegexFinders holds every finder to its regexp on any text.
func FuzzRegexFinders(f *testing.F) {
	for _, body := range checkCaseBodies(f) {
		f.Add(body)
	}
	for _, u := range hostileUnits {
		f.Add(strings.Repeat(u.unit, 3))
	}
	for _, s := range edgeTexts() {
		f.Add(s)
	}
	r := rand.New(rand.NewPCG(3, 4))
	for range 200 {
		f.Add(generatedText(r, 10))
	}
	for _, pieces := range patternPieces {
		for range 20 {
			f.Add(generatedFrom(r, pieces, 10))
		}
	}
	f.Fuzz(func(t *testing.T, s string) {
		sameAsRegexp(t, s)
	})
}
