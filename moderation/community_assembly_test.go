package moderation

import "testing"

// TestLandcareAndAssemblies: a Landcare group's working bee, a
// residents' assembly and a reunion are a community's events, whose
// contact a reader passes on; a business on the same day with its own number still
// counts.
func TestLandcareAndAssemblies(t *testing.T) {
	runVerdicts(t, []verdictCase{
		{"Riverbend Bushcare is weeding the creek bank on Saturday 6 December from 7am, all welcome. Text Marge on 07700 900 456 so we have enough gloves.", Approve, ""},
		{"L'assemblea dei soci è giovedì alle 21 in sala parrocchiale, info a assembleasoci.borgo@gmail.com", Approve, ""},
		{"Anyone who sailed on HMS Dauntless in the 90s? A few of us are planning a crew reunion in Portsmouth, email dauntless94reunion@gmail.com to be kept posted.", Approve, ""},
		// Still counted.
		{"Reunion special: cheap party packages, email partydeals.reunion@gmail.com for prices.", Hold, CodeContact},
		{"Bushcare working bee Saturday 6 December, call Dave on 07700 900 123 for a cheap quote on garden clearance.", Hold, CodeContact},
	})
}
