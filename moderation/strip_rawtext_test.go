package moderation

import (
	"strings"
	"testing"

	xhtml "golang.org/x/net/html"
)

// FuzzNoRawText checks what escapeNonTags promises for xmp and plaintext:
// the HTML tokenizer reads no start tag of either from its output, so it
// never reads the rest of a body as raw text, whatever the body holds (an
// "<xmp>" in a comment, an attribute value or a skipped element's content,
// in any case, self-closing or not).
func FuzzNoRawText(f *testing.F) {
	for _, body := range []string{
		"<xmp>a < b &region=1 </3</xmp>",
		"<!-- <xmp> --> see https://shop.example/?id=5&region=us&notify=1 or <insert name here>",
		"<style>/* <plaintext> */</style> keep <insert name> &notify=1",
		`<b title="<xmp>">x</b> y &region=1 <insert name here>`,
		`<xmp title="</xmp>">a &region=1 <insert></xmp>`,
		"<XMP/>a <PlainText\t>b", "<xmp", "<<xmp>>", "</xmp><xmp >",
	} {
		f.Add(body)
	}
	f.Fuzz(func(t *testing.T, body string) {
		escaped := escapeNonTags(body)
		z := xhtml.NewTokenizer(strings.NewReader(escaped))
		for {
			switch z.Next() {
			case xhtml.ErrorToken:
				return
			case xhtml.StartTagToken, xhtml.SelfClosingTagToken:
				if name, _ := z.TagName(); string(name) == "xmp" || string(name) == "plaintext" {
					t.Fatalf("escapeNonTags(%q) = %q: the tokenizer reads <%s> and its raw text", body, escaped, name)
				}
			}
		}
	})
}
