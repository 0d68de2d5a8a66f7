package moderation

import "github.com/commentkit/commentkit/linkify"

// View is the prepared, read-only form of one comment that every check
// shares. It is built once per Check.
type View struct {
	Comment Comment        // as submitted
	Text    string         // plain, normalised text (Result.Text)
	Folded  string         // Text lower-cased, accents and look-alikes mapped, leetspeak undone
	Words   []string       // the words of Folded, in order
	Links   []linkify.Link // links in Text
	Length  int            // characters counted against the limit
	Markup  Markup         // what stripping found in Body
}

// Markup is what stripping found in the Body: link markup that a box
// allowing no HTML should not contain.
type Markup struct {
	Anchors  []string `json:"anchors,omitempty"`  // href of each <a href> anchor, decoded
	BBCode   []string `json:"bbcode,omitempty"`   // URL of each [url=…] or [url]…[/url]
	Markdown []string `json:"markdown,omitempty"` // URL of each [text](url)
}
