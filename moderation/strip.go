package moderation

import (
	"bytes"
	_ "embed"
	"html"
	"io"
	"iter"
	"regexp"
	"slices"
	"strings"
	"sync"

	"github.com/microcosm-cc/bluemonday"
	xhtml "golang.org/x/net/html"
)

// Stripping turns the Body into plain text. Bluemonday does the one HTML
// tokenizer pass; its policy (StripPolicy by default) keeps only the tags
// that carry meaning for plain text (block elements, <br>, <a href>), and
// its output, which is well-formed and escaped, is collected and read in
// one pass by a cheap scanner (textReader) rather than a second HTML
// parser. With New's own StripPolicy, the tags it would drop without a
// trace (<b>, <span>, <img>…) and the attributes it would drop from the
// tags it keeps (<div class="…">, <a title="…">) are taken out of the
// Body before it runs (dropInertTags): the sanitizer's cost is per token
// and per attribute, written or dropped.

// lineBreakElements end a line: at their start and end the text gets a
// line break, unless it already ends with one.
var lineBreakElements = []string{
	"div", "li", "dt", "dd", "tr", "caption", "figcaption", "summary",
	"legend", "option", "optgroup", "tbody", "thead", "tfoot",
}

// paragraphElements end a paragraph: at their start and end the text gets
// a blank line, unless it already ends with one.
var paragraphElements = []string{
	"p", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "ul",
	"ol", "dl", "table", "hr", "figure", "section", "article", "aside",
	"header", "footer", "nav", "main", "address", "details", "fieldset",
	"form", "hgroup", "search", "dialog", "center", "menu", "dir",
	"listing", "xmp",
}

// voidElements have no content, yet bluemonday skips the "content" of
// frame by default, up to an end tag that never comes.
var voidElements = []string{"embed", "frame"}

// cellElements are separated from the next cell by a space.
var cellElements = []string{"td", "th"}

// emptyElements have no end tag: the void elements of the HTML standard
// (https://html.spec.whatwg.org/multipage/syntax.html#void-elements) and
// the obsolete ones its parser reads the same way. Of the elements kept in
// Result.HTML, wbr is one: a start tag that opens nothing.
var emptyElements = []string{
	"area", "base", "br", "col", "embed", "hr", "img", "input", "link",
	"meta", "source", "track", "wbr", "basefont", "bgsound", "frame",
	"keygen", "param",
}

// formattingElements are the inline elements a policy of the site's own
// may keep in Result.HTML: the HTML standard's text-level elements that
// format text (https://html.spec.whatwg.org/multipage/text-level-semantics.html),
// ins and del, and the obsolete formatting ones browsers still render.
// Left out are those that link, fetch or embed (a, img, area, map, audio,
// video…), form controls, and bdo, which turns text around as the bidi
// controls normalising drops do. A kept element of another kind is
// stripped, its text kept.
var formattingElements = []string{
	"b", "strong", "i", "em", "u", "s", "strike", "del", "ins", "mark",
	"small", "big", "sub", "sup", "code", "kbd", "samp", "var", "tt", "q",
	"cite", "dfn", "abbr", "acronym", "time", "data", "span", "bdi", "ruby",
	"rt", "rp", "wbr", "nobr",
}

// skippedElements lose their content as well as their tags: code, styles
// and embedded documents are never text a commenter meant to show. The
// void elements embed and frame are not among them (voidElements): they
// have no end tag, so skipping their "content" dropped everything after
// them.
var skippedElements = [...]string{
	"script", "style", "noscript", "iframe", "object", "template",
	"applet", "frameset", "noembed", "noframes",
	"title", "svg", "math", "select", "textarea",
}

// tagKind says what a tag kept by the policy becomes in the text.
type tagKind uint8

const (
	tagDropped   tagKind = iota // nothing
	tagLine                     // a line break
	tagParagraph                // a blank line
	tagCell                     // a space
	tagBreak                    // <br>: always a line break
	tagAnchor                   // <a href>: its URL
)

// StripPolicy returns a new copy of the default Config.Policy:
// bluemonday.StrictPolicy, which keeps no HTML, plus the tags that
// stripping turns into text (block elements and <br> into line breaks, the
// href of <a> into its URL) and with the content of script, style,
// noscript, iframe, object, template and the like dropped. Start from it
// to make a policy of your own: the formatting elements you allow on it
// (p.AllowElements("b", "em", "code")) are kept in Result.HTML, and only
// there (see Config.Policy).
func StripPolicy() *bluemonday.Policy {
	p := bluemonday.StrictPolicy()
	p.AllowAttrs("href").OnElements("a")
	// AllowNoAttrs, not AllowElements: bluemonday keeps a tag left with
	// no attributes only for the elements it lists, and drops the others
	// (main, form, legend, menu, listing …), which glued the words on
	// either side of them.
	p.AllowNoAttrs().OnElements("br")
	p.AllowNoAttrs().OnElements(lineBreakElements...)
	p.AllowNoAttrs().OnElements(paragraphElements...)
	p.AllowNoAttrs().OnElements(cellElements...)
	p.SkipElementsContent(skippedElements[:]...)
	p.AllowElementsContent(voidElements...)
	return p
}

// policyProbe holds one of each tag that stripping must see to keep its
// promises whatever the policy: an anchor (its URL is kept, linked and
// checked, and its presence is CodeHTMLLink), <br> and the commonest block
// elements (line breaks, so that words on either side never glue).
const policyProbe = `<a href="https://example.com/">a</a><br><p>p</p><div>d</div><li>l</li>`

// policyProbeTags are the tags of policyProbe as a policy that keeps them
// writes them.
var policyProbeTags = []string{`href="https://example.com/"`, "<br", "<p>", "<div>", "<li>"}

// sitePolicy returns the policy stripping runs for Config.Policy p, and
// whether it may keep inline elements. Stripping reads the structure
// (anchors, line breaks) from the policy's output, so a policy that drops
// any tag of policyProbe would let anchors pass unflagged and glue words:
// such a policy (bluemonday.StrictPolicy or NewPolicy with a few inline
// tags allowed, as a site writes one) is read only for the formatting
// elements it keeps, with lang and datetime where it keeps them, and
// stripping runs StripPolicy with those allowed. A policy that keeps
// the structure (UGCPolicy, one built from StripPolicy) runs as it is.
func sitePolicy(p *bluemonday.Policy) (*bluemonday.Policy, bool) {
	if p == nil {
		return StripPolicy(), false
	}
	out := p.Sanitize(policyProbe)
	keepsStructure := true
	for _, tag := range policyProbeTags {
		keepsStructure = keepsStructure && strings.Contains(out, tag)
	}
	if keepsStructure {
		return p, true
	}
	var kept []string
	for _, name := range formattingElements {
		if strings.Contains(p.Sanitize("<"+name+">x</"+name+">"), "<"+name) {
			kept = append(kept, name)
		}
	}
	if len(kept) == 0 {
		return StripPolicy(), false
	}
	q := StripPolicy()
	q.AllowElements(kept...)
	for _, attr := range inlineAttributes {
		value := "en" // lang
		if attr == "datetime" {
			value = "2024-01-02"
		}
		var on []string
		for _, name := range kept {
			if strings.Contains(p.Sanitize("<"+name+" "+attr+`="`+value+`">x</`+name+">"), attr+"=") {
				on = append(on, name)
			}
		}
		if len(on) > 0 {
			q.AllowAttrs(attr).OnElements(on...)
		}
	}
	return q, true
}

//go:embed lists/html-elements.txt
var htmlElementsFile string

// elementNames are the names of lists/html-elements.txt, in lower case.
var elementNames = func() []string {
	var names []string
	for _, line := range strings.Split(htmlElementsFile, "\n") {
		line = strings.TrimSpace(line)
		if line != "" && !strings.HasPrefix(line, "#") {
			names = append(names, line)
		}
	}
	return names
}()

// An elementEntry is what stripping knows about one tag name.
type elementEntry struct {
	key     nameKey
	element bool    // an HTML element (elementNames)
	skipped int8    // its index in skippedElements, or -1
	kind    tagKind // what the tag becomes in the text, if the policy keeps it
	empty   bool    // one of emptyElements
	// formatting: one of formattingElements, kept in Result.HTML if a
	// policy of the site's own keeps it
	formatting bool
	rawText    bool // one of rawTextElements
	// tokenizerRaw: one of tokenizerRawText
	tokenizerRaw bool
	// inert: StripPolicy drops its tags and nothing else (inertElement)
	inert bool
	// bare: StripPolicy keeps its start tag with no attribute, and it
	// is no tokenizerRaw element (a block element or <br>)
	bare bool
}

// A nameKey is a tag name of at most longestElementName bytes packed into
// two words (room for 16), zero-padded, and its length: two names are the
// same exactly when their keys are, and keys compare without a call to
// memequal.
type nameKey struct {
	lo, hi uint64
	n      int
}

// keyOf returns the key of name, ASCII letters lower-cased if fold, and
// false for a name too long to be an element's. The words are built in
// registers: bytes stored one by one and read back as a word would stall
// the load until the stores retire.
func keyOf[S string | []byte](name S, fold bool) (nameKey, bool) {
	if len(name) > longestElementName {
		return nameKey{}, false
	}
	k := nameKey{n: len(name)}
	for i := range len(name) {
		c := name[i]
		if fold && 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if i < 8 {
			k.lo |= uint64(c) << (8 * i)
		} else {
			k.hi |= uint64(c) << (8 * (i - 8))
		}
	}
	return k, true
}

// hash mixes the key's words; the high half of a product picks the slot.
func (k nameKey) hash() uint32 {
	return uint32((k.lo ^ k.hi*0x9e3779b97f4a7c15 ^ uint64(k.n)) * 0xbf58476d1ce4e5b9 >> 32)
}

// elementTable finds the entry of a tag name with one multiplication and,
// mostly, one comparison of keys: an open-addressing table of indexes into
// entries, at most a quarter full. Every tag of a comment is looked up
// twice (by escapeNonTags, and by the textReader when the policy keeps
// it), and a Go map, with its general string hash, cost about twice as
// much. It is built from the lists (elementNames, skippedElements and the
// tag kinds), so it holds exactly their names.
type elementTable struct {
	entries []elementEntry // entries[0] is unused: index 0 is an empty slot
	slots   []uint16       // len is a power of two
}

var elements = newElementTable()

func newElementTable() *elementTable {
	t := &elementTable{entries: make([]elementEntry, 1)}
	entry := func(name string) *elementEntry {
		k, ok := keyOf(name, false)
		if !ok {
			panic("moderation: element name longer than longestElementName: " + name)
		}
		for i := range t.entries[1:] {
			if t.entries[i+1].key == k {
				return &t.entries[i+1]
			}
		}
		t.entries = append(t.entries, elementEntry{key: k, skipped: -1})
		return &t.entries[len(t.entries)-1]
	}
	for _, n := range elementNames {
		entry(n).element = true
	}
	for i, n := range skippedElements {
		if e := entry(n); e.element {
			e.skipped = int8(i)
		}
	}
	kinds := []struct {
		names []string
		kind  tagKind
	}{
		{lineBreakElements, tagLine}, {paragraphElements, tagParagraph},
		{cellElements, tagCell}, {[]string{"br"}, tagBreak}, {[]string{"a"}, tagAnchor},
	}
	for _, k := range kinds {
		for _, n := range k.names {
			entry(n).kind = k.kind
		}
	}
	for _, n := range emptyElements {
		entry(n).empty = true
	}
	for _, n := range formattingElements {
		entry(n).formatting = true
	}
	for _, n := range rawTextElements {
		entry(n).rawText = true
	}
	for _, n := range tokenizerRawText {
		entry(n).tokenizerRaw = true
	}
	for i := range t.entries[1:] {
		e := &t.entries[i+1]
		e.inert = inertElement(e)
		e.bare = e.element && !e.tokenizerRaw &&
			(e.kind == tagLine || e.kind == tagParagraph || e.kind == tagCell || e.kind == tagBreak)
	}
	size := 1
	for size < 4*len(t.entries) {
		size *= 2
	}
	t.slots = make([]uint16, size)
	mask := uint32(size - 1)
	for i := 1; i < len(t.entries); i++ {
		for s := t.entries[i].key.hash() & mask; ; s = (s + 1) & mask {
			if t.slots[s] == 0 {
				t.slots[s] = uint16(i)
				break
			}
		}
	}
	return t
}

// find returns the entry of name, or nil; fold says to ignore ASCII case.
func (t *elementTable) find(name string, fold bool) *elementEntry {
	k, ok := keyOf(name, fold)
	if !ok || name == "" {
		return nil
	}
	return t.lookup(k)
}

// lookup returns the entry whose key is k, or nil.
func (t *elementTable) lookup(k nameKey) *elementEntry {
	mask := uint32(len(t.slots) - 1)
	for s := k.hash() & mask; ; s = (s + 1) & mask {
		i := t.slots[s]
		if i == 0 {
			return nil
		}
		if e := &t.entries[i]; e.key == k {
			return e
		}
	}
}

// stripper strips one Body; it is read-only once built.
type stripper struct {
	policy *bluemonday.Policy
	// inline: the policy is the site's own, and may keep formatting
	// elements (<b>, <em>, <code>) for Result.HTML (inlineTags).
	// New's own StripPolicy keeps none.
	inline bool
	// inert: the policy is StripPolicy itself, so the tags of inert
	// elements, and the attributes it drops from those it keeps, are
	// taken out before it runs (dropInertTags).
	inert bool
}

// strip returns the plain text of body: HTML removed, character
// references decoded exactly once, block structure as line breaks,
// anchors as their URL. It records in mk the link markup it finds, and
// in in, when not nil, the inline tags the policy kept, with where they
// stand in the text.
//
// Only complete references are decoded: "&name;" with the name of one,
// "&#123;" and "&#x1F600;". The HTML tokenizer also reads about a hundred
// old names with no ';' ("&reg", "&not", "&copy", "&nbsp"), even at the
// start of a longer word, so that a URL typed into a plain-text box,
// "?id=5&region=us&notify=1", would be stored as "?id=5®ion=us¬ify=1"
// and link somewhere else. escapeNonTags escapes every '&' that does not
// start a complete reference, for the tokenizer to read back as typed.
func (s *stripper) strip(body string, mk *Markup, in *inlineTags) string {
	var text string
	if strings.IndexByte(body, '<') < 0 {
		// Fast path: with no '<' there is no tag, so the sanitizer would
		// only decode and re-encode the references. Decode them once
		// here, as its tokenizer does: with x/net/html's unescaping, not
		// the standard library's (they differ on "&#0;", for one).
		// The tokenizer reads a typed CR or CRLF as LF before it
		// decodes: "&#13;\r" is one line break, CR LF, not two.
		text = body
		if strings.IndexByte(body, '&') >= 0 {
			text = escapeNonTags(body)
			if strings.IndexByte(text, '\r') >= 0 {
				text = strings.ReplaceAll(strings.ReplaceAll(text, "\r\n", "\n"), "\r", "\n")
			}
			text = xhtml.UnescapeString(text)
		}
	} else {
		text = s.sanitizedText(escapeNonTags(body), mk, in)
	}
	if strings.IndexByte(text, '[') >= 0 {
		findTextMarkup(text, mk)
	}
	return text
}

// escapeNonTags escapes each '<' that does not start an HTML tag, so that
// text such as "<https://example.com>", "<bar@example.com>" or "<insert
// name here>" survives the sanitizer. The HTML tokenizer would read any
// "<" followed by a letter as a tag; only names of HTML elements are read
// as tags here. "<3", "a < b" and "->" are text to the tokenizer already;
// "</3", "<?", "<!3" and an unclosed "<!--" it would read as comments, so
// they are escaped too (bogusComment).
//
// It also escapes each '&' that does not start a complete character
// reference (referenceLen), in text and in attribute values alike, so
// that the tokenizer decodes only what was typed as a reference.
//
// The start and end tags of xmp and plaintext, two obsolete elements, are
// written as <pre> and </pre> (preTagName). The tokenizer would read
// what follows their start tag as raw text, tags and references as
// typed, up to </xmp> or, for plaintext, the end; but only where it reads
// a start tag, not in a comment, an attribute value or the content of a
// skipped element, and this scan does not follow those states. So the
// tokenizer is never let into raw text: the content of an xmp is read as
// that of a <pre>, its text kept as typed ("a < b", "</3", "&region"), its
// tags stripped and its references decoded once, as anywhere else, and,
// as a <pre>, it is a paragraph (the policy dropped the tags of xmp, so
// its text ran into what was around it). Where the name is not read as a
// tag, the rename changes only what is dropped anyway, but for an href:
// "<a href='/?q=<xmp>'>" links to "/?q=<pre>".
//
// No '<' after the last '>' of the body is a tag or a comment either: the
// tokenizer would drop such an unfinished one and everything after it
// ("x <b then y" would keep only "x"), so those are escaped too. So is the
// start tag of an element whose content is skipped (skippedElements) when
// no end tag of it follows: "put it in a <title> tag" is text, not the
// start of a title that swallows the rest of the comment. The last end
// tags are found by one backward pass (endTags), so the cost stays linear.
func escapeNonTags(body string) string {
	var b strings.Builder
	last := 0
	lastGT := strings.LastIndexByte(body, '>')
	lastCommentEnd := -2 // where the last "-->" starts, found at the first "<!--"
	ends := endTags{body: body, from: len(body)}
	// The next '<' and '&' at or after i (len(body) for none), each
	// searched for again only once i has passed it.
	lt, amp := -1, -1
	for i := 0; i < len(body); i++ {
		if lt < i {
			lt = indexFrom(body, i, '<')
		}
		if amp < i {
			amp = indexFrom(body, i, '&')
		}
		if i = min(lt, amp); i == len(body) {
			break
		}
		if i == amp {
			if n := referenceLen(body[i:]); n > 0 {
				i += n - 1
				continue
			}
			if b.Len() == 0 {
				b.Grow(len(body) + 16)
			}
			b.WriteString(body[last:i])
			b.WriteString("&amp;")
			last = i + 1
			continue
		}
		j := i + 1
		if j < len(body) && body[j] == '/' {
			j++
		}
		unfinished := i > lastGT
		if !unfinished && (j >= len(body) || !isLetterASCII(body[j])) {
			if !bogusComment(body, i, &lastCommentEnd) {
				continue // "<3", "a < b": text to the tokenizer too
			}
		} else {
			// No element name is longer than longestElementName: reading
			// further would make "<x<x<x…" cost quadratic time.
			k := j
			for k < len(body) && k-j <= longestElementName && !isTagNameEnd(body[k]) {
				k++
			}
			if element, e := lookupElement(body[j:k]); !unfinished && element {
				// The length first: on every tag, the test costs less
				// than the call.
				if n := k - j; (n == 3 || n == 9) && preTagName(body[j:k]) {
					if b.Len() == 0 {
						b.Grow(len(body) + 16)
					}
					b.WriteString(body[last:j])
					b.WriteString("pre")
					last = k
				}
				if j != i+1 { // an end tag
					e = -1
				}
				if e < 0 {
					i = k - 1
					continue
				}
				if end := ends.last(e); end > k && end < lastGT {
					i = k - 1
					continue
				}
				// An element whose content is skipped, never closed: the
				// sanitizer would drop all that follows.
			}
		}
		if b.Len() == 0 {
			b.Grow(len(body) + 16)
		}
		b.WriteString(body[last:i])
		b.WriteString("&lt;")
		last = i + 1
	}
	if last == 0 {
		return body
	}
	b.WriteString(body[last:])
	return b.String()
}

// bogusComment reports whether the '<' at body[i], which no letter
// follows, would make the tokenizer drop typed text up to the next '>':
// "</3" (a broken heart), "<?php … ?>" and "<!3 you>" it reads as a bogus
// comment, and "<!--" with no "-->" after it as a comment that runs to the
// end. A finished "<!-- … -->", "<!DOCTYPE …>", "<![CDATA[" and "</>" are
// markup, and go.
// *lastCommentEnd is where the last "-->" of body starts, or -1; -2 until
// it is needed, so that a body with no "<!--" is not searched for it.
func bogusComment(body string, i int, lastCommentEnd *int) bool {
	if i+1 >= len(body) {
		return false
	}
	switch body[i+1] {
	case '?':
		return true
	case '/':
		return i+2 < len(body) && body[i+2] != '>'
	case '!':
		rest := body[i+2:]
		if !strings.HasPrefix(rest, "--") {
			// "<!DOCTYPE" and "<![CDATA[" are markup; any other "<!" the
			// tokenizer reads as a bogus comment, up to the next '>'.
			return !hasPrefixFold(rest, "doctype") && !strings.HasPrefix(rest, "[CDATA[")
		}
		if *lastCommentEnd == -2 {
			*lastCommentEnd = strings.LastIndex(body, "-->")
		}
		return *lastCommentEnd < i+4
	}
	return false
}

// indexFrom returns the index of the first c in s at or after i, or
// len(s).
func indexFrom(s string, i int, c byte) int {
	if k := strings.IndexByte(s[i:], c); k >= 0 {
		return i + k
	}
	return len(s)
}

// hasPrefixFold reports whether s starts with prefix, a lower-case ASCII
// word, in any case.
func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// referenceLen returns the length of the character reference that starts
// s, at its '&', if it is complete, else 0. Complete is "&#" and decimal
// digits or "&#x" and hexadecimal ones, then ';', or "&name;" where
// "name;" is the name of a reference. "&region=", "&nbsp is", "&#65" and
// "&notaname;" are not: the tokenizer would read "&reg", "&nbsp", "&#65"
// and "&not" in them.
func referenceLen(s string) int {
	i := 1
	if i < len(s) && s[i] == '#' {
		i++
		hex := i < len(s) && s[i]|0x20 == 'x'
		if hex {
			i++
		}
		digits := i
		for i < len(s) && ('0' <= s[i] && s[i] <= '9' || hex && 'a' <= s[i]|0x20 && s[i]|0x20 <= 'f') {
			i++
		}
		if i == digits || i == len(s) || s[i] != ';' {
			return 0
		}
		return i + 1
	}
	for i < len(s) && i <= longestReferenceName && (isLetterASCII(s[i]) || '0' <= s[i] && s[i] <= '9') {
		i++
	}
	if i == 1 || i == len(s) || s[i] != ';' || !isReference(s[:i+1]) {
		return 0
	}
	return i + 1
}

// longestReferenceName bounds the name read: no name of a character
// reference is longer ("CounterClockwiseContourIntegral").
const longestReferenceName = 31

// isReference reports whether ref, "&" + letters and digits + ";", is a
// named character reference. The table is x/net/html's own, which does
// not export it: a name it knows decodes whole, to one or two characters
// that are not ';' but for "&semi;". Any other decodes at most a prefix
// ("&notaname;" as "¬aname;"), which leaves the ';'. The names escaping
// writes, and the typographic ones typed most, are answered without
// decoding, which allocates.
func isReference(ref string) bool {
	switch ref {
	case "&amp;", "&lt;", "&gt;", "&quot;", "&apos;", "&nbsp;", "&semi;",
		"&hellip;", "&mdash;", "&ndash;", "&copy;", "&reg;", "&trade;",
		"&lsquo;", "&rsquo;", "&ldquo;", "&rdquo;", "&laquo;", "&raquo;",
		"&euro;", "&pound;", "&times;", "&middot;", "&bull;", "&deg;":
		return true
	}
	return !strings.HasSuffix(xhtml.UnescapeString(ref), ";")
}

// preTagName reports whether name, in any case, is xmp or plaintext,
// whose tags escapeNonTags writes as pre.
func preTagName(name string) bool {
	return len(name) == 3 && hasPrefixFold(name, "xmp") ||
		len(name) == 9 && hasPrefixFold(name, "plaintext")
}

// endTags finds where the last end tag ("</name", in any case, then white
// space, '/' or '>') of each of skippedElements starts in body. It reads
// body once, backwards from its end, and only as far as the elements asked
// about need: the last </script> of a comment is usually near its end.
type endTags struct {
	body  string
	from  int    // body[from:] has been read
	found uint32 // bit e: at[e] holds the last end tag of skippedElements[e]
	at    [len(skippedElements)]int
}

// last returns where the last end tag of skippedElements[e] starts in the
// body, or -1.
func (t *endTags) last(e int) int {
	for t.found&(1<<e) == 0 {
		i := strings.LastIndex(t.body[:t.from], "</")
		if i < 0 {
			t.from = 0
			return -1
		}
		t.from = i
		if s := skippedEndTag(t.body[i+2:]); s >= 0 && t.found&(1<<s) == 0 {
			t.at[s] = i
			t.found |= 1 << s
		}
	}
	return t.at[e]
}

// skippedEndTag returns the index in skippedElements of the element whose
// name, in any case, starts rest and is followed by white space, '/' or
// '>', or -1.
func skippedEndTag(rest string) int {
	if rest == "" || skippedFirstLetters&(1<<(rest[0]|0x20-'a')) == 0 {
		return -1 // not one of their first letters: no lookup
	}
	k := 0
	for k < len(rest) && k <= longestElementName && !isTagNameEnd(rest[k]) {
		k++
	}
	if k == len(rest) || !isTagNameEnd(rest[k]) {
		return -1
	}
	_, e := lookupElement(rest[:k])
	return e
}

// skippedFirstLetters has bit c-'a' set for the first letter c of each of
// skippedElements.
var skippedFirstLetters = func() uint32 {
	var m uint32
	for _, e := range skippedElements {
		m |= 1 << (e[0] - 'a')
	}
	return m
}()

func isLetterASCII(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

// isTagNameEnd reports whether c ends a tag name, as the HTML tokenizer
// reads one.
func isTagNameEnd(c byte) bool {
	switch c {
	case ' ', '\t', '\n', '\f', '\r', '/', '>':
		return true
	}
	return false
}

// longestElementName bounds the lookup: no HTML element name is longer.
const longestElementName = 10

// lookupElement reports whether name, in any case, is an HTML element
// and, if it is one of skippedElements, its index there (else -1).
func lookupElement(name string) (element bool, skipped int) {
	if e := elements.find(name, true); e != nil && e.element {
		return true, int(e.skipped)
	}
	return false, -1
}

// Taking out inert tags. The sanitizer costs about the same for every
// token it reads, the tags it drops included: a comment's <b>, <i>,
// <span> and <img> cost it as much as the text they mark up. StripPolicy
// writes nothing for the tags of most elements, and keeps their text
// (inert elements), so dropInertTags takes those tags out of the body
// before it runs, and the policy writes the same output for less: the
// text on either side of a tag taken out is read as one text token,
// escaped as the two were, character by character.
//
// The attributes of the start tags StripPolicy keeps with none (block
// elements and <br>: <div class="c" style="…">) it takes out too: the
// sanitizer's cost for a tag grows with its attributes, which it reads,
// decodes and checks only to drop them.
//
// It takes out only tags that the HTML tokenizer would read as tags.
// dropInertTags reads the body as the tokenizer does from its start: text,
// tags (their attributes too, whose quoted values may hold '>'), and the
// raw text after the start tag of a script, a style, a textarea and the
// like, up to its end tag. At anything else (a comment, a declaration, a
// bogus comment, a tag or raw text that runs to the end, a script with
// "<!--" in it), it stops taking out and keeps the rest as it is.
//
// A tag is kept where taking it out would join what is on either side
// into something else: after a '<' (text, as "<<b>b>" is, which would
// become the tag "<b>") and after a CR (the tokenizer reads "\r" at the
// end of one text token and "\n" at the start of the next as two line
// breaks, "\r\n" in one token as one). No character reference is cut:
// escapeNonTags left a '&' only where a complete reference, with no '<'
// in it, follows.

// tokenizerRawText are the elements whose start tag (self-closing too)
// makes the HTML tokenizer read what follows as raw text or RCDATA, tags
// and all, up to "</name" and white space, '/' or '>'.
var tokenizerRawText = []string{
	"iframe", "noembed", "noframes", "noscript", "plaintext", "script",
	"style", "textarea", "title", "xmp",
}

// skippedByDefault are the elements whose content bluemonday drops in
// every policy unless it is allowed (NewPolicy's own list).
var skippedByDefault = []string{
	"frame", "frameset", "iframe", "noembed", "noframes", "noscript",
	"nostyle", "object", "script", "style", "title",
}

// inertElement reports whether StripPolicy writes nothing for the tags of
// e and keeps its content as text: an HTML element that it neither keeps
// (a block element, <br>, <a>), nor skips the content of, nor whose start
// tag the tokenizer reads raw text after. TestInertElements holds the
// policy to it.
func inertElement(e *elementEntry) bool {
	if !e.element || e.kind != tagDropped || e.skipped >= 0 || e.tokenizerRaw {
		return false
	}
	for _, n := range skippedByDefault {
		if k, _ := keyOf(n, false); k == e.key {
			return false
		}
	}
	for _, n := range voidElements {
		if k, _ := keyOf(n, false); k == e.key {
			return false
		}
	}
	return true
}

// dropInertTags appends to dst body, an output of escapeNonTags, without
// the tags of inert elements that the HTML tokenizer reads as tags, nor
// the attributes of the start tags of block elements and <br> (see
// "Taking out inert tags" above), and reports whether it took out any:
// if not, it appends nothing. It reads body once.
func dropInertTags(dst []byte, body string) ([]byte, bool) {
	b := dst
	last := 0     // body[last:] is not yet appended to b
	var prev byte // the last byte appended to b
	for i := 0; ; {
		lt := indexFrom(body, i, '<')
		if lt+1 >= len(body) {
			break
		}
		j, end := lt+1, false
		switch c := body[j]; {
		case isLetterASCII(c):
		case c == '/' && j+1 < len(body) && isLetterASCII(body[j+1]):
			j, end = j+1, true
		case c == '!' || c == '?' || c == '/':
			// A comment, a declaration, "</>" or a bogus comment: not
			// followed here.
			return finishDrop(b, body, last)
		default:
			i = j // text: "<3", "a < b"
			continue
		}
		k, key := tagName(body, j)
		var href attrSpan
		var hrefp *attrSpan
		if k-j == 1 && body[j]|0x20 == 'a' && !end {
			hrefp = &href // an anchor: its href is all StripPolicy keeps
		}
		gt := tagEnd(body, k, hrefp)
		if gt < 0 {
			break // the tag runs to the end: the tokenizer drops it all
		}
		var e *elementEntry
		if key.n > 0 {
			e = elements.lookup(key)
		}
		if e != nil && e.tokenizerRaw && !end {
			r := rawTextEnd(body, gt+1, body[j:k])
			if r < 0 {
				break
			}
			i = r // the end tag, read as any other
			continue
		}
		if e != nil && e.bare && !end && gt > k && body[gt-1] != '/' {
			// A block element or <br> with attributes: StripPolicy
			// writes its start tag with none, and reading them costs it
			// more than the tag. The tag is written up to its name, and
			// ends at its '>'. A '/' before the '>' may make it
			// self-closing: such a tag stays as it is.
			if last == 0 {
				b = slices.Grow(b, len(body))
			}
			b = append(b, body[last:k]...)
			last = gt
		}
		if hrefp != nil && gt > k && body[gt-1] != '/' && (!href.found || href.start != k+1 || href.end != gt) {
			// An anchor with attributes besides its href, which
			// StripPolicy drops as it drops those of a block element:
			// the tag is written with its href alone, as typed, or with
			// none. (The tokenizer keeps the first attribute of a name.)
			if last == 0 {
				b = slices.Grow(b, len(body))
			}
			b = append(b, body[last:k]...)
			if href.found {
				b = append(b, ' ')
				b = append(b, body[href.start:href.end]...)
			}
			last = gt
		}
		if e != nil && e.inert {
			before := prev
			if last < lt {
				before = body[lt-1]
			}
			if before != '<' && before != '\r' {
				if last == 0 {
					b = slices.Grow(b, len(body))
				}
				b = append(b, body[last:lt]...)
				prev, last = before, gt+1
			}
		}
		i = gt + 1
	}
	return finishDrop(b, body, last)
}

// finishDrop appends body[last:] to b, unless dropInertTags took out no
// tag (last is 0).
func finishDrop(b []byte, body string, last int) ([]byte, bool) {
	if last == 0 {
		return b, false
	}
	return append(b, body[last:]...), true
}

// tagName returns where the tag name that starts at s[j] ends, as the HTML
// tokenizer reads it (at white space, '/' or '>'), and its key, ASCII
// letters lower-cased, read in the same pass; a zero key for a name too
// long to be an element's.
func tagName(s string, j int) (int, nameKey) {
	var lo, hi uint64
	k := j
	for ; k < len(s); k++ {
		c := s[k]
		if isTagNameEnd(c) {
			break
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		switch n := k - j; {
		case n < 8:
			lo |= uint64(c) << (8 * n)
		case n < 16:
			hi |= uint64(c) << (8 * (n - 8))
		}
	}
	if k-j > longestElementName {
		return k, nameKey{}
	}
	return k, nameKey{lo: lo, hi: hi, n: k - j}
}

// isTagSpace reports whether c is white space to the HTML tokenizer.
func isTagSpace(c byte) bool {
	return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f'
}

// skipTagSpace returns the index of the first byte of s from s[i] on that
// is not white space, or len(s).
func skipTagSpace(s string, i int) int {
	for i < len(s) && isTagSpace(s[i]) {
		i++
	}
	return i
}

// tagEnd returns the index of the '>' that ends the tag whose name ends at
// s[i], as the HTML tokenizer reads its attributes, or -1 if the tag runs
// to the end of s. Only a value quoted after '=' may hold '>'. If href is
// not nil, it gets where the first attribute named href (in any case)
// starts and ends: its name, and its value with its quotes if it has one.
func tagEnd(s string, i int, href *attrSpan) int {
	for {
		i = skipTagSpace(s, i)
		if i >= len(s) {
			return -1
		}
		if s[i] == '>' {
			return i
		}
		// The name of an attribute: its first byte whatever it is but
		// '/', '=' as well, then up to white space, '/', '>' or '='.
		start := i
		for i < len(s) {
			c := s[i]
			if c == '=' && i == start {
				i++
				continue
			}
			if isTagSpace(c) || c == '/' || c == '>' || c == '=' {
				break
			}
			i++
		}
		name, end := s[start:i], i // end: of the attribute, so far its name
		i = skipTagSpace(s, i)
		if i >= len(s) {
			return -1
		}
		switch s[i] {
		case '/':
			i++
		case '=':
			i = skipTagSpace(s, i+1)
			if i >= len(s) {
				return -1
			}
			switch q := s[i]; q {
			case '>':
				// An empty value, and the end of the tag.
			case '"', '\'':
				e := strings.IndexByte(s[i+1:], q)
				if e < 0 {
					return -1
				}
				i += 1 + e + 1
			default:
				for i < len(s) && !isTagSpace(s[i]) && s[i] != '>' {
					i++
				}
			}
			end = i
		default:
			// No value: what follows is read again.
		}
		if href != nil && !href.found && equalFoldASCII(name, "href") {
			*href = attrSpan{start: start, end: end, found: true}
		}
	}
}

// attrSpan is where an attribute stands in a tag (tagEnd).
type attrSpan struct {
	start, end int
	found      bool
}

// rawTextEnd returns where the raw text that starts at s[i], after the
// start tag of the element name (one of tokenizerRawText, in any case),
// ends: the index of its end tag "</name" followed by white space, '/' or
// '>', in any case. It returns -1 when the raw text runs to the end of s
// (that of a plaintext always does), and for a script with "<!--" in it
// before that end tag, whose end the tokenizer finds otherwise
// ("<!--<script>" makes it read past the next "</script>").
func rawTextEnd(s string, i int, name string) int {
	if equalFoldASCII(name, "plaintext") {
		return -1 // escapeNonTags leaves none: it runs to the end
	}
	from := i
	for {
		at := strings.Index(s[i:], "</")
		if at < 0 {
			return -1
		}
		at += i
		n := at + 2 + len(name)
		if n < len(s) && equalFoldASCII(s[at+2:n], name) && (isTagSpace(s[n]) || s[n] == '/' || s[n] == '>') {
			if equalFoldASCII(name, "script") && strings.Contains(s[from:at], "<!--") {
				return -1
			}
			return at
		}
		i = at + 2
	}
}

// equalFoldASCII reports whether a and b are the same but for the case of
// ASCII letters (strings.EqualFold folds beyond ASCII: "ſ" is an s).
func equalFoldASCII(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range len(a) {
		x, y := a[i], b[i]
		if x != y && (x|0x20 != y|0x20 || !isLetterASCII(x)) {
			return false
		}
	}
	return true
}

// textReader reads the whole output of a bluemonday policy. That output
// holds only escaped text and well-formed tags whose attribute values are
// quoted and escaped: a '<' always starts a tag and the next '>' ends it
// (a comment, kept by some policies, ends at "-->"). textReader keeps the
// text, decoded, and turns each tag into a line break, a space or a URL by
// its tagKind.
type textReader struct {
	// out is the text so far, decoded: a byte slice written in place
	// (write), as a strings.Builder is not.
	out        []byte
	afterBlock bool // the last tag read was a block tag or <br>
	// pending is white space after a block tag that a comment cut off
	// from the text after it.
	pending     []byte
	anchorStart int     // where the text of the open <a> starts in out; -1 for none
	anchorHref  string  // the href of the open <a>, decoded
	mk          *Markup // where anchors are recorded
	// inline records the inline tags the policy kept, or is nil to drop
	// them.
	inline *inlineTags
}

// readText appends to text the text of output, the whole output of a
// policy, decoded once, and records its anchors in mk and, if in is not
// nil, its inline tags in in.
func readText(text, output []byte, mk *Markup, in *inlineTags) []byte {
	r := textReader{out: text, anchorStart: -1, mk: mk, inline: in}
	var ends rawTextEnds
	for s := output; len(s) > 0; {
		lt := bytes.IndexByte(s, '<')
		if lt < 0 {
			r.text(s)
			break
		}
		if lt > 0 {
			r.text(s[:lt])
		}
		s = s[lt+1:]
		if hasPrefix(s, "!--") {
			// A comment may hold '>'; it is not text, and it does not end
			// what a block tag began.
			end := bytes.Index(s[len("!--"):], commentEnd)
			if end < 0 {
				break
			}
			s = s[len("!--")+end+len(commentEnd):]
			continue
		}
		gt := bytes.IndexByte(s, '>')
		if gt < 0 {
			break // an unfinished tag at the end is not text
		}
		if r.endTag(s[:gt]) {
			// A policy kept an element whose content is raw text, never
			// text for a reader (<script>, when it allows it): its content
			// goes, tags and all, up to where the HTML tokenizer ends it.
			if ends == nil {
				ends = findRawTextEnds(output)
			}
			if end, ok := ends[len(output)-len(s)-1]; ok {
				s = output[end:]
				continue
			}
		}
		s = s[gt+1:]
	}
	r.closeAnchor()
	return r.out
}

// commentEnd ends an HTML comment.
var commentEnd = []byte("-->")

// text adds escaped text. Right after a block tag, white space is layout
// of the HTML source rather than text: all of it if nothing follows before
// the next tag, else the spaces and the one line break that start it, so
// that "</li>\n<li>" and "<br>\n" are each one line break, not two.
func (r *textReader) text(s []byte) {
	if !r.afterBlock {
		r.unescape(s)
		return
	}
	k := 0
	for k < len(s) && isBlankOrLF(s[k]) {
		k++
	}
	// pending is mostly a piece of the output, kept without a copy; it
	// is capped so that appending to it never writes over the output.
	if k == len(s) {
		if len(r.pending) == 0 {
			r.pending = s[:k:k]
		} else {
			r.pending = append(r.pending, s...)
		}
		return
	}
	r.afterBlock = false
	blank := s[:k]
	if len(r.pending) > 0 {
		blank = append(r.pending, blank...)
		r.pending = nil
	}
	r.unescape(trimLayoutBreak(blank))
	r.unescape(s[k:])
}

// endTag handles the tag whose inside (between '<' and '>') is tag. It
// reports whether the tag starts an element of rawTextElements, for the
// caller to skip its content.
func (w *textReader) endTag(tag []byte) bool {
	closing := len(tag) > 0 && tag[0] == '/'
	if closing {
		tag = tag[1:]
	}
	// The name ends at white space or '/' (strings.IndexAny would build
	// its byte set anew for every tag).
	n := 0
	for n < len(tag) && !isTagNameEnd(tag[n]) {
		n++
	}
	name := tag[:n]
	var kind tagKind
	var e *elementEntry
	// The tokenizer writes names in lower case; text that a policy lets
	// through unescaped (AllowUnsafe) may hold other tags, read as
	// written. (keyOf reads the name where it is: a conversion to a
	// string would copy it.)
	if k, ok := keyOf(name, false); ok && n > 0 {
		if e = elements.lookup(k); e != nil {
			kind = e.kind
		}
	}
	if kind == tagDropped && w.inline != nil && e != nil && e.formatting {
		// A formatting element the policy kept: the text reads on as if
		// it were not there, so that it is the text the policy that
		// drops it gives.
		w.inline.add(len(w.out), tag, n, closing, e.empty)
		return false
	}
	w.afterBlock = false
	if w.pending != nil {
		w.pending = nil
	}
	switch kind {
	case tagBreak:
		w.out = append(w.out, '\n')
	case tagLine:
		w.newlines(1)
	case tagParagraph:
		w.newlines(2)
	case tagCell:
		if t := w.out; len(t) > 0 && !isBlankOrLF(t[len(t)-1]) {
			w.out = append(w.out, ' ')
		}
	case tagAnchor:
		w.closeAnchor()
		if closing {
			break
		}
		if href, ok := attrValue(tag, "href"); ok {
			h := strings.TrimSpace(html.UnescapeString(string(href)))
			w.mk.Anchors = append(w.mk.Anchors, h)
			w.anchorStart, w.anchorHref = len(w.out), h
		}
	}
	w.afterBlock = kind == tagLine || kind == tagParagraph || kind == tagCell || kind == tagBreak
	return !closing && e != nil && e.rawText
}

// rawTextElements are those of skippedElements whose content the HTML
// tokenizer reads as raw text, tags and all, up to their end tag; "<!--"
// and "<script" in a script change which end tag that is.
var rawTextElements = []string{"script", "style", "noscript", "iframe", "noembed", "noframes", "title", "textarea"}

// rawTextEnds maps the offset of each start tag of rawTextElements in a
// policy's output to the offset just past its element, as the HTML
// tokenizer reads them (its end tag; the end of the output if none).
type rawTextEnds map[int]int

// findRawTextEnds reads output with the HTML tokenizer, the one the
// sanitizer read the Body with, so that where the content of a <script>
// ends is where the sanitizer ended it: "<script><!--<script></script><b>"
// is all script. It is called only for a policy that keeps such an
// element (New's StripPolicy never does), once a comment.
func findRawTextEnds(output []byte) rawTextEnds {
	ends := rawTextEnds{}
	z := xhtml.NewTokenizer(bytes.NewReader(output))
	at, open := 0, -1
	for {
		tt := z.Next()
		if tt == xhtml.ErrorToken {
			break
		}
		switch tt {
		case xhtml.StartTagToken, xhtml.SelfClosingTagToken:
			// A self-closing "<script/>" starts raw text too.
			if name, _ := z.TagName(); slices.Contains(rawTextElements, string(name)) {
				open = at
			}
		case xhtml.EndTagToken:
			if open >= 0 { // in raw text, only its own end tag ends it
				ends[open] = at + len(z.Raw())
				open = -1
			}
		}
		at += len(z.Raw())
	}
	if open >= 0 {
		ends[open] = len(output)
	}
	return ends
}

// closeAnchor ends the open anchor, if any, keeping its URL in the text.
func (w *textReader) closeAnchor() {
	if w.anchorStart >= 0 {
		if n := len(w.mk.Anchors); n > 0 && mayBeMoment(w.out[w.anchorStart:], w.anchorHref) && videoMoment(string(w.out[w.anchorStart:]), w.anchorHref) {
			// The anchor just closed is a video site's link to a time
			// its viewer typed (moment.go): a moment, not markup.
			w.mk.Anchors = w.mk.Anchors[:n-1]
			w.mk.Moments = append(w.mk.Moments, w.anchorHref)
		}
		w.out = appendAnchorURL(w.out, w.anchorStart, w.anchorHref)
		w.anchorStart = -1
	}
}

// unescape appends the escaped text s to the text, decoded. The HTML
// tokenizer escapes text with exactly these six forms, so they are decoded
// here without the general entity table; anything else (a policy that
// escapes otherwise) goes through html.UnescapeString. Either way the text
// is decoded once.
func (w *textReader) unescape(s []byte) {
	for {
		amp := bytes.IndexByte(s, '&')
		if amp < 0 {
			w.write(s)
			return
		}
		w.write(s[:amp])
		s = s[amp:]
		var c byte
		var n int
		switch {
		case hasPrefix(s, "&amp;"):
			c, n = '&', 5
		case hasPrefix(s, "&lt;"):
			c, n = '<', 4
		case hasPrefix(s, "&gt;"):
			c, n = '>', 4
		case hasPrefix(s, "&#39;"):
			c, n = '\'', 5
		case hasPrefix(s, "&#34;"):
			c, n = '"', 5
		case hasPrefix(s, "&#13;"):
			c, n = '\r', 5
		default:
			w.out = append(w.out, html.UnescapeString(string(s))...)
			return
		}
		w.out = append(w.out, c)
		s = s[n:]
	}
}

// write appends s to the text.
func (w *textReader) write(s []byte) { appendInPlace(&w.out, s) }

// appendInPlace appends s to *b. Where *b has room, it is resliced and
// copied into, which stores only its length: *b = append(*b, s...) stores
// its pointer too, through the garbage collector's write barrier while a
// collection runs, on every call. (Appending one byte does not.)
func appendInPlace[S string | []byte](b *[]byte, s S) {
	n := len(*b)
	if cap(*b)-n < len(s) {
		*b = append(*b, s...)
		return
	}
	*b = (*b)[:n+len(s)]
	copy((*b)[n:], s)
}

// hasPrefix reports whether s starts with prefix (bytes.HasPrefix without
// converting prefix to a slice).
func hasPrefix(s []byte, prefix string) bool {
	return len(s) >= len(prefix) && string(s[:len(prefix)]) == prefix
}

// sanitizedText runs the policy over body and returns the text of its
// output, decoded once.
func (s *stripper) sanitizedText(body string, mk *Markup, in *inlineTags) string {
	// The sanitizer's output is collected whole and then read in one
	// pass. Reading it a token at a time, as the sanitizer writes it,
	// cost more (12% of the stage with the garbage collector off, 6% with
	// it on), most likely because the tokenizer and the reader took turns
	// in the caches and branch predictors, and each of the ~400 writes of
	// 8 KB of HTML paid for its own searches.
	buf := stripBuffers.Get().(*stripBuffer)
	buf.output = slices.Grow(buf.output[:0], len(body))
	var input io.Reader = strings.NewReader(body)
	if s.inert {
		var dropped bool
		if buf.input, dropped = dropInertTags(buf.input[:0], body); dropped {
			input = bytes.NewReader(buf.input)
		}
	}
	// The error is the reader's, and a strings.Reader or bytes.Reader has
	// none; on any other, what was written so far is kept rather than
	// dropped.
	_ = s.policy.SanitizeReaderToWriter(input, buf)
	// The text is no longer than the output but for rare entities and
	// links; reserving that much lets write copy without growing.
	buf.text = readText(slices.Grow(buf.text[:0], len(buf.output)), buf.output, mk, in)
	text := string(buf.text)
	if cap(buf.input)+cap(buf.output)+cap(buf.text) <= maxPooledStrip {
		stripBuffers.Put(buf)
	}
	return text
}

// A stripBuffer holds the sanitizer's output and the text read from it,
// both only until the text is copied into a string of its exact size. So
// one buffer serves Check after Check, and Check allocates the text once
// (without a buffer the size of the comment for the output, and one the
// size of the output for the text): the garbage collector's work grows
// with the bytes allocated.
type stripBuffer struct {
	input  []byte // the body without its inert tags (dropInertTags)
	output []byte
	text   []byte
}

// Write and WriteString collect the sanitizer's output.
func (b *stripBuffer) Write(p []byte) (int, error) {
	appendInPlace(&b.output, p)
	return len(p), nil
}

func (b *stripBuffer) WriteString(s string) (int, error) {
	appendInPlace(&b.output, s)
	return len(s), nil
}

var stripBuffers = sync.Pool{New: func() any { return new(stripBuffer) }}

// maxPooledStrip bounds the buffers kept for reuse, so that one huge
// comment does not hold its memory for good; bigger ones are left to the
// garbage collector.
const maxPooledStrip = 128 << 10

// newlines appends line breaks until the text ends with n of them; at the
// start of the text it adds none.
func (w *textReader) newlines(n int) {
	t := w.out
	if len(t) == 0 {
		return
	}
	have := 0
	for i := len(t) - 1; i >= 0 && have < n; i-- {
		if t[i] == '\n' {
			have++
		} else if t[i] != ' ' && t[i] != '\t' {
			break
		}
	}
	for ; have < n; have++ {
		w.out = append(w.out, '\n')
	}
}

func isBlankOrLF(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// trimLayoutBreak removes what follows a block tag or <br> as layout of
// the HTML source rather than text: all of a segment of white space, or
// else the spaces and the one line break that start it. So "</li>\n<li>"
// and "<br>\n" are each one line break, not two.
func trimLayoutBreak(seg []byte) []byte {
	i := 0
	for i < len(seg) && (seg[i] == ' ' || seg[i] == '\t') {
		i++
	}
	if i < len(seg) && seg[i] == '\r' {
		i++
	}
	broke := i < len(seg) && seg[i] == '\n'
	for j := i; j < len(seg); j++ {
		if !isBlankOrLF(seg[j]) {
			if broke {
				return seg[i+1:]
			}
			return seg
		}
	}
	return nil
}

// appendAnchorURL keeps the URL of an anchor in the text, so that it is
// linked and counted like any other: after the anchor's text, in
// parentheses, unless that text already shows it. Only web and mail
// addresses are kept; any other href (javascript:, a relative path) is
// recorded in Markup but is not text the reader should see.
// out[start:] is the anchor's text.
func appendAnchorURL(out []byte, start int, href string) []byte {
	href = strings.TrimSpace(href)
	shown := href
	lower := strings.ToLower(href)
	switch {
	case strings.HasPrefix(lower, "mailto:"):
		shown = href[len("mailto:"):]
		if q := strings.IndexByte(shown, '?'); q >= 0 {
			shown = shown[:q]
		}
	case strings.HasPrefix(lower, "http://"), strings.HasPrefix(lower, "https://"), strings.HasPrefix(lower, "www."):
	default:
		return out
	}
	if shown == "" {
		return out
	}
	anchorText := strings.TrimSpace(string(out[start:]))
	core := strings.TrimSuffix(shown, "/")
	if i := strings.Index(core, "://"); i >= 0 {
		core = core[i+3:]
	}
	if anchorText == "" {
		return append(out, shown...)
	}
	if strings.Contains(strings.ToLower(anchorText), strings.ToLower(core)) {
		return out
	}
	out = append(out, " ("...)
	out = append(out, shown...)
	return append(out, ')')
}

// attrValue returns the value, still escaped, of the attribute name in the
// inside of a tag written by bluemonday (name="value").
func attrValue(tag []byte, name string) ([]byte, bool) {
	key := []byte(name + `="`)
	for {
		i := bytes.Index(tag, key)
		if i < 0 {
			return nil, false
		}
		if i > 0 && tag[i-1] != ' ' {
			tag = tag[i+len(name):]
			continue
		}
		v := tag[i+len(key):]
		end := bytes.IndexByte(v, '"')
		if end < 0 {
			return nil, false
		}
		return v[:end], true
	}
}

// Link markup that is not HTML: BBCode and Markdown. Go's regexp runs in
// linear time, but each of these, run over the whole text, would read all
// of it once the text has a '[' anywhere: a '[' then 8 KB of prose cost a
// hundred times the prose alone. findTextMarkup runs them only on windows
// (see "Finding link markup" below).
var (
	bbcodeURLAttr = regexp.MustCompile(`(?i)\[url=["']?([^\]"'\s]+)["']?\]`)
	bbcodeURLBody = regexp.MustCompile(`(?i)\[url\]\s*([^\[\s]+)\s*\[/url\]`)
	markdownLink  = regexp.MustCompile(`\[[^\]\n]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"\n]*")?\s*\)`)
)

// findTextMarkup records the BBCode and Markdown links of text in mk: the
// URLs that FindAllStringSubmatch of bbcodeURLAttr, bbcodeURLBody and
// markdownLink would give, in that order. The text itself is kept as
// written.
func findTextMarkup(text string, mk *Markup) {
	for m := range bbcodeAttrMatches(text) {
		mk.BBCode = append(mk.BBCode, text[m[2]:m[3]])
	}
	for m := range bbcodeBodyMatches(text) {
		mk.BBCode = append(mk.BBCode, text[m[2]:m[3]])
	}
	for m := range markdownLinkMatches(text) {
		mk.Markdown = append(mk.Markdown, text[m[2]:m[3]])
	}
}

// Finding link markup without running its regexp over the text.
//
// Each ...Matches function below yields what its regexp's
// FindAllStringSubmatchIndex would, match by match. Every match passes
// through a key: "[url=" or "[url]", in any case, at its start, and "]("
// inside a Markdown link. For each key, in text order, a test by hand
// follows the regexp from there and finds where its match would end; only
// then does the unchanged regexp run, on the window from the match's
// start to that end. That gives the regexp's answer because:
//   - the patterns have no ^, $ or \b: what a window's edges cut off
//     cannot change what matches inside it;
//   - each pattern reads in one way only from its start, so the test by
//     hand knows where the match ends, and the window holds it whole. A
//     shorter run than the longest would leave a character that nothing
//     after it accepts: after [^\]"'\s]+ only a quote or ']' may come,
//     which the run does not take; after \s* or \s+ no space; after
//     [^\[\s]+ a space or '['; after Markdown's [^)\s>]+ a '>', a space
//     or ')'; after [^"\n]* a '"'. Taking an optional quote or '>' never
//     loses a match that leaving it would give: the run cannot take it.
//     Markdown's '<' the run can take, so the run ends at the same place
//     with the '<' or without it, and only that place decides what
//     follows. Markdown's title group, when tried, starts with a space
//     and a '"', and without it the text would need a ')' there: where
//     the group fails, so does the match. The \s runs may cross lines
//     and the title may hold ')': the end is found by following these
//     rules, not by looking for the next ')' or line break;
//   - the regexp prefers one way over another in the same order in the
//     window as in the text, so it chooses the same one;
//   - the starts that successive keys allow come in order and do not
//     overlap, and a key whose test fails allows no match: the first
//     window whose match starts at 0 has the leftmost match. A match ends
//     the search for the next at its end, as FindAll does.
//
// A test that lets too much through costs time, never a result; one that
// stops a match would lose it. TestMarkupMatchesRegexps and
// FuzzMarkupMatches hold each function to its regexp.
//
// Many keys can share one run: in "[url=[url=[url=…" or "[a](b[a](b…"
// every key's URL runs to the same end. The run's end is kept (classRun),
// and so is what follows a Markdown run's end, so a key inside a run
// already read costs a few bytes, and the text is read about once.

// markupWindow runs re on text[a:e] and returns the indices in text of its
// match when that match starts at a; otherwise nil.
func markupWindow(re *regexp.Regexp, text string, a, e int) []int {
	m := re.FindStringSubmatchIndex(text[a:e])
	if m == nil || m[0] != 0 {
		return nil
	}
	for i := range m {
		if m[i] >= 0 {
			m[i] += a
		}
	}
	return m
}

// byteClass is a set of bytes: a character class that names only ASCII
// characters and is negated, such as [^\]"'\s], holds every byte of every
// other character, valid UTF-8 or not, so it can be read byte by byte.
type byteClass [256]bool

// notIn returns the class of the bytes not in set and not \s.
func notIn(set string) *byteClass {
	var c byteClass
	for i := range c {
		c[i] = !isRESpace(byte(i)) && strings.IndexByte(set, byte(i)) < 0
	}
	return &c
}

var (
	bbcodeAttrURL   = notIn(`]"'`) // [^\]"'\s]
	bbcodeBodyURL   = notIn(`[`)   // [^\[\s]
	markdownLinkURL = notIn(`)>`)  // [^)\s>]
)

// classRun remembers the last run of a byteClass read, so that the keys
// inside one run cost nothing more. The runs asked for must start in
// text order.
type classRun struct {
	class      *byteClass
	start, end int
}

// endFrom returns where the run of the class that starts at text[i] ends.
func (r *classRun) endFrom(text string, i int) int {
	if r.start <= i && i < r.end {
		return r.end // every byte of text[r.start:r.end] is in the class
	}
	e := i
	for e < len(text) && r.class[text[e]] {
		e++
	}
	r.start, r.end = i, e
	return e
}

// isQuote reports whether c is one of ["'].
func isQuote(c byte) bool { return c == '"' || c == '\'' }

// foldURLAt reports whether text[i:] starts with "[url" followed by c, in
// any case. No character beyond ASCII folds to u, r or l.
func foldURLAt(text string, i int, c byte) bool {
	return i+5 <= len(text) && text[i] == '[' && text[i+1]|0x20 == 'u' &&
		text[i+2]|0x20 == 'r' && text[i+3]|0x20 == 'l' && text[i+4] == c
}

// foldCloseURLAt reports whether text[i:] starts with "[/url]", in any
// case.
func foldCloseURLAt(text string, i int) bool {
	return i+6 <= len(text) && text[i] == '[' && text[i+1] == '/' && text[i+2]|0x20 == 'u' &&
		text[i+3]|0x20 == 'r' && text[i+4]|0x20 == 'l' && text[i+5] == ']'
}

// bbcodeAttrMatches yields the matches of bbcodeURLAttr in text, each
// where its key "[url=" starts.
func bbcodeAttrMatches(text string) iter.Seq[[]int] {
	return func(yield func([]int) bool) {
		run := classRun{class: bbcodeAttrURL}
		for p := nextByteFrom(text, 0, '['); p >= 0; p = nextByteFrom(text, p+1, '[') {
			if !foldURLAt(text, p, '=') {
				continue
			}
			i := p + 5
			if i < len(text) && isQuote(text[i]) {
				i++
			}
			e := run.endFrom(text, i)
			if e == i {
				continue
			}
			if e < len(text) && isQuote(text[e]) {
				e++
			}
			if e >= len(text) || text[e] != ']' {
				continue
			}
			if m := markupWindow(bbcodeURLAttr, text, p, e+1); m != nil {
				if !yield(m) {
					return
				}
				p = m[1] - 1 // the next match starts after this one
			}
		}
	}
}

// bbcodeBodyMatches yields the matches of bbcodeURLBody in text, each
// where its key "[url]" starts. The URL has no '[', so the run read for
// one key ends before the next: no run is read twice.
func bbcodeBodyMatches(text string) iter.Seq[[]int] {
	return func(yield func([]int) bool) {
		for p := nextByteFrom(text, 0, '['); p >= 0; p = nextByteFrom(text, p+1, '[') {
			if !foldURLAt(text, p, ']') {
				continue
			}
			i := skipRESpace(text, p+5)
			e := i
			for e < len(text) && bbcodeBodyURL[text[e]] {
				e++
			}
			if e == i {
				continue
			}
			f := skipRESpace(text, e)
			if !foldCloseURLAt(text, f) {
				continue
			}
			if m := markupWindow(bbcodeURLBody, text, p, f+6); m != nil {
				if !yield(m) {
					return
				}
				p = m[1] - 1 // the next match starts after this one
			}
		}
	}
}

// markdownLinkMatches yields the matches of markdownLink in text. Its key
// is "](": a match starts at the first '[' after the last ']' or line
// break before the key (the text between has neither), and from the key
// on reads the same whatever its start.
func markdownLinkMatches(text string) iter.Seq[[]int] {
	return func(yield func([]int) bool) {
		run := classRun{class: markdownLinkURL}
		lastRun, lastEnd := -1, -1 // a run's end, and where its match ends (-1: none)
		pos := 0                   // where the next match may start
		seg := 0                   // no ']' in text[seg:k]
		for k := nextByteFrom(text, 0, ']'); k >= 0; k = nextByteFrom(text, k+1, ']') {
			if k+1 >= len(text) || text[k+1] != '(' {
				seg = k + 1
				continue
			}
			// The start: the first '[' of text[max(pos, seg):k] after
			// its last line break. The segments of successive keys do
			// not overlap.
			a := max(pos, seg)
			seg = k + 1
			if b := strings.LastIndexByte(text[a:k], '\n'); b >= 0 {
				a += b + 1
			}
			s := strings.IndexByte(text[a:k], '[')
			if s < 0 {
				continue
			}
			s += a
			// The URL, after spaces. An optional '<' before it is itself a
			// character the URL may hold, so the run from the spaces' end
			// ends where the URL does, with the '<' taken or not.
			i := skipRESpace(text, k+2)
			e := run.endFrom(text, i)
			if e == i {
				continue
			}
			if e != lastRun {
				lastRun, lastEnd = e, markdownLinkEnd(text, e)
			}
			if lastEnd < 0 {
				continue
			}
			if m := markupWindow(markdownLink, text, s, lastEnd); m != nil {
				if !yield(m) {
					return
				}
				pos = m[1]
				k = max(k, pos-1) // the next key starts at pos or after
			}
		}
	}
}

// nearBytes is how many bytes nextByteFrom reads itself before it calls
// strings.IndexByte: a call costs about as much as reading 16 bytes, and
// in text made of keys the next '[' or ']' is a few bytes on.
const nearBytes = 16

// nextByteFrom returns the index of the first c in s from s[i] on, or -1.
func nextByteFrom(s string, i int, c byte) int {
	for end := min(i+nearBytes, len(s)); i < end; i++ {
		if s[i] == c {
			return i
		}
	}
	if i >= len(s) {
		return -1
	}
	return indexByteFrom(s, i, c)
}

// markdownLinkEnd returns where a Markdown link whose URL ends at
// text[e] ends, or -1 when it cannot: an optional '>', then an optional
// title (spaces, then text with no '"' nor line break between quotes),
// spaces and ')'.
func markdownLinkEnd(text string, e int) int {
	if e < len(text) && text[e] == '>' {
		e++
	}
	g := skipRESpace(text, e)
	if g > e && g < len(text) && text[g] == '"' {
		c := g + 1
		for c < len(text) && text[c] != '"' && text[c] != '\n' {
			c++
		}
		if c == len(text) || text[c] != '"' {
			return -1
		}
		g = skipRESpace(text, c+1)
	}
	if g < len(text) && text[g] == ')' {
		return g + 1
	}
	return -1
}
