package moderation

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestMemStoreLoadSharesTheCodes: a MemStore's Load gives the Snapshot the
// model's table of codes as it is, not a copy (a Check looks up only the
// codes it raised), so a Load costs the same whether the model holds one
// code or MaxModelCodes; a lesson stores a new table rather than change
// the one a Snapshot holds.
func TestMemStoreLoadSharesTheCodes(t *testing.T) {
	ctx := context.Background()
	allocs := map[int]float64{}
	for _, n := range []int{1, MaxModelCodes} {
		s := NewMemStore(MemStoreOptions{})
		m := &Model{Learned: TokenCounts{Spam: 1, Ham: 1}, Tokens: map[string]TokenCounts{"w:a": {Spam: 1}}, Codes: map[string]TokenCounts{}}
		for i := range n {
			m.Codes[fmt.Sprint("f:c", i)] = TokenCounts{Ham: 1}
		}
		require.NoError(t, s.AddModel(ctx, m))
		q := &Query{Now: time.Now(), Tokens: []string{"w:a"}, Windows: testWindows}
		allocs[n] = testing.AllocsPerRun(100, func() {
			if _, err := s.Load(ctx, q); err != nil {
				t.Fatal(err)
			}
		})

		snap, err := s.Load(ctx, q)
		require.NoError(t, err)
		require.NoError(t, s.Learn(ctx, &Lesson{Now: time.Now(), Spam: true, Delta: 1, Codes: []string{"f:c0"}, Windows: testWindows}))
		assert.Equal(t, TokenCounts{Ham: 1}, snap.Codes["f:c0"], "a Snapshot's codes do not change after it was read")
		after, err := s.Load(ctx, q)
		require.NoError(t, err)
		assert.Equal(t, TokenCounts{Spam: 1, Ham: 1}, after.Codes["f:c0"], "the next Load reads the lesson")
	}
	assert.Equal(t, allocs[1], allocs[MaxModelCodes], "allocations of a Load with 1 code and with %d", MaxModelCodes)
}
