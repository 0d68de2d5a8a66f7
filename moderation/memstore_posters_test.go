package moderation_test

import (
	"testing"

	"github.com/commentkit/commentkit/internal/storetest"
	"github.com/commentkit/commentkit/moderation"
)

func TestMemStorePosters(t *testing.T) {
	storetest.Posters(t, func(*testing.T) moderation.Store { return moderation.NewMemStore(moderation.MemStoreOptions{}) })
}

// TestMemStoreAddModelCap holds AddModel to the cases every Store passes
// (storetest.AddModelCap).
func TestMemStoreAddModelCap(t *testing.T) {
	storetest.AddModelCap(t, "testdata/memstore/addmodel_cap.json", func(_ *testing.T, maxTokens int) moderation.Store {
		return moderation.NewMemStore(moderation.MemStoreOptions{MaxTokens: maxTokens})
	})
}
