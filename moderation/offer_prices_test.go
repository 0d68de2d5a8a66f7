package moderation

import "testing"

// TestOfferPriceClaims: a claim of the best, lowest or cheapest prices,
// and vouchers, coupons or discounts in the plural, are gains, as their
// singulars are: with a call to act or a business's voice beside a link
// they make an offer. Without one (a reader comparing prices, a customer
// who was given vouchers) they are not.
func TestOfferPriceClaims(t *testing.T) {
	runCommerce(t, []commerceCase{
		{"Buy handmade leather wallets, lowest prices anywhere: wallets-example.com", Hold, CodeOffer},
		{"Order birthday cakes for any party, best prices in town: https://cakes-example.co.uk/order", Hold, CodeOffer},
		{"For anyone after a present, we run pottery taster classes, gift vouchers too: pottery-example.co.uk", Hold, CodeOffer},
		{"Spring cleaning? Grab our coupons before Friday: https://cleaners-example.com/spring", Hold, CodeOffer},
		{"I compared the lowest prices on https://compare-example.com/tv before buying mine.", Approve, ""},
		{"The best price I found was at https://hifi-example.com/item, about the same as last year.", Approve, ""},
		{"We got gift vouchers for Christmas from https://spa-example.com/gifts and loved the day.", Approve, ""},
	})
}

// TestWebmasterOutreach: the greeting of a link builder's outreach
// ("Dear webmaster") is talk of promotion, which with a link holds; a
// reader who names the site's webmaster addresses no one.
func TestWebmasterOutreach(t *testing.T) {
	runCommerce(t, []commerceCase{
		{"Dear webmaster, a few links on your page are dead. My guide would replace them nicely: https://guides-example.org/start", Hold, CodePromoTopic},
		{"Hello webmaster, I have a resource your readers would like: https://learn-example.net/intro", Hold, CodePromoTopic},
		{"The club's webmaster posted this season's fixtures at https://club-example.org/fixtures", Approve, ""},
	})
}
