package moderation

import (
	"errors"
	"io"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// checkHTMLInvariants checks what must hold of every Result, whatever the
// input: its HTML holds only <a> and <br> elements, every <a> has an href
// with an allowed scheme, and the text of the HTML, with <br> read as a
// line break, is exactly res.Text.
func checkHTMLInvariants(t testing.TB, res Result) {
	t.Helper()
	text, err := textOfResultHTML(res.HTML)
	if err != nil {
		t.Fatalf("HTML %q: %v", res.HTML, err)
	}
	if text != res.Text {
		t.Fatalf("the text of the HTML is not Text:\n html: %q\n text of html: %q\n Text: %q", res.HTML, text, res.Text)
	}
}

// allowedSchemes are the schemes of the default Linkifier.
var allowedSchemes = map[string]bool{"http": true, "https": true, "mailto": true}

// textOfResultHTML tokenizes h with the HTML tokenizer a browser-grade
// parser uses and returns its text, or an error for anything but text,
// <a href> and <br>.
func textOfResultHTML(h string) (string, error) {
	z := html.NewTokenizer(strings.NewReader(h))
	var b strings.Builder
	depth := 0
	for {
		switch z.Next() {
		case html.ErrorToken:
			if z.Err() == io.EOF {
				if depth != 0 {
					return "", errors.New("an <a> is not closed")
				}
				return b.String(), nil
			}
			return "", z.Err()
		case html.TextToken:
			b.Write(z.Text())
		case html.StartTagToken, html.SelfClosingTagToken:
			tok := z.Token()
			switch tok.Data {
			case "br":
				b.WriteByte('\n')
			case "a":
				if depth > 0 {
					return "", errors.New("nested <a>")
				}
				depth++
				if err := checkAnchor(tok); err != nil {
					return "", err
				}
			default:
				return "", errors.New("element <" + tok.Data + "> is not allowed")
			}
		case html.EndTagToken:
			tok := z.Token()
			if tok.Data != "a" || depth == 0 {
				return "", errors.New("unexpected </" + tok.Data + ">")
			}
			depth--
		default:
			return "", errors.New("unexpected " + z.Token().Type.String())
		}
	}
}

func checkAnchor(tok html.Token) error {
	href, rel := "", ""
	for _, a := range tok.Attr {
		switch a.Key {
		case "href":
			href = a.Val
		case "rel":
			rel = a.Val
		case "target":
		default:
			return errors.New("attribute " + a.Key + " is not allowed on <a>")
		}
	}
	// The scheme as a browser reads it: what comes before the first ':',
	// once leading white space is gone.
	scheme, _, ok := strings.Cut(strings.TrimLeft(href, " \t\n\f\r"), ":")
	if !ok || !allowedSchemes[strings.ToLower(scheme)] {
		return errors.New("href " + href + " has a scheme that is not allowed")
	}
	if !strings.Contains(rel, "nofollow") {
		return errors.New("link " + href + " lacks rel=nofollow")
	}
	return nil
}
