package moderation_test

import (
	"testing"

	"github.com/commentkit/commentkit/internal/storetest"
	"github.com/commentkit/commentkit/moderation"
)

// TestMemStoreLongDomains holds the MemStore to how every Store is given
// link domains longer than it keeps (storetest.LongDomains).
func TestMemStoreLongDomains(t *testing.T) {
	storetest.LongDomains(t, moderation.NewMemStore(moderation.MemStoreOptions{}))
}
