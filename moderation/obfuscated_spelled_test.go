package moderation

import (
	"context"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// obfuscatedDetail returns the Detail of the disguised-link flag the
// default check raises on text, or "".
func obfuscatedDetail(text string) string {
	flags := ObfuscatedLinks().Check(context.Background(), viewOf(text))
	if len(flags) == 0 {
		return ""
	}
	return flags[0].Detail
}

// TestSpelledDisguises: links disguised with digits in the top-level
// domain or in "dot", with a scheme spelled out with spaces, with both
// dots of a two-label suffix spelled out, or with "(.)" or "·" for the
// dot are flagged, with the name quoted.
func TestSpelledDisguises(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		// Digits for the letters of the top-level domain.
		{"Stream every film at cin3max-hd(dot)c0m tonight", "digits for the letters of its top-level domain (“cin3max-hd(dot)c0m”)"},
		{"cheap phones at gadgetz(.)n3t", "(“gadgetz(.)n3t”)"},
		{"cheap phones at gadgetz[.]0rg", "(“gadgetz[.]0rg”)"},
		{"all the answers: quizbank . inf0", "(“quizbank . inf0”)"},
		{"loans on fastcash dot b1z", "(“fastcash dot b1z”)"},
		{"get it at freegamez.c0m now", "(“freegamez.c0m”)"},
		{"get it at FREEGAMEZ.C0M now", "(“FREEGAMEZ.C0M”)"},
		// Digits in "dot".
		{"order from pillbox d0t com", "“dot” spelled with a digit (“pillbox d0t com”)"},
		{"order from pillbox D0T net", "(“pillbox D0T net”)"},
		{"order from pillbox (d0t) shop", "(“pillbox (d0t) shop”)"},
		{"order from pillbox d0t c0m", "(“pillbox d0t c0m”)"},
		// A scheme spelled out with spaces.
		{"likes here h t t p s : / / cheapfollows", "scheme spelled out with spaces (“h t t p s : / / cheapfollows”)"},
		{"likes here h t t p s : / / cheapfollows . net", "(“cheapfollows . net”)"}, // read by the spaced-dot pattern first
		{"H T T P : / / promo-site", "(“H T T P : / / promo-site”)"},
		{"h  t  t  p  s  :  /  /  bonus", "(“h  t  t  p  s  :  /  /  bonus”)"},
		{"h t t ps:// x", "(“h t t ps:// x”)"},
		{"h t t p s : / /", "(“h t t p s : / /”)"},
		// Both dots of a two-label suffix spelled out.
		{"flats to let, see letnow dot co dot uk", "two-label suffix spelled out (“letnow dot co dot uk”)"},
		{"trainers cheap, kicksoutlet . com . au", "(“kicksoutlet . com"}, // read by the spaced-dot pattern first
		{"trainers cheap, kicksoutlet . co . nz", "(“kicksoutlet . co . nz”)"},
		{"trainers cheap, kicksoutlet (.) co (.) nz", "(“kicksoutlet (.) co"}, // read by the bracketed-dot pattern first
		{"a reader of uni dot ac dot uk", "(“uni dot ac dot uk”)"},
		// "(.)" and "·" for the dot.
		{"example(.)com", "dot in brackets (“example(.)com”)"},
		{"spinwin(.)bet", "(“spinwin(.)bet”)"},
		{"mysite (.) com for more", "(“mysite (.) com”)"},
		{"example·com", "dot-like sign for its dot (“example·com”)"},
		{"get cheap likes at likeboost·io today", "dot-like sign for its dot (“likeboost·io”)"},
		{"get cheap likes at likeboost•xyz", "(“likeboost•xyz”)"},
		{"rent at letnow·co·uk now", "two-label suffix spelled out (“letnow·co·uk”)"},
		// The patterns before them still read what they read.
		{"visit example dot com", "“dot” spelled out (“example dot com”)"},
		{"go to site[.]com", "(“site[.]com”)"},
	} {
		got := obfuscatedDetail(tc.text)
		assert.Contains(t, got, tc.want, tc.text)
	}
}

// TestSpelledProse: prose that has a dot, "dot", spaced letters or "(.)"
// where a disguised link has them is no link.
func TestSpelledProse(t *testing.T) {
	for _, text := range []string{
		"the file ends in .com",
		"files that end in .c0m are a typo",
		"I love my polka dot top",
		"the dot com bubble burst in 2000",
		"Back in the dot com boom everyone had a site",
		"many early dot com companies failed",
		"the co.uk domain is cheaper than the .com one",
		"I registered a .co.uk and a dot com",
		"h t t p is a protocol",
		"h t t p s stands for secure",
		"spell it h-t-t-p: no spaces",
		"I give it 3 . 5 stars",
		"Mr. Smith . Com",
		"Dr. Jones . Net income was up",
		"version 2 . 0 is out, and 1.0 before it",
		"pi is 3.14 and e is 2.71, room 4.01",
		"the regex (.)\\1 finds a doubled letter",
		"match ^(.)(.).\\2\\1$ for palindromes",
		"emoticon (.)(.) lol",
		"( . )( . ) ok",
		"in Haskell, foldr (.) id fs composes a list",
		"compose with (.) in Haskell: map (f . g) xs",
		"in maths a · b is the dot product",
		"x · y = 0 when they are orthogonal",
		"torque in N·m, energy in kW·h, and a·b = ab",
		"Liebe Student·innen, liebe Lehrer·in",
		"la col·lecció de l'il·la, el col·legi",
		"chers ami·e·s, tou·te·s les étudiant·e·s",
		"• one\n• two\n• three",
		"s.split('.') then path.join(dir, '.')",
		"the value is obj.net0 in the config",
		"call it with a(.5) or b(.75)",
		"my score: 7 . 5 / 10",
		"dot dot dot, he said",
		"it co-stars a dot com founder",
		"a d0t on the map",
	} {
		assert.Empty(t, obfuscatedDetail(text), text)
	}
}

// TestSpelledLong: tens of kilobytes of what spelledDomain and
// spacedScheme look at, none of it a disguised link, are read to their
// end, and a disguised link after them is found.
func TestSpelledLong(t *testing.T) {
	for _, unit := range []string{"d0t ", "x d0t ", " d0t d0t", "h t t p ", "h t t p : / ", ": / / ", "(.)", "a(.)", "a (.) b ",
		"a dot co dot ", "a - dot - co - dot - ", "-dot-co", " . co . ", "the dot co dot uk ", "1.c0m ", "the .c0m ", "a . c0m ", "a b c d ", "::::", "ab·co", "x·co·", "·", "a • ", strings.Repeat("x", 70) + ".c0m "} {
		long := strings.Repeat(unit, 64<<10/len(unit))
		m, _ := spelledDomain(viewOf(long), true)
		assert.Empty(t, m, unit)
		assert.Empty(t, spacedScheme(long, viewOf(long)), unit)
		text := long + " get it at pillbox d0t com"
		m, _ = spelledDomain(viewOf(text), true)
		assert.Equal(t, "pillbox d0t com", m, unit)
		text = long + " h t t p s : / / site"
		assert.Equal(t, "h t t p s : / / site", spacedScheme(text, viewOf(text)), unit)
	}
}

// FuzzSpelledDomain: what spelledDomain and spacedScheme quote is a part
// of the text; spelledDomain's ends in a label of letters and digits,
// spacedScheme's starts with an "h" and holds a colon.
func FuzzSpelledDomain(f *testing.F) {
	for _, s := range []string{"a m0vie(dot)c0m", "site d0t com", "x dot co dot uk", "h t t p s : / / x", "x(.)c0m", "Mr. X . c0m", "a . co (dot) uk", "x - dot - co - dot - uk", "x-dot-co-dot-uk"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		v := viewOf(text)
		m, what := spelledDomain(v, true)
		if m != "" {
			assert.Contains(t, text, m)
			assert.NotEmpty(t, what)
			assert.True(t, isASCIIAlnum(m[len(m)-1]), m)
		} else {
			assert.Empty(t, what)
		}
		if s := spacedScheme(text, v); s != "" {
			assert.Contains(t, text, s)
			assert.Equal(t, byte('h'), s[0]|0x20, s)
			assert.Contains(t, s, ":")
		}
	})
}

// TestSpelledDomainGate: ObfuscatedLinkCheck asks spelledDomain only when
// the hints, the text's facts or a leet digit say it may find something
// (hasLeetDigit); on random comments of the pieces of its disguises and
// of prose, it finds nothing in any other.
func TestSpelledDomainGate(t *testing.T) {
	pieces := []string{"m0vieflix", "-hd", "(dot)", "(d0t)", " dot ", " d0t ", "c0m", "com", "co", "uk", "n3t", "inf0", "b1z", "io",
		".", ". ", " .", " . ", "(.)", "[.]", "·", " · ", "•", "‧", "∙", "⋅", "site", "Mr", "the", "2", "6", "8", "x", " ",
		"\n", "rentfair", "shop", "au", "é", "。", "https://go.dev/", "a@b.com", "h t t p s : / / "}
	rng := rand.New(rand.NewPCG(18, 27))
	for range 30000 {
		var b strings.Builder
		for k := rng.IntN(10); k >= 0; k-- {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		text := b.String()
		v := viewOf(text)
		h := hintsOf(v)
		if h.dot || h.spacedDot || h.bracketDot || v.textFacts().disguise || hasLeetDigit(v.Text) {
			continue
		}
		m, _ := spelledDomain(v, h.dot)
		require.Empty(t, m, "%q", text)
	}
}
