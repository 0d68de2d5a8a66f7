package moderation

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestAllowedDomainsAsWritten: the ways a site writes its own domain all
// mean that domain, international names included; what is not a domain is
// an error, not an entry that silently allows nothing.
func TestAllowedDomainsAsWritten(t *testing.T) {
	const body = "See https://example.com/a and https://example.com:8080/b and https://x.example.com/c and https://blog.bücher.de/d"
	for _, tc := range []struct {
		allowed []string
		links   int // links that still count against the comment
	}{
		{[]string{"example.com"}, 1},
		{[]string{"https://example.com"}, 1},
		{[]string{"example.com/"}, 1},
		{[]string{"HTTPS://WWW.Example.COM/about"}, 1},
		{[]string{"*.example.com"}, 1},
		{[]string{"bücher.de"}, 3},
		{[]string{"xn--bcher-kva.de", "example.com"}, 0},
	} {
		m, err := New(Config{AllowedDomains: tc.allowed, MaxLinks: 1})
		require.NoError(t, err, "%q", tc.allowed)
		res, err := m.Check(context.Background(), Comment{Body: body})
		require.NoError(t, err)
		if tc.links <= 1 {
			assert.False(t, hasCode(res.Flags, CodeTooManyLinks), "%q: %v", tc.allowed, res.Flags)
			continue
		}
		require.True(t, hasCode(res.Flags, CodeTooManyLinks), "%q: %v", tc.allowed, res.Flags)
		for _, f := range res.Flags {
			if f.Code == CodeTooManyLinks {
				assert.Equal(t, fmt.Sprintf("%d links; at most 1 is allowed", tc.links), f.Detail, "%q", tc.allowed)
			}
		}
	}
	for _, bad := range []string{"", "https://", "not a domain", "exa_mple.com", "a..b"} {
		_, err := New(Config{AllowedDomains: []string{"ok.example", bad}})
		require.ErrorIs(t, err, ErrConfig, "%q", bad)
		assert.Contains(t, err.Error(), "AllowedDomains[1]")
	}
}

// TestAuthorLinkInternationalDomain: an AuthorURL with international
// letters is the same site as its links, which linkify gives in punycode.
func TestAuthorLinkInternationalDomain(t *testing.T) {
	m, err := New(Config{})
	require.NoError(t, err)
	for _, c := range []Comment{
		{Body: "My offers: https://bücher.de/angebot", AuthorURL: "https://bücher.de"},
		{Body: "My offers: https://bücher.de/angebot", AuthorEmail: "anna@bücher.de"},
	} {
		res, err := m.Check(context.Background(), c)
		require.NoError(t, err)
		assert.True(t, hasCode(res.Flags, CodeAuthorLink), "%+v: %v", c, res.Flags)
	}
}

func TestTooManyLinksDetail(t *testing.T) {
	for _, tc := range []struct {
		n, max int
		want   string
	}{
		{5, 2, "5 links; at most 2 are allowed"},
		{3, 1, "3 links; at most 1 is allowed"},
		{1, 0, "1 link; no links are allowed"},
		{2, 0, "2 links; no links are allowed"},
	} {
		assert.Equal(t, tc.want, tooManyLinksDetail(tc.n, tc.max))
	}
}

// TestCanonicalHostAllocatesNothing: every Check with an AuthorURL or
// AuthorEmail reads its host through canonicalHost; a host as most are
// written costs no allocation.
func TestCanonicalHostAllocatesNothing(t *testing.T) {
	for _, h := range []string{"example.com", "blog.example.org"} {
		assert.Zero(t, testing.AllocsPerRun(100, func() { canonicalHost(h) }), h)
	}
}

// TestCanonicalHostLength: a commenter chooses AuthorURL and AuthorEmail,
// and matching a host costs its labels times its length, so a name longer
// than DNS allows is no host (BenchmarkCheckAuthorFields shows the time
// level up to 1 MB).
func TestCanonicalHostLength(t *testing.T) {
	longest := strings.Repeat("a.", 125) + "com" // 253 bytes
	require.Len(t, longest, 253)
	for _, tc := range []struct {
		in string
		ok bool
	}{
		{longest, true},
		{"https://" + longest + "/about", true},
		{"x" + longest, false},
		{strings.Repeat("a.", 1<<19) + "com", false},
		{"https://" + strings.Repeat("ü", 1<<15) + ".de/", false},
	} {
		_, ok := canonicalHost(tc.in)
		assert.Equal(t, tc.ok, ok, "%d bytes", len(tc.in))
	}
}

// TestContactAllowedDomains: an e-mail address at the site's own domain
// (its support address) is not contact details, as a link to the site is
// not a link elsewhere; an address at any other domain, and a phone
// number beside the site's address, still are.
func TestContactAllowedDomains(t *testing.T) {
	m, err := New(Config{AllowedDomains: []string{"mysite.example"}})
	require.NoError(t, err)
	for _, tc := range []struct {
		body    string
		contact string // the flag's Detail, "" for none
	}{
		{"For a refund write to support@mysite.example, they answer within a day.", ""},
		{"Their help desk at help@shop.mysite.example sorted it out.", ""},
		{"For a refund write to refunds@othershop.example, they answer within a day.", "contact details: the e-mail address refunds@othershop.example"},
		{"Write to support@mysite.example or to me at deals@othershop.example for cheap pills.", "contact details: the e-mail address deals@othershop.example"},
		{"Write to support@mysite.example or call me at +44 20 7946 0958 for a loan.", "contact details: the phone number +44 20 7946 0958"},
	} {
		res, err := m.Check(context.Background(), Comment{Body: tc.body})
		require.NoError(t, err)
		var got string
		for _, f := range res.Flags {
			if f.Code == CodeContact {
				got = f.Detail
			}
		}
		assert.Equal(t, tc.contact, got, "%q: %+v", tc.body, res.Flags)
	}
}

// TestContactAllowedSubdomain: an allowed subdomain covers an address at
// that host (review 17 L3), not one at its parent domain.
func TestContactAllowedSubdomain(t *testing.T) {
	m, err := New(Config{AllowedDomains: []string{"help.bigcorp.example"}})
	require.NoError(t, err)
	for body, contact := range map[string]bool{
		"For refunds write to refunds@help.bigcorp.example, they answer fast.":    false,
		"For refunds write to refunds@eu.help.bigcorp.example, they answer fast.": false,
		"For refunds write to sales@bigcorp.example, they answer fast.":           true,
	} {
		res, err := m.Check(context.Background(), Comment{Body: body})
		require.NoError(t, err)
		assert.Equal(t, contact, hasCode(res.Flags, CodeContact), "%q: %+v", body, res.Flags)
	}
}
