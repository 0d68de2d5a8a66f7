package moderation

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestReview22bSignaturePerson: a reader whose display name names a trade
// but also a person (a family role, a fan, a former worker) or a Korean
// "Seo" signs no advert, and their plain praise is approved; the trade's
// own search words still sign one.
func TestReview22bSignaturePerson(t *testing.T) {
	for _, name := range []string{
		"Leeds Plumbing Dad", "Retired Solicitors Clerk", "Ex Roofing Guy", "Best Buy Deals Watcher",
		"Quick Loans Victim", "Seo Jun", "Kim Seo-yeon",
	} {
		assert.Empty(t, tradeSignature(name), name)
	}
	for _, name := range []string{"Top SEO agency", "seo services delhi", "Cheap Man With Van Removals"} {
		assert.NotEmpty(t, tradeSignature(name), name)
	}
	m, err := New(Config{})
	require.NoError(t, err)
	for _, author := range []string{"Leeds Plumbing Dad", "Seo Jun", "Ex Roofing Guy"} {
		res, err := m.Check(context.Background(), Comment{Body: "Great article, thanks for writing it. Really informative.", Author: author})
		require.NoError(t, err)
		assert.Equal(t, Approve, res.Action, "%s %v", author, res.Flags)
	}
}
