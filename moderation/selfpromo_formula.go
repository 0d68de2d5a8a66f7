package moderation

import (
	"slices"
	"strings"
)

// Link-dropping comment spam presents its link with a formula that names
// nothing: "You may also like <link>", "I found similar useful
// information here <link>", "I found a great resource that explains it
// even better: <link>", "The full method is explained here → <link>".
// A reader who passes a page on says what it is or whose: "The NHS page
// on this is clear: <link>", "the government guide is here: <link>",
// "Matrix numbers explained here if you want to check which pressing
// you've got: <link>".
//
// formulaBefore reads the sentence that gives a link (readBeforeLinks)
// for either formula:
//
//   - a recommendation aimed at the reader, with the link right after
//     it: "you may also like <link>", "you might also enjoy this:
//     <link>";
//   - the page called by a generic noun (genericPages: information, a
//     resource, a guide, a method, tips, advice, content) praised or sized with a word of
//     genericPraise ("useful", "great", "full", "similar", "helpful"), in
//     a sentence that names nothing (no word in capitals but its first
//     and "I", no number), after a sentence of generic praise
//     (praisedBefore: "Great tips for beginners!", "Thank you for this
//     article."), with no thing named between the noun and the link
//     ("the official docs", namedAfter). A reader who says, alone, "I
//     found this guide really helpful: <link>" is passing a page on.
//
// SelfPromotionCheck counts what it finds as a topic: beside the link it
// holds; without a link there is nothing to read.

var (
	// recommendVerbs end "you may also …" and "you might also …".
	recommendVerbs = newMentionSet("like", "enjoy", "find", "love")
	// genericPages are what a formula calls the page it links.
	genericPages = newMentionSet("information", "info", "resource", "resources", "guide", "method", "tips",
		"advice", "content")
	// genericPraise are the words a formula praises or sizes it with.
	genericPraise = newMentionSet("useful", "helpful", "great", "full", "complete", "similar", "good",
		"excellent", "amazing", "awesome", "informative", "valuable", "detailed", "ultimate", "best", "nice")
)

// namedAfter reports whether a word of otherThings stands between the
// generic noun ws[noun] and the link ws[at]: the link is then a thing
// named ("similar info in the official docs: <link>", "a good guide for
// the next step is here: <link>"), not the formula's page.
func namedAfter(ws []mentionWord, noun, at int) bool {
	for k := noun + 1; k < at; k++ {
		if otherThings.has(ws[k].low) {
			return true
		}
	}
	return false
}

// praiseWords are the words of generic praise or thanks that open such
// a comment ("Great tips for beginners!", "Thank you for this article.",
// "This really worked for my puppy!").
var praiseWords = newMentionSet("thank", "thanks", "great", "nice", "helpful", "informative", "excellent",
	"awesome", "amazing", "lovely", "wonderful", "useful", "brilliant", "fantastic", "love", "loved",
	"worked", "relatable", "good", "interesting", "insightful", "perfect")

// maxPraiseWords is the longest sentence, in words, that praisedBefore
// takes for generic praise: one that says more is a reader's own.
const maxPraiseWords = 12

// praisedBefore reports whether a sentence before the ws[first] one (in
// the words read) is generic praise: at most maxPraiseWords words, one
// of them of praiseWords.
func praisedBefore(ws []mentionWord, first int) bool {
	for end := first; end > 0; {
		sentence := ws[end-1].sentence
		start, praise := end, false
		for start > 0 && ws[start-1].sentence == sentence {
			start--
			praise = praise || praiseWords.has(ws[start].low)
		}
		if praise && end-start <= maxPraiseWords {
			return true
		}
		end = start
	}
	return false
}

// maxRecommendGap is how many words may stand between "you may also
// like" and the link ("You may also like this: <link>"): a reader who
// recommends names the thing ("you may also like her first novel,
// reviewed at <link>").
const maxRecommendGap = 2

// maxPraiseGap is how many words from a generic noun a word of
// genericPraise may stand ("similar useful information", "this guide
// really helpful").
const maxPraiseGap = 3

// formulaAtLink returns the formula that presents a link that c counts
// (see above), and true.
func formulaAtLink(v *View, c linkChecker) (string, bool) {
	return readBeforeLinks(v, c, formulaBefore)
}

// formulaBefore returns the formula that presents the link ws[at] in its
// sentence, or "".
func formulaBefore(_ string, ws []mentionWord, at int) string {
	sentence := ws[at].sentence
	first := at
	for first > 0 && ws[first-1].sentence == sentence && ws[first-1].link < 0 {
		first--
	}
	for i := max(first, at-4-maxRecommendGap); i+3 < at; i++ {
		if ws[i].low == "you" && (ws[i+1].low == "may" || ws[i+1].low == "might") && ws[i+2].low == "also" && recommendVerbs.has(ws[i+3].low) {
			return "you " + ws[i+1].low + " also " + ws[i+3].low
		}
	}
	noun := -1
	for i := first; i < at; i++ {
		w := ws[i]
		if i > first && startsCapital(w) && w.low != "i" {
			return "" // a name: the reader says whose page it is
		}
		if r := w.text[0]; r >= '0' && r <= '9' {
			return "" // a number: the reader says what it holds
		}
		if noun < 0 && genericPages.has(w.low) {
			noun = i
		}
	}
	if noun < 0 || !praisedBefore(ws, first) || namedAfter(ws, noun, at) {
		return ""
	}
	for k := max(noun-maxPraiseGap, first); k <= min(noun+maxPraiseGap, at-1); k++ {
		if k != noun && genericPraise.has(ws[k].low) {
			lo, hi := min(k, noun), max(k, noun)
			return joinLow(ws[lo : hi+1])
		}
	}
	return ""
}

// joinLow returns the low forms of ws joined by single spaces: the words a
// Detail quotes.
func joinLow(ws []mentionWord) string {
	var b strings.Builder
	for i, w := range ws {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w.low)
	}
	return b.String()
}

// linkReaderWords are the words one of the readers of the sentence before
// a link must find to find anything: a work (authorWorks), a site
// (ownSites), a verb of recommending or a generic page (recommendVerbs,
// genericPages).
var linkReaderWords = newWordSet(slices.Concat(authorWorks.all(), ownSites.all(), recommendVerbs.all(), genericPages.all()))

// saysLinkReaderWord reports whether v's words (folded, so a word of
// ASCII letters is as the readers see it in lower case) hold a word of
// linkReaderWords outside a typed address. A comment with none is not
// read word by word before its links (readBeforeLinks): most comments
// with a link. The word facts tell where the first such word is, from
// the walk folding makes over the words; the words before it are not
// read again.
func (v *View) saysLinkReaderWord() bool { return readerWordIn(v.words(), v.wordFacts()) }

// readerWordIn is saysLinkReaderWord of words, whose facts are f.
func readerWordIn(words wordList, f wordFacts) bool {
	if !f.reader {
		return false
	}
	for i := f.readerAt; i < words.len(); i++ {
		if linkReaderWords.has(words.at(i)) && !inTypedURL(words.text, int(words.spans[i].start)) {
			return true
		}
	}
	return false
}

// inTypedURL reports whether the word at text[at:] stands in a run of
// text without spaces that holds "://" before it, within maxURLLookBack
// bytes: a word of a typed address's path ("https://go.dev/blog/pprof"),
// which the readers do not read. Further back, or in a bare domain's path,
// it is taken for a word of prose, so that the check reads too much,
// never too little.
func inTypedURL(text string, at int) bool {
	for i := at - 1; i >= 2 && i >= at-maxURLLookBack; i-- {
		switch text[i] {
		case ' ', '\n', '\t':
			return false
		case '/':
			if text[i-1] == '/' && text[i-2] == ':' {
				return true
			}
		}
	}
	return false
}

// maxURLLookBack bounds how far back inTypedURL looks for a scheme, so
// that a comment of one long run costs linear time.
const maxURLLookBack = 256
