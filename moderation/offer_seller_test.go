package moderation

import "testing"

// TestOfferSeller: a business's voice ("we" or "our" opening a sentence
// or a clause, in the present) naming a price or a discount beside its
// link is an offer; a customer's account of what they paid, a household's
// "our", a "we" inside a sentence, or a business that names no price is
// not.
func TestOfferSeller(t *testing.T) {
	runCommerce(t, []commerceCase{
		{"Nice piece on damp. We treat rising damp across Kent from £350, surveys at dampdry-example.co.uk", Hold, CodeOffer},
		{"Lovely pictures, our framing service starts at $25 a print: https://frameworks-example.com/prices", Hold, CodeOffer},
		{"If the storm got your roof, we repair slipped tiles from €90 a visit: https://roofers-example.ie/book", Hold, CodeOffer},
		{"Agree about hand tools. We make the same trays in oak, and readers get 15% off at traymakers-example.com", Hold, CodeOffer},
		// A verb in -eed is in the present: a business's voice still.
		{"We need your feedback on our new range: we sell starter kits from £29 at https://kits-example.com/new", Hold, CodeOffer},
		{"We feed your sourdough starter for you while you're away, from £12 a week: https://starters-example.co.uk", Hold, CodeOffer},
		// A customer's account: a verb in the past, a household's word.
		{"We agreed £300 with the installer from https://solar-example.co.uk/quotes and it was fine.", Approve, ""},
		{"We paid £40 for ours at https://hardware-example.co.uk/drills and it still works.", Approve, ""},
		{"We ordered the £25 starter kit from https://kits-example.com/starter last spring.", Approve, ""},
		{"Our kids loved the zoo, tickets were £18 each: https://zoo-example.org/visit", Approve, ""},
		{"We've had ours for a year, £120 well spent: https://bikes-example.com/touring", Approve, ""},
		// Not opening a clause: the speaker is no business.
		{"Prices we see in town run $30 above https://books-example.com/item, so I order there.", Approve, ""},
		// A price before the business's voice is not its price.
		{"At £699 the installers seemed dear. We wire our own chargers now, notes at https://ev-example.co.uk/guide", Approve, ""},
		// A price far from the voice (more than sellerWindow words on) is
		// no business's price: a reader's own story runs on.
		{"We restore old bikes in the shed at weekends, mostly for the fun of it and because the kids like to help with the cleaning, the oiling and the slow work of truing wheels on the old stand we found at a sale, and last month one of mine needed a rear hub that cost £40 from https://parts-example.com/hubs", Approve, ""},
		// A business that names no price or discount: no offer.
		{"We run trial lessons every weekend: https://flying-example.co.uk/trial", Approve, ""},
	})
}
