package moderation

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestIsHomePage(t *testing.T) {
	for url, want := range map[string]bool{
		"https://example.com":                    true,
		"https://example.com/":                   true,
		"https://example.com:8080/":              true,
		"https://example.com?ref=blog":           true,
		"https://example.com/?ref=blog":          true,
		"https://example.com#top":                true,
		"https://example.com/#":                  true,
		"https://example.com/#!ehVjzKyA!5b":      false, // a file on a page that runs in the browser
		"https://example.com/#/item/12":          false,
		"https://example.com/#map=15/46.5/8.0":   false, // a map's state: a page of its own
		"https://example.com/#friend=cd92db3f4":  true,  // a referral, as a query is
		"https://example.com/#contact":           true,
		"https://example.com/a":                  false,
		"https://example.com/a/":                 false,
		"https://example.com//":                  false,
		"https://example.com/index.html":         true, // the home page by its file name
		"https://example.com/INDEX.PHP?x=1":      true,
		"https://example.com/default.aspx":       true,
		"https://example.com/index.htm#top":      true,
		"https://example.com/index":              false,
		"https://example.com/index.html/x":       false,
		"https://example.com/blog/index.html":    false,
		"https://example.com/indexes.html":       false,
		"https://example.com/index.html#/item/1": false,
		"https://example.com/?":                  true,
	} {
		assert.Equal(t, want, isHomePage(url), url)
	}
}

// TestHomeLinkOfATrustedAuthor: a regular recommending a tool or an
// organisation by its home page is what regulars do, so a trusted author's
// home_link weighs nothing (it is still reported). Before, it weighed half
// and held a trusted author's "Blender is free: <home page>" with the
// topic "free" (0.5 + 0.25 + 0.25), which the author's standing approved
// without the home page's flag.
func TestHomeLinkOfATrustedAuthor(t *testing.T) {
	ctx := context.Background()
	m, err := New(Config{})
	require.NoError(t, err)
	t0 := time.Date(2026, 3, 1, 10, 0, 0, 0, time.UTC)
	reg := Comment{Author: "Reg", AuthorEmail: "reg@example.net", Time: t0}
	for _, body := range []string{"Thanks, this cleared up interfaces for me.", "I disagree with the second point, but the rest is spot on."} {
		c := reg
		c.Body = body
		require.NoError(t, m.Learn(ctx, c, Ham))
	}
	for _, body := range []string{
		"Blender is free: https://www.blender.org, no need to pay for the software the article lists.",
		"For more information visit https://www.citizensadvice.org.uk, their guidance on deposits is clearer than this article.",
		"I switched to https://www.fastmail.com last year and the spam problem you describe went away.",
	} {
		c := reg
		c.Body = body
		c.Time = c.Time.Add(time.Hour)
		reg.Time = c.Time
		res, err := m.Check(ctx, c)
		require.NoError(t, err)
		assert.Equal(t, Approve, res.Action, "%s: %v", body, res.Flags)
		for _, f := range res.Flags {
			if f.Code == CodeHomeLink {
				assert.Zero(t, f.Score, body)
			}
		}
	}
	// A new author's comment of the same shape is still held.
	res, err := m.Check(ctx, Comment{Body: "Great post, very helpful! https://www.cheap-furniture-outlet.com", AuthorEmail: "new@example.net", Time: t0})
	require.NoError(t, err)
	assert.Equal(t, Hold, res.Action, "%v", res.Flags)
}

func TestTypedAsAddress(t *testing.T) {
	for text, want := range map[string]bool{
		"https://example.com": true,
		"HTTP://EXAMPLE.COM":  true,
		"www.example.com":     true,
		"ｈｔｔｐｓ：／／ｅｘａｍｐｌｅ．ｃｏｍ": true,
		"ＷＷＷ．ｅｘａｍｐｌｅ．ｃｏｍ":     true,
		"https：//example.com": true,
		"www。example.com":     true,
		"example.com":         false,
		"ｅｘａｍｐｌｅ．ｃｏｍ":         false,
		"wwwexample.com":      false,
		"http":                false,
		"ｈｔｔｐ":                false,
		"":                    false,
	} {
		assert.Equal(t, want, typedAsAddress(text), text)
	}
}

func TestPublicBody(t *testing.T) {
	for host, want := range map[string]bool{
		"irs.gov":         true,
		"ons.gov.uk":      true,
		"scratch.mit.edu": true,
		"who.int":         true,
		"mofa.go.jp":      true,
		"ox.ac.uk":        true,
		"sat.gob.mx":      true,
		"army.mil":        true,
		"go.dev":          false, // a project, at a suffix anyone can register
		"nic.ac":          false, // Ascension Island's own domain, not an academic suffix
		"gov.example.com": false,
		"mygov.com":       false,
		"cheap.co.uk":     false,
		"gov":             false,
		"":                false,
	} {
		assert.Equal(t, want, publicBody(host), host)
	}
}

// TestOfficeLabel: officeLabel lets through every host publicOffice
// takes (it only spares the others the Public Suffix List's lookup),
// and none of the common hosts whose labels only look like a public
// body's.
func TestOfficeLabel(t *testing.T) {
	for _, host := range []string{"irs.gov", "www.gov.uk", "gov.uk", "ons.gov.uk", "www.gouv.fr", "service-public.gouv.fr",
		"www.mhlw.go.jp", "canada.gc.ca", "www.gob.mx", "www.govt.nz", "who.int", "army.mil", "www.police.uk", "bmf.gv.at"} {
		assert.True(t, publicOffice(host), host)
		assert.True(t, officeLabel(host), host)
	}
	for _, host := range []string{"go.dev", "pkg.go.dev", "golang.org", "gov.example.com", "int.example.org", "example.com", "uk", "", "."} {
		assert.False(t, officeLabel(host), host)
	}
}

// TestPublicOffice: a public body's host other than a school's is an
// office's, and officeLabel, the quick test before the look-up, never
// turns one away: not even under a suffix whose label stands before a
// country's two letters less often ("int" of int.ar, "mil" of mil.br).
func TestPublicOffice(t *testing.T) {
	for host, want := range map[string]bool{
		"irs.gov":           true,
		"ons.gov.uk":        true,
		"who.int":           true,
		"mofa.go.jp":        true,
		"army.mil":          true,
		"sat.gob.mx":        true,
		"interieur.gouv.fr": true,
		"met.police.uk":     true,
		"ird.govt.nz":       true,
		"canada.gc.ca":      true,
		"agency.int.ar":     true,
		"eb.mil.br":         true,
		"scratch.mit.edu":   false, // a university's
		"ox.ac.uk":          false,
		"go.dev":            false,
		"gov.example.com":   false,
		"mygov.com":         false,
		"gov":               false,
		"":                  false,
	} {
		assert.Equal(t, want, publicOffice(host), host)
		if want {
			assert.True(t, officeLabel(host), host)
		}
	}
	assert.False(t, officeLabel("scratch.mit.edu"), "no label of a school's host skips the look-up")
}
