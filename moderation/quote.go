package moderation

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A quotation is someone else's words: a reader who quotes a spam comment
// to warn of it ("Someone posted 'DM me for recovery' under every
// article") says its invitation without making it. So a self-promotion
// phrase or a call to action inside quotation marks counts as a topic
// (see SelfPromotionCheck), and an invitation to write on a messenger
// inside them raises no contact (see ContactCheck), while an address
// (a link, a number, an e-mail address, a handle) counts wherever it
// stands: a spammer who quotes their own invitation still has to give one.

// quoteSpan is the text between an opening and a closing quotation mark:
// text[start:end].
type quoteSpan struct{ start, end int }

// quoteClosers returns, for an opening quotation mark, the marks that
// close it, or "". The straight and the typographic single quotes are also
// apostrophes: an apostrophe between two letters or digits ("don't",
// "90's") neither opens nor closes a quotation.
func quoteClosers(r rune) string {
	switch r {
	case '"', '\'':
		return string(r)
	case '\u201c': // “…” (English), “…“ is a typo of it
		return "\u201d\u201c"
	case '\u201e': // „…“ (German), „…” (Polish)
		return "\u201c\u201d"
	case '\u2018': // ‘…’
		return "\u2019"
	case '\u00ab': // «…»
		return "\u00bb"
	case '\u2039': // ‹…›
		return "\u203a"
	case '\u300c': // 「…」
		return "\u300d"
	case '\u300e': // 『…』
		return "\u300f"
	}
	return ""
}

// quotes returns the quotations of v.Text, read once for every check
// that asks (a link's, a contact's, a home page's, a sales name's) and
// kept with the View's facts: checks run one after the other, and most
// comments have no check that asks.
func (v *View) quotes() []quoteSpan {
	if v.facts.quotesDone && v.facts.quotesText == v.Text {
		return v.facts.quotes
	}
	q := quotations(v.Text)
	v.facts.quotes, v.facts.quotesText, v.facts.quotesDone = q, v.Text, true
	return q
}

// quotations returns the quotations of text, in order: those of at
// least minQuoteWords words, and those of any length that a verb of
// saying introduces (reportedAt). A quotation mark that no letter or
// digit precedes and neither a space nor the same mark follows opens one,
// and the first mark that closes that kind, preceded by something other
// than a space and followed by no letter or digit, ends it (a guillemet
// may have a space inside it). A quotation ends
// within its line: a mark left open at a line break opens nothing, so an
// apostrophe at a word's start ("'tis") cannot make the rest of a comment
// a quotation. One pass over text.
func quotations(text string) []quoteSpan {
	var spans []quoteSpan
	open, closers, reported := -1, "", false
	// next[k] is where quoteLeads[k] next stands at or after i (len(text)
	// for nowhere), searched for again only once i has passed it: each
	// byte is searched once for each lead, with the fast IndexByte.
	var next [len(quoteLeads)]int
	for k := range next {
		next[k] = -1
	}
	for i := 0; i < len(text); {
		at := len(text)
		for k, c := range quoteLeads {
			if next[k] < i {
				next[k] = len(text)
				if j := strings.IndexByte(text[i:], c); j >= 0 {
					next[k] = i + j
				}
			}
			at = min(at, next[k])
		}
		if at == len(text) {
			break
		}
		i = at
		r, n := utf8.DecodeRuneInString(text[i:])
		prev, after := ' ', ' '
		if i > 0 {
			prev, _ = utf8.DecodeLastRuneInString(text[:i])
		}
		if i+n < len(text) {
			after, _ = utf8.DecodeRuneInString(text[i+n:])
		}
		switch {
		case r == '\n':
			open = -1
		case open >= 0 && strings.ContainsRune(closers, r) && (!unicode.IsSpace(prev) || spacedQuote(r)) && !isWordLetter(after):
			// Each byte is counted in at most one quotation: linear.
			if words := quoteWords(text[open:i]); words >= minQuoteWords || reported && words > 0 {
				spans = append(spans, quoteSpan{open, i})
			}
			open = -1
		case open < 0 && quoteClosers(r) != "" && !isWordLetter(prev) && (!unicode.IsSpace(after) || spacedQuote(r)) && after != r:
			open, closers, reported = i+n, quoteClosers(r), reportedAt(text, i)
		}
		i += n
	}
	return spans
}

// quoteLeads are the bytes a quotation mark or a line break starts with:
// the ASCII ones, and the first bytes of « ‹ (0xC2), of “ „ ‘ and their
// closers (0xE2), and of 「 『 (0xE3).
var quoteLeads = [...]byte{'"', '\'', '\n', 0xC2, 0xE2, 0xE3}

// quoteWords returns how many words s has: runs of letters and digits
// and the marks that go with them (isWordLetter), so that a vowel sign of
// Hindi or a combining accent does not split a word.
func quoteWords(s string) int {
	words, in := 0, false
	for i := 0; i < len(s); {
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		w := isWordLetter(r)
		if w && !in {
			words++
		}
		in = w
		i += n
	}
	return words
}

// minQuoteWords is how many words make a quotation someone's sentence.
// Fewer are a word mentioned or stressed, as spam stresses its own
// invitation: 'Please "subscribe"', 'hit "like" and "DM me"', unless a
// verb of saying introduces them (reportedAt): 'Someone posted "DM me"'.
const minQuoteWords = 5

// reportingVerbs are the verbs that introduce what someone said or
// wrote, right before the quotation ("posted", "said:", "wrote,").
var reportingVerbs = newWordSet([]string{
	"said", "says", "saying", "posted", "posts", "posting", "wrote", "writes", "writing",
	"replied", "replies", "commented", "comments", "tweeted", "texted", "messaged",
	"claimed", "claims", "claiming",
})

// reportedAt reports whether a verb of saying (reportingVerbs) stands
// right before the quotation mark at text[i], with at most spaces and a
// colon or a comma between. It reads at most a dozen bytes back.
func reportedAt(text string, i int) bool {
	j := i
	for j > 0 && i-j < 3 && (text[j-1] == ' ' || text[j-1] == ':' || text[j-1] == ',') {
		j--
	}
	end := j
	for j > 0 && end-j <= len("commented") && isLetterASCII(text[j-1]) {
		j--
	}
	if end-j > len("commented") || j > 0 && isWordByte(text[j-1]) {
		return false
	}
	var buf [len("commented")]byte
	w := buf[:end-j]
	for k := range w {
		w[k] = text[j+k] | 0x20
	}
	return reportingVerbs.has(string(w))
}

// spacedQuote reports whether r is a guillemet, which French sets off
// from the words it quotes with a space: « comme ceci ».
func spacedQuote(r rune) bool {
	return r == '\u00ab' || r == '\u00bb' || r == '\u2039' || r == '\u203a'
}

// quoted reports whether text[start:end] lies inside one of spans, which
// are in order.
func quoted(spans []quoteSpan, start, end int) bool {
	k := sort.Search(len(spans), func(k int) bool { return spans[k].end >= end })
	return k < len(spans) && spans[k].start <= start
}
