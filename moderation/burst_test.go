package moderation

import (
	"context"
	"fmt"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// gatedStore holds every Load, once the Store has answered it, until n
// Loads have been answered: n Checks then all read the state before any
// of them goes on to its verdict, the worst interleaving of a burst.
type gatedStore struct {
	Store
	gate *sync.WaitGroup
}

func (s gatedStore) Load(ctx context.Context, q *Query) (*Snapshot, error) {
	snap, err := s.Store.Load(ctx, q)
	s.gate.Done()
	s.gate.Wait()
	return snap, err
}

// TestBurst sends n copies of one comment, from one IP, all at once, as a
// script posting one text to many articles does. Checks that run together
// must see each other: only the first copy may pass as new, every other
// one is a flood and a duplicate.
func TestBurst(t *testing.T) {
	const n = 8
	gate := new(sync.WaitGroup)
	gate.Add(n)
	m, err := New(Config{Store: gatedStore{NewMemStore(MemStoreOptions{}), gate}})
	require.NoError(t, err)
	c := Comment{
		Body:   "Honest question about the second benchmark: did you warm the cache first, and for how long did it run?",
		Author: "Someone",
		IP:     "198.51.100.7",
	}
	var (
		wg    sync.WaitGroup
		mu    sync.Mutex
		count = map[string]int{}
	)
	for range n {
		wg.Go(func() {
			res, err := m.Check(context.Background(), c)
			if !assert.NoError(t, err) {
				return
			}
			mu.Lock()
			defer mu.Unlock()
			for _, f := range res.Flags {
				count[f.Code]++
			}
		})
	}
	wg.Wait()
	assert.Equal(t, n-1, count[CodeFlood], "flood")
	assert.Equal(t, n-1, count[CodeDuplicate], "duplicate")
}

// TestBurstOfFreshAuthors sends comments of n new authors, each from its
// own address, all linking one site at once, as a campaign of fresh
// accounts does. Each must see the authors before it: from the
// RepeatHostAuthors-th on, every one is flagged.
func TestBurstOfFreshAuthors(t *testing.T) {
	const n = 5
	gate := new(sync.WaitGroup)
	gate.Add(n)
	m, err := New(Config{Store: gatedStore{NewMemStore(MemStoreOptions{}), gate}})
	require.NoError(t, err)
	var (
		wg    sync.WaitGroup
		mu    sync.Mutex
		count int
	)
	for i := range n {
		wg.Go(func() {
			res, err := m.Check(context.Background(), Comment{
				Body:        fmt.Sprintf("Reader %d here: the best guide I found is at https://pushed.example/guide", i),
				AuthorEmail: fmt.Sprintf("reader%d@example.org", i),
				IP:          fmt.Sprintf("198.51.100.%d", i+1),
			})
			if !assert.NoError(t, err) {
				return
			}
			mu.Lock()
			defer mu.Unlock()
			for _, f := range res.Flags {
				if f.Code == CodeRepeatHost {
					count++
				}
			}
		})
	}
	wg.Wait()
	assert.Equal(t, n-DefaultRepeatHostAuthors+1, count, "repeat_host")
}
