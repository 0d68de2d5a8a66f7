package moderation

import "testing"

// TestSocialAccountDoing: "an Instagram account is sending…" tells what
// an account does and names no handle; a name after "is", or one with a
// handle's marks, is still a handle.
func TestSocialAccountDoing(t *testing.T) {
	for _, tc := range []struct {
		text   string
		handle bool
	}{
		{"a TikTok account is posting fake giveaways in the comments", false},
		{"My Instagram account is pending verification", false},
		{"my insta is bellarosebakes, follow for cakes", true},
		{"my instagram is going_places, follow", true},
		{"instagram: @travelwithjo", true},
	} {
		if got := findSocialHandle(tc.text) != nil; got != tc.handle {
			t.Errorf("findSocialHandle(%q) found a handle: %v, want %v", tc.text, got, tc.handle)
		}
	}
	runVerdicts(t, []verdictCase{
		{"Careful, a Twitter account is impersonating the museum and selling tickets at a link (museum-tickets-offer.net). The museum doesn't sell through Twitter, don't click.", Approve, ""},
	})
}
