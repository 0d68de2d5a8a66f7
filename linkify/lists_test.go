package linkify

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestCommonTLDsAreTLDs checks every entry of common_tlds.txt against the
// TLDs xurls knows, so that a typo in the list cannot make a word a link.
func TestCommonTLDsAreTLDs(t *testing.T) {
	ls := loadLists()
	require.NotEmpty(t, ls.commonList)
	for _, tld := range ls.commonList {
		assert.True(t, ls.tlds[tld], "%q is in common_tlds.txt but is not a TLD", tld)
		assert.Equal(t, len(ls.commonList), len(ls.common), "duplicate entry")
	}
	for _, ext := range []string{"md", "py", "sh", "rs", "pl", "zip", "mov"} {
		assert.False(t, ls.common[ext], "%q is a common file extension", ext)
	}
}
