package moderation_test

import (
	"testing"

	"github.com/commentkit/commentkit/internal/storetest"
	"github.com/commentkit/commentkit/moderation"
)

// TestFormFirstMemStore: a used form token answers what it was first
// sent with (storetest.FormFirst).
func TestFormFirstMemStore(t *testing.T) {
	storetest.FormFirst(t, moderation.NewMemStore(moderation.MemStoreOptions{}))
}
