package moderation

import "testing"

// TestWarningLeaveAndBlock: a reader who quotes a scam's message with
// its number and bids others leave it ("don't engage", "block and
// report") warns of it, and the quoted number weighs nothing; a number
// given outside a quotation still counts.
func TestWarningLeaveAndBlock(t *testing.T) {
	runVerdicts(t, []verdictCase{
		{"Had a text today: 'Your parcel is held, call our courier desk on +44 7700 900 981 to pay the fee.' Royal Mail don't text like that. Do not engage, block and report.", Approve, ""},
		// Still counted.
		{"Don't engage with the trolls here, just call me on +44 7700 900 981 for the real deal.", Hold, CodeContact},
	})
}
