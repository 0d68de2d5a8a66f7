package moderation

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// isHomePageBefore is isHomePage as main had it before de534b9: a search
// for "://" and strings.IndexAny for the host's end. It is kept as an
// oracle, with the fragment rule of today (homeFragment).
func isHomePageBefore(rawURL string) bool {
	rest := rawURL
	if i := strings.Index(rest, "://"); i >= 0 {
		rest = rest[i+3:]
	}
	i := strings.IndexAny(rest, "/?#")
	if i < 0 {
		return true
	}
	if rest[i] == '/' {
		i++
		i += indexPageLen(rest[i:])
	}
	if i < len(rest) && rest[i] == '#' {
		return homeFragment(rest[i+1:]) // the oracle is for finding the host's end
	}
	return i >= len(rest) || rest[i] == '?'
}

// schemePieces are what the random URLs of TestSchemeOracles are made
// of: schemes in every case and cut short, the bytes that end a host,
// a home page's file name, user info and a port, a full-width colon, a
// byte that is no UTF-8 and one that starts a character without ending it.
var schemePieces = []string{"https://", "http://", "HTTPS://", "hTTp://", "Https://", "https:", "http:/", "https",
	"http", "s", "://", ":", "/", "//", "?", "#", "#!", "#/", "mailto:", "a@b.c", "user:pw@", ":8080", "go.dev",
	"xn--bcher-kva.de", "example.com.", "index.html", "Default.ASPX", "ref=AB12", "：", "\xff", "\xe2", "é", " ", "."}

// TestSchemeOracles holds afterScheme, and isHomePage, which finds its
// host's end with a loop, to a search for the first "://" and to
// isHomePage as it was, on seeded random URLs of 0 to 40 bytes made of
// schemePieces, and on every one- and two-piece URL. linkToken,
// linkPath and affiliateParam take what follows the scheme from
// afterScheme, so they hold when it does.
func TestSchemeOracles(t *testing.T) {
	check := func(u string) { checkSchemeOracles(t, u) }
	check("")
	for _, a := range schemePieces {
		check(a)
		for _, b := range schemePieces {
			check(a + b)
		}
	}
	rng := rand.New(rand.NewPCG(30, 6397))
	var b strings.Builder
	for n := 0; n < 100000; n++ {
		b.Reset()
		size := rng.IntN(41)
		for b.Len() < size {
			if rng.IntN(3) == 0 {
				b.WriteByte(byte(rng.IntN(256)))
			} else {
				b.WriteString(schemePieces[rng.IntN(len(schemePieces))])
			}
		}
		check(b.String()[:size])
	}
}

// checkSchemeOracles fails t when afterScheme or isHomePage reads u
// otherwise than a search for "://" and isHomePageBefore.
func checkSchemeOracles(t *testing.T, u string) {
	t.Helper()
	want := -1
	if i := strings.Index(u, "://"); i >= 0 {
		want = i + len("://")
	}
	if got := afterScheme(u); got != want {
		t.Fatalf("afterScheme(%q) = %d, want %d", u, got, want)
	}
	if got, before := isHomePage(u), isHomePageBefore(u); got != before {
		t.Fatalf("isHomePage(%q) = %v, before %v", u, got, before)
	}
}
