package moderation

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestFreeAsFact: "free" said of a thing after a form of "be", in a
// comment that speaks as no maker or seller, is a reader's report and no
// promotion topic, and a home page beside it is no link drop; the
// seller's "free" (in the voice of "we", "my", "I built"), the terms of an
// offer ("free to join") and an attributive "free" ("a free review")
// still count, and hold beside a link.
func TestFreeAsFact(t *testing.T) {
	m, err := New(Config{})
	require.NoError(t, err)
	for i, tc := range []struct {
		body    string
		topic   bool // promo_topic raised
		flagged bool
	}{
		{"The city museum is free on Wednesdays, worth a visit with the kids.", false, false},
		{"Inkscape is completely free and handles SVG better than most paid tools: https://inkscape.org", false, false},
		{"The parish records are free at https://www.familysearch.org once you register, no card needed.", false, false},
		{"Entry was free last year too, they just ask for a donation at the door.", false, false},

		{"I built a budgeting app for students, it's free on Android: https://www.pennywise-budget-app.com", true, true},
		{"We run weekend pottery classes and the first one is free: https://www.claystudio-classes.com", true, true},
		{"Sign up today, it's free to join! https://www.cashbackclub-rewards.net", true, true},
		{"Our accountants offer a free review of your tax return: https://www.taxsmart-advisers.co.uk", true, true},
		{"Use my invite link and your first delivery is free: https://www.groceries-fast-uk.com/invite/ab12", true, true},
	} {
		res, err := m.Check(context.Background(), Comment{Body: tc.body, Author: fmt.Sprintf("reader %d", i), AuthorEmail: fmt.Sprintf("free%d@example.net", i)})
		require.NoError(t, err)
		topic := false
		for _, f := range res.Flags {
			if (f.Code == CodePromoTopic || f.Code == CodePromoPhrase || f.Code == CodeCallToAction) && strings.Contains(f.Detail, "“free”") {
				topic = true
			}
		}
		assert.Equal(t, tc.topic, topic, "%s: %v", tc.body, res.Flags)
		assert.Equal(t, tc.flagged, res.Action != Approve, "%s: %v", tc.body, res.Flags)
		if !tc.flagged {
			assert.False(t, raised(res, CodeHomeLink), "%s: %v", tc.body, res.Flags)
		}
	}
}
