package main

import (
	"bytes"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestFoldSplitChecksEveryRowOnce(t *testing.T) {
	var rows []row
	for i := range 23 {
		rows = append(rows, row{ID: string(rune('A' + i)), Spam: i%3 != 0})
	}
	seen := map[string]int{}
	for k := range validateFolds {
		learn, check := foldSplit(rows, k)
		assert.Len(t, learn, len(rows)-len(check), "fold %d", k)
		assert.NotEmpty(t, check, "fold %d", k)
		for _, x := range check {
			seen[x.ID]++
		}
		for _, x := range learn {
			assert.NotContains(t, check, x, "fold %d learns a row it checks", k)
		}
	}
	assert.Len(t, seen, len(rows))
	for id, n := range seen {
		assert.Equal(t, 1, n, id)
	}
}

func TestFoldSplitBlocksAreContiguousPerClass(t *testing.T) {
	var rows []row
	for i := range 10 {
		rows = append(rows, row{ID: string(rune('a' + i)), Spam: true})
	}
	_, check := foldSplit(rows, 0)
	assert.Equal(t, []row{rows[0], rows[1]}, check)
	_, check = foldSplit(rows, validateFolds-1)
	assert.Equal(t, []row{rows[8], rows[9]}, check)
}

func TestRunValidatePrintsBothMeasures(t *testing.T) {
	var out bytes.Buffer
	require.NoError(t, runValidate(&out, []string{filepath.Join("testdata", "sample.csv")}, nil))
	assert.Contains(t, out.String(), "sample")
	assert.Contains(t, out.String(), "k-fold MCC")
	assert.Contains(t, out.String(), "the test part is never read")

	out.Reset()
	require.NoError(t, runValidate(&out, []string{filepath.Join("testdata", "allham.csv")}, nil))
	assert.Regexp(t, `(?m)^\s*allham\s+0/1\s+0\s+0\s+n/a\s+n/a\s`, out.String(), "no spam: no MCC")
}
