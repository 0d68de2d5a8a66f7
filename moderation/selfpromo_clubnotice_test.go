package moderation

import "testing"

// TestCommunityNoticeVoice: a community body telling its event on a day
// says "free", "our website" and "follow us" as the body; a firm's
// notice, one about money, or the writer's own ("I", "my") still counts.
func TestCommunityNoticeVoice(t *testing.T) {
	runVerdicts(t, []verdictCase{
		{"The Lindford Choral Society rehearses every Wednesday at the parish hall, newcomers welcome and the first month is free. Follow us on Facebook for concert dates.", Approve, ""},
		{"Hale Village Society is holding a free lantern walk on Saturday 6 December from 5pm, meet at the church. Route map on our website nearer the day.", Approve, ""},
		{"Westgate Allotment Society has its seed swap on Saturday 6 December at the pavilion, details at https://www.westgateplots.example/swap. Free, bring spare seed.", Approve, ""},
		// Still counted.
		{"Our tile showroom open day is Saturday 6 December, full details at https://www.tile-outlet.example, cheap end-of-line deals!", Hold, CodePromoTopic},
		{"Our studio runs a free trial class every Monday, follow us for deals and discounts!", Hold, ""},
		{"I run a photography club every Saturday, follow us on Instagram and check out my channel!", Reject, CodePromoPhrase},
	})
}
