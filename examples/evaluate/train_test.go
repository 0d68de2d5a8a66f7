package main

import (
	"bytes"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestSplitKeepsFileOrderPerClass(t *testing.T) {
	var rows []row
	for i, spam := range []bool{true, false, true, true, false, false, true, false, true, false} {
		rows = append(rows, row{ID: string(rune('a' + i)), Spam: spam})
	}
	train, test := split(rows)
	ids := func(rs []row) (out string) {
		for _, r := range rs {
			out += r.ID
		}
		return out
	}
	// 5 spam (a c d g i) and 5 ham (b e f h j): the first 3 of each
	// (70% rounded down) learn, in file order; the rest test.
	assert.Equal(t, "abcdef", ids(train))
	assert.Equal(t, "ghij", ids(test))
}

func TestCompareWithPublished(t *testing.T) {
	for _, c := range []struct {
		mcc  float64
		want string
	}{
		{0.9600, "yes"}, {0.9555, "yes"}, {0.9554, "tie"}, {0.9545, "tie"}, {0.9544, "no"},
	} {
		assert.Equal(t, c.want, compare(c.mcc, 0.955), "%.4f", c.mcc)
	}
	assert.Equal(t, "n/a", compare(math.NaN(), 0.955), "no MCC beats nothing")
}

// The split gives the published experiment's test sets: the sizes that
// its accuracies imply (Psy 96.23% = 102 of 106, LMFAO 97.73% = 129 of 132,
// Eminem 97.78% = 132 of 135).
func TestSplitMatchesThePublishedTestSets(t *testing.T) {
	dir := filepath.Join("..", "..", "..", "shared", "data", "youtube-spam")
	if _, err := os.Stat(dir); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("the YouTube Spam Collection is not at %s: %v", dir, err)
		}
		t.Skipf("the YouTube Spam Collection is not at %s (it sits beside the repository): %v", dir, err)
	}
	want := map[string][2]int{
		"Youtube01-Psy.csv":       {53, 53},
		"Youtube02-KatyPerry.csv": {53, 53},
		"Youtube03-LMFAO.csv":     {71, 61},
		"Youtube04-Eminem.csv":    {74, 61},
	}
	for name, w := range want {
		rows, err := readRows(filepath.Join(dir, name))
		require.NoError(t, err)
		_, test := split(rows)
		spam, ham := classCounts(test)
		assert.Equal(t, w, [2]int{spam, ham}, name)
	}
}

func TestRunTrainPrintsThePublishedFigures(t *testing.T) {
	var out bytes.Buffer
	f := filepath.Join("testdata", "sample.csv")
	require.NoError(t, runTrain(&out, []string{f}, nil))
	assert.Contains(t, out.String(), "sample")
	assert.Contains(t, out.String(), "published MCC")
	assert.Contains(t, out.String(), "n/a", "no published figure for a file of one's own")
}

// TestRunTrainUndefinedMCC: with no spam in the file, -train prints n/a for
// both MCCs, not 0.0000.
func TestRunTrainUndefinedMCC(t *testing.T) {
	var out bytes.Buffer
	require.NoError(t, runTrain(&out, []string{filepath.Join("testdata", "allham.csv")}, nil))
	lines := strings.Split(out.String(), "\n")
	fields := strings.Fields(lines[1])
	require.Len(t, fields, 14, lines[1])
	assert.Equal(t, []string{"n/a", "n/a"}, fields[10:12], "MCC untrained and MCC in %q", lines[1])
}
