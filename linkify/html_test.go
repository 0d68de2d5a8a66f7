package linkify_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/rivo/uniseg"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/commentkit/commentkit/linkify"
)

// anchor is one <a> element read back from HTML output.
type anchor struct {
	attrs map[string]string
	text  string
}

// parseOutput reads HTML written by Linkifier.HTML with the x/net/html
// tokenizer: it fails the test on anything but text and <a> elements with
// href, rel, target and dir="ltr", and returns the unescaped text between anchors
// (one more than the anchors) and the anchors.
func parseOutput(t testing.TB, out string) (between []string, anchors []anchor) {
	t.Helper()
	z := html.NewTokenizer(strings.NewReader(out))
	var cur strings.Builder
	inA := false
	var a anchor
	for {
		switch tt := z.Next(); tt {
		case html.ErrorToken:
			require.False(t, inA, "unclosed <a> in %q", out)
			return append(between, cur.String()), anchors
		case html.TextToken:
			// Raw, not Text: Text also rewrites NUL and \r, which the
			// output passes through untouched.
			text := html.UnescapeString(string(z.Raw()))
			if inA {
				a.text += text
			} else {
				cur.WriteString(text)
			}
		case html.StartTagToken:
			name, more := z.TagName()
			require.Equal(t, "a", string(name), "element other than <a> in %q", out)
			require.False(t, inA, "nested <a> in %q", out)
			inA, a = true, anchor{attrs: map[string]string{}}
			for more {
				var k, v []byte
				k, v, more = z.TagAttr()
				require.Contains(t, []string{"href", "rel", "target", "dir"}, string(k), "attribute in %q", out)
				a.attrs[string(k)] = string(v)
			}
			between = append(between, cur.String())
			cur.Reset()
		case html.EndTagToken:
			name, _ := z.TagName()
			require.Equal(t, "a", string(name), "end tag other than </a> in %q", out)
			require.True(t, inA, "stray </a> in %q", out)
			inA = false
			anchors = append(anchors, a)
		default:
			require.Failf(t, "unexpected token", "%v in %q", tt, out)
		}
	}
}

// checkHTML checks the invariants of l.HTML(in) == out: it parses, as a
// document fragment too, into text and <a> elements only; every href has a
// scheme the Linkifier links (or, after a Filter, none); rel holds nofollow
// ugc by default; dir is ltr; no href has user info (a browser would go to
// the host after the '@', while a reader takes what comes before it for
// the site). With exact set (MaxDisplay off, no Filter, out rendered from
// l.Find(in)), the round trip holds: unescaping the text of out gives in,
// after substituting the text HTML shows for the links of the one
// documented exception: a link whose host could pass for another (mixed
// scripts, a look-alike of '/') shows its href (without the scheme the
// commenter did not write). A link typed with user info is text up to its
// host, and a link from there on. No link shown as typed has a look-alike
// of '/', '.' or ':' in its host, nor a letter that reads as punctuation
// beside a Latin one.
func checkHTML(t testing.TB, l *linkify.Linkifier, in, out string, exact bool) {
	t.Helper()
	nodes, err := html.ParseFragment(strings.NewReader(out), &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body})
	require.NoError(t, err)
	for _, n := range nodes {
		for d := range n.Descendants() {
			if d.Type == html.ElementNode {
				require.Equal(t, "a", d.Data, "parsed %q", out)
			}
		}
		if n.Type == html.ElementNode {
			require.Equal(t, "a", n.Data, "parsed %q", out)
		}
	}

	between, anchors := parseOutput(t, out)
	schemes := l.Schemes
	if len(schemes) == 0 {
		schemes = []string{"http", "https", "mailto"}
	}
	for _, a := range anchors {
		href := a.attrs["href"]
		require.NotRegexp(t, `[\x00-\x20\x7f]`, href, "space or control character in href")
		auth, _ := hrefAuthority(href)
		require.NotContains(t, auth, "@", "user info in href %q", href)
		if scheme := hrefScheme(href); scheme == "" {
			require.NotNil(t, l.Filter, "relative href %q without a Filter", href)
		} else {
			require.Contains(t, schemes, strings.ToLower(scheme), "href %q", href)
		}
		if l.Rel == "" {
			assert.Contains(t, a.attrs["rel"], "nofollow ugc")
		}
		// Every link is a left-to-right bidi isolate: no override
		// around it can reorder what it shows.
		require.Equal(t, "ltr", a.attrs["dir"], "dir of a link in %q", out)
		if l.MaxDisplay > 0 {
			assert.LessOrEqual(t, uniseg.GraphemeClusterCount(a.text), l.MaxDisplay, "shown text %q", a.text)
		}
	}
	if !exact || l.Filter != nil || l.MaxDisplay > 0 {
		return
	}
	links := l.Find(in)
	require.Len(t, anchors, len(links), "one <a> a link in %q", out)
	var got, want strings.Builder
	last := 0
	for i, ln := range links {
		// User info typed before the host is text, outside the link (and
		// not in the href): the link shows the rest.
		start := ln.Start + userinfoLen(ln)
		shown := in[start:ln.End]
		if anchors[i].text == shown {
			require.False(t, strings.ContainsAny(typedHost(ln), lookAlikes),
				"link %q shown as written, with a look-alike of '/', '.' or ':' in its host", ln.Text)
			require.False(t, lookAlikeBesideLatin(typedHost(ln)),
				"link %q shown as written, with a look-alike of punctuation beside a Latin letter in its host", ln.Text)
		} else {
			// The second: a host written with non-ASCII characters that
			// could pass for another shows the href, host in punycode.
			require.False(t, isASCII(shown), "ASCII link %q shown as %q", ln.Text, anchors[i].text)
			shown = ln.URL
			if ln.Email {
				shown = strings.TrimPrefix(shown, "mailto:")
			} else if i := strings.Index(shown, "://"); i >= 0 && !strings.Contains(in[start:ln.End], "://") {
				shown = shown[i+3:]
			}
		}
		want.WriteString(in[last:start] + shown)
		got.WriteString(between[i] + anchors[i].text)
		last = ln.End
	}
	want.WriteString(in[last:])
	got.WriteString(between[len(links)])
	require.Equal(t, want.String(), got.String(), "round trip")
}

// userinfoLen returns how many bytes of the text of a link come before its
// host because of user info ("https://google.com@" of
// "https://google.com@evil.example/"), as a browser reads a URL: the
// authority runs from "//" to the first of / ? # or \, and the user info
// to its last '@'.
func userinfoLen(ln linkify.Link) int {
	if ln.Email {
		return 0
	}
	scheme, rest, ok := strings.Cut(ln.Text, "://")
	if !ok || hrefScheme(ln.Text) != scheme {
		return 0
	}
	auth := rest
	if i := strings.IndexAny(auth, `/?#\`); i >= 0 {
		auth = auth[:i]
	}
	at := strings.LastIndexByte(auth, '@')
	if at < 0 {
		return 0
	}
	return len(scheme) + len("://") + at + 1
}

// specialSchemes are the schemes whose URLs a browser parses as the WHATWG
// URL standard's "special" ones: any number of slashes or backslashes may
// come before the host, and a backslash ends it.
var specialSchemes = map[string]bool{"http": true, "https": true, "ftp": true, "ws": true, "wss": true, "file": true}

// hrefAuthority returns the authority of an href (user info, host and port)
// as a browser reads it in a page served over http(s), and whether it has
// one: after "scheme:" and the slashes of a special scheme, "scheme://" for
// another, or two slashes (or backslashes) for a relative href; up to the
// first / ? # (or \ for a special scheme).
func hrefAuthority(href string) (string, bool) {
	scheme := strings.ToLower(hrefScheme(href))
	rest, special := href, true
	if scheme != "" {
		rest, special = href[len(scheme)+1:], specialSchemes[scheme]
	}
	ends := "/?#"
	switch trimmed := strings.TrimLeft(rest, `/\`); {
	case special && (scheme != "" || len(rest)-len(trimmed) >= 2):
		rest, ends = trimmed, `/?#\`
	case !special && strings.HasPrefix(rest, "//"):
		rest = rest[2:]
	default:
		return "", false
	}
	if i := strings.IndexAny(rest, ends); i >= 0 {
		rest = rest[:i]
	}
	return rest, true
}

// lookAlikes read as the '/', '.' or ':' that give a URL its structure:
// FRACTION SLASH, DIVISION SLASH, ONE DOT LEADER, HYPHENATION POINT, the
// solidus overlays, FULLWIDTH SOLIDUS, MODIFIER LETTER TRIANGULAR COLON,
// BIG SOLIDUS, BOX DRAWINGS LIGHT DIAGONAL and LATIN LETTER SINOLOGICAL
// DOT. A host holding one is shown in punycode, never as written.
const lookAlikes = "\u2044\u2215\u2024\u2027\u0337\u0338\uff0f\u02d0\u29f8\u2571\ua78f"

// lookAlikeBesideLatin reports whether a host holds, beside an ASCII
// letter, a letter that is read there as punctuation: a modifier letter
// that looks like a dot, comma, underscore or quote (ˑ ˌ ˍ ʹ ˮ), or the
// dashes 一 and ㄧ, on either side; the prolonged sound mark ー after one;
// or a slash look-alike (ノ ン ソ ゾ 丶 乀 乁 丿) between two. Such a host
// is shown in punycode, never as written.
func lookAlikeBesideLatin(host string) bool {
	rs := []rune(host)
	latin := func(i int) bool {
		return i >= 0 && i < len(rs) && (rs[i] >= 'a' && rs[i] <= 'z' || rs[i] >= 'A' && rs[i] <= 'Z')
	}
	for i, r := range rs {
		switch {
		case strings.ContainsRune("ˑˌˍʹˮ一ㄧ", r) && (latin(i-1) || latin(i+1)),
			r == 'ー' && latin(i-1),
			strings.ContainsRune("ノンソゾ丶乀乁丿", r) && latin(i-1) && latin(i+1):
			return true
		}
	}
	return false
}

// typedHost returns the host of a link as its text has it, or "" for an
// e-mail or a link without a host.
func typedHost(ln linkify.Link) string {
	if ln.Email || ln.Host == "" {
		return ""
	}
	h, ends := ln.Text, ":/?#"
	// A scheme ends at the first "://" before any '/', '?' or '#': in a
	// bare link's path ("httpsl.com/://google.com／evil.com/") it is path.
	if i := strings.Index(h, "://"); i >= 0 && !strings.ContainsAny(h[:i], "/?#") {
		h, ends = h[i+3:], "/?#\\"
	}
	if i := strings.IndexAny(h, ends); i >= 0 {
		h = h[:i]
	}
	if i := strings.LastIndexByte(h, '@'); i >= 0 {
		h = h[i+1:]
	}
	return h
}

// hrefScheme returns the scheme of an href as a browser reads it (RFC 3986:
// a letter, then letters, digits, + - or ., then ':'), or "" when relative.
// url.Parse is not used: it rejects hrefs browsers follow, like "%=".
func hrefScheme(href string) string {
	for i := 0; i < len(href); i++ {
		c := href[i]
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z':
		case i > 0 && ('0' <= c && c <= '9' || c == '+' || c == '-' || c == '.'):
		case i > 0 && c == ':':
			return href[:i]
		default:
			return ""
		}
	}
	return ""
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
