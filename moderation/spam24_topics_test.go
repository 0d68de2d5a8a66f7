package moderation

import "testing"

// TestSpam24GiveawayRules: a social-media giveaway's rules of entry
// ("like this post", "tag 3 friends", "to enter: follow", "winner
// announced") are topics; two of them, or one beside "giveaway", hold a
// comment, while a reader who says one alone is let through.
func TestSpam24GiveawayRules(t *testing.T) {
	runVerdicts(t, []verdictCase{
		{"Win a year of coffee! Follow @beanbox_club, like this post and tag 2 friends. Winner announced Monday.", Hold, CodePromoTopic},
		{"GIVEAWAY time: to enter just follow @knitwitch and share this post to your story.", Hold, CodePromoTopic},
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
