package moderation

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestIsLocalHost(t *testing.T) {
	for host, want := range map[string]bool{
		"localhost": true, "api.localhost": true, "notlocalhost.com": false, "localhost.com": false,
		"127.0.0.1": true, "10.1.2.3": true, "172.16.0.1": true, "172.32.0.1": false, "192.168.1.1": true,
		"100.64.1.1": true, "169.254.1.1": true, "0.0.0.0": true, "224.0.0.1": true, "255.255.255.255": true,
		"192.0.2.10": true, "198.51.100.7": true, "203.0.113.5": true,
		"8.8.8.8": false, "1.2.3.4": false, "93.184.216.34": false,
		"::1": true, "[::1]": true, "fe80::1": true, "fd00::1": true, "2001:db8::1": true, "::ffff:10.0.0.1": true,
		"2606:4700:4700::1111": false, "[2606:4700:4700::1111]": false,
		"": false, "bit.ly": false, "example.com": false, "1.2.3.4.nip.io": false, "1.2.3": false,
	} {
		assert.Equal(t, want, isLocalHost(host), "%q", host)
	}
}

// TestLocalLinksNoRepeatHost: three new authors linking the same private
// address are no campaign for a site: its state is not kept.
func TestLocalLinksNoRepeatHost(t *testing.T) {
	m, err := New(Config{})
	require.NoError(t, err)
	for author, body := range map[string]string{
		"a": "Mine answers on http://10.0.0.12:8080/healthz too.",
		"b": "Same here, http://10.0.0.12:8080/healthz is fine after a restart.",
		"c": "Did you check http://10.0.0.12:8080/healthz from inside the pod?",
		"d": "http://10.0.0.12:8080/healthz returns 503 for me until the cache warms up.",
	} {
		res, err := m.Check(context.Background(), Comment{Body: body, Author: author, AuthorEmail: author + "@example.org"})
		require.NoError(t, err)
		assert.False(t, hasCode(res.Flags, CodeRepeatHost), "author %s: %v", author, res.Flags)
		assert.Equal(t, Approve, res.Action, "author %s: %v", author, res.Flags)
	}
}
