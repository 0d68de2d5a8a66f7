package linkify

import (
	"html"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestEscapeEveryPosition checks the escapers, both the byte-by-byte way and
// the way HTML searches for the bytes it escapes in bulk, against html.EscapeString (and, for line breaks,
// its output with CR LF, CR and LF replaced by <br>) with each escaped
// byte, and bytes next to it in value, at every position of a 40-byte text.
func TestEscapeEveryPosition(t *testing.T) {
	breaks := strings.NewReplacer("\r\n", "<br>", "\r", "<br>", "\n", "<br>")
	check := func(t *testing.T, s string) {
		t.Helper()
		want := html.EscapeString(s)
		for _, e := range []escaper{attrEscaper, breakEscaper} {
			if e == breakEscaper {
				want = breaks.Replace(want)
			}
			assert.Equal(t, want, written(e, s))
			assert.Equal(t, len(want), e.len(s))
			n, ascii := e.measure(s)
			assert.Equal(t, len(want), n)
			assert.Equal(t, isASCII(s), ascii)
			// No link in s: HTML escapes it all as text.
			assert.Equal(t, want, (&Linkifier{LineBreaks: e == breakEscaper}).HTML(s))
		}
	}
	for _, c := range []byte("<>&'\"\r\n;=?%\x00\x7f\xff") {
		for pos := 0; pos < 40; pos++ {
			b := []byte(strings.Repeat("abcdefgh", 5))
			b[pos] = c
			s := string(b)
			t.Run(html.EscapeString(s), func(t *testing.T) { check(t, s) })
		}
	}
	for _, s := range []string{
		"", "a", "<<<<<<<<<", "&&&&&&&&&&&&&&&&", `"'<>&"'<>&"'<>&`, "Café ünïcödé <b> & more…",
		"\r", "\n", "\r\n", "\n\r", "\r\r\n\n", "a\r\nb\rc\nd", "<\r\n>", "\r\n\r\n\r\n",
	} {
		t.Run(html.EscapeString(s), func(t *testing.T) { check(t, s) })
	}
}

func written(e escaper, s string) string {
	var b strings.Builder
	e.write(&b, s)
	return b.String()
}

// TestHTMLLen checks that html sizes its output exactly, also for links
// passed to HTMLOf that Find would not return: starting with a line break,
// ending with CR, next to each other, after a CR.
func TestHTMLLen(t *testing.T) {
	const text = "a\r\nb<c>\r\nd&e\r\r\n\nf'g\"h\r"
	spans := [][][2]int{
		nil, {{0, 1}}, {{2, 4}}, {{1, 3}}, {{2, 3}, {3, 4}}, {{0, 2}, {2, 3}, {3, 6}},
		{{12, 14}, {14, 15}}, {{13, 16}}, {{15, 20}}, {{19, 20}, {20, 21}}, {{0, len(text)}},
	}
	for _, lb := range []bool{false, true} {
		for _, l := range []*Linkifier{{LineBreaks: lb}, {LineBreaks: lb, Rel: "me", Target: "_blank"}} {
			for _, sp := range spans {
				var links []Link
				for _, s := range sp {
					links = append(links, Link{Start: s[0], End: s[1], Text: text[s[0]:s[1]], URL: "https://example.com/?a&b"})
				}
				out := l.HTMLOf(text, links)
				var at [maxRecorded]int
				lay := l.layOut(text, links, l.textEscaper(), l.tail(), nil, nil, &at)
				assert.Equal(t, len(out), lay.size, "%v in %q: %q", sp, text, out)
				assert.Equal(t, strings.Count(out, "<a "), len(links), out)
			}
		}
	}
}

// TestManyEscapes checks HTML on text with more bytes to escape than html
// remembers positions of (maxRecorded), around links, so that the bytes
// past those are searched for again: the output must be the same as
// escaping each piece between links on its own.
func TestManyEscapes(t *testing.T) {
	const link = "https://example.com/a?b&c"
	breaks := strings.NewReplacer("\r\n", "<br>", "\r", "<br>", "\n", "<br>")
	for _, n := range []int{maxRecorded - 1, maxRecorded, maxRecorded + 1, 3*maxRecorded + 7} {
		for _, piece := range []string{"<", "a'b", "x\r\ny", "\n", "q\r"} {
			var in, want, wantBreaks strings.Builder
			for i := 0; i < n; i++ {
				in.WriteString(piece)
				want.WriteString(html.EscapeString(piece))
				wantBreaks.WriteString(breaks.Replace(html.EscapeString(piece)))
				if i%100 == 99 {
					a := ` <a href="https://example.com/a?b&amp;c" rel="nofollow ugc" dir="ltr">https://example.com/a?b&amp;c</a> `
					in.WriteString(" " + link + " ")
					want.WriteString(a)
					wantBreaks.WriteString(a)
				}
			}
			assert.Equal(t, want.String(), HTML(in.String()), "%d × %q", n, piece)
			lb := Linkifier{LineBreaks: true}
			assert.Equal(t, wantBreaks.String(), lb.HTML(in.String()), "%d × %q with LineBreaks", n, piece)
		}
	}
}
