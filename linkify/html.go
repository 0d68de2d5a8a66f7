package linkify

import (
	"strings"
	"unicode/utf8"

	"github.com/rivo/uniseg"
)

// defaultRel is the rel attribute of every link when Linkifier.Rel is empty:
// search engines give no credit to links that readers post ("ugc", "nofollow").
const defaultRel = "nofollow ugc"

// ellipsis ends link text shortened by MaxDisplay.
const ellipsis = "…"

// isolate ends the opening tag of every link. An element with a dir
// attribute is a bidi isolate (the HTML standard's rendering rules give it
// unicode-bidi: isolate), so neither a right-to-left override typed before
// a link ("\u202ehttps://evil.example/moc.elgoog//:sptth" would otherwise
// read "https://google.com/…") nor the direction of the text around it
// reorders what the link shows. The direction is ltr, not auto: a URL reads
// left to right, as an address bar shows it, host first. With auto, a bare
// link that starts with a Hebrew or Arabic label, such as
// "דוגמה.com/google.com", is laid out right to left as a whole and reads
// "com/google.com.דוגמה", its path before its host (checked in Chromium).
const isolate = `" dir="ltr">`

// defaultTail closes the opening tag of a link for the zero Linkifier; kept
// as a constant so that the default HTML allocates only its result.
const defaultTail = `" rel="` + defaultRel + isolate

// HTML returns text as HTML: every character outside links escaped, and
// each link as <a href="…" rel="nofollow ugc" dir="ltr">…</a>, after
// Filter (dir="ltr" isolates the link from bidi controls around it). Newlines
// (unless LineBreaks makes them <br>) and every other character pass
// through unchanged, so that, with MaxDisplay off and no Filter, unescaping
// the text of the result gives back text exactly, with one exception, so
// that what a link shows names the host it goes to, as browsers do: a link
// whose host could pass for another shows its href, host in punycode. Such
// a host is written in mixed scripts (аpple.com, its first letter
// Cyrillic), with a character that is not a letter, mark or digit
// (google.com⁄evil.example, whose U+2044 looks like a slash), with a CJK
// slash or dash look-alike among Latin letters (google.comノevil.example),
// or in Cyrillic letters that all look Latin under an ASCII top-level
// domain (аррӏе.com).
//
// A link typed with user info before its host is linked from its host on:
// "https://google.com@evil.example/x" (which goes to evil.example) is the
// text "https://google.com@" and a link to https://evil.example/x that
// shows "evil.example/x". What is typed is all shown, and what can be
// clicked names the host it goes to. An '@' after the host
// (https://medium.com/@bob) is not user info, and an e-mail address
// (google.com@evil.example) is an e-mail link, shown as typed.
func (l *Linkifier) HTML(text string) string {
	links := l.Find(text)
	// The slice is ours: render into it.
	return l.html(text, links, links[:0])
}

// HTMLOf is HTML for links already found by l.Find(text), for a caller that
// needs both the links and the HTML without scanning the text twice. It
// does not modify links. A link that does not fit text (out of order,
// overlapping, or whose Text is not text[Start:End]) stays text, and so does
// one whose URL this Linkifier would not link (a scheme it does not link,
// user info, spaces or control characters): HTMLOf never writes an href
// with a scheme or user info that HTML could not. It does not read the
// host again: a link Find would not give, such as one to a host with an
// empty label (https://.evil.example/), is rendered as given.
func (l *Linkifier) HTMLOf(text string, links []Link) string {
	var buf [stackLinks]Link
	kept := buf[:0]
	if len(links) > len(buf) {
		// At most every link is shown: one allocation, never grown, so
		// a text packed with links costs the same per byte as any other.
		kept = make([]Link, 0, len(links))
	}
	return l.html(text, links, kept)
}

// html renders text with links, writing the links as shown into kept (which
// may share links' array: each is read before it is written).
func (l *Linkifier) html(text string, links, kept []Link) string {
	esc, tail := l.textEscaper(), l.tail()
	var lensBuf [stackLinks]shownLen
	lens := lensBuf[:0]
	if len(links) > len(lensBuf) {
		lens = make([]shownLen, 0, len(links)) // as kept: never grown
	}
	var at [maxRecorded]int
	lay := l.layOut(text, links, esc, tail, kept, lens, &at)
	kept = lay.kept
	if len(kept) == 0 && lay.n == 0 {
		return text // nothing to link or escape
	}

	var b strings.Builder
	b.Grow(lay.size) // the HTML in one allocation
	// The text between links is copied in runs between the bytes to
	// escape that layOut found; only past the first maxRecorded of them
	// is the text searched again. (Written here rather than in a function
	// given &b, the appends to b need no write barrier.)
	var f byteFinder
	searching := false
	p, last := 0, 0
	for k := 0; k <= len(kept); k++ {
		end := len(text)
		if k < len(kept) {
			end = kept[k].Start
		}
		for {
			i := len(text)
			switch {
			case p < lay.n:
				i = at[p]
			case lay.more:
				if !searching {
					f, searching = newByteFinder(text, esc.set), true
				}
				i = f.next(last)
			}
			if i >= end {
				break
			}
			p++
			b.WriteString(text[last:i])
			b.WriteString(esc.entity(text, i))
			last = i + 1
		}
		b.WriteString(text[last:end])
		if k == len(kept) {
			break
		}
		ln, n := kept[k], lay.lens[k]
		b.WriteString(`<a href="`)
		if n.href == len(ln.URL) {
			b.WriteString(ln.URL) // nothing to escape, as most hrefs
		} else {
			attrEscaper.write(&b, ln.URL)
		}
		b.WriteString(tail)
		if n.text == len(ln.Text) {
			b.WriteString(ln.Text)
		} else {
			esc.write(&b, ln.Text)
		}
		b.WriteString(`</a>`)
		last = ln.End
	}
	return b.String()
}

// maxRecorded is how many positions of bytes to escape layOut remembers for
// html, so that html need not search the text for them again: the
// apostrophes, quotes and line breaks of a long comment fit. Past that, html
// searches the rest of the text once more (linear still, and no memory that
// grows with the input).
const maxRecorded = 256

// A layout is what html works out before it writes: the links it shows, how
// long each is once escaped, where the text between them needs escaping
// (in an array of html's), and the length of the whole, so that the output
// is allocated once.
type layout struct {
	kept []Link     // the links shown, as shown
	lens []shownLen // lens[k] is how long kept[k] is once escaped
	size int        // the length of the HTML
	n    int        // at[:n] are the first bytes to escape outside the links kept
	more bool       // more bytes to escape follow at[n-1]
}

// shownLen is how long a link's href and text are once escaped; a length
// equal to the string's means it has nothing to escape.
type shownLen struct{ href, text int }

// layOut works out the layout of text and links, appending to kept and
// lens (empty) and writing positions to at: it decides which links are
// shown and how (show), then reads the text between them for the bytes to
// escape. (Arrays and slices are the caller's, and the layout is returned,
// not written through a pointer, so that they can all stay on its stack.)
func (l *Linkifier) layOut(text string, links []Link, esc escaper, tail string,
	kept []Link, lens []shownLen, at *[maxRecorded]int) layout {
	lay := layout{kept: kept, lens: lens}
	last := 0
	for k := range links {
		// By pointer: a Link is eleven words, which a copy moves
		// through memory.
		ln := &links[k]
		if ln.Start < last || ln.Start >= ln.End || ln.End > len(text) || text[ln.Start:ln.End] != ln.Text {
			continue
		}
		href, shown, skip, n, ok := l.show(ln, esc)
		if !ok {
			continue
		}
		start, end := ln.Start+skip, ln.End // read before kept, which may share links' array, is written
		lay.kept = append(lay.kept, Link{Start: start, End: end, Text: shown, URL: href})
		lay.lens = append(lay.lens, n)
		lay.size += len(`<a href="`) + n.href + len(tail) + n.text + len(`</a>`)
		last = end
	}
	// One byteFinder reads the pieces between links in order: the long
	// runs of prose with nothing to escape are searched in bulk.
	f := newByteFinder(text, esc.set)
	from := 0
	for k := 0; k <= len(lay.kept); k++ {
		end := len(text)
		if k < len(lay.kept) {
			end = lay.kept[k].Start
		}
		lay.size += end - from
		for i := f.next(from); i < end; i = f.next(i + 1) {
			lay.size += len(esc.entity(text, i)) - 1
			if lay.n < len(at) && !lay.more {
				at[lay.n] = i
				lay.n++
			} else {
				lay.more = true
			}
		}
		if k < len(lay.kept) {
			from = lay.kept[k].End
		}
	}
	return lay
}

// show decides how one link is shown, as render: it returns the href, the
// text shown, how many bytes of the link's text before it stay text (its
// user info, see userinfoLen), and measures href and text once escaped. It
// reports false when the link is to stay text. With no Filter and no
// MaxDisplay, as the Moderator renders, the link's text is shown as
// written (unless its host could pass for another) and its href is its
// URL: each is read once, or only the href when the two are the same
// string, as for most links written with their scheme.
func (l *Linkifier) show(ln *Link, esc escaper) (href, text string, skip int, n shownLen, ok bool) {
	hrefLen, ascii, ok := measureHref(ln.URL)
	if !ok || !l.schemeOK(ln.URL) {
		return "", "", 0, shownLen{}, false
	}
	if l.Filter != nil || l.MaxDisplay > 0 {
		r, ok := l.render(*ln)
		if !ok {
			return "", "", 0, shownLen{}, false
		}
		return r.URL, r.Text, r.Start - ln.Start, shownLen{href: attrEscaper.len(r.URL), text: esc.len(r.Text)}, true
	}
	// An href has no line break (measureHref), so its text escapes to the
	// same length with esc as with attrEscaper. A link typed with user
	// info has an href without it (Find leaves it out), so only a link
	// whose text is not its href may have user info to leave outside.
	text, textLen := ln.Text, hrefLen
	if ln.Text != ln.URL {
		skip = userinfoLen(ln.Text)
		if skip == len(ln.Text) {
			return "", "", 0, shownLen{}, false // nothing after its user info to show: a caller's link (HTMLOf) that Find never gives
		}
		text = ln.Text[skip:]
		textLen, ascii = esc.measure(text)
	}
	if !ascii && ln.spoofable() {
		text = asciiDisplay(*ln, text)
		textLen = esc.len(text)
	}
	return ln.URL, text, skip, shownLen{href: hrefLen, text: textLen}, true
}

// Classes of bytes in an href, as bits above the two that hold how many
// bytes escaping adds to it (hrefBytes).
const (
	hExtra = 7      // mask: the bytes escaping adds (&lt; adds 3, &#39; adds 4)
	hCtl   = 1 << 3 // space or control character: never in an href
	hHigh  = 1 << 4 // not ASCII
	hAt    = 1 << 5 // '@': the href may hold user info
)

var hrefBytes = func() (t [256]uint8) {
	for c := range t {
		switch {
		case c <= ' ' || c == 0x7f:
			t[c] = hCtl
		case c >= utf8.RuneSelf:
			t[c] = hHigh
		case c == '@':
			t[c] = hAt
		default:
			t[c] = uint8(max(len(entities[c])-1, 0))
		}
	}
	return t
}()

// measureHref returns the length of an href once attribute-escaped and
// whether it is ASCII, with one look-up a byte; ok is false when it is
// empty, holds a space or control character (see safeHref), or holds user
// info (see hasUserinfo).
func measureHref(u string) (n int, ascii, ok bool) {
	var cls uint8
	n = len(u)
	for i := 0; i < len(u); i++ {
		t := hrefBytes[u[i]]
		cls |= t
		n += int(t & hExtra)
	}
	ok = u != "" && cls&hCtl == 0 && (cls&hAt == 0 || !hasUserinfo(u))
	return n, cls&hHigh == 0, ok
}

// hasUserinfo reports whether a browser reads user info in the href u
// (without spaces or control characters), as the WHATWG URL standard parses
// it in a page served over http or https: an '@' in the authority, which
// follows "scheme:" and any slashes or backslashes for a special scheme
// (http, https, ftp, ws, wss, file), "scheme://" for another, and two or
// more slashes or backslashes for a relative href; it ends at the first
// / ? # (or \ for a special scheme). Such an href reads as one site and
// goes to another ("https://google.com@evil.example/"), so HTML never
// writes one: Find leaves user info out of URL, and a link whose URL a
// Filter or a caller of HTMLOf gives with user info stays text.
func hasUserinfo(u string) bool {
	rest, special, scheme := u, true, false // relative: resolved against the page's http(s) URL
	for i := 0; i < len(u); i++ {
		c := u[i]
		if c == ':' && i > 0 {
			rest, special, scheme = u[i+1:], specialScheme(u[:i]), true
			break
		}
		if i == 0 && !isLetter(c) || asciiClass[c]&cScheme == 0 {
			break // not a scheme: a relative href
		}
	}
	slashes := 0
	for slashes < len(rest) && (rest[slashes] == '/' || rest[slashes] == '\\') {
		slashes++
	}
	switch {
	case special && (scheme || slashes >= 2):
		rest = rest[slashes:]
	case !special && strings.HasPrefix(rest, "//"):
		rest = rest[2:]
	default:
		return false // no authority
	}
	for i := 0; i < len(rest); i++ {
		switch rest[i] {
		case '@':
			return true
		case '/', '?', '#':
			return false
		case '\\':
			if special {
				return false
			}
		}
	}
	return false
}

// specialScheme reports whether name (any case) is one of the schemes the
// WHATWG URL standard calls special, whose URLs browsers parse more
// leniently.
func specialScheme(name string) bool {
	for _, s := range [...]string{"http", "https", "ftp", "ws", "wss", "file"} {
		if strings.EqualFold(name, s) {
			return true
		}
	}
	return false
}

// userinfoLen returns how many bytes of the text of a link come before its
// host because it was typed with user info: 19 for
// "https://google.com@evil.example/" (its "https://google.com@"), 0 for a
// link without. HTML links such a link from its host on and leaves the
// rest as text, so that what is typed is all shown and what can be
// clicked names the host it goes to, as its href does (Find leaves user
// info out of URL). Only a link typed with "scheme://" has user info (Find
// reads the host of a bare link "example.com/@alice" before the path, and
// of an e-mail address after the '@'); it runs from "//" to the last '@'
// before the first / ? # or \.
func userinfoLen(s string) int {
	if strings.IndexByte(s, '@') < 0 {
		return 0 // as most links
	}
	c := strings.IndexByte(s, ':')
	if c <= 0 || !strings.HasPrefix(s[c+1:], "//") || !isLetter(s[0]) {
		return 0
	}
	for i := 1; i < c; i++ {
		if asciiClass[s[i]]&cScheme == 0 {
			return 0 // a ':' after a path: not a scheme's
		}
	}
	auth := s[c+3:]
	if i := authEnds.index(auth); i >= 0 {
		auth = auth[:i]
	}
	at := strings.LastIndexByte(auth, '@')
	if at < 0 {
		return 0
	}
	return c + 3 + at + 1
}

func isLetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

// render decides how one link is shown: it applies Filter, leaves user info
// outside the link (Start moves past it, see userinfoLen), shows a
// spoofable host in ASCII, and shortens the text to MaxDisplay. The
// returned Link keeps End; URL is the href and Text what is shown. It
// reports false when the link is to stay text.
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
	if out.Text == ln.Text {
		skip := userinfoLen(ln.Text)
		if skip == len(ln.Text) {
			return Link{}, false // nothing after its user info to show (see show)
		}
		out.Start += skip
		out.Text = ln.Text[skip:]
		if !isASCII(out.Text) && ln.spoofable() {
			out.Text = asciiDisplay(ln, out.Text)
		}
	}
	out.Text = l.shorten(out.Text)
	return out, true
}

// spoofable reports whether the link's host, or an e-mail's domain, could
// pass for another when shown as written (see spoofable).
func (ln Link) spoofable() bool {
	if ln.Email {
		return spoofable(ln.URL[strings.LastIndexByte(ln.URL, '@')+1:])
	}
	return spoofable(ln.Host)
}

// asciiDisplay is the text shown for a link whose host is spoofable, in
// place of shown (its text as written, from its host on when it has user
// info): its href, as a browser's address bar would show it, without the
// scheme when shown has none.
func asciiDisplay(ln Link, shown string) string {
	if ln.Email {
		return strings.TrimPrefix(ln.URL, "mailto:")
	}
	if i := strings.Index(ln.URL, "://"); i >= 0 && !strings.Contains(shown, "://") {
		return ln.URL[i+3:]
	}
	return ln.URL
}

// shorten cuts s to MaxDisplay characters, the last an ellipsis.
// Characters are what a reader sees as one (grapheme clusters, as the
// moderation package counts a comment's length), so that a cut never
// splits a flag, an emoji with its skin tone or a letter from its accent.
func (l *Linkifier) shorten(s string) string {
	if l.MaxDisplay <= 0 || len(s) <= l.MaxDisplay {
		return s // fewer bytes than the limit: fewer characters too
	}
	keep := 0 // s[:keep] is the first MaxDisplay-1 characters
	state := -1
	for n, rest := 0, s; rest != ""; n++ {
		if n == l.MaxDisplay {
			return s[:keep] + ellipsis
		}
		if n == l.MaxDisplay-1 {
			keep = len(s) - len(rest)
		}
		_, rest, _, state = uniseg.FirstGraphemeClusterInString(rest, state)
	}
	return s // exactly MaxDisplay characters or fewer
}

// safeHref reports whether an href returned by Filter may be rendered: no
// spaces or control characters (browsers drop them, so "java\tscript:" would
// become a scheme), and either relative or with a scheme this Linkifier links.
func (l *Linkifier) safeHref(u string) bool {
	_, _, ok := measureHref(u)
	return ok && l.schemeOK(u)
}

// schemeOK reports whether an href without spaces or control characters is
// relative or has a scheme this Linkifier links.
func (l *Linkifier) schemeOK(u string) bool {
	if len(l.Schemes) == 0 && (strings.HasPrefix(u, "https://") || strings.HasPrefix(u, "http://")) {
		return true // the default schemes, as Find writes most hrefs: no search, no look-up
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

// opensWindow reports whether a link with this target may open another
// tab or window, whose page then gets a handle on this one: target
// keywords are read in any case, and any name other than _self, _parent
// and _top names a window that a click opens when none has that name.
func opensWindow(target string) bool {
	if target == "" {
		return false
	}
	for _, same := range [...]string{"_self", "_parent", "_top"} {
		if strings.EqualFold(target, same) {
			return false
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
	if opensWindow(l.Target) && !hasWord(rel, "noopener") {
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
	b.WriteString(isolate)
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

// measure returns the length of a short string s once escaped, and whether
// s is ASCII, reading it once.
func (e escaper) measure(s string) (n int, ascii bool) {
	n = len(s)
	var high byte
	for i := 0; i < len(s); i++ {
		high |= s[i]
		if e.to[s[i]] != "" {
			n += len(e.entity(s, i)) - 1
		}
	}
	return n, high < utf8.RuneSelf
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
