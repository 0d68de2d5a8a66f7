package moderation

import "testing"

// TestReview22bNHSIsPublic: nhs.uk, a suffix only the NHS's bodies have
// names under, is a public body's site as gov.uk is, so a reader who
// cites it beside a topic is not held for the link; a look-alike name
// outside the suffix is no public body.
func TestReview22bNHSIsPublic(t *testing.T) {
	for host, want := range map[string]bool{
		"www.nhs.uk": true, "nhs.uk": true, "www.leedsth.nhs.uk": true, "nhs-health-advice.com": false, "nhs.example": false,
	} {
		if got := publicBody(host); got != want {
			t.Errorf("publicBody(%q) = %v, want %v", host, got, want)
		}
	}
	runVerdicts(t, []verdictCase{
		{"Great article, might be useful for your readers to add the NHS link: https://www.nhs.uk/conditions/flu/", Approve, ""},
		{"Great article! I wrote a guide that might be useful for your readers: https://www.flu-remedies-guide.example", Hold, CodePromoTopic},
	})
}
