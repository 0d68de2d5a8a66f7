package moderation

import "testing"

// TestPublicNumberTownOffices: a town office's number in the language of
// its town is a public service's; a business's number beside the same
// kind of words, or beside trade, still counts.
func TestPublicNumberTownOffices(t *testing.T) {
	runVerdicts(t, []verdictCase{
		{"Der Wertstoffhof hat eine Bandansage mit den Zeiten: 0911 231 4077.", Approve, ""},
		{"Bürgeramt Fürth, Terminvergabe unter 0911 974 1234.", Approve, ""},
		{"Call us on 0911 231 4078 for the best price, we beat the Wertstoffhof on every skip.", Hold, CodeContact},
	})
}
