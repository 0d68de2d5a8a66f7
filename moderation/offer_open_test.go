package moderation

import "testing"

// TestOfferOpen: places or stock on offer (lists/offers.txt, open) in a
// business's voice ("we", "our" opening a clause) or a trader's (trade:
// "our classes", "I teach") beside the link is an offer, with no price
// named; the same words without a trader's voice, or a noun that counts
// ("4 spaces"), are not.
func TestOfferOpen(t *testing.T) {
	runCommerce(t, []commerceCase{
		{"Lovely article! We run small-group tours in Kyoto with English-speaking guides, the autumn tour still has spaces: https://tours-example.jp/autumn", Hold, CodeOffer},
		{"Nice write-up. All our fish are quarantined before shipping, have a look at our current stock at fish-example.com", Hold, CodeOffer},
		{"This is the approach we use in our classes! Online puppy course now open for enrolment: https://puppy-example.com/course", Hold, CodeOffer},
		{"As a baker myself I teach sourdough workshops every weekend, small groups. Spaces for December at https://bake-example.co.uk/workshops", Hold, CodeOffer},
		{"For anyone who'd rather leave it to the pros, our croissant workshops run every Saturday, booking at croissant-example.com/classes", Hold, CodeOffer},
		// Places on offer with no trader's voice: a reader passing on an event.
		{"Registration for the half marathon is now open for booking: https://race-example.com/event/123", Approve, ""},
		// A trader's voice with nothing on offer.
		{"We run trial lessons every weekend: https://flying-example.co.uk/trial", Approve, ""},
		{"I teach piano to kids and this arrangement is lovely: https://sheet-example.com/arrangement", Approve, ""},
		// An "I" who teaches, with nothing sold named: a job told.
		{"I teach yoga and the studio near me still has spaces for beginners: https://studio-example.com/classes", Approve, ""},
		// A community body that speaks of no money: places, not a sale.
		{"We run a community garden and our tools library still has spaces for new members: https://garden-example.org/join", Approve, ""},
		{"We run the village choir, still has spaces for tenors: https://choir-example.org/join", Approve, ""},
		// A community's "our": a parent's school, not a business.
		{"Our school's open evening is now open for booking: https://school-example.org.uk/open-evening", Approve, ""},
		// A count of spaces inside a clause, not places on offer.
		{"We use 4 spaces for indentation, see https://style-example.dev/guide#indent", Approve, ""},
		// "in stock" is no entry: readers say it of a shop.
		{"Our local shop has it in stock: https://hardware-example.co.uk/drills", Approve, ""},
	})
}

// TestOfferTraderPrice: a price or a discount in a trader's voice
// (trade: "from us", "I teach"), wherever it stands in the sentence, is
// an offer beside the link, as a business's "we" opening a clause with
// its price is; a runner's "I run" is no trade.
func TestOfferTraderPrice(t *testing.T) {
	runCommerce(t, []commerceCase{
		{"Nice recipe. You can get every ingredient as a kit from us, with 10% off your first order: https://brew-example.co.uk/kits", Hold, CodeOffer},
		{"Lovely colours. I teach watercolour courses online, the beginners' one is £45 this month: https://paint-example.com/course", Hold, CodeOffer},
		{"I run a lot, and these shoes were £60 at https://shoe-example.com/trail last spring.", Approve, ""},
	})
}
