package moderation

import "testing"

// TestPublicNumberBesideItsSite: a number given beside a link to a public
// body's own site, with no word of trade, is that body's; beside a
// business's site, or with trade words, it still counts.
func TestPublicNumberBesideItsSite(t *testing.T) {
	runVerdicts(t, []verdictCase{
		{"Pension credit claims are explained on https://www.gov.uk/pension-credit and the claim line +44 800 99 1234 answers within minutes.", Approve, ""},
		// Still counted.
		{"Pension credit explained at https://www.pension-help-desk.example, ring +44 7700 900 771 and we'll handle it.", Hold, CodeContact},
		{"See https://www.gov.uk/pension-credit, or call our agents on +44 7700 900 771 for a quote.", Hold, CodeContact},
	})
}
