package moderation

import (
	"math"
	"strings"
	"sync"

	"github.com/commentkit/commentkit/linkify"
)

// View is the prepared form of one comment that every check shares. Check
// builds it once, before any check runs, so that the cost of a check is
// the cost of its own logic: no check re-parses the Body, strips, folds or
// finds links again. Checks run one after the other on the same View and
// must treat it, and every slice in it, as read-only.
type View struct {
	Comment Comment        // as submitted
	Text    string         // plain, normalised text (Result.Text)
	Folded  string         // Text lower-cased, accents and look-alikes mapped, leetspeak undone
	Words   []string       // the words of Folded, in order
	Links   []linkify.Link // links in Text, linked or not (see Config.Linkifier), with those written in full-width or ideographic forms ("bit。ly/x") as the hosts they stand for
	Length  int            // characters counted against the limit, in Config.Unit
	Markup  Markup         // the link markup stripping found in Body
	State   *State         // what the Store knew, loaded before the checks run; nil during Learn

	facts viewFacts // what several built-in checks share, set by Moderator.fold
}

// Markup is what stripping found in the Body: link markup that a box
// allowing no HTML should not contain.
type Markup struct {
	Anchors  []string `json:"anchors,omitempty"`  // href of each <a href> anchor, decoded, but Moments'
	BBCode   []string `json:"bbcode,omitempty"`   // URL of each [url=…] or [url]…[/url]
	Markdown []string `json:"markdown,omitempty"` // URL of each [text](url)
	// Moments are the hrefs of anchors that a video site makes of a time
	// a viewer typed: the anchor's text is the time ("2:19") its href
	// starts the video at ("…&t=2m19s"). They are no link markup.
	Moments []string `json:"moments,omitempty"`
}

// fold fills in v's folded text and words, once, and the facts that
// several checks share.
//
// The words are kept as spans of Folded (wordList), in an array borrowed
// from viewBufsPool. A []string of them would hold a pointer a word: each
// store of one costs a write barrier while the collector marks, and the
// pooled array had to be cleared, barrier and all, after each Check (a
// tenth of a Check on plain text). View.Words, which a check of the site's
// own reads, is set only for a Moderator that has such checks: New's own
// read the spans (View.words).
func (m *Moderator) fold(v *View) {
	if v.Folded != "" || v.Text == "" {
		return
	}
	folded, info := foldTextMarks(v.Text)
	v.Folded = folded
	if info.text.wideLink {
		// Links written in full-width or ideographic forms are links the
		// checks read (see disguisedLinks); folding, which decodes every
		// character beyond ASCII, tells whether the text may have one.
		v.Links = disguisedLinks(v.Text, v.Links, m.finder)
	}
	bufs := borrowViewBufs()
	if cap(bufs.spans) < wordsCap(folded) {
		bufs.spans = make([]wordSpan, 0, wordsCap(folded))
	}
	bufs.spans = appendWordSpans(bufs.spans[:0], folded)
	words := wordList{text: folded, spans: bufs.spans}
	if !m.ownChecks {
		v.Words = words.strings()
	}
	v.setFactsInto(info.text, words, bufs.sites[:0])
	v.facts.bufs = bufs
	v.facts.dotsKept, v.facts.textValid, v.facts.noLeetDigit = !info.dropped, info.valid, !info.leetDigit
	v.facts.capitalsMax, v.facts.capitalsKnown = info.capitalsMax, true
}

// words returns the words of v for the built-in checks: the spans
// Moderator.fold kept, if they are still v's, or else those of v.Words.
// The built-in checks and the state read the words through it, never
// through v.Words, which is nil in the View of a Moderator without checks
// of the site's own.
func (v *View) words() wordList {
	if v.facts.wordsDone && sameSlice(v.facts.words, v.Words) && v.facts.folded == v.Folded {
		return v.facts.list
	}
	return wordsOf(v.Words)
}

// wordSpan is where one word starts and ends in a text. The offsets are
// 32-bit: the spans of a comment's words, half the size, stay in the
// processor's nearest cache with the text while the checks walk them.
type wordSpan struct{ start, end uint32 }

func (s wordSpan) len() int { return int(s.end - s.start) }

// maxSpanText bounds the text that spans index: the words past it are
// not read. A comment is never that long (MaxBytes is 64 KiB by
// default); the bound keeps the offsets from wrapping around if one
// were.
const maxSpanText = min(math.MaxUint32, math.MaxInt)

// wordList is the words of a comment as the built-in checks and the
// state read them: spans of one text. Moderator.fold keeps them so, in an
// array with no pointer in it.
type wordList struct {
	text  string // what spans index
	spans []wordSpan
}

// wordsOf returns words as a wordList, for a View built by hand: their
// text, one after the other, and its spans.
func wordsOf(words []string) wordList {
	if len(words) == 0 {
		return wordList{}
	}
	spans := make([]wordSpan, 0, len(words))
	at := 0
	for _, w := range words {
		if at+len(w) > maxSpanText {
			break
		}
		spans = append(spans, wordSpan{uint32(at), uint32(at + len(w))})
		at += len(w)
	}
	return wordList{text: strings.Join(words[:len(spans)], ""), spans: spans}
}

// len returns the number of words.
func (l wordList) len() int { return len(l.spans) }

// at returns the ith word.
func (l wordList) at(i int) string {
	s := l.spans[i]
	return l.text[s.start:s.end]
}

// strings returns the words as a new []string.
func (l wordList) strings() []string {
	out := make([]string, len(l.spans))
	for i, s := range l.spans {
		out[i] = l.text[s.start:s.end]
	}
	return out
}

// viewBufs are the arrays a View borrows from viewBufsPool for the spans
// of its words and its links' sites: a comment's words were half of what
// a Check allocates, and the collector's work grows with it; the sites
// were an allocation of every Check with a link. Both are unexported, so
// no check of the site's own can keep them.
type viewBufs struct {
	spans []wordSpan
	sites []linkSite
	// linkWords and linkWordsAt hold the words before each link
	// (View.wordsBeforeLink), which the self-promotion readers read on
	// every comment with a link.
	linkWords   []mentionWord
	linkWordsAt []int
}

var viewBufsPool sync.Pool // of *viewBufs

func borrowViewBufs() *viewBufs {
	if bufs, _ := viewBufsPool.Get().(*viewBufs); bufs != nil {
		return bufs
	}
	return new(viewBufs)
}

// giveBackViewBufs puts bufs back in viewBufsPool, without the arrays
// over the bounds below.
func giveBackViewBufs(bufs *viewBufs) {
	if cap(bufs.spans) > maxPooledWords {
		bufs.spans = nil
	}
	if cap(bufs.sites) > maxPooledSites {
		bufs.sites = nil
	}
	if cap(bufs.linkWords) > maxPooledLinkWords {
		bufs.linkWords, bufs.linkWordsAt = nil, nil
	}
	viewBufsPool.Put(bufs)
}

// maxPooledWords bounds the arrays viewBufsPool keeps: room for the words
// of a comment of the default MaxBytes. A site that raised MaxBytes
// should not find megabytes held in the pool after one long comment.
// maxPooledSites does the same for the sites.
const (
	maxPooledWords = DefaultMaxBytes/5 + 1
	maxPooledSites = 64
	// maxPooledLinkWords bounds the words before links kept: a comment's
	// words before its first 64 links, at most.
	maxPooledLinkWords = 64 * maxAuthoredBytes / 2
)

// release gives the arrays v borrowed back to viewBufsPool once nothing
// can read them any more: after the verdict. It clears the sites, which
// point into the text, so that the pool keeps no comment's text alive;
// the spans hold no pointer.
func (m *Moderator) release(v *View) {
	bufs := v.facts.bufs
	if bufs == nil {
		return
	}
	// No sites (no links): the array lent is still bufs.sites, unused.
	if sites := v.facts.sites; sites != nil {
		clear(sites)
		bufs.sites = sites[:0]
	}
	if lw := v.facts.linkWords; lw != nil {
		clear(lw) // their strings are the comment's: the pool keeps none alive
		bufs.linkWords, bufs.linkWordsAt = lw[:0], v.facts.linkWordsAt[:0]
	}
	v.facts = viewFacts{}
	giveBackViewBufs(bufs)
}

// lazyFact is a fact of a comment that a check reads only when it first
// needs it, and then once: 0 not read yet, 1 false, factTrue true.
type lazyFact int8

const factTrue lazyFact = 2

// get returns the fact, reading it with read the first time.
func (f *lazyFact) get(read func() bool) bool {
	if *f == 0 {
		*f = 1
		if read() {
			*f = factTrue
		}
	}
	return *f == factTrue
}
