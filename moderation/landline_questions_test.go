package moderation

import "testing"

// TestCommunityEventQuestionsTo: "questions to <name> on <number>" offers
// the person who answers for a community's event, and "not mine" says the
// number is not the writer's; "call me" or a firm's number still count.
func TestCommunityEventQuestionsTo(t *testing.T) {
	runVerdicts(t, []verdictCase{
		{"The bell ringers' open tower is Saturday 13 December at St Anne's church, 2 till 4. Queries to Pat on 07700 900 611 (the tower phone, not mine).", Approve, ""},
		// Still counted.
		{"Church hall craft fair Saturday 13 December, questions to me on 07700 900 611, my candles half price.", Hold, CodeContact},
	})
}
