package linkify_test

import (
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/require"

	"github.com/commentkit/commentkit/linkify"
)

// fuzzLinkifiers are the configurations FuzzHTML checks every input with.
var fuzzLinkifiers = []*linkify.Linkifier{
	{},
	{Target: "_blank", MaxDisplay: 12},
	{Schemes: []string{"https", "mailto", "tel", "ftp"}, DefaultScheme: "http"},
	{Filter: testFilters["redirect"]},
	{Schemes: []string{"https", "http", "mailto", "ftp", "ssh", "xmpp"}, Filter: testFilters["href as typed"]},
}

// FuzzHTML checks the invariants of HTML on any input, seeded from every
// case in testdata: it never panics; the output parses into text and <a>
// elements only; every href has an allowed scheme; and the round trip holds
// (see checkHTML). It also checks what Find promises of each Link, and that
// HTMLOf renders Find's links as HTML does, and that LineBreaks only
// turns line breaks into <br>.
func FuzzHTML(f *testing.F) {
	for _, c := range readFindCases(f) {
		f.Add(c.in)
	}
	html, _ := readJSONL[htmlCase](f, "testdata/html.jsonl")
	for _, c := range html {
		f.Add(c.In)
	}
	f.Add(prose(1<<10, 8))
	f.Fuzz(func(t *testing.T, in string) {
		for _, l := range fuzzLinkifiers {
			out := l.HTML(in)
			checkHTML(t, l, in, out, true)
			links := l.Find(in)
			require.Equal(t, out, l.HTMLOf(in, links), "HTMLOf(Find) is HTML")
			checkLineBreaks(t, l, in)
			if len(links) > 1 {
				// Links that do not fit: the invariants hold all the same.
				checkHTML(t, l, in, l.HTMLOf(in, []linkify.Link{links[1], links[0], links[1]}), false)
			}
			last := 0
			for _, ln := range l.Find(in) {
				require.LessOrEqual(t, last, ln.Start, "links overlap or are out of order")
				require.Less(t, ln.Start, ln.End)
				require.Equal(t, in[ln.Start:ln.End], ln.Text)
				require.True(t, utf8.ValidString(ln.Text) || !utf8.ValidString(in))
				require.True(t, isASCII(ln.Host), "host %q", ln.Host)
				require.True(t, isASCII(ln.Domain), "domain %q", ln.Domain)
				if auth, ok := hrefAuthority(ln.URL); ok {
					require.NotContains(t, auth, "@", "user info in URL %q", ln.URL)
				}
				require.NotContains(t, ln.URL, "\u200b")
				require.NotContains(t, ln.URL, "\ufeff")
				for _, r := range ln.URL {
					require.False(t, r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069, "bidi control in href %q", ln.URL)
				}
				last = ln.End
			}
		}
	})
}
