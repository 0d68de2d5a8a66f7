package moderation

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestSenderByName: an author with neither e-mail nor IP is known by the
// name alone, which anyone can type: it is no flood key and approved
// comments under it earn no standing, but spam labelled under it holds it.
func TestSenderByName(t *testing.T) {
	ctx := context.Background()
	promo := "Check out my blog for more about this"
	for _, c := range []struct {
		name    string
		learn   []Comment
		spam    bool
		first   *Comment
		comment Comment
		codes   []string
		action  Action
	}{
		{name: "two readers named Anonymous, no IP",
			first:   &Comment{Body: "Great post.", Author: "Anonymous"},
			comment: Comment{Body: "Thanks for writing this.", Author: "anonymous"}, action: Approve},
		{name: "two readers named Anonymous, X-Forwarded-For 'unknown': no IP",
			first:   &Comment{Body: "Great post.", Author: "Anonymous", IP: "unknown"},
			comment: Comment{Body: "Thanks for writing this.", Author: "anonymous", IP: "unknown, unknown"}, action: Approve},
		{name: "two comments named Anonymous from one IP",
			first:   &Comment{Body: "Great post.", Author: "Anonymous", IP: "192.0.2.1"},
			comment: Comment{Body: "Thanks for writing this.", Author: "Anonymous", IP: "192.0.2.1"},
			codes:   []string{CodeFlood}, action: Hold},
		{name: "Alice approved twice by name alone: no trust by name",
			learn:   []Comment{{Body: "Thank you, a careful piece.", Author: "Alice"}, {Body: "I keep coming back to this.", Author: "Alice"}},
			comment: Comment{Body: promo, Author: "Alice"},
			codes:   []string{CodePromoPhrase, CodeNewAuthor}, action: Hold},
		{name: "Alice approved twice by e-mail: trusted",
			learn:   []Comment{{Body: "Thank you, a careful piece.", Author: "Alice", AuthorEmail: "alice@example.org"}, {Body: "I keep coming back to this.", Author: "Alice", AuthorEmail: "alice@example.org"}},
			comment: Comment{Body: promo, Author: "Alice", AuthorEmail: "alice@example.org"},
			codes:   []string{CodePromoPhrase}, action: Approve},
		{name: "Alice approved twice by name and IP: trusted",
			learn:   []Comment{{Body: "Thank you, a careful piece.", Author: "Alice", IP: "192.0.2.7"}, {Body: "I keep coming back to this.", Author: "Alice", IP: "192.0.2.7"}},
			comment: Comment{Body: promo, Author: "Alice", IP: "192.0.2.7"},
			codes:   []string{CodePromoPhrase}, action: Approve},
		{name: "spam under a name alone still holds the name",
			learn: []Comment{{Body: "Buy cheap pills today.", Author: "Pill Seller"}}, spam: true,
			comment: Comment{Body: "A fine article.", Author: "pill  seller"},
			codes:   []string{CodeNewAuthor}, action: Hold},
	} {
		t.Run(c.name, func(t *testing.T) {
			m, err := New(Config{})
			require.NoError(t, err)
			at := scenarioStart
			label := Ham
			if c.spam {
				label = Spam
			}
			for _, l := range c.learn {
				l.Time = at
				require.NoError(t, m.Learn(ctx, l, label))
			}
			if c.first != nil {
				f := *c.first
				f.Time = at
				_, err := m.Check(ctx, f)
				require.NoError(t, err)
			}
			cm := c.comment
			cm.Time = at.Add(5 * time.Second)
			if c.first == nil {
				cm.Time = at.Add(time.Hour)
			}
			res, err := m.Check(ctx, cm)
			require.NoError(t, err)
			assert.Equal(t, c.codes, codesOf(res.Flags), "%+v", res.Flags)
			assert.Equal(t, c.action, res.Action, "%+v", res.Flags)
		})
	}
}
