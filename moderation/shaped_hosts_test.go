package moderation

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestShapedHostSetCovers: the shape test before each look-up changes no
// answer. covers says what hostSet.match says, for every entry of the
// built-in sets, for hosts under them, next to them and made from pieces
// of them, and for odd hosts (empty labels, a dot at either end, one
// label, a name longer than 63 bytes).
func TestShapedHostSetCovers(t *testing.T) {
	long := "a-very-long-label-that-goes-on-and-on-past-sixty-three-bytes-of-name"
	sets := []*shapedHostSet{
		unwatchedHosts,
		newShapedHostSet(newHostSet([]string{"example.com", "x.y.example.org", long + ".net", "io"})),
		newShapedHostSet(hostSet{}),
	}
	hosts := []string{"", ".", "..", "a..b", "com", "io", "x.io", ".example.com", "example.com.", "www.example.com",
		"example.co", "xexample.com", "y.example.org", "x.y.example.org", "z.x.y.example.org", long + ".net", "b." + long + ".net",
		"bit.ly", "www.bit.ly", "bit.ly.", "blogspot.com", "alice.blogspot.com", "github.io", "go.dev", "pkg.go.dev"}
	for h := range unwatchedHosts.set {
		hosts = append(hosts, h, "sub."+h, h[1:], h+"x", "x"+h, h+".")
	}
	for h := range knownHosts {
		hosts = append(hosts, h, "sub."+h)
	}
	for _, s := range sets {
		for _, h := range hosts {
			assert.Equal(t, s.set.match(h) != "", s.covers(h), "%q", h)
		}
	}
}
