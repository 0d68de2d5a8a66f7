package moderation

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/commentkit/commentkit/linkify"
)

// A polite comment that promotes the writer's own page says that the
// writer made the thing the link leads to: "For anyone struggling, I wrote
// a complete beginner's guide with printable feeding schedules here:
// <link>", "I've actually put together an ebook of 60 dinners. It's here
// if anyone's interested: <link>", "I wrote a training plan app …, it's
// free to try — search PaceForge on the app store or <link>". Readers say
// they made things too, but of letters, class notes and guides for their
// team, and the link they give beside it is someone else's: "I wrote a
// guide for my team, thanks! The compiler explorer at <link> helped a
// lot", "I wrote a guide for our office; we ended up with <link>".
//
// authoredAtLink tells the first from the second by reading the sentence
// that gives the link: the writer ("I", "I've") says, in it, that they
// made (authorVerbs: "wrote", "made", "built", "put together"…) a work
// (authorWorks: a guide, an app, an ebook, a course, a template…) and
// the link follows with no other subject between ("we", "they", "he",
// "she": the link is then theirs) and no other link. A sentence that
// opens by pointing back ("It's here: <link>", "Here: <link>") reads the
// sentence before it too. Each link is read over at most
// maxAuthoredBytes before it, and not past the link before it, so a
// comment's bytes are read once whatever its links.
//
// SelfPromotionCheck counts what it finds as a topic: beside the link it
// holds, as "I made a" beside a link does (lists/promo-topics.txt), and it
// counts once with that entry.

// maxAuthoredBytes is how far before a link, in bytes, authoredAtLink
// reads: a sentence or two of a few dozen words.
const maxAuthoredBytes = 400

// maxAuthoredSentences is how many sentences before the link's own the
// readers look at: the one an "It's here:" points back to, and one of
// generic praise before that (praisedBefore). The words before them are
// not read.
const maxAuthoredSentences = 2

// sentencesBack returns where, in text[lo:at], the sentence n sentences
// before the one at at begins (after '.', '!' or '?' and a space, or a
// line break), or lo when text[lo:at] holds fewer. It reads the bytes
// back from at once, and never before lo.
func sentencesBack(text string, lo, at, n int) int {
	seen := 0
	for i := at - 1; i > lo; i-- {
		c := text[i]
		if c == '\n' || (c == ' ' || c == '\t') && (text[i-1] == '.' || text[i-1] == '!' || text[i-1] == '?') {
			if seen++; seen > n {
				return i + 1
			}
		}
	}
	return lo
}

var (
	// authorSubjects are the writer as a verb's subject.
	authorSubjects = newMentionSet("i", "i've", "ive")
	// authorAdverbs may stand between the subject and its verb ("I've
	// actually put together", "I just made").
	authorAdverbs = newMentionSet("just", "actually", "also", "recently", "finally", "even", "once", "have", "since", "now", "already", "literally")
	// authorVerbs are the verbs of making a work, in the past; "put" only
	// with "together", "set" only with "up" (authorParticle).
	authorVerbs = newMentionSet("wrote", "made", "built", "created", "developed", "designed", "published", "launched", "compiled", "coded", "recorded", "filmed", "released", "put", "set", "started")
	// authorDeterminers open the work's noun phrase: the work is the
	// writer's own ("a", "my"), not a thing of the article ("the").
	authorDeterminers = newMentionSet("a", "an", "my", "our", "some", "this")
	// authorWorks are the works a writer offers readers at a link.
	authorWorks = newMentionSet("guide", "guides", "app", "apps", "ebook", "e-book", "book", "course", "courses",
		"plan", "plans", "planner", "pattern", "patterns", "tool", "tools", "template", "templates", "plugin",
		"extension", "calculator", "checklist", "tracker", "website", "site", "blog", "tutorial", "tutorials",
		"video", "videos", "workbook", "cookbook", "spreadsheet", "printable", "printables", "worksheet",
		"worksheets", "cheatsheet", "podcast", "newsletter", "series", "masterclass", "program", "programme",
		"generator", "quiz", "resource", "toolkit", "kit", "library", "game")
	// authorOthers are the subjects that make what follows someone
	// else's: a link after them is not the writer's work.
	authorOthers = newMentionSet("we", "we've", "we're", "they", "they've", "they're", "he", "she", "he's", "she's")
	// authorBackPointers open a sentence that points back at the work
	// of the sentence before ("It's here: <link>").
	authorBackPointers = newMentionSet("it's", "its", "it", "here", "here's", "find", "available", "link")
	// authorPhraseEnds end the work's noun phrase before its noun: a
	// preposition or a conjunction.
	authorPhraseEnds = newMentionSet("in", "on", "at", "for", "from", "with", "to", "of", "and", "but", "or", "after", "about", "that", "which", "because", "by", "as")
)

// maxAuthorWorkWords is how many words after the determiner the work's
// noun may be ("a complete beginner's guide", "a training plan app").
const maxAuthorWorkWords = 5

// authoredAtLink returns, for the first link that c counts (not an
// e-mail address) that a sentence before it announces as the writer's
// own work (see above), the words of that announcement ("i wrote a
// complete beginner's guide"), and true.
func authoredAtLink(v *View, c linkChecker) (string, bool) {
	return readBeforeLinks(v, c, authoredBefore)
}

// ownSiteAtLink returns the words that call a link that c counts the
// writer's own site (ownSiteBefore), and true.
func ownSiteAtLink(v *View, c linkChecker) (string, bool) {
	return readBeforeLinks(v, c, ownSiteBefore)
}

// readBeforeLinks calls read with the words before each link that c
// counts (not an e-mail address, not inside a quotation; what it finds
// before a public body's page, publicBody, does not count), at most
// maxAuthoredBytes of them and none before the link before it, the link
// last (ws[at]), until read returns
// what it found; it returns that, and whether read found anything.
func readBeforeLinks(v *View, c linkChecker, read func(text string, ws []mentionWord, at int) string) (string, bool) {
	var found string
	var quotes []quoteSpan
	c.counted(v, func(l *linkify.Link, site *linkSite) {
		if found != "" || l.Email || l.Start < 0 || l.End > len(v.Text) || l.Start > l.End {
			return
		}
		if quotes == nil {
			quotes = v.quotes()
		}
		if quoted(quotes, l.Start, l.End) {
			return // someone else's words, quoted
		}
		ws := v.wordsBeforeLink(l)
		n := len(ws)
		if n == 0 || ws[n-1].link < 0 || ws[n-1].start != l.Start {
			return
		}
		if found = read(v.Text, ws, n-1); found != "" && publicBody(site.host) {
			found = "" // a government's or a university's page: no one's promotion
		}
	})
	return found, found != ""
}

// wordsBeforeLink returns the words before l, one of v.Links, with l
// itself last: at most maxAuthoredBytes of them and none before the link
// before it, so that each byte is read once however many links the
// comment has. The words of every link are read on the first call, with
// one copy of the text in lower case for all of them, and kept with the
// View for the other readers (authoredAtLink, ownSiteAtLink,
// formulaAtLink): the three once read them each, each link's into a new
// slice.
func (v *View) wordsBeforeLink(l *linkify.Link) []mentionWord {
	f := &v.facts
	if !f.linkWordsDone || f.linkWordsText != v.Text {
		if f.linkWords == nil && f.bufs != nil {
			f.linkWords, f.linkWordsAt = f.bufs.linkWords, f.bufs.linkWordsAt // lent by the pool (viewBufs)
		}
		f.linkWords, f.linkWordsAt = v.readLinkWords(f.linkWords[:0], f.linkWordsAt[:0])
		f.linkWordsText, f.linkWordsDone = v.Text, true
	}
	k := sort.Search(len(v.Links), func(k int) bool { return v.Links[k].Start >= l.Start })
	if k == len(v.Links) || v.Links[k].Start != l.Start {
		return nil
	}
	return f.linkWords[f.linkWordsAt[k]:f.linkWordsAt[k+1]]
}

// readLinkWords appends to ws the words before each link of v.Links in
// turn (wordsBeforeLink), and to at where each link's begin, with the
// end of the last: len(v.Links)+1 entries. A link that is an e-mail
// address or stands outside the text has none.
func (v *View) readLinkWords(ws []mentionWord, at []int) ([]mentionWord, []int) {
	low, lowAt := "", 0 // v.Text[lowAt:] in lower case, up to the last link's end
	for k := range v.Links {
		at = append(at, len(ws))
		l := &v.Links[k]
		if l.Email || l.Start < 0 || l.End > len(v.Text) || l.Start > l.End {
			continue
		}
		lo := max(l.Start-maxAuthoredBytes, 0)
		for lo > 0 && !utf8.RuneStart(v.Text[lo]) {
			lo--
		}
		if k > 0 {
			lo = max(lo, v.Links[k-1].End)
		}
		lo = sentencesBack(v.Text, lo, l.Start, maxAuthoredSentences)
		if low == "" {
			// One copy for every link's words, from the first window
			// to the last link: not the text before it.
			hi := l.End
			for _, later := range v.Links[k+1:] {
				hi = max(hi, min(later.End, len(v.Text)))
			}
			lowAt, low = lo, lowerASCII(v.Text[lo:hi])
		}
		forEachMentionWord(v.Text, lo, l.End, v.Links, func(w mentionWord) {
			if w.link < 0 && w.low == "" {
				if w.start >= lowAt && w.end-lowAt <= len(low) {
					w.low = low[w.start-lowAt : w.end-lowAt]
				} else {
					w.low = lowerASCII(w.text) // links out of order, in a View built by hand
				}
			}
			ws = append(ws, w)
		})
	}
	return ws, append(at, len(ws))
}

// authoredBefore returns the announcement of the writer's work that the
// link ws[at] is, read in its sentence (and the one before, when the
// link's sentence points back), or "".
func authoredBefore(text string, ws []mentionWord, at int) string {
	sentence := ws[at].sentence
	first := at
	for first > 0 && ws[first-1].sentence == sentence {
		first--
	}
	if first > 0 && first < at && authorBackPointers.has(ws[first].low) {
		for first > 0 && ws[first-1].sentence == sentence-1 {
			first--
		}
	}
	// The announcement nearest the link counts: read back from it, and
	// stop at another link or another subject.
	for i := at - 1; i >= first; i-- {
		if ws[i].link >= 0 || authorOthers.has(ws[i].low) {
			return ""
		}
		if !authorSubjects.has(ws[i].low) {
			continue
		}
		if q := announced(text, ws, i, at); q != "" {
			return q
		}
	}
	return ""
}

// announced returns the words from the subject ws[i] to the noun of the
// work it says it made, before the link ws[at], or "".
func announced(text string, ws []mentionWord, i, at int) string {
	j := i + 1
	for j < at && j <= i+3 && authorAdverbs.has(ws[j].low) {
		j++
	}
	if j >= at || !authorVerbs.has(ws[j].low) {
		return ""
	}
	switch ws[j].low {
	case "put":
		if j+1 >= at || ws[j+1].low != "together" {
			return ""
		}
		j++
	case "set":
		if j+1 >= at || ws[j+1].low != "up" {
			return ""
		}
		j++
	case "wrote":
		if j+1 < at && ws[j+1].low == "up" {
			j++
		}
	}
	j++
	if j >= at || ws[j].link >= 0 || !authorDeterminers.has(ws[j].low) {
		return ""
	}
	for k := j + 1; k < at && k <= j+maxAuthorWorkWords; k++ {
		if ws[k].link >= 0 || authorPhraseEnds.has(ws[k].low) || strings.ContainsAny(text[ws[k-1].end:ws[k].start], ",;:()") {
			// "I made this in a linen blend, pattern from <link>": the
			// noun phrase ended before the noun.
			return ""
		}
		if authorWorks.has(ws[k].low) {
			if namedBeforeLink(ws, k, at) {
				return ""
			}
			return joinLow(ws[i : k+1])
		}
	}
	return ""
}

// maxNamedWords is how many words right before a link namedBeforeLink
// reads.
const maxNamedWords = 4

// namedBeforeLink reports whether the link ws[at] is named, in the few
// words right before it and after the work's noun ws[noun], as another
// thing with a determiner of its own ("I wrote a guide for my students,
// the diagrams at <link> helped", "a tutorial using the examples at
// <link>"): the link is that thing, not the work.
func namedBeforeLink(ws []mentionWord, noun, at int) bool {
	for k := max(noun+1, at-maxNamedWords); k < at; k++ {
		if ws[k].sentence == ws[at].sentence && otherThings.has(ws[k].low) {
			return true
		}
	}
	return false
}

// otherThings are the determiners that name a thing that is not the
// writer's work.
var otherThings = newMentionSet("the", "their", "his", "her", "whose")

// ownSites are the writer's own sites and channels as a possessive
// names them ("my food blog", "our little shop").
var ownSites = newMentionSet("blog", "website", "site", "channel", "podcast", "newsletter", "shop", "store", "substack")

// fondOf are the words after "my" that make the site one the writer
// likes, not one of theirs ("my favourite recipe site is <link>").
var fondOf = newMentionSet("favourite", "favorite", "fave", "go-to", "preferred", "usual", "beloved")

// maxOwnSiteGap is how many words may stand between "my" or "our" and
// the site's noun: the list's entries ("my blog", "my own blog") have
// none or one fixed; a writer names the kind of site ("my food blog",
// "my little cooking channel").
const maxOwnSiteGap = 2

// ownSiteBefore returns the words that call the link ws[at] the writer's
// own site ("my food blog"), in its sentence, or "": "my" or "our", one
// or two words (not one of fondOf: "my favourite recipe site"), a noun
// of ownSites, and then the link, or a sign that ends the clause (",",
// ":", a dash) or "here" before it, with no other subject or named thing
// between ("I host my photo site on <link>": the link is the host's).
func ownSiteBefore(text string, ws []mentionWord, at int) string {
	first := at
	for first > 0 && ws[first-1].sentence == ws[at].sentence && ws[first-1].link < 0 {
		first--
	}
	for i := first; i+2 < at; i++ {
		if ws[i].low != "my" && ws[i].low != "our" {
			continue
		}
		for k := i + 2; k < at && k <= i+1+maxOwnSiteGap; k++ {
			if !ownSites.has(ws[k].low) {
				continue
			}
			if fondOf.has(ws[i+1].low) {
				break // "my favourite recipe site": someone else's
			}
			next := k + 1
			if next < at && !strings.ContainsAny(text[ws[k].end:ws[next].start], ",:-\u2013\u2014\u2192") && ws[next].low != "here" {
				break
			}
			for m := next; m < at; m++ {
				if authorOthers.has(ws[m].low) || otherThings.has(ws[m].low) {
					return ""
				}
			}
			return joinLow(ws[i : k+1])
		}
	}
	return ""
}

// toldOfMaking reports whether one of the entries found (cues) tells of
// making a thing already: a word of authorVerbs in it ("i made a", "just
// published a").
func toldOfMaking(cues []string) bool {
	for _, q := range cues {
		for _, w := range strings.Fields(q) {
			if authorVerbs.has(w) {
				return true
			}
		}
	}
	return false
}

// namesOwnSite reports whether one of the entries found (cues) names the
// writer's own things already: "my" or "our" and what they own ("my
// blog", "my etsy", "our online shop"), or a noun of ownSites alone
// ("channel").
func namesOwnSite(cues []string) bool {
	for _, q := range cues {
		if ownSites.has(q) || strings.HasPrefix(q, "my ") || strings.HasPrefix(q, "our ") {
			return true
		}
	}
	return false
}
