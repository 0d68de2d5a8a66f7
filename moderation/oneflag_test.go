package moderation

import (
	"context"
	"encoding/json"
	"fmt"
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestOneFlagChecksInCheck: Check takes the flag of a built-in check that
// raises at most one by value (oneFlagChecker), not through Checker.Check;
// it must give the same flags, in the order of the checks, with a NaN
// weight counted as zero, whether the check is called either way.
func TestOneFlagChecksInCheck(t *testing.T) {
	const body = "see https://bit.ly/x and https://a.example and https://b.example"
	nan := MaxLinks(1)
	nan.Score = math.NaN()
	for _, tc := range []struct {
		name   string
		checks []Checker
	}{
		{"built-in", []Checker{flagging("first", 0.1), MaxLinks(1), Shorteners(), ExternalLinks(), flagging("last", 0.2)}},
		{"NaN weight", []Checker{nan, ExternalLinks()}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			// The same checks, hidden behind CheckFunc: through Checker.Check.
			var plain []Checker
			for _, ch := range tc.checks {
				plain = append(plain, CheckFunc(ch.Check))
			}
			direct, err := New(stateless(Config{Checks: tc.checks}))
			require.NoError(t, err)
			wrapped, err := New(stateless(Config{Checks: plain}))
			require.NoError(t, err)
			got, err := direct.Check(context.Background(), Comment{Body: body})
			require.NoError(t, err)
			want, err := wrapped.Check(context.Background(), Comment{Body: body})
			require.NoError(t, err)
			require.NotEmpty(t, want.Flags)
			assert.Equal(t, want, got)
			for _, f := range got.Flags {
				assert.False(t, math.IsNaN(f.Score), f.Code)
			}
		})
	}
}

// TestOneFlagOfListsEveryBuiltin: each built-in check with a flag method
// is one oneFlagOf knows, so that none loses its fast path by being left
// out of the list (a check of the site's own is never on it:
// TestWrappedBuiltinCheckRunsItsOwnCheck).
func TestOneFlagOfListsEveryBuiltin(t *testing.T) {
	n := 0
	for _, ch := range DefaultChecks(Config{}) {
		if _, ok := ch.(oneFlagChecker); ok {
			n++
			assert.NotNil(t, oneFlagOf(ch), "%T", ch)
		}
	}
	assert.NotZero(t, n, "the link checks have a flag method")
}

// TestInfiniteScores: a check of the site's own that weighs a flag
// +Inf (reject, whatever else) or -Inf (approve) decides the verdict as
// meant, and the Result stays a number that encodes as JSON: +Inf and
// -Inf together made the Score NaN, and either one failed json.Marshal.
func TestInfiniteScores(t *testing.T) {
	for _, tc := range []struct {
		name   string
		scores []float64
		want   Action
	}{
		{"+Inf", []float64{math.Inf(1)}, Reject},
		{"-Inf", []float64{math.Inf(-1)}, Approve},
		{"+Inf and -Inf", []float64{math.Inf(1), math.Inf(-1)}, Approve},
		{"-Inf and a hold", []float64{math.Inf(-1), 1}, Approve},
		{"many +Inf", []float64{math.Inf(1), math.Inf(1), math.Inf(1)}, Reject},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var checks []Checker
			for i, s := range tc.scores {
				checks = append(checks, flagging(fmt.Sprintf("own_%d", i), s))
			}
			m, err := New(stateless(Config{Checks: checks}))
			require.NoError(t, err)
			res, err := m.Check(context.Background(), Comment{Body: "hello"})
			require.NoError(t, err)
			assert.Equal(t, tc.want, res.Action)
			assert.False(t, math.IsNaN(res.Score) || math.IsInf(res.Score, 0), "score %v", res.Score)
			_, err = json.Marshal(res)
			require.NoError(t, err)
		})
	}
}
