package moderation

import "testing"

// TestAuthoredAtLink: a writer who says, in the sentence that gives the
// link (or the one before, when the link's sentence points back), that
// they made the work the link leads to promotes it, and beside the link
// is held; a reader who made a guide for their team or office and links
// someone else's page, or links a reply, is not.
func TestAuthoredAtLink(t *testing.T) {
	runCommerce(t, []commerceCase{
		{"Helpful article! For anyone struggling, I wrote a complete beginner's guide with printable feeding schedules here: https://bread-example.blog/starter-guide", Hold, CodePromoTopic},
		{"Made this last night, so good! I've actually put together an ebook of 60 weeknight dinners. It's here if anyone's interested: https://payhip.com/b/dinners-example", Hold, CodePromoTopic},
		{"Great thread. I recently coded a small calculator for exactly this, https://loan-example.dev/calc", Hold, CodePromoTopic},
		{"Same problem here, so I set up a site to track prices daily: https://prices-example.net/tracker", Hold, CodePromoTopic},
		// The link after another subject is theirs, not the writer's work.
		{"I wrote a guide for our office on password managers; we ended up with https://bitwarden.com/help/getting-started", Approve, ""},
		{"I wrote a guide for my team based on this article, thanks! The compiler explorer at https://godbolt.org/z/abc123 helped a lot too.", Approve, ""},
		// No work made: a reply, a letter.
		{"I wrote a longer reply to this on the previous article: https://www.example-news.com/2024/03/housing-crisis#comment-4412", Approve, ""},
		{"I wrote to my MP about this, the petition is at https://petition-example.org/p/123", Approve, ""},
		// The noun phrase ends before the noun: the pattern is someone else's.
		{"I made this in a cotton-linen blend, pattern from https://www.ravelry.com/patterns/library/summer-tee", Approve, ""},
		// Quoted: someone else's words.
		{`The spam above said "I wrote a guide here: https://guide-example.com/x" and it was a phishing page.`, Approve, ""},
	})
}

// TestOwnSiteAtLink: the link called the writer's own site by its kind
// ("my food blog", which the list's "my blog" does not match) is held
// beside it; a site the writer likes, or a host the site runs on, is not.
func TestOwnSiteAtLink(t *testing.T) {
	runCommerce(t, []commerceCase{
		{"Great recipe! I have a similar one on my food blog, with a vegan twist: https://fork-example.com/vegan-lasagna", Hold, CodePromoTopic},
		{"Same trick works for cast-on, it's on my little knitting site here https://knit-example.net/cast-on", Hold, CodePromoTopic},
		{"Everything is costed per serving on my favourite recipe site: https://www.budget-example.com/recipes/soup", Approve, ""},
		{"I host my photo site on https://hosting-example.com/pricing and it costs nothing.", Approve, ""},
	})
}
