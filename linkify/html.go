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
// (unless LineBreaks makes them <br>) and every other character pass
// through unchanged, so that, with MaxDisplay off and no Filter, unescaping
// the text of the result gives back text exactly, with one exception: a
// link whose host is written in mixed scripts (аpple.com with a Cyrillic а)
// shows its href, host in punycode, as browsers do, so that a look-alike
// cannot pass for the real site.
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
	esc, tail := l.textEscaper(), l.tail()
	size := htmlLen(text, kept, esc, tail)
	if len(kept) == 0 && size == len(text) {
		return text // nothing to link or escape (escaping always lengthens)
	}

	var b strings.Builder
	b.Grow(size) // the HTML in one allocation
	// The text between links is read with one byteFinder (the pieces go
	// forward in the text): the long runs of prose with nothing to escape
	// are searched in bulk and copied whole. (Written here rather than in
	// a function given &b, the appends to b need no write barrier.)
	f := newByteFinder(text, esc.set)
	last = 0
	for k := 0; k <= len(kept); k++ {
		end := len(text)
		if k < len(kept) {
			end = kept[k].Start
		}
		for i := f.next(last); i < end; i = f.next(i + 1) {
			b.WriteString(text[last:i])
			b.WriteString(esc.entity(text, i))
			last = i + 1
		}
		b.WriteString(text[last:end])
		if k == len(kept) {
			break
		}
		ln := kept[k]
		b.WriteString(`<a href="`)
		attrEscaper.write(&b, ln.URL)
		b.WriteString(tail)
		esc.write(&b, ln.Text)
		b.WriteString(`</a>`)
		last = ln.End
	}
	return b.String()
}

// htmlLen returns the length of the HTML that html writes for text with
// the links kept: the whole text escaped, less the text of the links, plus
// the links as shown.
func htmlLen(text string, kept []Link, esc escaper, tail string) int {
	n := esc.count(text)
	for _, ln := range kept {
		n += len(`<a href="`) + attrEscaper.len(ln.URL) + len(tail) + len(`</a>`)
		if ln.Text == text[ln.Start:ln.End] && text[ln.End-1] != '\r' {
			continue // shown as written: escaped as long in the text as in the link
		}
		n += esc.len(ln.Text) - esc.lenIn(text, ln.Start, ln.End)
	}
	return n
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
	attrEscaper.write(&b, rel)
	if l.Target != "" {
		b.WriteString(`" target="`)
		attrEscaper.write(&b, l.Target)
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

// An escaper escapes text for HTML: each byte of set becomes its entity in
// to.
type escaper struct {
	set *byteSet
	to  *[256]string
}

// entities maps each byte that HTML escapes to its entity, as
// html.EscapeString.
var entities = [256]string{
	'<':  "&lt;",
	'>':  "&gt;",
	'&':  "&amp;",
	'\'': "&#39;",
	'"':  "&#34;",
}

// breakEntities is entities with CR and LF written as <br>, for LineBreaks.
// (A CR followed by LF is written as nothing: the LF is the break.)
var breakEntities = func() [256]string {
	t := entities
	t['\r'], t['\n'] = "<br>", "<br>"
	return t
}()

var (
	// attrEscaper escapes attribute values, and text when LineBreaks is off.
	attrEscaper = escaper{set: newByteSet(`<>&'"`), to: &entities}
	// breakEscaper escapes text when LineBreaks is on.
	breakEscaper = escaper{set: newByteSet("<>&'\"\r\n"), to: &breakEntities}
)

// textEscaper returns the escaper of text outside tags.
func (l *Linkifier) textEscaper() escaper {
	if l.LineBreaks {
		return breakEscaper
	}
	return attrEscaper
}

// entity returns what s[i], a byte of e.set, is written as.
func (e escaper) entity(s string, i int) string {
	if s[i] == '\r' && i+1 < len(s) && s[i+1] == '\n' {
		return "" // CR LF is one line break, written for the LF
	}
	return e.to[s[i]]
}

// count returns the length of s once escaped. It counts each byte of the
// set with strings.Count (vectorised): text dense with them, like a
// comment in paragraphs, costs no more than prose without.
func (e escaper) count(s string) int {
	n := len(s)
	for k := 0; k < len(e.set.bytes); k++ {
		c := e.set.bytes[k : k+1]
		if m := strings.Count(s, c); m > 0 {
			n += m * (len(e.to[c[0]]) - 1)
			if c == "\r" { // in the set only as a line break
				n -= strings.Count(s, "\r\n") * len(e.to['\r']) // written for the LF alone
			}
		}
	}
	return n
}

// lenIn returns the length of s[i:j] once escaped as part of s (a CR at
// j-1 reads s[j]), looking at each byte: it is for the short strings of a
// link (its href, its text), where searches would cost more than they save.
func (e escaper) lenIn(s string, i, j int) int {
	n := j - i
	for ; i < j; i++ {
		if e.to[s[i]] != "" {
			n += len(e.entity(s, i)) - 1
		}
	}
	return n
}

// len returns the length of a short string s once escaped.
func (e escaper) len(s string) int { return e.lenIn(s, 0, len(s)) }

// write writes a short string s escaped to b, as len counts it.
func (e escaper) write(b *strings.Builder, s string) {
	last := 0
	for i := 0; i < len(s); i++ {
		if e.to[s[i]] != "" {
			b.WriteString(s[last:i])
			b.WriteString(e.entity(s, i))
			last = i + 1
		}
	}
	b.WriteString(s[last:])
}
