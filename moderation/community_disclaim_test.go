package moderation

import (
	"context"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestCommunityDisclaimedLink: a member who passes on a club's number for
// its secretary, beside a link the comment says is not the writer's
// ("isn't us", "not affiliated", "nothing to do with us"), gives a
// community body's contact, not a seller's: the number raises no contact
// and the comment is never rejected. The same shape with the link not
// disclaimed, with money, or with the writer's own line still rejects.
func TestCommunityDisclaimedLink(t *testing.T) {
	m, err := New(Config{})
	require.NoError(t, err)
	for i, tc := range []struct {
		body   string
		reject bool
	}{
		{"Our walking club does free guided walks every Saturday, all ages welcome. Details at https://www.ramblers.org.uk/ isn't us but we follow their routes. Ring the club secretary on 07700 900412.", false},
		{"The village choir is looking for basses, free to join and no auditions. More info at https://www.choirsforall.com/ - not affiliated, it's just a useful guide. Call the choir secretary on 07700 900518.", false},
		{"Our cycling club runs free beginner rides from the library car park. Route ideas on https://www.komoot.com/ (nothing to do with us, just handy). Text the club secretary: 07700 900633.", false},
		{"The chess society meets free on Tuesdays in the church hall, beginners too. Details at https://www.chessbase.com/ which is not ours, only the puzzles we use. Email the society secretary: hallchess.sec@gmail.com", false},

		// Not disclaimed: the link may be the seller's.
		{"Our running club does a free beginners group, details at the club page: https://www.fitgear-direct.com/ and message the club secretary on 07700 900387.", true},
		// Money beside the disclaimer: a sale.
		{"Not affiliated, but our club gets the best discount on shoes, details at https://www.fitgear-direct.com/ - message the club secretary on 07700 900388.", true},
		// The writer's own line and no community body.
		{"Free consultation for new clients, details at https://www.fitgear-direct.com/ isn't us but we partner with them. Call us on 07700 900389.", true},
	} {
		res, err := m.Check(context.Background(), Comment{Body: tc.body, Author: fmt.Sprintf("disclaim %d", i), AuthorEmail: fmt.Sprintf("disclaim%d@example.net", i)})
		require.NoError(t, err)
		assert.Equal(t, tc.reject, res.Action == Reject, "%s: %v", tc.body, res.Flags)
		if !tc.reject {
			assert.False(t, raised(res, CodeContact), "%s: %v", tc.body, res.Flags)
		}
	}
}
