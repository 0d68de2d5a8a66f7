package linkify_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"net/url"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/commentkit/commentkit/linkify"
)

var update = flag.Bool("update", false, "rewrite the expected HTML in testdata/html.jsonl")

// readJSONL decodes one value a line from a testdata file into new(T);
// lines starting with # are comments, kept so that -update can write them back.
func readJSONL[T any](t testing.TB, name string) (cases []T, comments []string) {
	t.Helper()
	data, err := os.ReadFile(name)
	require.NoError(t, err)
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(nil, 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if strings.HasPrefix(line, "#") {
			comments = append(comments, line)
			continue
		}
		if strings.TrimSpace(line) == "" {
			continue
		}
		var c T
		require.NoError(t, json.Unmarshal([]byte(line), &c), "%s:%d", name, n)
		cases = append(cases, c)
	}
	require.NoError(t, sc.Err())
	require.NotEmpty(t, cases, name)
	return cases, comments
}

// TestLinks checks every field of the links in testdata/links.jsonl.
func TestLinks(t *testing.T) {
	type linksCase struct {
		In    string         `json:"in"`
		Links []linkify.Link `json:"links"`
	}
	cases, _ := readJSONL[linksCase](t, "testdata/links.jsonl")
	for _, c := range cases {
		t.Run(c.In, func(t *testing.T) {
			assert.Equal(t, c.Links, linkify.Find(c.In))
		})
	}
}

// htmlCase is one line of testdata/html.jsonl.
type htmlCase struct {
	Name          string   `json:"name"`
	In            string   `json:"in"`
	Rel           string   `json:"rel,omitempty"`
	Target        string   `json:"target,omitempty"`
	Schemes       []string `json:"schemes,omitempty"`
	DefaultScheme string   `json:"defaultScheme,omitempty"`
	MaxDisplay    int      `json:"maxDisplay,omitempty"`
	Filter        string   `json:"filter,omitempty"` // a name from testFilters
	HTML          string   `json:"html"`
}

// testFilters are the Filters html.jsonl cases may name.
var testFilters = map[string]func(linkify.Link) (linkify.Link, bool){
	// Send every link through the site's own redirect page.
	"redirect": func(l linkify.Link) (linkify.Link, bool) {
		l.URL = "/out?to=" + url.QueryEscape(l.URL)
		return l, true
	},
	// Leave links to example.net as text.
	"drop example.net": func(l linkify.Link) (linkify.Link, bool) {
		return l, l.Domain != "example.net"
	},
	// Show only the host.
	"host only": func(l linkify.Link) (linkify.Link, bool) {
		l.Text = l.Host
		return l, true
	},
	// A buggy Filter returning a dangerous href: the link must stay text.
	"javascript": func(l linkify.Link) (linkify.Link, bool) {
		l.URL = "javascript:alert(1)"
		return l, true
	},
	"tab in scheme": func(l linkify.Link) (linkify.Link, bool) {
		l.URL = "java\tscript:alert(1)"
		return l, true
	},
	// Filters returning an href with user info, which reads as one site and
	// goes to another: the link must stay text.
	"user info": func(l linkify.Link) (linkify.Link, bool) {
		l.URL = "https://google.com@evil.example/"
		return l, true
	},
	"relative user info": func(l linkify.Link) (linkify.Link, bool) {
		l.URL = "/\\google.com@evil.example/"
		return l, true
	},
	// Link to what the commenter typed: an href with user info stays text,
	// whatever the scheme and slashes (FuzzHTML checks it).
	"href as typed": func(l linkify.Link) (linkify.Link, bool) {
		l.URL = l.Text
		return l, true
	},
}

func (c htmlCase) linkifier(t testing.TB) *linkify.Linkifier {
	l := &linkify.Linkifier{
		Rel:           c.Rel,
		Target:        c.Target,
		Schemes:       c.Schemes,
		DefaultScheme: c.DefaultScheme,
		MaxDisplay:    c.MaxDisplay,
	}
	if c.Filter != "" {
		l.Filter = testFilters[c.Filter]
		require.NotNil(t, l.Filter, "unknown filter %q", c.Filter)
	}
	return l
}

// TestHTML checks the HTML of every case in testdata/html.jsonl; with
// -update it rewrites the expected HTML instead, for a reviewer to read
// in the diff.
func TestHTML(t *testing.T) {
	const name = "testdata/html.jsonl"
	cases, comments := readJSONL[htmlCase](t, name)
	for i, c := range cases {
		t.Run(c.Name, func(t *testing.T) {
			got := c.linkifier(t).HTML(c.In)
			if *update {
				cases[i].HTML = got
				return
			}
			assert.Equal(t, c.HTML, got)
			checkHTML(t, c.linkifier(t), c.In, got, true)
		})
	}
	if *update {
		var b bytes.Buffer
		for _, line := range comments {
			b.WriteString(line + "\n")
		}
		enc := json.NewEncoder(&b)
		enc.SetEscapeHTML(false) // keep the HTML readable in the diff
		for _, c := range cases {
			require.NoError(t, enc.Encode(c))
		}
		require.NoError(t, os.WriteFile(name, b.Bytes(), 0o644))
	}
}

// TestDefaultHTMLMatchesZeroLinkifier checks that the package functions are
// the zero Linkifier's.
func TestDefaultHTMLMatchesZeroLinkifier(t *testing.T) {
	in := `See https://example.org/a?b=1&c=2 & <b>mail</b> me@example.com`
	var zero linkify.Linkifier
	assert.Equal(t, zero.HTML(in), linkify.HTML(in))
	assert.Equal(t, zero.Find(in), linkify.Find(in))
}

// TestHTMLWithoutLinksIsEscapedInput checks the fast path: text without links
// or characters to escape comes back unchanged.
func TestHTMLWithoutLinksIsEscapedInput(t *testing.T) {
	assert.Equal(t, "plain words\nand lines", linkify.HTML("plain words\nand lines"))
	assert.Equal(t, "a &lt; b &amp;&amp; &#39;c&#39; &gt; &#34;d&#34;", linkify.HTML(`a < b && 'c' > "d"`))
}

// TestHTMLOf checks that rendering links already found gives the HTML that
// HTML gives, without touching the caller's slice, and that links that do
// not fit the text, or whose href HTML would not write, stay text.
func TestHTMLOf(t *testing.T) {
	cases, _ := readJSONL[htmlCase](t, "testdata/html.jsonl")
	for _, c := range cases {
		t.Run(c.Name, func(t *testing.T) {
			l := c.linkifier(t)
			links := l.Find(c.In)
			before := append([]linkify.Link(nil), links...)
			assert.Equal(t, l.HTML(c.In), l.HTMLOf(c.In, links))
			assert.Equal(t, before, links, "HTMLOf modified its argument")
		})
	}

	text := "one example.com two example.net three example.org"
	links := linkify.Find(text)
	require.Len(t, links, 3)
	var zero linkify.Linkifier
	evil := links[1]
	evil.URL = "javascript:alert(1)"
	userinfo := links[1]
	userinfo.URL = "https://example.net@evil.example/"
	moved := links[2]
	moved.Start++
	for name, bad := range map[string][]linkify.Link{
		"javascript href":   {links[0], evil, links[2]},
		"user info in href": {links[0], userinfo, links[2]},
		"text does not fit": {links[0], links[1], moved},
		"out of order":      {links[1], links[0], links[2]},
		"overlapping":       {links[0], links[0], links[1], links[2]},
	} {
		t.Run(name, func(t *testing.T) {
			out := zero.HTMLOf(text, bad)
			checkHTML(t, &zero, text, out, false)
			assert.Less(t, strings.Count(out, "<a "), len(bad), out)
		})
	}
	assert.Equal(t, "x &lt; y", zero.HTMLOf("x < y", []linkify.Link{{Start: 5, End: 99, Text: "y", URL: "https://y"}}))

	// A caller's link that is all user info, with no host after its '@',
	// has nothing to show: it stays text rather than an empty anchor.
	at := "see https://x.example@ now"
	onlyUserinfo := []linkify.Link{{Start: 4, End: 22, Text: "https://x.example@", URL: "https://x.example"}}
	for _, l := range []*linkify.Linkifier{&zero, {MaxDisplay: 30}} {
		assert.Equal(t, at, l.HTMLOf(at, onlyUserinfo))
	}
}

// TestFilterHrefUserinfo checks that a link whose Filter returns an href
// with user info stays text, for each href of testdata/userinfo_hrefs.txt,
// and that checkHTML's reading of an href agrees.
func TestFilterHrefUserinfo(t *testing.T) {
	data, err := os.ReadFile("testdata/userinfo_hrefs.txt")
	require.NoError(t, err)
	n := 0
	for line := range strings.Lines(string(data)) {
		line = strings.TrimSuffix(line, "\n")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		want, href, ok := strings.Cut(line, " ")
		require.True(t, ok && (want == "link" || want == "text"), "line %q", line)
		n++
		t.Run(href, func(t *testing.T) {
			l := &linkify.Linkifier{
				Schemes: []string{"https", "http", "ftp", "mailto", "ssh"},
				Filter: func(ln linkify.Link) (linkify.Link, bool) {
					ln.URL = href
					return ln, true
				},
			}
			out := l.HTML("see https://example.org/a")
			assert.Equal(t, want == "link", strings.Contains(out, "<a "), out)
			auth, _ := hrefAuthority(href)
			assert.Equal(t, want == "text", strings.Contains(auth, "@"), "hrefAuthority(%q) = %q", href, auth)
		})
	}
	require.NotZero(t, n)
}

// TestHostTooLong checks that a host longer than any real one is not linked
// (its IDNA conversion would cost time quadratic in its length, and DNS
// holds no such name), while one just as long as a real host may be is.
// (testdata/find.txt holds the DNS limits themselves.)
func TestHostTooLong(t *testing.T) {
	label := strings.Repeat("例", 60) // 180 bytes; IDNA does not bound labels on look-up
	long := "https://" + strings.Repeat(label+".", 6) + "jp/x"
	assert.Zero(t, len(linkify.Find(long)), "links in a 1 KB host")
	over := "https://" + strings.Repeat(label+".", 5) + "jp/x"
	assert.Zero(t, len(linkify.Find(over)), "links in a 900-byte host whose labels are 69 bytes in punycode")
	label = strings.Repeat("例", 57) // 171 bytes, "xn--" and 59 more in punycode
	ok := "https://" + strings.Repeat(label+".", 3) + "jp/x"
	links := linkify.Find(ok)
	require.Equal(t, []string{ok}, texts(links), "a 518-byte host, 194 bytes in punycode")
	assert.Len(t, links[0].Host, 194)
	assert.Zero(t, len(linkify.Find("https://"+distinctHan(64<<10))), "links in a 64 KB host")
}

// TestDomainSameOnEveryCall finds the same links twice: the second answer
// comes from the caches of host.go and must be the first, for hosts written
// with the dot that ends a fully qualified name too.
func TestDomainSameOnEveryCall(t *testing.T) {
	text := "https://news.bbc.co.uk./x https://bit.ly./abc https://Example.COM./ https://192.0.2.1./ mail@b.example.co.uk. mailto:jo@例え.jp."
	first := linkify.Find(text)
	require.Len(t, first, 6)
	want := []string{"bbc.co.uk", "bit.ly", "example.com", "192.0.2.1", "example.co.uk", "xn--r8jz45g.jp"}
	for i, ln := range first {
		assert.Equal(t, want[i], ln.Domain, ln.Text)
	}
	assert.Equal(t, first, linkify.Find(text), "the second call")
}
