package moderation

import "testing"

// TestOfferAimedAtLink: a call to buy that names the link as where to do
// it is an offer by itself; where a reader bought, or a subject before
// the verb, is not.
func TestOfferAimedAtLink(t *testing.T) {
	runCommerce(t, []commerceCase{
		{"Fresh sourdough every morning. Order at breadbox-example.co.uk", Hold, CodeOffer},
		{"Handmade soaps, free wrapping, shop online at soapcorner-example.com", Hold, CodeOffer},
		{"Cheap flights to anywhere, buy at flyfast-example.net", Hold, CodeOffer},
		// A comma and then a line break, as a list of selling points is
		// written: white space after the comma, as afterComma says.
		{"Cheap flights to anywhere,\nbuy at flyfast-example.net", Hold, CodeOffer},
		{"Book yours at harbourtours-example.com", Hold, CodeOffer},
		{"Spring sale on terracotta: 20% off with code BLOOM20 at plantpots-example.com", Hold, CodeOffer},
		{"New edition, early bird price this weekend only at printshop-example.net", Hold, CodeOffer},
		{"My novel is out, launch price ends soon: novel-example.com", Hold, CodeOffer},
		// A reader who bought, a subject before the verb, a warning.
		{"I bought it at argos-example.co.uk, 20% off this week", Approve, ""},
		{"We usually buy from https://farm.example.com/boxes because it is local", Approve, ""},
		{"Don't buy from scamshop-example.com, they never shipped my order", Approve, ""},
		{"They order at https://wholesale.example.com/trade in bulk, I think", Approve, ""},
		// A place that is no link.
		{"Order at the counter, they do not take bookings: https://cafe.example.com/menu", Approve, ""},
		// A code with nothing gained is no offer.
		{"Use code blocks for the snippet, as in https://docs.example.com/style", Approve, ""},
	})
}
