package main

import (
	"bytes"
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/commentkit/commentkit/moderation"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestReadRows(t *testing.T) {
	rows, err := readRows(filepath.Join("testdata", "sample.csv"))
	require.NoError(t, err)
	require.Len(t, rows, 3)
	assert.Equal(t, row{ID: "id1", Author: "Ann", Content: "Check out my channel!<br />Please subscribe\ufeff",
		Time: time.Date(2014, 1, 1, 6, 20, 48, 0, time.UTC), Spam: true}, rows[0])
	assert.True(t, rows[2].Time.IsZero(), "no DATE: zero Time, which Check reads as now")
	assert.Equal(t, "Love this song &lt;3\nso much", rows[1].Content, "a quoted field spans lines")
	assert.Equal(t, `a "quoted" word`, rows[2].Content)
	assert.False(t, rows[2].Spam)
}

func TestReadRowsBadClass(t *testing.T) {
	_, err := readRows(filepath.Join("testdata", "badclass.csv"))
	require.Error(t, err)
	assert.Contains(t, err.Error(), "badclass.csv:3")
}

func TestEvaluateCountsAndLists(t *testing.T) {
	m, err := moderation.New(moderation.Config{})
	require.NoError(t, err)
	rows := []row{
		{ID: "s1", Content: "Check out my channel and subscribe back!", Spam: true},
		{ID: "s2", Content: "Hello from Pakistan", Spam: true},
		{ID: "h1", Content: "This song never gets old", Spam: false},
		{ID: "h2", Content: "", Spam: false}, // empty: refused for its length
	}
	var wrong bytes.Buffer
	r, err := evaluate(context.Background(), m, rows, &wrong)
	require.NoError(t, err)
	assert.Equal(t, 4, r.Rows)
	assert.Equal(t, 2, r.Spam)
	assert.Equal(t, 1, r.LengthErrors)
	assert.Equal(t, confusion{TP: 1, FN: 1, TN: 2, RejectSpam: 1}, r.Lib)
	assert.Contains(t, wrong.String(), "s2 spam as approve")
	assert.NotContains(t, wrong.String(), "s1")
}

func TestRunPrintsEveryFileAndOverall(t *testing.T) {
	var out bytes.Buffer
	f := filepath.Join("testdata", "sample.csv")
	require.NoError(t, run(&out, []string{f, f}, true, nil))
	s := out.String()
	assert.Contains(t, s, "sample")
	assert.Contains(t, s, "overall")
	assert.Contains(t, s, "baseline MCC")
	assert.Contains(t, s, "0 comment(s) refused for their length")
}
