package moderation

import "testing"

// TestOfChoice: "my channel of choice" names which channel the writer
// prefers, someone else's, and no longer holds on its own; the writer's
// own channel pushed beside a call still does.
func TestOfChoice(t *testing.T) {
	runVerdicts(t, []verdictCase{
		{"My channel of choice for the cricket was always the BBC, before the rights went elsewhere.", Approve, ""},
		{"Our site of choice for train times is the operator's, the apps are always a day behind.", Approve, ""},
		{"My channel is where I put the full race footage, worth a look.", Hold, CodePromoPhrase},
		{"Check out my channel of choice for racing clips, subscribe!", Reject, CodePromoPhrase},
	})
}
