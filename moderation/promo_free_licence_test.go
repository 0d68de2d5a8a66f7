package moderation

import "testing"

// TestFreeAsLicence: "free and open source" said by a reader of a program
// names its licence, as "it's free" tells a fact; said by its maker, or
// "free" before anything else, it still counts.
func TestFreeAsLicence(t *testing.T) {
	runVerdicts(t, []verdictCase{
		{"For the scans I'd use Tesseract rather than a paid OCR tool, https://tesseract-ocr.github.io, free and open source.", Approve, ""},
		{"KiCad does all of this, free and open-source: https://www.kicad.org", Approve, ""},
		// Still counted.
		{"We made SnapTidy, free and open source, download it at https://snaptidy.example", Hold, CodePromoTopic},
		{"Free and instant quotes for every job: https://quotes-now.example", Hold, CodePromoTopic},
	})
}

// TestFreeDisclaimed: a reader who disclaims ties to a free app or course
// says what it costs; a maker who disclaims the club he sells beside
// still speaks as one, and a free offer with no disclaimer still counts.
func TestFreeDisclaimed(t *testing.T) {
	runVerdicts(t, []verdictCase{
		{"For tracking the bird counts there's a free logging app, Merlin Tally: https://www.merlintally.example, not affiliated, I just like it.", Approve, ""},
		// Still counted.
		{"Get our free tide app at https://www.tidetimes-pro.example, not affiliated with the harbour but we made it for sailors.", Hold, CodePromoTopic},
		{"There's a free tide app at https://www.tidetimes-pro.example with alerts.", Hold, CodePromoTopic},
	})
}
