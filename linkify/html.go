package linkify

import (
	"strings"
	"unicode/utf8"
)

// defaultRel is the rel attribute of every link when Linkifier.Rel is empty:
// search engines give no credit to links that readers post ("ugc", "nofollow").
const defaultRel = "nofollow ugc"

// ellipsis ends link text shortened by MaxDisplay.
const ellipsis = "…"

// defaultTail closes the opening tag of a link for the zero Linkifier; kept
// as a constant so that the default HTML allocates only its result.
const defaultTail = `" rel="` + defaultRel + `">`

// HTML returns text as HTML: every character outside links escaped, and
// each link as <a href="…" rel="nofollow ugc">…</a>, after Filter. Newlines
// and every other character pass through unchanged, so that, with MaxDisplay
// off and no Filter, unescaping the text of the result gives back text
// exactly, with one exception: a link whose host is written in mixed
// scripts (аpple.com with a Cyrillic а) shows its href, host in punycode,
// as browsers do, so that a look-alike cannot pass for the real site.
func (l *Linkifier) HTML(text string) string {
	links := l.Find(text)
	// The slice is ours: render into it.
	return l.html(text, links, links[:0])
}

// HTMLOf is HTML for links already found by l.Find(text), for a caller that
// needs both the links and the HTML without scanning the text twice. It
// does not modify links. A link that does not fit text (out of order,
// overlapping, or whose Text is not text[Start:End]) stays text, and so does
// one whose URL this Linkifier would not link: HTMLOf never writes an href
// that HTML could not.
func (l *Linkifier) HTMLOf(text string, links []Link) string {
	var buf [stackLinks]Link
	return l.html(text, links, buf[:0])
}

// html renders text with links, writing the links as shown into kept (which
// may share links' array: each is read before it is written).
func (l *Linkifier) html(text string, links, kept []Link) string {
	if len(links) == 0 && escapedLen(text) == len(text) {
		return text
	}
	last := 0
	for _, ln := range links {
		if ln.Start < last || ln.Start >= ln.End || ln.End > len(text) || text[ln.Start:ln.End] != ln.Text ||
			!l.safeHref(ln.URL) {
			continue
		}
		if r, ok := l.render(ln); ok {
			kept = append(kept, r)
			last = ln.End
		}
	}
	tail := l.tail()
	size := 0
	last = 0
	for _, ln := range kept {
		size += escapedLen(text[last:ln.Start]) + len(`<a href="`) + escapedLen(ln.URL) +
			len(tail) + escapedLen(ln.Text) + len(`</a>`)
		last = ln.End
	}
	size += escapedLen(text[last:])

	var b strings.Builder
	b.Grow(size)
	last = 0
	for _, ln := range kept {
		writeEscaped(&b, text[last:ln.Start])
		b.WriteString(`<a href="`)
		writeEscaped(&b, ln.URL)
		b.WriteString(tail)
		writeEscaped(&b, ln.Text)
		b.WriteString(`</a>`)
		last = ln.End
	}
	writeEscaped(&b, text[last:])
	return b.String()
}

// render decides how one link is shown: it applies Filter, shows a
// mixed-script host in ASCII, and shortens the text to MaxDisplay. The
// returned Link keeps Start and End; URL is the href and Text what is shown.
// It reports false when the link is to stay text.
func (l *Linkifier) render(ln Link) (Link, bool) {
	out := ln
	if l.Filter != nil {
		r, ok := l.Filter(ln)
		if !ok || !l.safeHref(r.URL) {
			return Link{}, false
		}
		out.URL = r.URL
		if r.Text != "" {
			out.Text = r.Text
		}
	}
	if out.Text == ln.Text && !isASCII(ln.Text) && ln.mixedScript() {
		out.Text = asciiDisplay(ln)
	}
	out.Text = l.shorten(out.Text)
	return out, true
}

// mixedScript reports whether the link's host, or an e-mail's domain, mixes
// scripts (see mixedScript).
func (ln Link) mixedScript() bool {
	if ln.Email {
		return mixedScript(ln.URL[strings.LastIndexByte(ln.URL, '@')+1:])
	}
	return mixedScript(ln.Host)
}

// asciiDisplay is the text shown for a link whose host mixes scripts: its
// href, as a browser's address bar would show it, without the scheme when
// the commenter wrote none.
func asciiDisplay(ln Link) string {
	if ln.Email {
		return strings.TrimPrefix(ln.URL, "mailto:")
	}
	if i := strings.Index(ln.URL, "://"); i >= 0 && !strings.Contains(ln.Text, "://") {
		return ln.URL[i+3:]
	}
	return ln.URL
}

// shorten cuts s to MaxDisplay characters, the last an ellipsis.
func (l *Linkifier) shorten(s string) string {
	if l.MaxDisplay <= 0 || len(s) <= l.MaxDisplay {
		return s // fewer bytes than the limit: fewer characters too
	}
	n := 0
	for i := range s {
		if n == l.MaxDisplay-1 {
			if utf8.RuneCountInString(s[i:]) == 1 {
				return s // exactly MaxDisplay characters
			}
			return s[:i] + ellipsis
		}
		n++
	}
	return s
}

// safeHref reports whether an href returned by Filter may be rendered: no
// spaces or control characters (browsers drop them, so "java\tscript:" would
// become a scheme), and either relative or with a scheme this Linkifier links.
func (l *Linkifier) safeHref(u string) bool {
	if u == "" {
		return false
	}
	for i := 0; i < len(u); i++ {
		if u[i] <= ' ' || u[i] == 0x7f {
			return false
		}
	}
	for i := 0; i < len(u); i++ {
		c := u[i]
		if c == ':' {
			return i > 0 && l.allowed(u[:i], strings.HasPrefix(u[i+1:], "//"))
		}
		if asciiClass[c]&cScheme == 0 {
			return true // "/", "?", "#" or another character first: relative
		}
	}
	return true
}

// tail is the rest of an opening tag after the href value.
func (l *Linkifier) tail() string {
	if l.Rel == "" && l.Target == "" {
		return defaultTail
	}
	rel := l.Rel
	if rel == "" {
		rel = defaultRel
	}
	if l.Target == "_blank" && !hasWord(rel, "noopener") {
		// Without noopener the opened page could navigate this one.
		rel += " noopener"
	}
	var b strings.Builder
	b.WriteString(`" rel="`)
	writeEscaped(&b, rel)
	if l.Target != "" {
		b.WriteString(`" target="`)
		writeEscaped(&b, l.Target)
	}
	b.WriteString(`">`)
	return b.String()
}

func hasWord(s, w string) bool {
	for f := range strings.FieldsSeq(s) {
		if strings.EqualFold(f, w) {
			return true
		}
	}
	return false
}

// escapes maps each byte that HTML escapes to its entity, as html.EscapeString.
var escapes = [256]string{
	'<':  "&lt;",
	'>':  "&gt;",
	'&':  "&amp;",
	'\'': "&#39;",
	'"':  "&#34;",
}

// escapedLen is the length of s once escaped.
func escapedLen(s string) int {
	n := len(s)
	for i := nextEscape(s, 0); i < len(s); i = nextEscape(s, i+1) {
		n += len(escapes[s[i]]) - 1
	}
	return n
}

// writeEscaped writes s to b with < > & ' " escaped.
func writeEscaped(b *strings.Builder, s string) {
	last := 0
	for i := nextEscape(s, 0); i < len(s); i = nextEscape(s, i+1) {
		b.WriteString(s[last:i])
		b.WriteString(escapes[s[i]])
		last = i + 1
	}
	b.WriteString(s[last:])
}

// nextEscape returns the index of the first byte of s from i on that HTML
// escapes, or len(s). Prose has few such bytes, so it tests eight bytes at
// a time, and rendering a comment costs a fraction of a byte-by-byte scan.
func nextEscape(s string, i int) int {
	for i+8 <= len(s) && !hasEscape(load64(s[i:])) {
		i += 8
	}
	for ; i < len(s); i++ {
		if escapes[s[i]] != "" {
			return i
		}
	}
	return len(s)
}

// hasEscape reports whether one of the eight bytes in x is < > & ' or ".
func hasEscape(x uint64) bool {
	return hasByte(x, '<')|hasByte(x, '>')|hasByte(x, '&')|hasByte(x, '\'')|hasByte(x, '"') != 0
}

// hasByte is non-zero when one of the eight bytes in x is c: x^c has a
// zero byte there, and (y-0x01…)&^y&0x80… is non-zero exactly when y has
// a zero byte (Hacker's Delight, 6-1).
func hasByte(x uint64, c byte) uint64 {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	y := x ^ ones*uint64(c)
	return (y - ones) &^ y & highs
}

// load64 reads the first eight bytes of s as a little-endian number (the
// compiler turns it into one load).
func load64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}
