package redisstore

import (
	"testing"

	"github.com/commentkit/commentkit/internal/storetest"
	"github.com/commentkit/commentkit/moderation"
)

// TestLessonOrder holds the Redis store to what Unlearn documents about
// order (storetest.LessonOrder).
func TestLessonOrder(t *testing.T) {
	storetest.LessonOrder(t, func(t *testing.T) moderation.Store {
		s, _ := testStore(t)
		return s
	})
}
