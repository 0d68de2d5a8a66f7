package moderation

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// An exception ("!host") in a list uncovers that host and its subdomains
// and nothing else, whichever parent covers them; an entry of another
// list is not undone by it.
func TestHostSetExceptions(t *testing.T) {
	set := newHostSet([]string{"goo.gl", "!maps.app.goo.gl"})
	for host, want := range map[string]string{
		"goo.gl":                       "goo.gl",
		"x.goo.gl":                     "goo.gl",
		"app.goo.gl":                   "goo.gl",
		"maps.app.goo.gl":              "",
		"a.b.maps.app.goo.gl":          "",
		"xmaps.app.goo.gl":             "goo.gl",
		"maps.app.goo.gl.evil.example": "",
	} {
		assert.Equal(t, want, set.match(host), host)
		assert.Equal(t, want != "", newShapedHostSet(set).covers(host), host)
	}
	both := newHostSet([]string{"!maps.app.goo.gl"}, []string{"maps.app.goo.gl"})
	assert.Equal(t, "maps.app.goo.gl", both.match("maps.app.goo.gl"), "an entry of one list wins over an exception of another")
	assert.Equal(t, "", shortenerHosts.match("maps.app.goo.gl"), "the built-in exception")
	assert.Equal(t, int32(-1), listedHosts("maps.app.goo.gl")[listShorteners])
	assert.Equal(t, int32(0), listedHosts("goo.gl")[listShorteners])
}
