package moderation

import (
	"errors"
	"io"
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/commentkit/commentkit/linkify"
)

// checkHTMLInvariants checks what must hold of every Result, whatever the
// input: its HTML holds only <a> and <br> elements, every <a> has an href
// with an allowed scheme and without user info, there is one <a> a link,
// and the text of the HTML, with <br> read as a line break, is exactly
// res.Text, with the one exception linkify documents, substituted exactly:
// a link whose host could pass for another shows its URL, host in
// punycode. A link typed with user info is text up to its host.
// inline names the elements, beside <a> and <br>, that the HTML may hold
// (those a Config.Policy keeps): each must be closed, properly nested.
func checkHTMLInvariants(t testing.TB, res Result, inline ...string) {
	t.Helper()
	text, anchors, err := textOfResultHTML(res.HTML, inline)
	if err != nil {
		t.Fatalf("HTML %q: %v", res.HTML, err)
	}
	if len(anchors) != len(res.Links) {
		t.Fatalf("HTML %q has %d links, Links %d", res.HTML, len(anchors), len(res.Links))
	}
	var want strings.Builder
	last := 0
	for i, ln := range res.Links {
		// User info typed before the host ("https://google.com@" of
		// "https://google.com@evil.example/") is text outside the link.
		start := ln.Start + userinfoLen(ln)
		shown := res.Text[start:ln.End]
		if anchors[i] != shown {
			// The exception: a host that could pass for another is shown
			// as the href shows it, in punycode.
			if allASCII(shown) {
				t.Fatalf("ASCII link %q shown as %q", ln.Text, anchors[i])
			}
			shown = ln.URL
			if ln.Email {
				shown = strings.TrimPrefix(shown, "mailto:")
			} else if k := strings.Index(shown, "://"); k >= 0 && !strings.Contains(res.Text[start:ln.End], "://") {
				shown = shown[k+3:]
			}
		}
		want.WriteString(res.Text[last:start])
		want.WriteString(shown)
		last = ln.End
	}
	want.WriteString(res.Text[last:])
	if text != want.String() {
		t.Fatalf("the text of the HTML is not Text:\n html: %q\n text of html: %q\n Text: %q", res.HTML, text, res.Text)
	}
}

// userinfoLen returns how many bytes of the text of a link come before its
// host because of user info, read as a browser reads a URL: the authority
// runs from "scheme://" to the first / ? # or \, and its user info to the
// last '@'.
func userinfoLen(ln linkify.Link) int {
	if ln.Email {
		return 0
	}
	scheme, rest, ok := strings.Cut(ln.Text, "://")
	if !ok || strings.ContainsAny(scheme, "/?#@") {
		return 0
	}
	auth := rest
	if i := strings.IndexAny(auth, `/?#\`); i >= 0 {
		auth = auth[:i]
	}
	if at := strings.LastIndexByte(auth, '@'); at >= 0 {
		return len(scheme) + len("://") + at + 1
	}
	return 0
}

// allowedSchemes are the schemes of the default Linkifier.
var allowedSchemes = map[string]bool{"http": true, "https": true, "mailto": true}

// textOfResultHTML tokenizes h with the HTML tokenizer a browser-grade
// parser uses and returns its text, or an error for anything but text,
// <a href>, <br> and the inline elements named, which must be closed in
// the order they were opened.
func textOfResultHTML(h string, inline []string) (text string, anchors []string, err error) {
	z := html.NewTokenizer(strings.NewReader(h))
	var b strings.Builder
	var open []string // the elements open, innermost last
	anchorStart := 0
	for {
		switch z.Next() {
		case html.ErrorToken:
			if z.Err() == io.EOF {
				if len(open) != 0 {
					return "", nil, errors.New("<" + open[len(open)-1] + "> is not closed")
				}
				return b.String(), anchors, nil
			}
			return "", nil, z.Err()
		case html.TextToken:
			b.Write(z.Text())
		case html.StartTagToken, html.SelfClosingTagToken:
			tok := z.Token()
			switch {
			case tok.Data == "br":
				b.WriteByte('\n')
			case tok.Data == "a":
				if slices.Contains(open, "a") {
					return "", nil, errors.New("nested <a>")
				}
				open, anchorStart = append(open, "a"), b.Len()
				if err := checkAnchor(tok); err != nil {
					return "", nil, err
				}
			case slices.Contains(inline, tok.Data):
				for _, a := range tok.Attr {
					if !slices.Contains(inlineAttributes, a.Key) {
						return "", nil, errors.New("<" + tok.Data + "> has the attribute " + a.Key)
					}
				}
				if e := elements.find(tok.Data, false); tok.Type == html.StartTagToken && !e.empty {
					open = append(open, tok.Data)
				}
			default:
				return "", nil, errors.New("element <" + tok.Data + "> is not allowed")
			}
		case html.EndTagToken:
			tok := z.Token()
			if len(open) == 0 || open[len(open)-1] != tok.Data {
				return "", nil, errors.New("unexpected </" + tok.Data + ">")
			}
			open = open[:len(open)-1]
			if tok.Data == "a" {
				anchors = append(anchors, b.String()[anchorStart:])
			}
		default:
			return "", nil, errors.New("unexpected " + z.Token().Type.String())
		}
	}
}

func checkAnchor(tok html.Token) error {
	href, rel, dir := "", "", ""
	for _, a := range tok.Attr {
		switch a.Key {
		case "href":
			href = a.Val
		case "rel":
			rel = a.Val
		case "dir":
			dir = a.Val
		case "target":
		default:
			return errors.New("attribute " + a.Key + " is not allowed on <a>")
		}
	}
	// The scheme as a browser reads it: what comes before the first ':',
	// once leading white space is gone.
	scheme, rest, ok := strings.Cut(strings.TrimLeft(href, " \t\n\f\r"), ":")
	if !ok || !allowedSchemes[strings.ToLower(scheme)] {
		return errors.New("href " + href + " has a scheme that is not allowed")
	}
	if !strings.EqualFold(scheme, "mailto") {
		// http(s): the authority follows any slashes or backslashes
		// after the colon, up to the first / \ ? or #. An '@' in it puts
		// user info before the host, which reads as one site and goes to
		// another.
		auth := strings.TrimLeft(rest, `/\`)
		if i := strings.IndexAny(auth, `/\?#`); i >= 0 {
			auth = auth[:i]
		}
		if strings.Contains(auth, "@") {
			return errors.New("href " + href + " has user info")
		}
	}
	if !strings.Contains(rel, "nofollow") {
		return errors.New("link " + href + " lacks rel=nofollow")
	}
	if dir != "ltr" {
		// A bidi isolate: an override typed before the link cannot
		// reverse what it shows.
		return errors.New("link " + href + ` is not dir="ltr"`)
	}
	return nil
}
