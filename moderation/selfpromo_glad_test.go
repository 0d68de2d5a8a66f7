package moderation

import "testing"

// TestGladToShare: a call to action after "happy to" or "glad to" tells
// what the writer gladly does, and no longer holds a comment with no
// link; the bare imperative, and a call beside the writer's own thing,
// still do.
func TestGladToShare(t *testing.T) {
	runVerdicts(t, []verdictCase{
		{"Glad to share this with the rest of the choir, the photo of the old organ loft brought back a lot.", Approve, ""},
		{"Happy to share this with my book club, we argued about the ending for an hour last month.", Approve, ""},
		{"Share this with everyone you know, the photo of the old organ loft brought back a lot.", Hold, CodeCallToAction},
		{"Happy to share this: check out my channel for more organ music every week!", Reject, CodePromoPhrase},
	})
}
