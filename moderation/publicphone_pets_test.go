package moderation

import "testing"

// TestPublicNumberHouseholdPets: a household speaks of its animals and
// their vet as of its children; beside a public poison line its "our"
// is a family's. A practice's "our vets" with its own number still
// counts.
func TestPublicNumberHouseholdPets(t *testing.T) {
	runVerdicts(t, []verdictCase{
		{"Pet poison control in the US is (855) 555-0142 if your dog gets into chocolate; they talked our vet through it when our cat ate a lily.", Approve, ""},
		// Still counted.
		{"Our vets are on call all weekend, ring us on 07700 900 312 for home visits.", Hold, CodeContact},
	})
}
