package moderation

import (
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
	Links   []linkify.Link // links in Text
	Length  int            // characters counted against the limit, in Config.Unit
	Markup  Markup         // the link markup stripping found in Body
	State   *State         // what the Store knew, loaded before the checks run; nil during Learn

	facts viewFacts // what several built-in checks share, set by Moderator.fold
}

// Markup is what stripping found in the Body: link markup that a box
// allowing no HTML should not contain.
type Markup struct {
	Anchors  []string `json:"anchors,omitempty"`  // href of each <a href> anchor, decoded
	BBCode   []string `json:"bbcode,omitempty"`   // URL of each [url=…] or [url]…[/url]
	Markdown []string `json:"markdown,omitempty"` // URL of each [text](url)
}

// fold fills in v's folded text and words, once, and the facts that
// several checks share.
func (m *Moderator) fold(v *View) {
	if v.Folded != "" || v.Text == "" {
		return
	}
	folded, dropped := foldTextMarks(v.Text)
	v.Folded = folded
	if m.ownChecks {
		bufs, _ := viewBufsPool.Get().(*viewBufs)
		if bufs == nil {
			bufs = new(viewBufs)
		}
		words := bufs.words
		if cap(words) < wordsCap(folded) {
			words = make([]string, 0, wordsCap(folded))
		}
		v.Words = appendWords(words[:0], folded)
		v.setFactsInto(bufs.sites[:0])
		v.facts.bufs = bufs
	} else {
		v.Words = splitWords(folded)
		v.setFacts()
	}
	v.facts.folded, v.facts.dotsKept = folded, !dropped
}

// viewBufs are the arrays a View of a Moderator that runs only its own
// checks borrows from viewBufsPool for its words and its links' sites: a
// comment's words are half of what a Check allocates, and the collector's
// work grows with it; the sites were an allocation of every Check with a
// link. A check of the site's own could keep v.Words, so those
// Moderators do not reuse them.
type viewBufs struct {
	words []string
	sites []linkSite
}

var viewBufsPool sync.Pool // of *viewBufs

// maxPooledWords bounds the arrays viewBufsPool keeps: room for the words
// of a comment of the default MaxBytes. A site that raised MaxBytes
// should not find megabytes held in the pool after one long comment.
// maxPooledSites does the same for the sites.
const (
	maxPooledWords = DefaultMaxBytes/5 + 1
	maxPooledSites = 64
)

// release gives the arrays v borrowed back to viewBufsPool once nothing
// can read them any more: after the verdict, when no check of the site's
// own has seen them. It clears them so that the pool keeps no comment's
// text alive.
func (m *Moderator) release(v *View) {
	bufs := v.facts.bufs
	if bufs == nil {
		return
	}
	if w := v.Words; cap(w) <= maxPooledWords {
		clear(w)
		bufs.words = w[:0]
	} else {
		bufs.words = nil
	}
	// No sites (no links): the array lent is still bufs.sites, unused.
	if sites := v.facts.sites; sites != nil && cap(sites) <= maxPooledSites {
		clear(sites)
		bufs.sites = sites[:0]
	} else if sites != nil {
		bufs.sites = nil
	}
	v.Words = nil
	v.facts = viewFacts{}
	viewBufsPool.Put(bufs)
}
