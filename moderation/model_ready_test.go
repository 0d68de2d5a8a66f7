package moderation

import (
	"bytes"
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestModelReadyAtFirstCheck: a Moderator that starts on a model which has
// learned enough, in its Store or by Import (a restart), uses the model
// from its very first Check, not from its second.
func TestModelReadyAtFirstCheck(t *testing.T) {
	ctx := context.Background()
	spam, ham := spamAndHam(DefaultBayesMinLearned)
	teacher, err := New(Config{})
	require.NoError(t, err)
	teach(t, teacher, spam, ham, len(spam))
	var model bytes.Buffer
	require.NoError(t, teacher.Export(ctx, &model))
	probe := Comment{Body: "win a free iphone now, click here", Author: "probe"}

	restarted, err := New(Config{})
	require.NoError(t, err)
	require.NoError(t, restarted.Import(ctx, bytes.NewReader(model.Bytes())))

	shared, err := New(Config{Store: teacher.state.store})
	require.NoError(t, err)

	for name, m := range map[string]*Moderator{"after Import": restarted, "on a shared Store": shared} {
		t.Run(name, func(t *testing.T) {
			res, err := m.Check(ctx, probe)
			require.NoError(t, err)
			assert.True(t, hasCode(res.Flags, CodeBayes), "first Check: %v", res.Flags)
		})
	}
}
