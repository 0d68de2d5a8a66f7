package moderation

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/assert"
)

// chi2QBySum is chi2Q as first written: every term of the series in log
// space, one Log and one Exp a term. The faster chi2Q must agree with it.
func chi2QBySum(x2 float64, v int) float64 {
	m := x2 / 2
	if m <= 0 {
		return 1
	}
	lnM := math.Log(m)
	lnTerm := -m
	sum := math.Exp(lnTerm)
	for i := 1; i < v/2; i++ {
		lnTerm += lnM - math.Log(float64(i))
		sum += math.Exp(lnTerm)
	}
	return min(sum, 1)
}

// combineByLogs is combineClues with a logarithm a factor, for clues
// that need no cut to bayesMaxClues.
func combineByLogs(clues []float64) float64 {
	var lnSpam, lnHam float64
	for _, f := range clues {
		lnSpam += math.Log(1 - f)
		lnHam += math.Log(f)
	}
	n := len(clues)
	return (chi2QBySum(-2*lnHam, 2*n) - chi2QBySum(-2*lnSpam, 2*n) + 1) / 2
}

// TestCombineCluesAgreesWithLogs holds the products and the series of
// combineClues to the plain sums of logarithms they replace, from clues
// that all say ham or all spam at the floor (the products' smallest,
// where one of the sums has nearly all its weight in its last terms) to
// random mixes of every length up to bayesMaxClues.
func TestCombineCluesAgreesWithLogs(t *testing.T) {
	fill := func(n int, f float64) []float64 {
		out := make([]float64, n)
		for i := range out {
			out[i] = f
		}
		return out
	}
	cases := map[string][]float64{
		"floor":         fill(bayesMaxClues, bayesProbFloor),
		"ceiling":       fill(bayesMaxClues, 1-bayesProbFloor),
		"three neutral": {0.4, 0.6, 0.5},
		"one each way":  append(fill(75, bayesProbFloor), fill(75, 1-bayesProbFloor)...),
	}
	r := rand.New(rand.NewPCG(1, 2))
	for i := range 200 {
		clues := make([]float64, bayesMinClues+r.IntN(bayesMaxClues-bayesMinClues+1))
		for j := range clues {
			clues[j] = bayesProbFloor + r.Float64()*(1-2*bayesProbFloor)
		}
		cases["random "+string(rune('a'+i%26))+string(rune('a'+i/26))] = clues
	}
	for name, clues := range cases {
		want := combineByLogs(clues)
		got := combineClues(append([]float64(nil), clues...))
		assert.InDelta(t, want, got, 1e-12, name)
		lnSpam, lnHam := lnProducts(clues)
		var wantSpam, wantHam float64
		for _, f := range clues {
			wantSpam += math.Log(1 - f)
			wantHam += math.Log(f)
		}
		assert.InEpsilon(t, wantSpam, lnSpam, 1e-12, name)
		assert.InEpsilon(t, wantHam, lnHam, 1e-12, name)
	}
	for _, x2 := range []float64{0, 1e-9, 0.5, 10, 300, 2 * 1036, 1e4} {
		for _, v := range []int{2, 6, 40, 2 * bayesMaxClues} {
			assert.InDelta(t, chi2QBySum(x2, v), chi2Q(x2, v), 1e-12, "x2=%v v=%v", x2, v)
		}
	}
}
