package moderation

import "testing"

// TestCheckOfficialSite: a reader who bids others check a fact on the
// official site, given by its home page, cites the authority; a
// promoter's "official site" after a testimonial, or "our official
// site", is still held.
func TestCheckOfficialSite(t *testing.T) {
	runVerdicts(t, []verdictCase{
		{"Opening times change with the tides, so check the official island website before you set off: https://www.holyisland-example.org", Approve, ""},
		{"You can verify the ferry timetable on the official harbour site: https://www.harbourferries-example.co.uk", Approve, ""},
		{"Lost 6kg in a month with these drops, no diet at all! Official site: https://www.slimdrops-example.com", Hold, CodeHomeLink},
		{"Check our official site for this week's prices: https://www.boilerfix-example.co.uk", Hold, ""},
	})
}
