package linkify_test

import (
	"fmt"
	"net/url"

	"github.com/commentkit/commentkit/linkify"
)

func ExampleFind() {
	comment := "Compare news.BBC.co.uk/sport with https://bücher.example/a_(b). Mail jo@example.org; README.md is a file."
	for _, l := range linkify.Find(comment) {
		fmt.Printf("%q → %s (host %q, domain %q, email %v)\n", l.Text, l.URL, l.Host, l.Domain, l.Email)
	}
	// Output:
	// "news.BBC.co.uk/sport" → https://news.bbc.co.uk/sport (host "news.bbc.co.uk", domain "bbc.co.uk", email false)
	// "https://bücher.example/a_(b)" → https://xn--bcher-kva.example/a_(b) (host "xn--bcher-kva.example", domain "xn--bcher-kva.example", email false)
	// "jo@example.org" → mailto:jo@example.org (host "", domain "example.org", email true)
}

func ExampleHTML() {
	fmt.Println(linkify.HTML("Thanks! See https://en.wikipedia.org/wiki/Pan_(god), or mail me: jo@example.org.\n<b>README.md</b> is not a link."))
	// Output:
	// Thanks! See <a href="https://en.wikipedia.org/wiki/Pan_(god)" rel="nofollow ugc" dir="ltr">https://en.wikipedia.org/wiki/Pan_(god)</a>, or mail me: <a href="mailto:jo@example.org" rel="nofollow ugc" dir="ltr">jo@example.org</a>.
	// &lt;b&gt;README.md&lt;/b&gt; is not a link.
}

// A URL with user info before its host goes to the host after the '@': it is
// linked from that host on, so that what can be clicked names only the host
// it goes to, and what was typed before it stays text. An '@' in a path, and
// an e-mail address, are not user info.
func ExampleHTML_userInfo() {
	fmt.Println(linkify.HTML("Log in at https://google.com@evil.example/login, see https://medium.com/@bob or mail google.com@example.org"))
	// Output:
	// Log in at https://google.com@<a href="https://evil.example/login" rel="nofollow ugc" dir="ltr">evil.example/login</a>, see <a href="https://medium.com/@bob" rel="nofollow ugc" dir="ltr">https://medium.com/@bob</a> or mail <a href="mailto:google.com@example.org" rel="nofollow ugc" dir="ltr">google.com@example.org</a>
}

// A Linkifier that opens links in a new tab, shows at most 24 characters of
// each, sends them through the site's redirect page, and leaves links to a
// blocked domain as text.
func ExampleLinkifier() {
	l := &linkify.Linkifier{
		Target:     "_blank",
		MaxDisplay: 24,
		Filter: func(ln linkify.Link) (linkify.Link, bool) {
			if ln.Domain == "spam.example" {
				return ln, false
			}
			ln.URL = "/out?to=" + url.QueryEscape(ln.URL)
			return ln, true
		},
	}
	fmt.Println(l.HTML("Docs: example.com/docs/getting-started/install. Deals: www.spam.example!"))
	// Output:
	// Docs: <a href="/out?to=https%3A%2F%2Fexample.com%2Fdocs%2Fgetting-started%2Finstall" rel="nofollow ugc noopener" target="_blank" dir="ltr">example.com/docs/gettin…</a>. Deals: www.spam.example!
}

// A comment typed into a <textarea> arrives with CR LF line breaks; with
// LineBreaks its paragraphs stay apart in a page that does not keep line
// breaks itself.
func ExampleLinkifier_lineBreaks() {
	l := &linkify.Linkifier{LineBreaks: true}
	fmt.Println(l.HTML("Great post!\r\n\r\nMore on this: https://go.dev/blog\r\n-- Jo"))
	// Output:
	// Great post!<br><br>More on this: <a href="https://go.dev/blog" rel="nofollow ugc" dir="ltr">https://go.dev/blog</a><br>-- Jo
}
