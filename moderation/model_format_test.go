package moderation

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestImportModelFormat reads the cases of testdata/model/import.json: a
// model file that Import takes must Export again as a file that imports
// the same model; one it refuses wraps ErrModelFormat, names what is
// wrong, and adds nothing. A version 2 file counts its lines in its
// header, so a file cut short at a line break is refused too.
func TestImportModelFormat(t *testing.T) {
	var cases []struct {
		Name  string
		Lines []string
		Err   string // "": the file imports
	}
	raw, err := os.ReadFile("testdata/model/import.json")
	require.NoError(t, err)
	require.NoError(t, json.Unmarshal(raw, &cases))
	require.NotEmpty(t, cases)
	ctx := context.Background()
	export := func(m *Moderator) string {
		var out bytes.Buffer
		require.NoError(t, m.Export(ctx, &out))
		return out.String()
	}
	empty, err := New(Config{})
	require.NoError(t, err)
	for _, c := range cases {
		t.Run(c.Name, func(t *testing.T) {
			m, err := New(Config{})
			require.NoError(t, err)
			err = m.Import(ctx, strings.NewReader(strings.Join(c.Lines, "\n")+"\n"))
			if c.Err != "" {
				require.ErrorIs(t, err, ErrModelFormat)
				assert.Contains(t, err.Error(), c.Err)
				assert.Equal(t, export(empty), export(m), "nothing was added")
				return
			}
			require.NoError(t, err)
			first := export(m)
			again, err := New(Config{})
			require.NoError(t, err)
			require.NoError(t, again.Import(ctx, strings.NewReader(first)), "an export imports")
			assert.Equal(t, first, export(again), "and restores the same model")
		})
	}
}

// TestExportCountsItsLines: the header of an export holds how many token
// and code lines follow it.
func TestExportCountsItsLines(t *testing.T) {
	ctx := context.Background()
	m, err := New(Config{})
	require.NoError(t, err)
	require.NoError(t, m.Learn(ctx, Comment{Body: "buy cheap followers at https://shop.example"}, Spam))
	var out bytes.Buffer
	require.NoError(t, m.Export(ctx, &out))
	lines := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
	var h struct {
		Version       int
		Tokens, Codes int
		Spam, Ham     int64
	}
	require.NoError(t, json.Unmarshal([]byte(lines[0]), &h))
	tokens := 0
	for _, l := range lines[1:] {
		if strings.HasPrefix(l, `{"token":`) {
			tokens++
		}
	}
	assert.Equal(t, 2, h.Version)
	assert.Equal(t, tokens, h.Tokens)
	assert.Equal(t, len(lines)-1-tokens, h.Codes)
	assert.Positive(t, h.Codes, "the comment raised flags: the test covers code lines")
	assert.Equal(t, int64(1), h.Spam)
}
