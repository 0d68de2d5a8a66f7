package moderation

import (
	"bytes"
	"math"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/commentkit/commentkit/linkify"
	"golang.org/x/text/unicode/norm"
)

// Inline elements. A Config.Policy of the site's own may keep formatting
// elements (<b>, <em>, <code>…, formattingElements) that stripping has no
// use for: they carry no structure for plain text. Result.Text never holds
// them, and is exactly the text StripPolicy gives; Result.HTML holds them
// as the policy wrote them but for their attributes (inlineAttributes),
// around the text they were around, well-formed:
//   - the textReader records each tag with where it stands in the text
//     (inlineTags), and reads the text on as if it were not there;
//   - normaliseAt carries those places through normalising;
//   - inlineHTML writes the tags between pieces of the linked HTML, never
//     inside a link, with a stack of the elements open, so that every
//     element is closed, in order, whatever the input did.

// inlineTags are the inline tags a policy kept in one comment, in order.
type inlineTags struct {
	at   []int       // where each tag stands in the text (byte offsets)
	tags []inlineTag // parallel to at
	// src holds the start tags as the sanitizer wrote them, one after
	// another, so that a comment full of tags costs one growing buffer,
	// not a string a tag.
	src []byte
}

// An inlineTag is one start, end or empty tag. It is kept small (12
// bytes), as a comment may hold thousands.
type inlineTag struct {
	start, end int32 // src[start:end] is the start tag ("<b>") or, for an end tag, the name
	name       uint8 // src[start+1:start+1+name] is the element name of a start tag
	kind       inlineKind
}

type inlineKind uint8

const (
	inlineStart inlineKind = iota // opens an element
	inlineEnd                     // closes one
	inlineEmpty                   // an element with no end tag (img, wbr)
)

// add records the tag whose inside, without the '/' of an end tag, is
// tag, whose name is tag[:n], at offset at of the text. A self-closing
// tag of an element that has content ("<b/>") opens nothing a browser
// would close; it is dropped.
func (in *inlineTags) add(at int, tag []byte, n int, closing, empty bool) {
	selfClosing := len(tag) > 0 && tag[len(tag)-1] == '/'
	if closing && empty || selfClosing && !empty || n > longestElementName ||
		len(in.src)+len(tag)+2 > math.MaxInt32 {
		// "</img>" closes nothing, and "<b/>" opens nothing a browser
		// would close; an offset past int32 is beyond any comment.
		return
	}
	t := inlineTag{start: int32(len(in.src)), name: uint8(n)}
	// The slices grow by doubling: append grows a large slice by a
	// quarter, which for 20,000 tags allocated five times their size.
	in.src = grow(in.src, len(tag)+2)
	switch {
	case closing:
		t.kind = inlineEnd
		in.src = append(in.src, tag[:n]...)
	default:
		if empty {
			t.kind = inlineEmpty
		}
		in.src = append(in.src, '<')
		in.src = appendInlineAttributes(append(in.src, tag[:n]...), tag[n:])
		in.src = append(in.src, '>')
	}
	t.end = int32(len(in.src))
	in.at = append(grow(in.at, 1), at)
	in.tags = append(grow(in.tags, 1), t)
}

// inlineAttributes are the attributes a kept inline element keeps, of
// those the policy allows: none that a reader sees as text (title, alt),
// that links or fetches (href, src, cite), that restyles the page or
// names a part of it (style, class, id), or that turns text around (dir).
// The checks read only Result.Text, so any of those would carry words or
// links past them, or let a comment dress itself as the site.
var inlineAttributes = []string{"lang", "datetime"}

// appendInlineAttributes appends to b the attributes of attrs, the rest
// of a start tag as bluemonday writes it (` name="escaped value"`…), that
// are inlineAttributes. Anything written otherwise (a policy's
// AllowUnsafe) ends the attributes kept.
func appendInlineAttributes(b, attrs []byte) []byte {
	for {
		attrs = bytes.TrimLeft(attrs, " ")
		eq := bytes.IndexByte(attrs, '=')
		if eq <= 0 || eq+1 >= len(attrs) || attrs[eq+1] != '"' {
			return b
		}
		end := bytes.IndexByte(attrs[eq+2:], '"')
		if end < 0 {
			return b
		}
		attr := attrs[:eq+2+end+1]
		if slices.Contains(inlineAttributes, string(attrs[:eq])) {
			b = append(append(b, ' '), attr...)
		}
		attrs = attrs[len(attr):]
	}
}

// grow returns s with room for n more elements, at least doubling its
// capacity when it grows.
func grow[S ~[]E, E any](s S, n int) S {
	if cap(s)-len(s) >= n {
		return s
	}
	return slices.Grow(s, max(n, len(s)))
}

// nameOf returns the element name of t.
func (in *inlineTags) nameOf(t inlineTag) []byte {
	if t.kind == inlineEnd {
		return in.src[t.start:t.end]
	}
	return in.src[t.start+1 : t.start+1+int32(t.name)]
}

// normalise returns normalise(text, maxMarks), and moves the places of
// the tags from text to the result. If it cannot (normalising to NFC
// composed a character across a tag), the comment's tags are dropped:
// its text comes first.
func (in *inlineTags) normalise(text string, maxMarks int) string {
	out, ok := normaliseAt(text, maxMarks, in.at)
	if !ok {
		in.at, in.tags = in.at[:0], in.tags[:0]
	}
	return out
}

// maxInlineDepth is how many inline elements may be open at once; a start
// tag deeper than that is dropped. Comments nest a few; the bound keeps
// the work of closing and reopening elements for one misnested end tag
// constant, so that 100,000 nested tags cost linear time.
const maxInlineDepth = 32

// inlineHTML is the HTML of text, as l.HTMLOf(text, links) gives it, with
// the inline tags of in. A tag that stands inside a link moves to its end:
// a link is never split. An end tag of an element that is not open is
// dropped; one of an element open further out closes the elements inside
// it, and reopens them after. Every element left open is closed at the
// end, and an element that holds nothing is dropped.
func inlineHTML(l *linkify.Linkifier, text string, links []linkify.Link, in *inlineTags) string {
	// Room for the text, its escapes and links (a guess), and the tags.
	b := make([]byte, 0, len(text)+len(text)/8+len(in.src))
	type open struct {
		tag  int // index in in.tags
		body int // len(b) after its start tag
	}
	var stack [maxInlineDepth]open
	depth := 0
	closeTop := func() {
		depth--
		o := stack[depth]
		if len(b) == o.body { // nothing inside: drop the start tag
			t := in.tags[o.tag]
			b = b[:o.body-int(t.end-t.start)]
			return
		}
		b = append(b, "</"...)
		b = append(b, in.nameOf(in.tags[o.tag])...)
		b = append(b, '>')
	}
	var shifted []linkify.Link
	from, next := 0, 0 // the text before from is written; links[next] is the first after it
	piece := func(to int) {
		shifted = shifted[:0]
		for ; next < len(links) && links[next].End <= to; next++ {
			ln := links[next]
			ln.Start -= from
			ln.End -= from
			shifted = append(shifted, ln)
		}
		b = append(b, l.HTMLOf(text[from:to], shifted)...)
		from = to
	}
	around := 0 // links[around] is the first link that ends after the tag
	for k, t := range in.tags {
		at := min(in.at[k], len(text))
		for around < len(links) && links[around].End <= at {
			around++
		}
		// A link that holds the tag (but does not start at it) takes the
		// tag to its end.
		if around < len(links) && links[around].Start < at {
			at = links[around].End
		}
		if at > from {
			piece(at)
		}
		switch t.kind {
		case inlineEmpty:
			b = append(b, in.src[t.start:t.end]...)
		case inlineStart:
			if depth < maxInlineDepth {
				b = append(b, in.src[t.start:t.end]...)
				stack[depth] = open{tag: k, body: len(b)}
				depth++
			}
		case inlineEnd:
			name := in.nameOf(t)
			i := depth - 1
			for i >= 0 && string(in.nameOf(in.tags[stack[i].tag])) != string(name) {
				i--
			}
			if i < 0 {
				break // closes nothing open
			}
			inside := depth - i - 1
			var reopen [maxInlineDepth]open
			copy(reopen[:inside], stack[i+1:depth])
			for depth > i {
				closeTop()
			}
			for _, o := range reopen[:inside] {
				ot := in.tags[o.tag]
				b = append(b, in.src[ot.start:ot.end]...)
				stack[depth] = open{tag: o.tag, body: len(b)}
				depth++
			}
		}
	}
	piece(len(text))
	for depth > 0 {
		closeTop()
	}
	return string(b)
}

// normaliseAt is normalise, which also moves the offsets at (ascending,
// into text) to where the text at them ends up in the result. It reports
// false, with at unspecified, if it could not: normalising to NFC
// composed a character across one of them.
func normaliseAt(text string, maxMarks int, at []int) (string, bool) {
	if t := strings.Trim(text, " \t\n"); isNormal(t, maxMarks) {
		lead := len(text) - len(strings.TrimLeft(text, " \t\n"))
		for k, a := range at {
			a = min(max(a-lead, 0), len(t))
			// A tag between the bytes of a character that invalid
			// UTF-8 cut ("\xe2<b>\x82\xac") goes after it.
			for a < len(t) && !utf8.RuneStart(t[a]) {
				a++
			}
			at[k] = a
		}
		return t, true
	}
	return normaliseCopyAt(text, maxMarks, at)
}

// composeAt returns the NFC form of s, and moves the offsets at into s to
// the result; false if a character composes across one of them.
func composeAt(s string, at []int) (string, bool) {
	whole := norm.NFC.String(s)
	var b strings.Builder
	b.Grow(len(whole))
	from := 0
	for k, a := range at {
		b.WriteString(norm.NFC.String(s[from:a]))
		from, at[k] = a, b.Len()
	}
	b.WriteString(norm.NFC.String(s[from:]))
	return whole, b.String() == whole
}
