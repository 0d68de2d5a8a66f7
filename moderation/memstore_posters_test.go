package moderation_test

import (
	"testing"

	"github.com/commentkit/commentkit/internal/storetest"
	"github.com/commentkit/commentkit/moderation"
)

func TestMemStorePosters(t *testing.T) {
	storetest.Posters(t, func(*testing.T) moderation.Store { return moderation.NewMemStore(moderation.MemStoreOptions{}) })
}
