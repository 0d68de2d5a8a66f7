package moderation

import "testing"

// TestReview22bFirmBesidePublicLine: a household's pets make its "our" a
// family's beside a public line, but "our vet service" is a practice's
// trade, whose mobile still counts.
func TestReview22bFirmBesidePublicLine(t *testing.T) {
	runVerdicts(t, []verdictCase{
		{"Poison control for pets is 555-0142 but honestly our vet service at 07700 900118 is cheaper, we do home visits.", Hold, CodeContact},
		{"Pet poison control in the US is (855) 555-0142 if your dog gets into chocolate; they talked our vet through it when our cat ate a lily.", Approve, ""},
	})
}
