package moderation

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestAfterScheme: the comparisons with "https://" and "http://" find
// what a search for the first "://" finds.
func TestAfterScheme(t *testing.T) {
	for _, u := range []string{"", "://", "https://", "http://", "https://go.dev/x", "http://a.b/c://d",
		"https:/x", "http:/", "https:", "httpsx://a", "xhttps://a", "HTTPS://A", "ftp://a", "mailto:a@b.c",
		"https:///", "http://https://a", "h://a", "https//a://b", "a.b/c?u=https://d"} {
		want := -1
		if i := strings.Index(u, "://"); i >= 0 {
			want = i + 3
		}
		assert.Equal(t, want, afterScheme(u), "%q", u)
	}
}
