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

// TestLearnedCodesImport reads testdata/model/codes.json: a site's own
// check raises the case's flag code, and a comment is learned as spam.
// What Learn learns, Export writes and Import reads back: every export
// imports, and restores the same model. A code the model does not learn
// is in no line of the export.
func TestLearnedCodesImport(t *testing.T) {
	var cases []struct {
		Name    string
		Code    string
		NotUTF8 bool // the code's last rune, below 256, is written as that one byte
		Learned bool
	}
	raw, err := os.ReadFile("testdata/model/codes.json")
	require.NoError(t, err)
	require.NoError(t, json.Unmarshal(raw, &cases))
	require.NotEmpty(t, cases)
	ctx := context.Background()
	for _, c := range cases {
		t.Run(c.Name, func(t *testing.T) {
			code := c.Code
			if c.NotUTF8 {
				r := []rune(code)
				code = string(r[:len(r)-1]) + string([]byte{byte(r[len(r)-1])})
			}
			newModerator := func() *Moderator {
				cfg := Config{}
				cfg.Checks = append(DefaultChecks(cfg), CheckFunc(func(_ context.Context, v *View) []Flag {
					if strings.Contains(v.Text, "casino") {
						return []Flag{{Code: code, Score: 0.5, Detail: "Mentions a casino."}}
					}
					return nil
				}))
				m, err := New(cfg)
				require.NoError(t, err)
				return m
			}
			export := func(m *Moderator) string {
				var out bytes.Buffer
				require.NoError(t, m.Export(ctx, &out))
				return out.String()
			}
			src := newModerator()
			require.NoError(t, src.Learn(ctx, Comment{Body: "best casino bonus"}, Spam))
			first := export(src)
			line, err := json.Marshal(modelLine{Code: code, Spam: 1})
			require.NoError(t, err)
			if c.Learned {
				assert.Contains(t, first, string(line)+"\n", "the code is learned and exported")
			} else {
				assert.NotContains(t, first, `"code"`, "the model learns no such code")
			}

			dst := newModerator()
			require.NoError(t, dst.Import(ctx, strings.NewReader(first)), "an export imports")
			assert.Equal(t, first, export(dst), "and restores the same model")
		})
	}
}
