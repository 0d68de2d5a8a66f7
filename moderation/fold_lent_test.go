package moderation

import (
	"context"
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/require"
)

// A Check of a Moderator that reuses its Views folds the comment in an
// array it lends the View (Moderator.foldIn) and writes again for the
// next comment. Its Results are those of a Moderator that lends nothing
// (the default checks given in Config.Checks, as a site's own would be),
// and stay so after the comments that follow have overwritten the array:
// nothing a Result holds reads the folded text.
func TestLentFoldKeptByNothing(t *testing.T) {
	ctx := context.Background()
	lending, err := New(Config{})
	require.NoError(t, err)
	require.True(t, lending.reuse, "the default Moderator reuses its Views")
	owning, err := New(Config{Checks: DefaultChecks(Config{})})
	require.NoError(t, err)
	require.False(t, owning.reuse)

	bodies := append(factBodies(t), plainText(1<<10), htmlText(8<<10), hostileText(4<<10))
	type checked struct {
		result Result
		json   string
	}
	var kept []checked
	for _, body := range bodies {
		c := Comment{Body: body, Author: "Reader", IP: "192.0.2.1"}
		got, gotErr := lending.Check(ctx, c)
		want, wantErr := owning.Check(ctx, c)
		require.Equal(t, wantErr, gotErr, "%q", body)
		gotJSON, err := json.Marshal(got)
		require.NoError(t, err)
		wantJSON, err := json.Marshal(want)
		require.NoError(t, err)
		require.JSONEq(t, string(wantJSON), string(gotJSON), "%q", body)
		kept = append(kept, checked{got, string(gotJSON)})
	}
	for i, k := range kept {
		again, err := json.Marshal(k.result)
		require.NoError(t, err)
		require.Equal(t, k.json, string(again), "the Result of %q changed after later Checks", bodies[i])
	}
}
