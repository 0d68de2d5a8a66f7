package storetest

import (
	"context"
	"encoding/json"
	"os"
	"testing"
	"time"

	"github.com/commentkit/commentkit/moderation"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// NoFlag checks how a Store keeps the model's moderation.NoFlagCounts:
// each case of casesFile (moderation/testdata/model/noflag.json) runs its
// steps, lessons with or without a content flag's code and imported
// models (AddModel), on an empty Store, then reads the counts back with
// Model and with Load, which must agree. newStore returns an empty Store.
func NoFlag(t *testing.T, casesFile string, newStore func(t *testing.T) moderation.Store) {
	raw, err := os.ReadFile(casesFile)
	require.NoError(t, err)
	var cases []struct {
		Name  string `json:"name"`
		Steps []struct {
			Label string            `json:"label"` // "spam" or "ham": a lesson
			Delta int64             `json:"delta"`
			Flag  bool              `json:"flag"` // the lesson has a content flag's code
			Add   *moderation.Model `json:"add"`  // an AddModel
		} `json:"steps"`
		Learned moderation.TokenCounts  `json:"learned"` // the model's Learned at the end
		Want    moderation.NoFlagCounts `json:"want"`
	}
	require.NoError(t, json.Unmarshal(raw, &cases))
	require.NotEmpty(t, cases)
	ctx := context.Background()
	for _, c := range cases {
		t.Run(c.Name, func(t *testing.T) {
			s := newStore(t)
			for i, st := range c.Steps {
				if st.Add != nil {
					require.NoError(t, s.AddModel(ctx, st.Add), "step %d", i)
					continue
				}
				require.Contains(t, []string{"spam", "ham"}, st.Label, "step %d", i)
				l := &moderation.Lesson{Now: time.Now(), Spam: st.Label == "spam", Delta: st.Delta, Tokens: []string{"w:hello"}, Windows: Windows}
				if st.Flag {
					l.Codes = []string{"f:promo_phrase"}
				}
				require.NoError(t, s.Learn(ctx, l), "step %d", i)
			}
			m, err := s.Model(ctx)
			require.NoError(t, err)
			assert.Equal(t, c.Learned, m.Learned, "the comments learned")
			assert.Equal(t, c.Want, m.NoFlag, "Model")
			snap, err := s.Load(ctx, &moderation.Query{Now: time.Now(), Tokens: []string{"w:hello"}, Windows: Windows})
			require.NoError(t, err)
			assert.Equal(t, c.Want, snap.NoFlag, "Load")
		})
	}
}
