package moderation

import "testing"

// The governments' own domains outside the Public Suffix List are public
// bodies, as are their subdomains; a name that only ends the same way,
// or a look-alike label, is not.
func TestGovernmentDomain(t *testing.T) {
	for host, want := range map[string]bool{
		"gov.scot":                 true,
		"www.gov.scot":             true,
		"forestryandland.gov.scot": true,
		"WWW.GOV.WALES.":           true,
		"llyw.cymru":               true,
		"commission.europa.eu":     true,
		"mygov.scot":               false,
		"gov.scot.example.com":     false,
		"scot":                     false,
		"europa.eu.shop":           false,
		"www.destatis.de":          true,
		"WWW.AEMET.ES":             true,
		"opendata.aemet.es":        true,
		"meteoswiss.admin.ch":      true,
		"destatis.de.example.com":  false,
		"notinsee.fr":              false,
	} {
		if got := governmentDomain(host); got != want {
			t.Errorf("governmentDomain(%q) = %v, want %v", host, got, want)
		}
		if want {
			if public, school := publicBodyKind(host); !public || school {
				t.Errorf("publicBodyKind(%q) = %v, %v, want a public body, no school", host, public, school)
			}
			if !officeLabel(host) || !publicOffice(host) {
				t.Errorf("%q: an office's address there is a public office's", host)
			}
		}
	}
}
