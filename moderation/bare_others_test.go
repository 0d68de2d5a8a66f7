package moderation

import "testing"

// TestBareLinkOthersSite: a short answer that calls its link a third
// party's site ("their website:") is no bare link drop; the writer's own
// site, or a link with nothing said of whose it is, still is.
func TestBareLinkOthersSite(t *testing.T) {
	runVerdicts(t, []verdictCase{
		{"Their website: https://www.examplecanoes.co.uk/hire/prices", Approve, ""},
		{"Their shop https://www.examplecanoes.co.uk/paddles", Approve, ""},
		{"My website: https://www.examplecanoes.co.uk/hire/prices", Reject, CodeBareLink},
		{"Prices here: https://www.examplecanoes.co.uk/hire/prices", Hold, CodeBareLink},
	})
}
