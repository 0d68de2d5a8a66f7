package moderation

import "testing"

// TestClubDoorFee: a community body's event told with a fee of a few
// pounds at the door is still the body's event, whose contact is passed
// on; a price of ten or more keeps it a sale's, and an offer is one
// whatever it costs.
func TestClubDoorFee(t *testing.T) {
	for _, tc := range []struct {
		text string
		sale bool
	}{
		{"£2 for non-members", false},
		{"then £3.50 a week", false},
		{"entry 5€", false},
		{"only £25 per lesson", true},
		{"from 35€ a night", true},
		{"$120 off", true},
		{"no price here, just 7pm", false},
	} {
		if got := quotesSalePrice(tc.text); got != tc.sale {
			t.Errorf("quotesSalePrice(%q) = %v, want %v", tc.text, got, tc.sale)
		}
		if !quotesPrice(tc.text) && tc.text != "no price here, just 7pm" {
			t.Errorf("quotesPrice(%q) reads no price", tc.text)
		}
	}
	runVerdicts(t, []verdictCase{
		{"The canal society has a guided walk on Saturday 6 December from the basin, £4 for non-members. Questions to towpathwalks@btinternet.com", Approve, ""},
		// Still counted.
		{"Our tennis club has coaching every Saturday, just £30 a session. Email coachingdesk@btinternet.com to book", Hold, CodeContact},
	})
}
