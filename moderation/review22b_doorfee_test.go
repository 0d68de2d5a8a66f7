package moderation

import "testing"

// TestReview22bNightclubDoorFee: a club's small door fee keeps its event
// a community body's, but a nightclub's night, with its VIP tables and
// drinks promotions, is a business's advert, whose number counts.
func TestReview22bNightclubDoorFee(t *testing.T) {
	runVerdicts(t, []verdictCase{
		{"Our club runs every Saturday, just a £2 door fee, drinks promos all night, call 07700 900222 for VIP tables.", Hold, CodeContact},
		{"The canal society has a guided walk on Saturday 6 December from the basin, £4 for non-members. Questions to towpathwalks@btinternet.com", Approve, ""},
	})
}
