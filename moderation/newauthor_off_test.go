package moderation

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestDisableNewAuthor: a site that reweights a promotion check (say, a
// link to a social profile is fine here) saw every new author's comment
// held all the same, as new_author lifted any promotion flag to a hold and
// no Config field turned it off (review s10, contract 4). With
// DisableNewAuthor the flags weigh what the site set; trust still halves
// a regular's, and the other checks that remember still fire.
func TestDisableNewAuthor(t *testing.T) {
	promo := PromoLinks()
	promo.Score = 0.25
	checks := Without(DefaultChecks(Config{}), CodePromoLink)
	checks = append(checks, promo)
	c := Comment{Body: "The band's page has the tour dates: https://www.facebook.com/someband", Author: "Ann", AuthorEmail: "ann@example.org", IP: "192.0.2.7"}

	on, err := New(Config{Checks: checks})
	require.NoError(t, err)
	res, err := on.Check(context.Background(), c)
	require.NoError(t, err)
	assert.Equal(t, Hold, res.Action, "by default a new author's promotion flag holds")
	assert.Contains(t, codesOf(res.Flags), CodeNewAuthor)

	off, err := New(Config{Checks: checks, DisableNewAuthor: true})
	require.NoError(t, err)
	res, err = off.Check(context.Background(), c)
	require.NoError(t, err)
	assert.Equal(t, Approve, res.Action, "%v", res.Flags)
	assert.NotContains(t, codesOf(res.Flags), CodeNewAuthor)
	assert.InDelta(t, 0.75, res.Score, 1e-9, "external_link 0.5 and the reweighted promo_link 0.25")

	// An author with spam labelled and none approved is held by default,
	// and not with DisableNewAuthor; a trusted author's flags still
	// weigh half.
	spammer := Comment{Body: "Nice one, thanks for the write-up.", AuthorEmail: "sp@example.org", IP: "192.0.2.8"}
	for _, m := range []*Moderator{on, off} {
		require.NoError(t, m.Learn(context.Background(), spammer, Spam))
	}
	res, err = on.Check(context.Background(), spammer)
	require.NoError(t, err)
	assert.Contains(t, codesOf(res.Flags), CodeNewAuthor)
	res, err = off.Check(context.Background(), Comment{Body: "Another plain remark about the article.", AuthorEmail: "sp@example.org", IP: "192.0.2.9"})
	require.NoError(t, err)
	assert.NotContains(t, codesOf(res.Flags), CodeNewAuthor)

	regular := Comment{Body: "Good point about the cache.", AuthorEmail: "reg@example.org", IP: "192.0.2.10"}
	for i := 0; i < DefaultTrustAfter; i++ {
		require.NoError(t, off.Learn(context.Background(), regular, Ham))
	}
	regular.Body = "I wrote up the details: https://www.facebook.com/reg/posts/1 and more to come."
	res, err = off.Check(context.Background(), regular)
	require.NoError(t, err)
	for _, f := range res.Flags {
		if f.Code == CodeExternalLink {
			assert.InDelta(t, ExternalLinkScore*trustedWeight, f.Score, 1e-9, "a regular's link weighs half")
		}
	}
}
