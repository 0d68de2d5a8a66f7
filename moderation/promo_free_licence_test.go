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
