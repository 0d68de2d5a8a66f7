package moderation_test

import (
	"testing"

	"github.com/commentkit/commentkit/internal/storetest"
	"github.com/commentkit/commentkit/moderation"
)

// TestMemStoreLessonOrder holds the MemStore to what Unlearn documents
// about order (storetest.LessonOrder).
func TestMemStoreLessonOrder(t *testing.T) {
	storetest.LessonOrder(t, func(*testing.T) moderation.Store { return moderation.NewMemStore(moderation.MemStoreOptions{}) })
}
