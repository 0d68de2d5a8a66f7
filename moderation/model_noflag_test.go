package moderation_test

import (
	"testing"

	"github.com/commentkit/commentkit/internal/storetest"
	"github.com/commentkit/commentkit/moderation"
)

// TestMemStoreNoFlag holds the MemStore to how every Store keeps the
// counts of the clue "no content flag" (storetest.NoFlag).
func TestMemStoreNoFlag(t *testing.T) {
	storetest.NoFlag(t, "testdata/model/noflag.json", func(*testing.T) moderation.Store { return moderation.NewMemStore(moderation.MemStoreOptions{}) })
}
