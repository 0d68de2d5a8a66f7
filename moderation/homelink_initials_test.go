package moderation

import "testing"

// TestHomeLinkNamedByInitials: a body spelled out in full whose domain is
// its initials is named as a third party is, whose home page a reader
// cites; a firm that speaks as "we" beside its own initials, or initials
// of fewer than three words, are not.
func TestHomeLinkNamedByInitials(t *testing.T) {
	runVerdicts(t, []verdictCase{
		{"Hedgehog sightings go to the British Hedgehog Preservation Society now: https://www.bhps.org.uk — they map them every spring.", Approve, ""},
		{"Race results are posted by the Northern Fell Runners Association: https://www.nfra.example, usually by Monday.", Approve, ""},
		// Still counted.
		{"At Premier Roofing Services we fix leaks the same day: https://www.prs-roofing.example", Hold, CodeHomeLink},
		{"We at Best Loan Company approve everyone, apply at https://www.blc.example", Hold, ""},
	})
	names := nameRuns("Thanks to Royal Astronomical Society members.", nil)
	if !labelNamed(names, "ras") {
		t.Error("the initials of a run of three capitalised words are not a name")
	}
	if labelNamed(nameRuns("Ask Bob Smith about it.", nil), "bs") {
		t.Error("two letters are taken for a name")
	}
}
