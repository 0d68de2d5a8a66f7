package redisstore

import (
	"testing"

	"github.com/commentkit/commentkit/internal/storetest"
	"github.com/commentkit/commentkit/moderation"
)

// TestModelCodeCap holds the Redis store to the cap on flag codes every
// Store keeps (storetest.ModelCodeCap).
func TestModelCodeCap(t *testing.T) {
	storetest.ModelCodeCap(t, func(t *testing.T) moderation.Store {
		s, _ := testStore(t)
		return s
	})
}
