package moderation

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestOwnCoverageAtLink: the first person of one's own coverage of the
// subject ("I also write about this", "we cover this in more detail",
// "we go deeper", "where I keep an updated list", "readers might find my
// …") holds beside a link; a reader who read about it elsewhere, or says
// whose the page is, is approved.
func TestOwnCoverageAtLink(t *testing.T) {
	runVerdicts(t, []verdictCase{
		{"Such a nice article. I also write about this, see https://motor-example.club/blog", Hold, CodePromoTopic},
		{"Great tips! We cover this in more detail at https://heating-example.co.uk/guides/radiators", Hold, CodePromoTopic},
		{"Good overview. We go deeper on choosing an installer in our 2026 guide: https://green-example.co.uk/heat-pumps", Hold, CodePromoTopic},
		{"Thanks for writing this. Readers might find my comparison of hill bikes useful: https://bike-example.com/hills", Hold, CodePromoTopic},
		{"More on this at https://retrofit-example.com/grants, where I keep an updated list of the schemes.", Hold, CodePromoTopic},
		{"Nice summary, I go deeper into the maths in part two: https://maths-example.net/part-2", Hold, CodePromoTopic},
		// Readers citing what they read, and whose it is.
		{"I also read about this at https://en.wikipedia.org/wiki/Heat_pump and it says the same.", Approve, ""},
		{"The BBC goes deeper on the grants in this explainer: https://www.bbc.co.uk/news/business-12345678", Approve, ""},
		{"I wrote to the council about this and they pointed me to https://www.gov.uk/improve-energy-efficiency", Approve, ""},
		{"We cover it with fleece when frost is forecast, as https://rhs-example.org.uk/advice/frost says.", Approve, ""},
		{"I've posted my config at https://paste-example.org/abc123 if anyone can see what's wrong.", Approve, ""},
	})
}

// TestMakerVoiceAndFree: a maker who introduces themself as the one behind
// a product ("I'm the solo dev behind …", "I'm the founder of …") speaks as
// a maker, so "it's free" is their offer and the two hold; a reader who
// says an app is free, a car owner, and a maintainer answering about
// their library are approved.
func TestMakerVoiceAndFree(t *testing.T) {
	runVerdicts(t, []verdictCase{
		{"Great roundup of note apps! I'm the solo dev behind Quillnote, which syncs offline. It's free on iOS and Android", Hold, CodePromoTopic},
		{"Loved this. I'm the founder of a small meal-planning app and it's free for students this term.", Hold, CodePromoTopic},
		{"I am the founder of Tidyplan, the habit tracker. It is free on Android now.", Hold, CodePromoTopic},
		{"I'm the maker of the stove stand in photo 2, and I built an app to size them too.", Hold, CodePromoTopic},
		// A reader, an owner and a maintainer.
		{"The council's recycling app is free on iOS and Android, it tells you bin days.", Approve, ""},
		{"It's free on iOS and Android and the NHS recommends it: https://www.nhs.uk/apps-library/", Approve, ""},
		{"I'm the owner of a 2014 Golf and it's free to tax: https://www.gov.uk/vehicle-tax", Approve, ""},
		{"I'm the developer of the library; this is fixed in 2.1: https://github.com/example/lib/releases", Approve, ""},
		{"I'm the developer of this library. It's free on GitHub: https://github.com/example/lib", Approve, ""},
		{"I'm the lead dev of the project, it's free and MIT licensed: https://github.com/example/proj", Approve, ""},
		{"I'm the creator of the plugin; it's free, see https://github.com/example/plugin/issues/12 for the fix", Approve, ""},
	})
}

// TestCryptoPitchTopics: a memecoin, a token presale, a "1000x potential",
// a trading bot's daily promise, beside a link, hold; concert presales,
// Apple's AirDrop and "1000x faster" are approved.
func TestCryptoPitchTopics(t *testing.T) {
	runVerdicts(t, []verdictCase{
		{"New memecoin $PUPX launching tonight, presale at pupx-example.finance", Hold, CodePromoTopic},
		{"Token presale is live, 100x potential, don't miss it: https://coin-example.io/buy", Hold, CodePromoTopic},
		{"Our AI trading bot makes 2% daily guaranteed. Register at https://yield-example.io/register", Hold, CodePromoTopic},
		{"Claim your airdrop before Friday: https://drop-example.io/claim", Hold, CodePromoTopic},
		// Readers.
		{"The ticket presale for the Bristol dates is at 9am Friday: https://www.ticket-example.co.uk/event/123", Approve, ""},
		{"Just AirDrop the photos to the kiosk, the guide is at https://support.apple.com/en-gb/HT204144", Approve, ""},
		{"Rewriting the parser in Rust made it 1000x faster, benchmarks at https://github.com/example/parser", Approve, ""},
	})
}

// TestBoughtFollowersTopics: bought followers and reviews in Turkish,
// Portuguese, German and English, beside a link, hold; a reader who
// counts their followers, or writes of fake reviews, is approved.
func TestBoughtFollowersTopics(t *testing.T) {
	runVerdicts(t, []verdictCase{
		{"Instagram takipçi satın al, hızlı teslimat! takipci-example.com.tr", Hold, CodePromoTopic},
		{"Compre seguidores reais para o seu perfil! Acesse seguidores-example.com.br", Hold, CodePromoTopic},
		{"Echte Follower kaufen? Followers kaufen ab 2 Euro: https://follower-example.de", Hold, CodePromoTopic},
		{"Buy Google reviews, permanent 5-star ratings. https://reviews-example.com/google", Hold, CodePromoTopic},
		{"Buy 1000 dofollow backlinks for only $15! backlinks-example.store", Hold, CodePromoTopic},
		// Readers.
		{"Eu tenho 300 seguidores no Instagram e já acho muito: https://www.instagram.com/", Approve, ""},
		{"The CMA report on fake reviews is worth reading: https://www.gov.uk/cma-cases/online-reviews", Approve, ""},
		{"Our club page passed 500 followers this week, thanks all! Results at https://www.club-example.org.uk/results/2026", Approve, ""},
	})
}

// TestReferralRewardTopics: a referral's reward ("£40 off your first
// stay") beside "use my … link" or a link holds; a shop's discount
// mentioned without a link, or a warning, is approved.
func TestReferralRewardTopics(t *testing.T) {
	runVerdicts(t, []verdictCase{
		{"For anyone travelling, use my link for £40 off your first stay: stay-example.com/c/jess4?currency=GBP", Hold, CodePromoTopic},
		{"Get $15 off your first ride with this: https://ride-example.com/j/ab12", Hold, CodePromoTopic},
		{"Sign up here and get 20% off your first order: https://box-example.com/join", Hold, CodePromoTopic},
		// Readers.
		{"They gave me 10% off my first order when I asked nicely.", Approve, ""},
		{"Beware the posts promising £40 off your first stay, they harvest logins.", Approve, ""},
		{"Is the 20% off your first order still running? Their site doesn't say.", Approve, ""},
	})
}

// TestReferralPaths: a referral link whose id is in the path, on a site of
// lists/referral-paths.txt (Airbnb's /c/, Coinbase's /join/, Crypto.com's
// and Cash App's /app/, Monzo's join.monzo.com/c/), is an affiliate link;
// the same sites' other pages, a listed segment with no id after it, and
// the segment on a site not listed are not.
func TestReferralPaths(t *testing.T) {
	for _, tc := range []struct {
		url  string
		want bool
	}{
		{"airbnb.com/c/jessn4?currency=GBP", true},
		{"https://www.airbnb.co.uk/c/markp22", true},
		{"https://coinbase.com/join/smith_x8k", true},
		{"https://crypto.com/app/abc123xyz", true},
		{"https://cash.app/app/HQWRTZK", true},
		{"https://join.monzo.com/c/ab12cd3", true},
		{"https://www.airbnb.co.uk/help/article/1234", false},
		{"https://www.airbnb.com/rooms/12345678", false},
		{"https://www.coinbase.com/join", false},
		{"https://www.coinbase.com/join/", false},
		{"https://crypto.com/us/app", false},
		{"https://monzo.com/c/ab12cd3", false},
		{"https://example.com/c/jessn4", false},
		{"https://shop-example.com/join/ABCD1234", false},
		{"https://airbnb.com?next=/c/jessn4", false},
		{"https://www.airbnb.com#/c/jessn4", false},
	} {
		t.Run(tc.url, func(t *testing.T) {
			m, err := New(Config{})
			require.NoError(t, err)
			res, err := m.Check(context.Background(), Comment{Body: "Here it is " + tc.url + " for the record"})
			require.NoError(t, err)
			assert.Equal(t, tc.want, contains(codesOf(res.Flags), CodeAffiliate), "flags %v", res.Flags)
		})
	}
}

// TestReferralLinksInComments: referral links in the shapes spam gives
// them hold; a reader's link to the same sites' listings or help, and a
// warning about referral codes with no link, are approved.
func TestReferralLinksInComments(t *testing.T) {
	runVerdicts(t, []verdictCase{
		{"For anyone travelling, use my Airbnb link for £40 off your first stay: airbnb.com/c/jessn4?currency=GBP", Reject, CodeAffiliate},
		{"Coinbase is giving $10 in BTC with this link: https://coinbase.com/join/smith_x8k", Hold, CodeAffiliate},
		{"Get a free fiver when you open an account https://join.monzo.com/c/ab12cd3", Reject, CodeAffiliate},
		// Readers.
		{"We stayed here and it was lovely, the listing is https://www.airbnb.co.uk/rooms/12345678 if you want photos.", Approve, ""},
		{"Airbnb's own page on the cleaning fee rules: https://www.airbnb.co.uk/help/article/2524", Approve, ""},
		{"Careful, a lot of the replies offering a free tenner are referral links, the poster earns from each sign-up.", Approve, ""},
	})
}

// TestAdvertCloses: the dating advert's lines, one's own blog post in the
// first person, a local business's close, the work-from-home pitch, a
// giveaway's "comment your email", "no script required" and "star it on
// GitHub" each hold beside a link or a second sign; the same words in a
// reader's report, question or code thread are approved.
func TestAdvertCloses(t *testing.T) {
	runVerdicts(t, []verdictCase{
		{"Bored tonight? Lonely girls in your area want to chat ➡ girls-example.club", Hold, CodePromoTopic},
		{"Hi, I'm Mia, lonely tonight 😘 see my private photos here", Hold, CodePromoTopic},
		{"I've written a blog post going into the cold-climate varieties, read it here: https://chilli-example.blogspot.com/cold", Hold, CodePromoTopic},
		{"We're specialists in damp proofing across the Midlands, book a free inspection today.", Hold, CodePromoTopic},
		{"We clean and seal driveways in Bath. Drop us a message for a free quote.", Hold, CodePromoTopic},
		{"Unsere Kanzlei berät Vermieter in ganz Köln – melden Sie sich für eine kostenlose Erstberatung.", Hold, CodePromoTopic},
		{"Passive income is real. I make 3400 every week from my laptop. Ask me how!!", Hold, CodePromoTopic},
		{"We are giving away 10 phones! Comment your email to enter: https://phones-example.com/win", Hold, CodePromoTopic},
		{"Buy modafinil online, no script required, discreet shipping.", Hold, CodePromoTopic},
		{"I maintain a faster fork, star it on GitHub if you like it: github.com/fast-example/fastgate", Hold, CodePromoTopic},
		// Readers.
		{"Someone leaked her private photos and the paper printed them, shameful: https://www.bbc.co.uk/news/uk-12345678", Approve, ""},
		{"She wrote a blog post about the same bug, which helped me: https://dev-example.io/posts/race-fix", Approve, ""},
		{"Our choir is looking for tenors, drop us a message if you'd like to try a rehearsal.", Approve, ""},
		{"Is passive income from dividends taxed the same way? The HMRC page isn't clear: https://www.gov.uk/tax-on-dividends", Approve, ""},
		{"My code is on GitHub if anyone wants to reproduce the deadlock: https://github.com/example/deadlock-repro", Approve, ""},
		{"My GP said no prescription needed for the low dose, it's on the shelf at any chemist.", Approve, ""},
	})
}

// TestFindUsAt: a business's "you can find us at <domain>" holds beside
// its link; a club that tells where it meets, with no link, is approved.
func TestFindUsAt(t *testing.T) {
	runVerdicts(t, []verdictCase{
		{"Good advice on pruning. If anyone in Surrey needs an arborist, you can find us at greenleaf-example.co.uk", Hold, CodePromoTopic},
		{"Lovely piece on the market. Visit us at https://cheese-example.co.uk/stall for the full range.", Hold, CodePromoTopic},
		{"We repair vintage radios in Leeds, you'll find us at https://radio-example.co.uk/repairs", Hold, CodePromoTopic},
		// Readers and clubs.
		{"The chess club meets on Tuesdays, you can find us at the library from 7pm.", Approve, ""},
		{"If you're near Hebden Bridge, visit us at the Saturday market, we're the stall with the bees.", Approve, ""},
		{"The ramblers group is friendly, you can find us on the village noticeboard.", Approve, ""},
	})
}
