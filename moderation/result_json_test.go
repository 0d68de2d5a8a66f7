package moderation

import (
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestResultJSONRoundTrip: a Result stored as JSON reads back as it was,
// its Action included; a name that is no Action is an error, not Approve.
// Its fields, and its links' fields, are lower-case.
func TestResultJSONRoundTrip(t *testing.T) {
	m, err := New(Config{})
	require.NoError(t, err)
	res, err := m.Check(context.Background(), Comment{Body: "Check out my blog at https://bit.ly/x and subscribe to my channel!"})
	require.NoError(t, err)
	require.Equal(t, Reject, res.Action)
	data, err := json.Marshal(res)
	require.NoError(t, err)
	assert.Contains(t, string(data), `"action":"reject"`)
	assert.Contains(t, string(data), `"links":[{"start":`, "every field lower-case, the links' too")
	var back Result
	require.NoError(t, json.Unmarshal(data, &back))
	assert.Equal(t, res, back)

	var a Action
	require.Error(t, json.Unmarshal([]byte(`"publish"`), &a))
	for _, want := range []Action{Approve, Hold, Reject} {
		text, err := want.MarshalText()
		require.NoError(t, err)
		var got Action
		require.NoError(t, got.UnmarshalText(text))
		assert.Equal(t, want, got)
	}
}

// TestResultJSONEmptyLists: a Result with no flag or no link encodes
// them as [], never null, so that a page's script can read its length;
// a comment refused for its size too.
func TestResultJSONEmptyLists(t *testing.T) {
	m, err := New(Config{MaxLength: 10})
	require.NoError(t, err)
	for _, tc := range []struct {
		name, body string
		err        error
	}{
		{"approved", "Nice post", nil},
		{"too long", "This comment is too long", ErrTooLong},
		{"empty", "<p></p>", ErrEmpty},
		{"too large", strings.Repeat("x", 64<<10+1), ErrTooLarge},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res, err := m.Check(context.Background(), Comment{Body: tc.body})
			require.ErrorIs(t, err, tc.err)
			data, err := json.Marshal(res)
			require.NoError(t, err)
			assert.Contains(t, string(data), `"flags":[]`)
			assert.Contains(t, string(data), `"links":[]`)
		})
	}
	var zero *Moderator
	res, err := zero.Check(context.Background(), Comment{Body: "Nice post"})
	require.ErrorIs(t, err, ErrConfig)
	assert.NotNil(t, res.Flags, "a Moderator not made by New")
	assert.NotNil(t, res.Links, "a Moderator not made by New")
}

// TestScaledLeavesTheCheckSlice: Scaled scales a copy, so a check that
// returns a slice it keeps gives the same score on every call.
func TestScaledLeavesTheCheckSlice(t *testing.T) {
	kept := []Flag{{Code: "mine", Score: 0.5, Detail: "kept"}}
	m, err := New(Config{Checks: []Checker{Scaled(CheckFunc(func(context.Context, *View) []Flag { return kept }), 2)}})
	require.NoError(t, err)
	for range 4 {
		res, err := m.Check(context.Background(), Comment{Body: "a plain comment"})
		require.NoError(t, err)
		assert.Equal(t, 1.0, res.Score)
	}
	assert.Equal(t, 0.5, kept[0].Score)
}
