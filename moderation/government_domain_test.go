package moderation

import (
	"math/rand/v2"
	"strings"
	"testing"
)

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

// governmentDomainEach is governmentDomain without its test of the last
// byte: EqualFold of each entry against the end of the host.
func governmentDomainEach(host string) bool {
	host = strings.TrimSuffix(host, ".")
	for _, d := range governmentDomains {
		if len(host) >= len(d) && strings.EqualFold(host[len(host)-len(d):], d) &&
			(len(host) == len(d) || host[len(host)-len(d)-1] == '.') {
			return true
		}
	}
	return false
}

// TestGovernmentDomainLastByte: the test of the last byte turns away no
// host that EqualFold matches, among hosts built of the entries' pieces
// in both cases, look-alikes that fold to ASCII letters (ſ, K), other
// letters beyond ASCII, invalid bytes and dots.
func TestGovernmentDomainLastByte(t *testing.T) {
	pieces := []string{"gov", "GOV", "scot", "SCOT", "wales", "WALES", "llyw", "cymru", "CYMRU", "europa", "eu", "EU",
		".", "..", "ſ", "\u212a", "é", "\xff", "x", "t", "T", "s", "u", "U", "www."}
	rng := rand.New(rand.NewPCG(20, 6403))
	hosts := []string{"", ".", "gov.ſcot", "gov.scoT", "gov.wale\u017f", "europa.E\u0055", "gov.scot\u212a"}
	for range 50000 {
		var b strings.Builder
		for k := rng.IntN(6); k >= 0; k-- {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		hosts = append(hosts, b.String())
		// And ending with an entry in mixed case, after a dot or not.
		d := []byte(governmentDomains[rng.IntN(len(governmentDomains))])
		for i := range d {
			if rng.IntN(2) == 0 && 'a' <= d[i] && d[i] <= 'z' {
				d[i] -= 'a' - 'A'
			}
		}
		hosts = append(hosts, b.String()+string(d), b.String()+"."+string(d)+".")
	}
	matched := 0
	for _, host := range hosts {
		want := governmentDomainEach(host)
		if got := governmentDomain(host); got != want {
			t.Fatalf("governmentDomain(%q) = %v; EqualFold of each entry: %v", host, got, want)
		}
		if want {
			matched++
		}
	}
	if matched < 100 {
		t.Fatalf("only %d of the hosts are governments': the test compares too few matches", matched)
	}
}
