package moderation

import "testing"

// TestFormulaAtLink: a link presented by a formula that names nothing
// ("You may also like <link>", "I found similar useful information here
// <link>") is held beside its link; a reader who says what the page is
// or whose, or recommends a thing by name, is not.
func TestFormulaAtLink(t *testing.T) {
	runCommerce(t, []commerceCase{
		{"Very nice article, I learned a lot. You may also like https://fish-example.org/beginner-guide", Hold, CodePromoTopic},
		{"Such an informative post, thank you for sharing. I found similar useful information here https://gear-example.com/best-boots", Hold, CodePromoTopic},
		{"Great tips for beginners! I found this guide really helpful for choosing running shoes: https://shoe-example.com/guide", Hold, CodePromoTopic},
		{"This really worked for my puppy! The full method is explained here → http://pup-example.com/leash", Hold, CodePromoTopic},
		{"Thank you for this article. I found a great resource that explains it even better: https://money-example.info/start", Hold, CodePromoTopic},
		// No praise before it: a reader passing a page on.
		{"I found this guide really helpful when I started: https://docs-example.org/howto/logging", Approve, ""},
		{"The full method is explained in the paper, which took me a while to follow: https://papers-example.org/abs/full-method", Approve, ""},
		// After praise, the link named as another thing, or a public body's.
		{"Nice write-up! Similar info in the official docs: https://docs-example.com/compose/", Approve, ""},
		{"Really helpful. I found a useful guide here: https://www.cdc.gov/asthma/", Approve, ""},
		// The reader names whose page it is, or what it holds.
		{"The RHS has a really useful guide with photos of what to look for: https://garden-example.org/box-blight", Approve, ""},
		{"The 2024 edition is a much more useful guide: https://guide-example.org/2024-edition", Approve, ""},
		// A generic noun with nothing said in its praise: what it is.
		{"For the tenants asking about repairs, the council's guide is here: https://housing-example.org/repairs", Approve, ""},
		// A recommendation of a named thing, the link further on.
		{"If you liked this you may also like her first novel, reviewed at https://books-example.com/review/123", Approve, ""},
	})
}
