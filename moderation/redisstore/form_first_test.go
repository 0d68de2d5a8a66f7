package redisstore

import (
	"testing"

	"github.com/commentkit/commentkit/internal/storetest"
)

// TestFormFirst: a used form token answers what it was first sent with,
// as with the MemStore (storetest.FormFirst).
func TestFormFirst(t *testing.T) {
	s, _ := testStore(t)
	storetest.FormFirst(t, s)
}
