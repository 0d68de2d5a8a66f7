package linkify

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// checkPlainAuth holds plainAuthLink to authLink, the general way: for a
// URL "scheme://"+auth that plainAuthLink takes, authLink finds the same
// host and domain, and builds no href of its own.
func checkPlainAuth(t *testing.T, auth string) {
	t.Helper()
	text := "https://" + auth
	fast := found{end: len(text)}
	if !plainAuthLink(&fast, len("https://"), auth) {
		require.Equal(t, found{end: len(text)}, fast, "%q: set fields, then declined", auth)
		return
	}
	s := scanner{l: &Linkifier{}, text: text}
	slow := found{end: len(text)}
	require.True(t, s.authLink(&slow, len("https://"), "https", "https", auth), "%q", auth)
	require.Zero(t, s.nparts, "%q: the general way builds an href", auth)
	require.Equal(t, slow, fast, "%q", auth)
}

var plainAuthCases = []string{
	"example.com", "example.com/", "example.com/a/b?c=d#e", "www.example.org/a/b/c", "pkg.go.dev/mvdan.cc/xurls/v2",
	"go.dev", "news.bbc.co.uk/x", "a.b.c.d.e.example.co.uk", "localhost", "localhost:8080/x", "192.0.2.1/x",
	"192.0.2.1:80", "example.com.", "example.com./x", ".example.com", "example..com", "Example.com", "exa%6dple.com",
	"user@example.com", "user:pw@example.com/x", "[::1]/x", "[2001:db8::1]:443", "ex_ample.com", "-example.com",
	"example.com\\x", "example.com#x", "example.com?x", "例え.jp/x", "xn--r8jz45g.jp", "github.io", "a.github.io",
	"example.com:", "x", "", "/path", "?q", "127.0.0.1", "1.2.3", "example.123", "s3.amazonaws.com/bucket",
}

func TestPlainAuthLink(t *testing.T) {
	for _, auth := range plainAuthCases {
		checkPlainAuth(t, auth)
	}
	// Hosts longer than DNS allows.
	for _, c := range []string{strings.Repeat("a.", 600) + "com", strings.Repeat("b", 1100) + ".com/x",
		strings.Repeat("c", 64) + ".com/x", strings.Repeat("d", 63) + ".com/x", strings.Repeat("e.", 125) + "com/x",
		strings.Repeat("f.", 125) + "com./x", strings.Repeat("g.", 126) + "com/x"} {
		checkPlainAuth(t, c)
	}
}

func FuzzPlainAuthLink(f *testing.F) {
	for _, auth := range plainAuthCases {
		f.Add(auth)
	}
	f.Fuzz(func(t *testing.T, auth string) { checkPlainAuth(t, auth) })
}

// The zero Linkifier's schemeOK, which passes hrefs that start with
// "https://" or "http://" without a look-up, says what a Linkifier that
// lists the default schemes says, for which it looks each one up.
func TestSchemeOKDefault(t *testing.T) {
	listed := &Linkifier{Schemes: []string{"http", "https", "mailto"}}
	for _, u := range []string{"https://example.com/", "http://example.com", "https://", "http://", "https:/x",
		"HTTPS://example.com", "Http://x", "https:x", "http:", "httpx://x", "mailto:a@b.c", "javascript:alert(1)",
		"ftp://x", "/relative", "?q", "#f", "", "https//x", "data:text/html,x", "https://a@b.c/"} {
		assert.Equal(t, listed.schemeOK(u), (&Linkifier{}).schemeOK(u), "%q", u)
	}
}
