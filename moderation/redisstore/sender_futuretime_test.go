package redisstore

import (
	"testing"

	"github.com/commentkit/commentkit/internal/storetest"
)

// TestFutureTime: a comment dated two days ahead counts now, as with the
// MemStore (storetest.FutureTime).
func TestFutureTime(t *testing.T) {
	s, _ := testStore(t)
	storetest.FutureTime(t, s)
}
