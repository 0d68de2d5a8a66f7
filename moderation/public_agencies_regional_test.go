package moderation

import "testing"

// TestRegionalAgenciesAndAcademies: Italy's regional environment agencies
// and the institutes of the Chinese Academy of Sciences are public bodies
// wherever under their domains; a look-alike domain that only contains
// the name is not.
func TestRegionalAgenciesAndAcademies(t *testing.T) {
	for _, host := range []string{"www.arpa.piemonte.it", "arpae.it", "www.nao.cas.cn", "www.ipe.cas.cn"} {
		if !publicBody(host) {
			t.Errorf("%s is not read as a public body", host)
		}
	}
	for _, host := range []string{"arpa-veneto.it", "cas.cn.example", "mycas.cn"} {
		if publicBody(host) {
			t.Errorf("%s is read as a public body", host)
		}
	}
	runVerdicts(t, []verdictCase{
		{"The avalanche bulletin for the weekend is up on https://www.arpa.piemonte.it, check it before heading up.", Approve, ""},
	})
}
