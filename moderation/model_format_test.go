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
// the same model, with the counts of comments without a content flag the
// case names (none from a file of version 1 or 2); one it refuses wraps
// ErrModelFormat, names what is wrong, and leaves the store as it was, a
// store that has learned (a model of its own, those counts included). A
// file of version 2 or later counts its lines in its header, so a file cut
// short at a line break is refused too.
func TestImportModelFormat(t *testing.T) {
	var cases []struct {
		Name   string
		Lines  []string
		NoFlag *NoFlagCounts // the model's, once imported into an empty store
		Err    string        // "": the file imports
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
	for _, c := range cases {
		t.Run(c.Name, func(t *testing.T) {
			in := strings.Join(c.Lines, "\n") + "\n"
			if c.Err != "" {
				m, err := New(Config{})
				require.NoError(t, err)
				require.NoError(t, m.Learn(ctx, Comment{Body: "Check out my channel https://shop.example"}, Spam))
				require.NoError(t, m.Learn(ctx, Comment{Body: "Thanks for the clear explanation"}, Ham))
				before := export(m)
				require.Contains(t, before, `"noflag_learned":{"spam":1,"ham":1},"noflag":{"spam":0,"ham":1}`, "the store has counts to keep")
				err = m.Import(ctx, strings.NewReader(in))
				require.ErrorIs(t, err, ErrModelFormat)
				assert.Contains(t, err.Error(), c.Err)
				assert.Equal(t, before, export(m), "nothing was added")
				return
			}
			m, err := New(Config{})
			require.NoError(t, err)
			require.NoError(t, m.Import(ctx, strings.NewReader(in)))
			if c.NoFlag != nil {
				model, err := m.state.store.Model(ctx)
				require.NoError(t, err)
				assert.Equal(t, *c.NoFlag, model.NoFlag)
			}
			first := export(m)
			again, err := New(Config{})
			require.NoError(t, err)
			require.NoError(t, again.Import(ctx, strings.NewReader(first)), "an export imports")
			assert.Equal(t, first, export(again), "and restores the same model")
		})
	}
}

// TestExportCountsItsLines: the header of an export holds how many token
// and code lines follow the second line, which holds how many comments
// were learned while the comments without a content flag were counted,
// and how many of those raised none.
func TestExportCountsItsLines(t *testing.T) {
	ctx := context.Background()
	m, err := New(Config{})
	require.NoError(t, err)
	require.NoError(t, m.Learn(ctx, Comment{Body: "buy cheap followers at https://shop.example"}, Spam))
	require.NoError(t, m.Learn(ctx, Comment{Body: "Thanks for the clear explanation"}, Ham))
	require.NoError(t, m.Learn(ctx, Comment{Body: "Lovely song, I hum it all day"}, Ham))
	var out bytes.Buffer
	require.NoError(t, m.Export(ctx, &out))
	lines := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
	var h struct {
		Version       int
		Tokens, Codes int
		Spam, Ham     int64
	}
	require.NoError(t, json.Unmarshal([]byte(lines[0]), &h))
	type counts struct{ Spam, Ham int64 }
	var nf struct {
		Learned counts `json:"noflag_learned"`
		Counts  counts `json:"noflag"`
	}
	require.NoError(t, json.Unmarshal([]byte(lines[1]), &nf))
	tokens := 0
	for _, l := range lines[2:] {
		if strings.HasPrefix(l, `{"token":`) {
			tokens++
		}
	}
	assert.Equal(t, 4, h.Version)
	assert.Equal(t, tokens, h.Tokens)
	assert.Equal(t, len(lines)-2-tokens, h.Codes, "the lines after the header and the line of counts")
	assert.Positive(t, h.Codes, "the comment raised flags: the test covers code lines")
	assert.Equal(t, int64(1), h.Spam)
	assert.Equal(t, counts{Spam: 1, Ham: 2}, nf.Learned, "every comment learned")
	assert.Equal(t, counts{Ham: 2}, nf.Counts, "the spam raised content flags, the ham none")
}

// TestExportHeaderOfVersion2: the header Export writes has only the
// fields of a version 2 header, the fields an older version of
// commentkit knows: its parser refuses any other field before it reads
// the version, and would then call the file no commentkit model instead of
// naming its version.
func TestExportHeaderOfVersion2(t *testing.T) {
	ctx := context.Background()
	m, err := New(Config{})
	require.NoError(t, err)
	require.NoError(t, m.Learn(ctx, Comment{Body: "Thanks for the clear explanation"}, Ham))
	var out bytes.Buffer
	require.NoError(t, m.Export(ctx, &out))
	header, _, _ := strings.Cut(out.String(), "\n")
	var v2 struct {
		Format  string `json:"format"`
		Version int    `json:"version"`
		Spam    int64  `json:"spam"`
		Ham     int64  `json:"ham"`
		Tokens  *int64 `json:"tokens"`
		Codes   *int64 `json:"codes"`
	}
	require.NoError(t, strictJSON([]byte(header), &v2), header)
	assert.Equal(t, modelVersion, v2.Version)
}

// TestExportWritesWhatImportReads: a store whose counts of comments
// without a content flag exceed the comments learned (a fleet with older
// servers, which do not keep them, took back a lesson only the newer ones
// counted) exports them cut to the comments learned, a file that imports.
func TestExportWritesWhatImportReads(t *testing.T) {
	ctx := context.Background()
	m, err := New(Config{Store: oddCounts{NewMemStore(MemStoreOptions{})}})
	require.NoError(t, err)
	var out bytes.Buffer
	require.NoError(t, m.Export(ctx, &out))
	assert.Equal(t, `{"format":"commentkit-model","version":4,"spam":3,"ham":1,"tokens":0,"codes":0}`+"\n"+`{"noflag_learned":{"spam":3,"ham":1},"noflag":{"spam":3,"ham":1}}`+"\n", out.String())
	again, err := New(Config{})
	require.NoError(t, err)
	require.NoError(t, again.Import(ctx, &out))
}

// oddCounts is a MemStore whose model counts more comments without a
// content flag than comments.
type oddCounts struct{ *MemStore }

func (s oddCounts) Model(ctx context.Context) (*Model, error) {
	m, err := s.MemStore.Model(ctx)
	if err != nil {
		return nil, err
	}
	m.Learned = TokenCounts{Spam: 3, Ham: 1}
	m.NoFlag = NoFlagCounts{Learned: TokenCounts{Spam: 5, Ham: 2}, Counts: TokenCounts{Spam: 4, Ham: 2}}
	return m, nil
}
