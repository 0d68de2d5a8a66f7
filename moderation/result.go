package moderation

import "github.com/commentkit/commentkit/linkify"

// Action is the verdict on a comment.
type Action int

const (
	Approve Action = iota // publish
	Hold                  // wait for a moderator
	Reject                // do not publish
)

// String returns "approve", "hold" or "reject".
func (a Action) String() string {
	switch a {
	case Approve:
		return "approve"
	case Hold:
		return "hold"
	case Reject:
		return "reject"
	}
	return "unknown"
}

// Flag is one reason a comment looks suspicious. Code is stable and meant
// for programs; Detail is a sentence for people and may change.
type Flag struct {
	Code   string
	Score  float64
	Detail string
}

// Result is what Check decides about one comment.
type Result struct {
	Action Action
	Score  float64
	Flags  []Flag // every reason that fired, in a stable order
	Text   string // plain text to store: HTML stripped, entities decoded, normalised
	HTML   string // safe HTML to render: escaped Text, URLs linked, line breaks as <br>
	Length int    // characters counted against the limit
	Links  []linkify.Link
}
