package moderation_test

import (
	"testing"

	"github.com/commentkit/commentkit/internal/storetest"
	"github.com/commentkit/commentkit/moderation"
)

// TestFutureTimeMemStore: a comment dated two days ahead once expired
// everything the MemStore remembered (storetest.FutureTime).
func TestFutureTimeMemStore(t *testing.T) {
	storetest.FutureTime(t, moderation.NewMemStore(moderation.MemStoreOptions{}))
}
