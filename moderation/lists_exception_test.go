package moderation

import (
	"context"
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

// A site's allowed domains are a plain list: an entry "!host", which
// Config rejects as no domain, is ignored by the constructors that take
// the list, as it was before the built-in lists had exceptions, and
// uncovers nothing that another entry allows.
func TestAllowedDomainsHaveNoExceptions(t *testing.T) {
	ctx := context.Background()
	v := viewOf("see https://blog.example.com/post")
	assert.Empty(t, ExternalLinks("example.com", "!blog.example.com").Check(ctx, v))
	assert.Equal(t, "example.com", newLinkChecker([]string{"!blog.example.com", "example.com"}).allowed.match("blog.example.com"))
	assert.Equal(t, "example.com", newAllowedSet([]string{"example.com", "!blog.example.com"}).match("blog.example.com"))
	assert.Empty(t, newAllowedSet([]string{"!example.com"}))
	_, err := New(Config{AllowedDomains: []string{"example.com", "!blog.example.com"}})
	assert.ErrorIs(t, err, ErrConfig)
}
