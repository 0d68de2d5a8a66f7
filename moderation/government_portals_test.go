package moderation

import "testing"

// TestGovernmentPortals: a government's own portal, parliament or
// gazette under an ordinary domain is a public body's site, as a gov.uk
// page is: cited by its home page, it is no home-page drop, and a name
// that only ends the same way is not one.
func TestGovernmentPortals(t *testing.T) {
	for host, want := range map[string]bool{
		"www.bundesregierung.de":      true,
		"petition.parliament.uk":      true,
		"www.service-public.fr":       true,
		"www.canada.ca":               true,
		"mybundesregierung.de":        false,
		"parliament.uk.example.com":   false,
		"www.cheap-service-public.fr": false,
	} {
		if got := governmentDomain(host); got != want {
			t.Errorf("governmentDomain(%q) = %v, want %v", host, got, want)
		}
	}
	runVerdicts(t, []verdictCase{
		{"Die Regeln stehen seit Januar auf https://www.bundesregierung.de unter Energie, der Artikel ist da veraltet.", Approve, ""},
		{"The petition is the real one, on https://petition.parliament.uk/ and not a copy on some campaign site.", Approve, ""},
		{"Energy rules explained in full, and cheaper tariffs for readers, at https://www.energy-tariffs-example.de", Hold, ""},
	})
}
