package moderation

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestWatchedHostsOneSet: the one set repeat_host looks a domain up in
// leaves out exactly what the platform list and the shortener list each
// leave out, for every entry of both, a subdomain and a parent of each,
// and domains on neither.
func TestWatchedHostsOneSet(t *testing.T) {
	platforms := newHostSet(readList("platform-hosts.txt"))
	var domains []string
	for _, list := range []string{"platform-hosts.txt", "shorteners.txt", "promo-hosts.txt"} {
		for _, h := range readList(list) {
			h = normaliseHost(h)
			domains = append(domains, h, "a."+h, registrableDomain(h), "x"+h)
		}
	}
	domains = append(domains, "go.dev", "example.com", "example.org", "")
	for _, d := range domains {
		want := platforms.match(d) == "" && shortenerHosts.match(d) == ""
		got := len(appendWatchedHosts(nil, []string{d})) == 1
		assert.Equal(t, want, got, d)
	}
}

// TestRepeatHostAuthorsBound: a Store remembers MaxDomainPosters authors
// per domain, so more than one more cannot be counted: New says so
// rather than never flagging.
func TestRepeatHostAuthorsBound(t *testing.T) {
	_, err := New(Config{RepeatHostAuthors: MaxDomainPosters + 1})
	require.NoError(t, err)
	_, err = New(Config{RepeatHostAuthors: MaxDomainPosters + 2})
	require.ErrorIs(t, err, ErrConfig)
	assert.Contains(t, err.Error(), "RepeatHostAuthors 18 is over 17")
}
