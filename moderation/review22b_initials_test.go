package moderation

import "testing"

// TestReview22bFirmInitials: a body spelled out in full whose domain is
// its initials is a third party, but a firm's name (a loan, roofing,
// "Ltd") spelled out beside its initials' domain is its own testimonial.
func TestReview22bFirmInitials(t *testing.T) {
	runVerdicts(t, []verdictCase{
		{"The Premier Loan Advisory Service at https://www.plas.example approved me in minutes, highly recommend.", Hold, CodeHomeLink},
		{"Hedgehog sightings go to the British Hedgehog Preservation Society now: https://www.bhps.org.uk — they map them every spring.", Approve, ""},
	})
	if !firmNameWord("LOAN") || firmNameWord("Society") || firmNameWord("Extraordinarilylongword") {
		t.Error("firmNameWord misreads a word")
	}
}
