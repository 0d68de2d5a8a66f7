package moderation

import (
	"context"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestMembersGather: a member who says when the group meets ("we meet",
// "our tower practises", "wir treffen uns") and gives an address to join
// speaks for a community body, as "the knit and natter group meets"
// does: the address raises no contact, at a free mailbox or at a
// member's ISP's (freemail.txt). The same voice with money, a firm's
// clients or appointments, online, or at a firm's own domain is still a
// contact.
func TestMembersGather(t *testing.T) {
	m, err := New(Config{})
	require.NoError(t, err)
	for i, tc := range []struct {
		body    string
		contact bool
	}{
		{"Anyone who wants to help clear the towpath after the storm, we meet by the lock gates at 9am on Saturday. Bring boots. Info: towpathvolunteers@outlook.com", false},
		{"If you fancy trying handbells, our band practises Tuesdays at 7 in the vestry. Email the organiser on j.marsh@btinternet.com", false},
		{"Wir treffen uns jeden Donnerstag um 19 Uhr im Gemeindesaal zum Stricken, Anfänger gern gesehen: strickrunde.nord@web.de", false},
		{"Loved this piece on the old lido. We rehearse Sunday afternoons at the scout hut and always need altos, write to harbourvoices@gmail.com", false},

		// A firm meets its clients.
		{"We meet clients every Monday at our office to plan their garden, email greenplan.design@gmail.com", true},
		// A firm's own domain: the voice alone does not make a club of it.
		{"We meet every Saturday at the showroom to plan new kitchens, email design@acmekitchens.co.uk", true},
		// Money.
		{"We meet every Saturday to help you earn cash from home, email homeincome.team@gmail.com", true},
		// Online and trading.
		{"We meet online every Sunday to share trading signals, join us: signalsroom@gmail.com", true},
	} {
		res, err := m.Check(context.Background(), Comment{Body: tc.body, Author: fmt.Sprintf("gather %d", i), AuthorEmail: fmt.Sprintf("gather%d@example.net", i)})
		require.NoError(t, err)
		assert.Equal(t, tc.contact, raised(res, CodeContact), "%s: %v", tc.body, res.Flags)
		assert.Equal(t, tc.contact, res.Action != Approve, "%s: %v", tc.body, res.Flags)
	}
}
