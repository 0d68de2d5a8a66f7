package moderation

import (
	"encoding/json"
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestNoFlagClue reads the cases of testdata/model/noflag_clue.json: the
// model's probability of a comment, from its tokens' counts, the codes
// of the content flags it raised and the Snapshot's NoFlagCounts, must be
// that of a model measuring the counts sameAs (the clue "no content flag"
// counted like any token when the comment raised no content flag, and
// only then). A case with clue set must differ from the same comment
// without the clue, so that the case tests something; notReady: the
// model gives no verdict at all (the cold start).
func TestNoFlagClue(t *testing.T) {
	var cases []struct {
		Name     string
		Learned  TokenCounts
		Tokens   []TokenCounts
		Content  []string
		Codes    map[string]TokenCounts
		NoFlag   NoFlagCounts
		Clue     bool
		SameAs   []TokenCounts
		NotReady bool
	}
	raw, err := os.ReadFile("testdata/model/noflag_clue.json")
	require.NoError(t, err)
	require.NoError(t, json.Unmarshal(raw, &cases))
	require.NotEmpty(t, cases)
	s := testSettings(nil)
	for _, c := range cases {
		t.Run(c.Name, func(t *testing.T) {
			var content []Flag
			for _, code := range c.Content {
				content = append(content, Flag{Code: code, Score: 0.5})
			}
			st := &State{tokensRead: true, snap: &Snapshot{Learned: c.Learned, Tokens: c.Tokens, Codes: c.Codes, NoFlag: c.NoFlag}}
			p, ok := s.modelProbability(st, content)
			if c.NotReady {
				assert.False(t, ok, "no verdict")
				assert.Empty(t, s.bayesFlags(st, content), "no flag")
				return
			}
			require.True(t, ok)
			assert.InDelta(t, spamProbability(c.Learned, c.SameAs), p, 1e-12)
			st.snap.NoFlag = NoFlagCounts{}
			without, _ := s.modelProbability(st, content)
			if c.Clue {
				assert.Greater(t, without-p, 0.01, "the clue lowers p (%v without it)", without)
			} else {
				assert.Equal(t, without, p, "no clue")
			}
		})
	}
}
