package moderation

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A public suffix in AllowedDomains would allow every site under it:
// New refuses it and says what to pass instead.
func TestAllowedDomainsRefusesPublicSuffixes(t *testing.T) {
	for _, tc := range []struct{ entry, want string }{
		{"com", `AllowedDomains[1] "com" is a public suffix: the sites under it are not yours, and it would allow links to all of them; pass your own domain, such as example.com`},
		{"gov.uk", "such as example.gov.uk"},           // not open to anyone, but not one site's either
		{"kawasaki.jp", "such as example.kawasaki.jp"}, // every subdomain is a suffix ("*.kawasaki.jp")
		{"co.uk", "pass your own domain, such as example.co.uk"},
		{"https://CO.UK/", "such as example.co.uk"},
		{"*.co.uk", "such as example.co.uk"},
		{"github.io", "such as example.github.io"}, // a hosting platform's suffix, from the list's private part
		{"xn--p1ai", "such as example.рф"},         // .рф, shown as people write it
		{"рф", "such as example.рф"},
	} {
		_, err := New(Config{AllowedDomains: []string{"example.org", tc.entry}})
		require.ErrorIs(t, err, ErrConfig, "%q", tc.entry)
		assert.Contains(t, err.Error(), tc.want)
	}
	for _, ok := range []string{"example.co.uk", "www.example.com", "alice.github.io", "localhost", "intranet", "ok.example", "bücher.de", "city.kawasaki.jp"} {
		_, err := New(Config{AllowedDomains: []string{ok}})
		assert.NoError(t, err, "%q", ok)
	}
}

// The site's own domain under a suffix still allows only itself.
func TestAllowedDomainUnderASuffix(t *testing.T) {
	m, err := New(Config{AllowedDomains: []string{"example.co.uk"}, MaxLinks: 1})
	require.NoError(t, err)
	res, err := m.Check(context.Background(), Comment{Body: "https://example.co.uk/a https://evil.co.uk/b https://spam.com/c"})
	require.NoError(t, err)
	assert.True(t, hasCode(res.Flags, CodeTooManyLinks), "evil.co.uk and spam.com still count: %v", res.Flags)
}
