package moderation

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"golang.org/x/net/publicsuffix"
)

// registrableLookedUp is registrableDomain without its short cut for
// hosts of one or two labels: always the public suffix list.
func registrableLookedUp(host string) string {
	if d, err := publicsuffix.EffectiveTLDPlusOne(host); err == nil {
		return d
	}
	return host
}

var registrableCases = []string{
	"", ".", "..", "a", "a.", ".a", "a..b", "localhost", "example.org", "www.example.org", "github.io",
	"alice.github.io", "co.uk", "bbc.co.uk", "news.bbc.co.uk", "ck", "a.ck", "www.ck", "x.www.ck", "1.2", "1.2.3.4",
	"[::1]", "::1", "xn--p1ai", "пример.рф", "com", "blogspot.com", "a.blogspot.com", "kawasaki.jp", "a.kawasaki.jp",
	"city.kawasaki.jp", "s3.amazonaws.com", "UPPER.Example.COM",
}

func TestRegistrableDomain(t *testing.T) {
	hosts := append([]string{}, registrableCases...)
	for _, list := range []string{"platform-hosts.txt", "shorteners.txt", "promo-hosts.txt", "freemail.txt", "affiliate-hosts.txt"} {
		for _, h := range readList(list) {
			hosts = append(hosts, h, "a."+h)
		}
	}
	for _, h := range hosts {
		assert.Equal(t, registrableLookedUp(h), registrableDomain(h), h)
	}
}

func FuzzRegistrableDomain(f *testing.F) {
	for _, h := range registrableCases {
		f.Add(h)
	}
	f.Fuzz(func(t *testing.T, h string) {
		if got, want := registrableDomain(h), registrableLookedUp(h); got != want {
			t.Fatalf("registrableDomain(%q) = %q, the list says %q", h, got, want)
		}
	})
}
