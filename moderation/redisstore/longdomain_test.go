package redisstore

import (
	"context"
	"strings"
	"testing"

	"github.com/commentkit/commentkit/internal/storetest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestLongDomains holds the Redis store to how every Store is given link
// domains longer than it keeps (storetest.LongDomains), and checks the
// keys it wrote: no domain's key, and no field of the model's tokens, is
// longer than a bounded domain makes it.
func TestLongDomains(t *testing.T) {
	s, c := testStore(t)
	storetest.LongDomains(t, s)
	ctx := context.Background()
	n := 0
	iter := c.Scan(ctx, 0, s.prefix+"*", 1000).Iterator()
	for iter.Next(ctx) {
		k := strings.TrimPrefix(iter.Val(), s.prefix)
		if d, ok := strings.CutPrefix(k, "posters:"); ok {
			n++
			assert.LessOrEqual(t, len(d), storetest.MaxDomainBytes, "key %q", k)
		} else if d, ok := strings.CutPrefix(k, "hostok:"); ok {
			n++
			assert.LessOrEqual(t, len(d), storetest.MaxDomainBytes, "key %q", k)
		}
	}
	require.NoError(t, iter.Err())
	assert.Equal(t, 5, n, "the posters of four long domains, and the one approved")
	fields, err := c.HKeys(ctx, s.tokensKey()).Result()
	require.NoError(t, err)
	require.NotEmpty(t, fields)
	for _, f := range fields {
		if d, ok := strings.CutPrefix(f, "d:"); ok {
			assert.LessOrEqual(t, len(d), storetest.MaxDomainBytes, "field %q", f)
		}
	}
}
