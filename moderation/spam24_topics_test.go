package moderation

import "testing"

// TestSpam24GiveawayRules: a social-media giveaway's rules of entry
// ("like this post", "tag 3 friends", "to enter: follow", "winner
// announced") are topics; two of them, or one beside "giveaway", hold a
// comment, while a reader who says one alone is let through.
func TestSpam24GiveawayRules(t *testing.T) {
	runVerdicts(t, []verdictCase{
		{"Win a year of coffee! Follow @beanbox_club, like this post and tag 2 friends. Winner announced Monday.", Hold, CodePromoTopic},
		{"Free tote bags for ten of you! To enter just follow @knitwitch and share it to your story.", Hold, CodePromoTopic},
		{"Our shop is giving away three starter kits, to enter: follow @seedsandsoil, tag a friend below.", Hold, CodePromoTopic},
		// One rule alone, as a reader says it.
		{"If you agree, like this post so the council sees how many of us want the crossing.", Approve, ""},
		{"The winner announced last night was a surprise to everyone at the club.", Approve, ""},
	})
}

// TestSpam24PointerPlaces: a search sent to Facebook, Instagram, TikTok,
// Spotify or Udemy is a pointer as one sent to YouTube is: beside a
// relative named as the one who sells, it holds; a reader's search with
// no other sign is let through.
func TestSpam24PointerPlaces(t *testing.T) {
	runVerdicts(t, []verdictCase{
		{"My brother paints house portraits from photos, search 'Hollis Portraits' on Facebook and say you saw it here.", Hold, ""},
		{"For a calmer take on the same story, search 'The Slow News Hour' on Spotify, it's excellent.", Approve, ""},
	})
}

// TestSpam24KinPerk: a name to drop for a perk ("mention my name", "tell
// them I sent you") at a business the writer's relative or friend runs
// or owns is that business advertised; the same words after a relative
// who only helps, or with no relative, are a favour.
func TestSpam24KinPerk(t *testing.T) {
	runVerdicts(t, []verdictCase{
		{"My uncle owns a tyre place off the ring road, honest prices, mention my name and he'll sort you out.", Hold, CodeCallToAction},
		{"My sister runs a dog grooming van in Hove, tell them I sent you and the nails are free.", Hold, CodeCallToAction},
		{"My friend volunteers at the repair café on Saturdays, mention my name and she'll have a look at it.", Approve, ""},
		{"Mention my name at the desk, they know me there, and they'll let you park round the back.", Approve, ""},
	})
}

// TestSpam24AdvertForms: a podcast's schedule, the refund promise, a
// bookmaker's odds, a tutor's trial and a seller's own coupon are
// topics: beside a link or each other they hold, alone they do not.
func TestSpam24AdvertForms(t *testing.T) {
	runVerdicts(t, []verdictCase{
		{"We cover exactly this on our show, new episode every Monday: https://pod-example.fm/quiet-hours", Hold, CodePromoTopic},
		{"Flat roofs sealed in a day or your money back: https://roof-example.co.uk", Hold, CodePromoTopic},
		{"Best odds on the derby at spinbet, use promo code DERBY50.", Hold, CodePromoTopic},
		{"I teach conversational Spanish, book a trial with me here: https://tutor-example.com/ana", Hold, CodePromoTopic},
		{"The best odds I saw were at the bookies in town, not that I bet.", Approve, ""},
		{"A new episode every week would be nice, the gaps are long.", Approve, ""},
	})
}

// TestSpam24MakerOutreach: a maker's "why we built", the outreach
// formula "useful for your readers", retail copy and CBD are topics:
// beside a link or another topic they hold, alone they do not.
func TestSpam24MakerOutreach(t *testing.T) {
	runVerdicts(t, []verdictCase{
		{"Spot on. That's why we built ShelfSense, it tracks your pantry for you. Free to try!", Hold, CodePromoTopic},
		{"We photographed every step of pruning an old Bramley, it could be useful for your readers: https://prune-example.co.uk/bramley", Hold, CodePromoTopic},
		{"Our CBD gummies calm anxious cats within minutes: https://calmcat-example.com", Hold, CodePromoTopic},
		{"That's why we built the shed on the north side, it stays cooler.", Approve, ""},
		{"My vet said CBD oil has no good evidence for dogs yet.", Approve, ""},
	})
}
