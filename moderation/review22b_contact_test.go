package moderation

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestReview22bSevenDigitsTold: seven digits after "call" or "text" are a
// trader's number when offered, not when the writer tells of a call made
// or uses "text" as a noun.
func TestReview22bSevenDigitsTold(t *testing.T) {
	m, err := New(Config{})
	require.NoError(t, err)
	for _, tc := range []struct {
		body   string
		action Action
	}{
		{"Couldn't get through to the surgery so I had to call 555-0143 which is the out of hours line, useless.", Approve},
		{"The text 555-0143 code they sent was wrong, I had to request another.", Approve},
		{"Same here, my neighbour tried to ring 555-0188 all morning and gave up.", Approve},
		{"Kittens ready for new homes, text 555-0199 for photos.", Hold},
		{"Lawns mowed, hedges trimmed. Please call 555-0143 for a quote.", Hold},
	} {
		res, err := m.Check(context.Background(), Comment{Body: tc.body, Author: "Ann"})
		require.NoError(t, err)
		assert.Equal(t, tc.action, res.Action, "%s %v", tc.body, res.Flags)
	}
}

// TestReview22bAustralianMobileReference: a number in the shape of an
// Australian mobile right after "part" or "ABN" is a reference; after
// "ring Dave" it is still a trader's mobile.
func TestReview22bAustralianMobileReference(t *testing.T) {
	runVerdicts(t, []verdictCase{
		{"Replacement filter is part 0450-123-456 from the manufacturer, cheaper than the dealer's.", Approve, ""},
		{"The invoice showed ABN 0412 345 678 which doesn't match the register, odd.", Approve, ""},
		{"Gutters cleaned, pensioner rates, ring Dave 0412 345 678", Hold, CodeContact},
	})
}
