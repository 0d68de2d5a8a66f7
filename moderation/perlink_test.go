package moderation

import (
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/commentkit/commentkit/linkify"
)

// The Detail of too_many_links is written in advance for the Max that
// MaxLinks was given; with any count of links, and with Max changed
// after, it reads as tooManyLinksDetail writes it.
func TestMaxLinksDetails(t *testing.T) {
	for _, tc := range []struct {
		name     string
		built    int // the n given to MaxLinks
		max      int // Max when the check runs
		maxLinks int // the most links to try
	}{
		{"default", DefaultMaxLinks, DefaultMaxLinks, DefaultMaxLinks + maxLinksDetails + 3},
		{"none allowed", 0, 0, maxLinksDetails + 2},
		{"Max changed after", 2, 5, 30},
		{"Max lowered after", 5, 1, 30},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := MaxLinks(tc.built)
			c.Max = tc.max
			for n := 0; n <= tc.maxLinks; n++ {
				body := strings.Repeat("https://example.com/x ", n)
				v := &View{Text: body, Links: linkify.Find(body)}
				require.Len(t, v.Links, n)
				f, ok := c.flag(v)
				if n <= tc.max {
					assert.False(t, ok, "%d links", n)
					continue
				}
				require.True(t, ok, "%d links", n)
				assert.Equal(t, tooManyLinksDetail(n, tc.max), f.Detail, "%d links", n)
				assert.Equal(t, f, flagSlice(c.flag(v))[0])
				assert.Equal(t, []Flag{f}, c.Check(context.Background(), v))
			}
		})
	}
}
