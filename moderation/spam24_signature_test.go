package moderation

import (
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestSpam24TradeSignature: an author name made of a trade's search words
// signs an advert; a person's name, a nickname, or a person with a trade
// does not.
func TestSpam24TradeSignature(t *testing.T) {
	for _, name := range []string{
		"Bristol Gutter Cleaning Services", "cheap removals glasgow", "best divorce solicitor leeds",
		"FastCash Loans", "Top SEO agency", "Kredit sofort", "affordable essay help",
	} {
		assert.NotEmpty(t, tradeSignature(name), name)
	}
	for _, name := range []string{
		"Pete the plumber", "Plumber Pete", "Repairs", "Margaret O'Neill", "secret_service_fan_1",
		"best_friend_of_cats", "", "cleaner air now",
	} {
		assert.Empty(t, tradeSignature(name), name)
	}
}

// TestSpam24SignedPraise: generic praise that names nothing, signed with
// a trade's name, is held; the same praise signed by a person is not,
// nor is a signed comment that says something of its own.
func TestSpam24SignedPraise(t *testing.T) {
	for _, tc := range []struct {
		author, body string
		action       Action
	}{
		{"Bristol Gutter Cleaning Services", "Such a helpful article, I have saved it and will be back for more. Keep up the great work!", Hold},
		{"cheap removals glasgow", "Thank you for this informative post, looking forward to the next one.", Hold},
		{"Jenny Marsh", "Such a helpful article, I have saved it and will be back for more. Keep up the great work!", Approve},
		// Something of its own: a name, a number.
		{"Bristol Gutter Cleaning Services", "Great piece. The Avon flood of 1968 took out half our street, my gran still talks about it.", Approve},
	} {
		m, err := New(Config{})
		require.NoError(t, err)
		res, err := m.Check(context.Background(), Comment{Body: tc.body, Author: tc.author})
		require.NoError(t, err)
		assert.Equal(t, tc.action, res.Action, "%s: %s %v", tc.author, tc.body, res.Flags)
	}
}

// TestSpam24SignedPraiseForeign: the trade's name and the praise read in
// Hindi as in English (the name folded without its vowel signs).
func TestSpam24SignedPraiseForeign(t *testing.T) {
	assert.NotEmpty(t, tradeSignature("होम लोन मुंबई"))
	m, err := New(Config{})
	require.NoError(t, err)
	res, err := m.Check(context.Background(), Comment{Body: "बहुत बढ़िया लेख, धन्यवाद। आगे भी लिखते रहिए।", Author: "कोचिंग सेंटर जयपुर"})
	require.NoError(t, err)
	assert.Equal(t, Hold, res.Action, "%v", res.Flags)
}

// BenchmarkTradeSignature: reading a comment's author name, which every
// Check with an author does, costs one allocation for a person's name
// (the folded name), not one more for a slice of its words; a trade's
// name costs one more, its Detail.
func BenchmarkTradeSignature(b *testing.B) {
	for _, name := range []string{"Margaret O'Neill", "London Drain Unblocking Services"} {
		b.Run(strings.ReplaceAll(name, " ", "_"), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				_ = tradeSignature(name)
			}
		})
	}
}
