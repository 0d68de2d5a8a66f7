package moderation

import (
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// testSettings are the default state settings over store, with HoldScore 1.
func testSettings(store Store) *stateSettings {
	return &stateSettings{
		store:         store,
		windows:       testWindows,
		floodMax:      DefaultFloodMax,
		repeatAuthors: DefaultRepeatHostAuthors,
		trustAfter:    DefaultTrustAfter,
		bayesMin:      DefaultBayesMinLearned,
		minSubmit:     DefaultMinSubmitTime,
		maxFormAge:    DefaultMaxFormAge,
		timeout:       DefaultStateTimeout,
		hold:          1,
	}
}

func TestShinglesNearDuplicates(t *testing.T) {
	base := strings.Fields("check out my new channel for the best music covers and subscribe please")
	id, sketch := textShingles(base)
	require.Len(t, sketch, dupKeys)
	cases := []struct {
		name string
		text string
		near bool
	}{
		{"same", "check out my new channel for the best music covers and subscribe please", true},
		{"one word changed", "check out my new channel for the best music covers and subscribe pls", true},
		{"one word added", "hey check out my new channel for the best music covers and subscribe please", true},
		{"a name changed", "check out my new channel for the best guitar covers and subscribe please", true},
		{"same opening", "check out my new video about the history of the roman empire", false},
		{"different", "this song reminds me of the summer of 2012 when everyone was dancing", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			otherID, other := textShingles(strings.Fields(c.text))
			shared := 0
			for _, h := range other {
				if slices.Contains(sketch, h) {
					shared++
				}
			}
			if c.near {
				assert.GreaterOrEqual(t, shared, dupMinShared)
			} else {
				assert.Less(t, shared, dupMinShared)
				assert.NotEqual(t, id, otherID)
			}
		})
	}
	_, sk := textShingles(strings.Fields("great song"))
	assert.Empty(t, sk, "short texts are not compared")
}
