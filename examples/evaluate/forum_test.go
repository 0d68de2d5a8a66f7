package main

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestForumComments holds the default Config to what it measured on
// testdata/forum-dev.csv and testdata/forum-holdout.csv: comments of
// product reviews, recipes, local news, sport, open-source releases,
// travel, gaming, parenting, finance and health forums, 208 ham and 82 spam
// in each, written for commentkit before any verdict was seen. forum-dev was read to fix the rules; forum-holdout
// was read once, after the fixes, and its figure is the honest one:
//
//	forum-dev      MCC 0.897, recall 91.5%, ham flagged 2.4% (5 of 208), no ham rejected
//	forum-holdout  MCC 0.764, recall 74.4%, ham flagged 2.9% (6 of 208), no ham rejected
//
// The bounds sit just below those figures (just above for the ham
// flagged), so a change that loses spam or holds more ham shows here. A
// change that gains on forum-dev alone is tuning to it; forum-holdout is
// not to be tuned on.
func TestForumComments(t *testing.T) {
	for _, tc := range []struct {
		file          string
		minMCC        float64
		maxHamFlagged float64
	}{
		{"forum-dev.csv", 0.89, 0.025},    // measured 0.897 and 5/208 = 2.40%
		{"forum-holdout.csv", 0.75, 0.03}, // measured 0.764 and 6/208 = 2.88%
	} {
		t.Run(tc.file, func(t *testing.T) {
			r := evaluateDefault(t, tc.file)
			require.Equal(t, 290, r.Rows, "rows")
			require.Equal(t, 82, r.Spam, "spam rows")
			got := computeMetrics(r.Lib)
			assert.GreaterOrEqual(t, got.MCC, tc.minMCC, "MCC")
			assert.LessOrEqual(t, got.HamFlagged, tc.maxHamFlagged, "share of ham flagged")
			assert.Zero(t, r.Lib.RejectHam, "ham rejected")
			assert.Greater(t, r.Lib.RejectSpam, 0, "spam rejected")
		})
	}
}
