package moderation

import "github.com/commentkit/commentkit/linkify"

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
}

// Markup is what stripping found in the Body: link markup that a box
// allowing no HTML should not contain.
type Markup struct {
	Anchors  []string `json:"anchors,omitempty"`  // href of each <a href> anchor, decoded
	BBCode   []string `json:"bbcode,omitempty"`   // URL of each [url=…] or [url]…[/url]
	Markdown []string `json:"markdown,omitempty"` // URL of each [text](url)
}
