package moderation_test

import (
	"context"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/commentkit/commentkit/moderation"
)

// quietLinks wraps a built-in check and overrides its Check, as a site
// may to narrow where a check applies: its own Check must be what runs,
// not the embedded check's.
type quietLinks struct{ *moderation.MaxLinksCheck }

func (quietLinks) Check(context.Context, *moderation.View) []moderation.Flag { return nil }

func TestWrappedBuiltinCheckRunsItsOwnCheck(t *testing.T) {
	m, err := moderation.New(moderation.Config{Checks: []moderation.Checker{quietLinks{moderation.MaxLinks(0)}}})
	require.NoError(t, err)
	res, err := m.Check(context.Background(), moderation.Comment{Body: "See https://example.com/a for more."})
	require.NoError(t, err)
	for _, f := range res.Flags {
		require.NotEqual(t, moderation.CodeTooManyLinks, f.Code, "the wrapper's Check returns no flag")
	}
}
