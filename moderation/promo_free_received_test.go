package moderation

import "testing"

// TestFreeReceived: "for free" ending what a service did for the writer
// is a customer's story and no longer holds beside a link to the
// service's page; the same words as an offer, as the writer's own
// testimonial, or in a recovery scam's bid still do.
func TestFreeReceived(t *testing.T) {
	runVerdicts(t, []verdictCase{
		{"The warranty page is https://www.examplekettles.co.uk/support/warranty - they swapped my cracked kettle for free within a week.", Approve, ""},
		{"https://www.bikeshop-example.com/service/recalls - the shop replaced our faulty brakes for free after the recall.", Approve, ""},
		{"I got 500 gems for free at https://www.gems-example.com/claim - try it before it ends!", Hold, CodePromoTopic},
		{"Get your replacement parts for free at https://www.parts-example.com/claim today.", Hold, CodePromoTopic},
		{"A hacker recovered my stolen savings for free, contact him at https://www.recovery-example.com/agent", Hold, ""},
	})
}
