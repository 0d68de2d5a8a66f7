package moderation

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/commentkit/commentkit/linkify"
)

// linkSitesInto gives each link the site linkHost and listedHosts give it
// alone, where links repeat a host (the site reused) and where a repeat
// differs in its domain, is an e-mail or has no host.
func TestLinkSitesRepeatedHosts(t *testing.T) {
	texts := []string{
		"go.dev go.dev https://go.dev/x bit.ly/a bit.ly/b http://bit.ly/c",
		"bob@example.com example.com bob@example.com mailto:ann@example.com example.com",
		"https://a.blogspot.com/x a.blogspot.com b.blogspot.com https://b.blogspot.com/y",
		plainText(8 << 10),
	}
	var links []linkify.Link
	for _, text := range texts {
		links = append(links, viewOf(text).Links...)
	}
	// Hand-made repeats that linkify would not give: the same host with
	// another domain, without a host, as an e-mail.
	links = append(links,
		linkify.Link{URL: "http://x.example.com/", Host: "x.example.com", Domain: "example.com"},
		linkify.Link{URL: "http://x.example.com/", Host: "x.example.com", Domain: "x.example.com"},
		linkify.Link{URL: "http://x.example.com/", Host: "", Domain: "x.example.com"},
		linkify.Link{URL: "http://y.example.org/", Host: "", Domain: "x.example.com"},
		linkify.Link{URL: "mailto:a@x.example.com", Host: "", Domain: "", Email: true},
		linkify.Link{URL: "mailto:a@y.example.net", Host: "", Domain: "", Email: true},
	)
	sites := linkSitesOf(links)
	for i, l := range links {
		host, domain := linkHost(l)
		assert.Equal(t, linkSite{host: host, domain: domain, domainLower: isNormalHost(l.Domain), listedAt: listedHosts(host)}, sites[i], "link %d %+v", i, l)
		if sites[i].domainLower {
			assert.Equal(t, strings.ToLower(l.Domain), l.Domain, "link %d %+v", i, l) // what appendStateDomains relies on
		}
	}
}
