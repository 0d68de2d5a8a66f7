package main

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestBlindComments holds the default Config to what it measures on
// testdata/blind.csv: 262 ham and 100 spam under articles of twelve kinds
// of site, written for commentkit without running the library on them.
// It was first run once, before any rule was changed for it:
//
//	blind  MCC 0.762, recall 81.0%, ham flagged 5.7% (15 of 262), no ham rejected
//
// It is below the targets (MCC ≥ 0.90, ham flagged ≤ 3%), and the
// README says so. Since then its lines have been read (one disguise, one
// Maps link and the business comments of promo-topics.txt were found in
// it), so it is held out no more:
//
//	blind  MCC 0.822, recall 88.0%, ham flagged 5.3% (14 of 262), no ham rejected
//
// The bounds sit just below those figures (just above for the ham
// flagged), so a change that loses spam or holds more ham shows here.
func TestBlindComments(t *testing.T) {
	r := evaluateDefault(t, "blind.csv")
	require.Equal(t, 362, r.Rows, "rows")
	require.Equal(t, 100, r.Spam, "spam rows")
	got := computeMetrics(r.Lib)
	assert.GreaterOrEqual(t, got.MCC, 0.79, "MCC")                       // measured 0.792
	assert.LessOrEqual(t, got.HamFlagged, 0.054, "share of ham flagged") // measured 14/262 = 5.34%
	assert.Zero(t, r.Lib.RejectHam, "ham rejected")
	assert.Greater(t, r.Lib.RejectSpam, 0, "spam rejected")
}
