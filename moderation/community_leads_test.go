package moderation

import "testing"

// TestAddressLedByCommunityName: a mailbox that starts with a PTA or an
// association, its place after it, names the body as one that ends with
// it does; a business's "club…" or "school…" mailbox does not, nor a
// lead with too little after it.
func TestAddressLedByCommunityName(t *testing.T) {
	for _, tc := range []struct {
		addr  string
		names bool
	}{
		{"ptahillcrest@yahoo.co.uk", true},
		{"asociacionvecinosretiro@gmail.com", true},
		{"association.quartier-nord@gmail.com", true},
		{"clubcasinoking@gmail.com", false},
		{"schoolessayhelp@gmail.com", false},
		{"ptax@gmail.com", false},
	} {
		if got := addressNamesCommunity(tc.addr, false); got != tc.names {
			t.Errorf("addressNamesCommunity(%q) = %v, want %v", tc.addr, got, tc.names)
		}
	}
	runVerdicts(t, []verdictCase{
		{"The PTA is running a book swap after this article, bring any you've finished or email ptahillcrest@yahoo.co.uk and someone will collect.", Approve, ""},
		// Still counted: money spoken of.
		{"The PTA discount on tutoring ends Friday, email ptahillcrest@yahoo.co.uk for prices.", Hold, CodeContact},
	})
}
