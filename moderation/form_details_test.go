package moderation

import (
	"encoding/json"
	"os"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestFormTimeDetails: the too_fast Detail a moderator reads for a form
// sent back at each age, as data (testdata/form/details.json).
func TestFormTimeDetails(t *testing.T) {
	data, err := os.ReadFile("testdata/form/details.json")
	require.NoError(t, err)
	var file struct {
		Cases []struct {
			Min, Max, Age string
			Detail        string
			About         string
		} `json:"cases"`
	}
	require.NoError(t, json.Unmarshal(data, &file))
	require.NotEmpty(t, file.Cases)
	duration := func(s string, def time.Duration) time.Duration {
		if s == "" {
			return def
		}
		d, err := time.ParseDuration(s)
		require.NoError(t, err)
		return d
	}
	key := []byte("form details key")
	for _, c := range file.Cases {
		t.Run(c.Min+"/"+c.Max+"/"+c.Age, func(t *testing.T) {
			s := testSettings(nil)
			s.formKey = key
			s.minSubmit = duration(c.Min, DefaultMinSubmitTime)
			s.maxFormAge = duration(c.Max, DefaultMaxFormAge)
			now := time.Date(2026, 6, 1, 12, 0, 0, 0, time.UTC)
			tok, err := parseFormToken(key, NewFormToken(key, now.Add(-duration(c.Age, 0))))
			require.NoError(t, err)
			flags := s.formFlags(tok, nil, "", now, false)
			if c.Detail == "" {
				assert.Empty(t, flags, c.About)
				return
			}
			require.Len(t, flags, 1, c.About)
			assert.Equal(t, CodeTooFast, flags[0].Code)
			assert.Equal(t, c.Detail, flags[0].Detail, c.About)
		})
	}
}
