package moderation

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestIsHomePage(t *testing.T) {
	for url, want := range map[string]bool{
		"https://example.com":               true,
		"https://example.com/":              true,
		"https://example.com:8080/":         true,
		"https://example.com?ref=blog":      true,
		"https://example.com/?ref=blog":     true,
		"https://example.com#top":           true,
		"https://example.com/#":             true,
		"https://example.com/#!ehVjzKyA!5b": false, // a file on a page that runs in the browser
		"https://example.com/#/item/12":     false,
		"https://example.com/a":             false,
		"https://example.com/a/":            false,
		"https://example.com//":             false,
		"https://example.com/index.html":    false,
		"https://example.com/?":             true,
	} {
		assert.Equal(t, want, isHomePage(url), url)
	}
}
