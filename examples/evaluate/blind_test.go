package main

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestBlindComments holds the default Config to what it measures on
// testdata/blind.csv and testdata/blind2.csv: comments under articles of
// twelve kinds of site each, written for commentkit by someone who never
// ran the library on them. Each was first run once, before any rule was
// changed for it:
//
//	blind   MCC 0.762, recall 81.0%, ham flagged 5.7% (15 of 262), no ham rejected
//	blind2  MCC 0.718, recall 81.5%, ham flagged 8.8% (21 of 240), no ham rejected
//
// Both are below the targets (MCC ≥ 0.90, ham flagged ≤ 3%), and
// the README says so. Since then their lines have been read and rules
// changed for what they showed (the README lists each), so they are held
// out no more:
//
//	blind   MCC 0.834, recall 88.0%, ham flagged 4.6% (12 of 262), no ham rejected
//	blind2  MCC 0.765, recall 81.5%, ham flagged 5.8% (14 of 240), no ham rejected
//
// The bounds sit just below those figures (just above for the ham
// flagged), so a change that loses spam or holds more ham shows here.
func TestBlindComments(t *testing.T) {
	for _, tc := range []struct {
		file          string
		rows, spam    int
		minMCC        float64
		maxHamFlagged float64
	}{
		{"blind.csv", 362, 100, 0.83, 0.047},  // measured 0.834 and 12/262 = 4.58%
		{"blind2.csv", 332, 92, 0.76, 0.0585}, // measured 0.765 and 14/240 = 5.83%
	} {
		t.Run(tc.file, func(t *testing.T) {
			r := evaluateDefault(t, tc.file)
			require.Equal(t, tc.rows, r.Rows, "rows")
			require.Equal(t, tc.spam, r.Spam, "spam rows")
			got := computeMetrics(r.Lib)
			assert.GreaterOrEqual(t, got.MCC, tc.minMCC, "MCC")
			assert.LessOrEqual(t, got.HamFlagged, tc.maxHamFlagged, "share of ham flagged")
			assert.Zero(t, r.Lib.RejectHam, "ham rejected")
			assert.Greater(t, r.Lib.RejectSpam, 0, "spam rejected")
		})
	}
}
