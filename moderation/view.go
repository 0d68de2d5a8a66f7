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
	v.Folded = foldText(v.Text)
	if m.ownChecks {
		var words []string
		if p, _ := wordsPool.Get().(*[]string); p != nil && cap(*p) >= wordsCap(v.Folded) {
			words = (*p)[:0]
		} else {
			words = make([]string, 0, wordsCap(v.Folded))
		}
		v.Words = appendWords(words, v.Folded)
	} else {
		v.Words = splitWords(v.Folded)
	}
	v.setFacts()
}

// wordsPool keeps the arrays of View.Words between the Checks of
// Moderators that run only their own checks: a comment's words are half
// of what a Check allocates, and the collector's work grows with it. A
// check of the site's own could keep v.Words, so those Moderators do not
// reuse them.
var wordsPool sync.Pool // of *[]string

// maxPooledWords bounds the arrays wordsPool keeps: room for the words
// of a comment of the default MaxBytes. A site that raised MaxBytes
// should not find megabytes held in the pool after one long comment.
const maxPooledWords = DefaultMaxBytes/5 + 1

// release gives v.Words back to wordsPool once nothing can read it any
// more: after the verdict, when no check of the site's own has seen it.
// It clears the words so that the pool keeps no comment's text alive.
func (m *Moderator) release(v *View) {
	if !m.ownChecks || cap(v.Words) == 0 || cap(v.Words) > maxPooledWords {
		return
	}
	w := v.Words[:cap(v.Words)]
	clear(w[:len(v.Words)])
	v.Words = nil
	v.facts = viewFacts{}
	wordsPool.Put(&w)
}
