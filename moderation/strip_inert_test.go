package moderation

import (
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	"github.com/microcosm-cc/bluemonday"
)

// TestInertElements holds StripPolicy to what dropInertTags assumes of
// every inert element: it writes nothing for its start, end and
// self-closing tags, with or without attributes, and keeps the text
// between them; and the HTML tokenizer reads no raw text after it.
func TestInertElements(t *testing.T) {
	p := StripPolicy()
	n := 0
	for _, e := range elements.entries[1:] {
		if !e.inert {
			continue
		}
		n++
		name := nameOf(e.key)
		for _, form := range []string{name, strings.ToUpper(name)} {
			body := "x<" + form + ">y</" + form + ">z<" + form + "/>w<" + form +
				` href="https://example.com/" class=c title='t' lang=en>v</` + form + " a=b>u"
			if got := p.Sanitize(body); got != "xyzwvu" {
				t.Errorf("%s: StripPolicy writes %q for %q", name, got, body)
			}
			body = "<" + form + "><b>a</b>&lt;<i>c</i></" + form + ">"
			if got := p.Sanitize(body); got != "a&lt;c" {
				t.Errorf("%s: StripPolicy writes %q for %q", name, got, body)
			}
		}
	}
	bare := 0
	for _, e := range elements.entries[1:] {
		if !e.bare {
			continue
		}
		bare++
		name := nameOf(e.key)
		for _, form := range []string{name, strings.ToUpper(name)} {
			body := "<" + form + ` class="c" style='color:red' title=t lang=en dir=rtl id=x href="https://example.com/">`
			if got := p.Sanitize(body); got != "<"+name+">" {
				t.Errorf("%s: StripPolicy writes %q for %q", name, got, body)
			}
		}
	}
	if bare != len(lineBreakElements)+len(paragraphElements)+len(cellElements) {
		t.Errorf("%d bare elements", bare)
	}
	// The inline elements comments are written with are among them.
	for _, name := range []string{"b", "i", "em", "strong", "span", "img", "font", "u", "code", "small", "input"} {
		if e := elements.find(name, false); e == nil || !e.inert {
			t.Errorf("%s is not inert", name)
		}
	}
	for _, name := range []string{"a", "br", "p", "div", "li", "td", "script", "style", "title", "textarea", "xmp", "plaintext", "svg", "frame", "embed", "iframe", "object"} {
		if e := elements.find(name, false); e != nil && e.inert {
			t.Errorf("%s is inert", name)
		}
	}
	if n < 50 {
		t.Errorf("only %d inert elements", n)
	}
}

// nameOf returns the name whose key is k.
func nameOf(k nameKey) string {
	b := make([]byte, k.n)
	for i := range b {
		if i < 8 {
			b[i] = byte(k.lo >> (8 * i))
		} else {
			b[i] = byte(k.hi >> (8 * (i - 8)))
		}
	}
	return string(b)
}

// inertBodies are bodies where taking out a tag could change what the
// tokenizer reads: tags in comments, attribute values, raw text and
// skipped content, joins with '<', CR and references, tags that run to
// the end, and scripts with "<!--".
var inertBodies = []string{
	"<p>a <b>bold</b> &amp; <i>it</i> &lt;tag&gt;</p>\n<div class=\"c\" style=\"x\">y<br/>z</div>",
	"<<b>b>", "<<b></b>b>", "a<</b>/b>", "<<i>!-- x --<i>>", "<<b>?x>", "<<b>/p>",
	"a\r<b>\nb", "a\r<b></b>\nb", "a\r\n<b>\r\n</b>\r\nb", "&#13;<b>\n", "a\r<b>",
	"&amp<b>;", "&am<b>p;", "&<b>amp;", "&#<b>65;", "&notin<b>;", "x&<b>lt;y",
	"<!-- <b> -->x<b>y</b>", "<!--><b>x", "<!---><b>x", "<!DOCTYPE html><b>x</b>", "<![CDATA[<b>]]>x",
	"</>x<b>y", "</ b>x<b>y", "<?php <b> ?>x",
	`<b title="a>b">c</b>`, `<b title='a>"b'>c</b>`, `<b title=a>b>c</b>`, `<b title = "x>y" >z`,
	`<b ==">" >x`, `<b =">" >x`, `<b a="x`, `<b a='x>y`, `<b a=`, `<b a`, `<b`, "<b\f>x", "<b/ >x", `<b/="/>">x`,
	`<a href="x<b>y">z</a>`, `<a title=x<b href=evil>t</a>`, `<a href='<i>'>q</a>`,
	"<script>var a = '<b>';</script><b>x</b>", "<script><!--<b></script><b>x</b>", "<SCRIPT>x</ScRiPt ><b>y",
	"<script>a</script\f><b>c", "<script>a</scriptx><b>c</script>d<b>e", "<script/><b>x</script><b>y",
	"<style><b></style><i>x", "<textarea><b>&amp;</textarea><b>x", "<title><b></title>x<b>y",
	"<xmp><b></xmp><b>x", "<plaintext><b>x", "<noscript><b></noscript>x<b>", "<iframe><b></iframe><b>x",
	"<svg><b>x</b></svg><b>y", "<select><b>x</select>y<i>z", "<template><b>x</template><b>y",
	"<b>a</b>\n<b>b</b>", "<span>x</span><span>y</span>", "<img src=x onerror=alert(1)>a<img/>b",
	"<a href=\"https://example.com/\"><b>link</b></a> <b>x</b>", "<ul><li><b>one</b></li></ul>",
	"<B>x</B><I >y</I\t>", "<bdo dir=rtl>x</bdo>", "<font color=red>x</font>", "<b>\u0000</b>x",
	"<b\u0000>x</b\u0000>", "<bé>x</bé>", "<ſcript>x</ſcript><b>y",
	"x <b then y", "<b>x</b> <3 </3 <!3 y", "<b>x</b> a < b > c",
	`<div class="a>b">x</div>`, `<p a=/>x</p>`, `<p a="/">x`, "<br/>x<br />y<br class=z/>w<br class=z>v",
	`<DIV STYLE=x>y</DIV>`, "<td\n>x<th a>y", "<li value=3>x</li><hr size=2>", `<div/ class=x>y`,
	`<div class="x`, `<p <b>>x`, `<p title="<b>">x</p>`, "<xmp class=x><b></xmp>y", "<listing a=b>x",
	"\r<p class=x>\ny", "<<p class=x>y", "<p class=x\r>\ny",
	`<a title=t href="https://x.example/">y</a>`, `<a HREF="https://x.example/" href="https://y.example/">z</a>`, `<a HREF=https://x.example/ href=https://y.example/>z</a>`,
	`<a href>x</a>`, `<a href= >x</a>`, `<a href=x/ title=t>y</a>`, `<a href="x" />y`, `<a href=x title=t/>y`,
	`<a title="<b>" href='https://h.example/'>q</a>`, `<a hrefx=1 href=https://h.example/>q</a>`, `<a =href=x>q</a>`,
	`<a href = "https://h.example/" rel=nofollow target=_blank>q</a>`, `<a title=x>y</a>z`, `<a class="c">x</a>y`,
	"<a\nhref=https://h.example/\ntitle=y>z</a>", `<A TITLE=t HREF="https://h.example/?a=1&amp;b=2">z</A>`,
	`<a  href="https://h.example/">z</a>`, `<a href="https://h.example/"title=t>z</a>`, `<a href='x>y' title=z>w</a>`,
	`<script><!--<script></i></script><b t="<script>"></script>y</script>z-->`,
	`<script><!--<script></script><b t="<script>"></script>y</script>z-->`,
}

// sanitized returns what p writes for s, read as stripping reads it
// (Sanitize returns a body of white space as it is, unread).
func sanitized(p *bluemonday.Policy, s string) string {
	var b strings.Builder
	_ = p.SanitizeReaderToWriter(strings.NewReader(s), &b)
	return b.String()
}

// checkInert fails t unless StripPolicy writes the same for body
// escaped by escapeNonTags with the inert tags taken out as without, and
// stripping gives the same text and markup.
func checkInert(t *testing.T, body string) {
	t.Helper()
	p := StripPolicy()
	escaped := escapeNonTags(body)
	dropped := escaped
	if b, ok := dropInertTags(nil, escaped); ok {
		dropped = string(b)
	}
	if want, got := sanitized(p, escaped), sanitized(p, dropped); got != want {
		t.Fatalf("body %q\nescaped %q\ndropped %q\nStripPolicy writes %q, before %q", body, escaped, dropped, got, want)
	}
	var mk, mkInert Markup
	text := (&stripper{policy: p}).strip(body, &mk, nil)
	textInert := (&stripper{policy: p, inert: true}).strip(body, &mkInert, nil)
	if textInert != text || !reflect.DeepEqual(mkInert, mk) {
		t.Fatalf("body %q: strip gives %q %+v, before %q %+v", body, textInert, mkInert, text, mk)
	}
}

func TestDropInertTags(t *testing.T) {
	for _, body := range inertBodies {
		checkInert(t, body)
	}
	// A body of HTML as comments have it loses its inline tags.
	body := htmlText(8 << 10)
	b, _ := dropInertTags(nil, escapeNonTags(body))
	dropped := string(b)
	for _, tag := range []string{"<b>", "</b>", "<i>", "<span>", "<img", "<div ", "title="} {
		if strings.Contains(dropped, tag) {
			t.Errorf("%s is still in the HTML input", tag)
		}
	}
	checkInert(t, body)
}

// TestDropInertTagsPieces checks dropInertTags on many bodies made of
// pieces of inertBodies and of HTML, cut and joined at random.
func TestDropInertTagsPieces(t *testing.T) {
	pieces := []string{
		"<", ">", "</", "/>", "<b>", "</b>", "<i ", "=", "\"", "'", "\r", "\n", " ", "&", "amp;", "&lt;",
		"<script>", "</script>", "<!--", "-->", "<style>", "</style", "<textarea>", "<p>", "</p>", "<br>",
		"<a href=\"", "</a>", "x", "<span class=", "<img src=", "<svg>", "</svg>", "<title>", "<xmp>", "\f",
		"<!--<script>", "</i>", "<b t=\"<script>\">", "<script><!--", "</script>y", "-->", "<div a=\"-->\">",
		"<a title=t ", "href=", "HREF='h'", " rel=x>", "<a href=\"https://a.example/\" title=\"", "<a",
	}
	pieces = append(pieces, inertBodies...)
	r := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		var b strings.Builder
		for range 1 + r.IntN(12) {
			p := pieces[r.IntN(len(pieces))]
			if r.IntN(4) == 0 && len(p) > 1 {
				p = p[r.IntN(len(p)):]
			}
			b.WriteString(p)
		}
		checkInert(t, b.String())
	}
}

// FuzzDropInertTags holds dropInertTags to its promise: on any body,
// StripPolicy writes the same with the inert tags taken out as without.
func FuzzDropInertTags(f *testing.F) {
	for _, body := range inertBodies {
		f.Add(body)
	}
	f.Fuzz(func(t *testing.T, body string) {
		if len(body) > 1<<12 {
			return
		}
		checkInert(t, body)
	})
}
