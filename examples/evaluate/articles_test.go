package main

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/commentkit/commentkit/moderation"
)

// TestArticleComments holds the default Config to the targets on
// testdata/articles.csv, comments of the kind an article site receives
// (written for commentkit, not taken from the YouTube data the rules were
// tuned on; see the README's "Held out: comments under articles"): MCC ≥
// 0.90, at most 3% of ham held or rejected, and every rejected comment
// spam (the target is ≥ 99%; with 30 rejects one ham would miss it). The
// MCC bound sits just below what the file measures (0.964 with the offer
// check, 4 of 344 ham flagged), above the target, so that a change that
// loses spam shows here.
func TestArticleComments(t *testing.T) {
	r := evaluateDefault(t, "articles.csv")
	got := computeMetrics(r.Lib)
	assert.GreaterOrEqual(t, got.MCC, 0.96, "MCC")
	assert.LessOrEqual(t, got.HamFlagged, 0.03, "share of ham flagged")
	assert.Zero(t, r.Lib.RejectHam, "ham rejected")
	assert.Greater(t, r.Lib.RejectSpam, 0, "spam rejected")
}

// TestHomePageComments: testdata/homepages.csv holds ordinary comments
// that link a site's home page (a tool, a project, a shop, a news site),
// which home_link holds from a new author. A hold is its whole weight:
// none of them may be rejected.
func TestHomePageComments(t *testing.T) {
	r := evaluateDefault(t, "homepages.csv")
	assert.Zero(t, r.Spam, "the file holds ham only")
	assert.Zero(t, r.Lib.RejectHam, "ham rejected")
}

// evaluateDefault runs testdata/name through a Moderator of the default
// Config, as `go run ./examples/evaluate` does.
func evaluateDefault(t *testing.T, name string) result {
	t.Helper()
	rows, err := readRows(filepath.Join("testdata", name))
	require.NoError(t, err)
	m, err := moderation.New(moderation.Config{})
	require.NoError(t, err)
	r, err := evaluate(context.Background(), m, rows, nil)
	require.NoError(t, err)
	return r
}
