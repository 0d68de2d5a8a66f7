package moderation

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// wrappedStore hides a MemStore behind the Store interface, so that the
// Moderator does not reuse the memory of its Checks (Moderator.reuse).
type wrappedStore struct{ Store }

// TestCheckRoomReuse: a Moderator that reuses the View, State and Snapshot
// of each Check (New's own checks, the MemStore) gives, comment after
// comment, the Results of one that allocates them anew: nothing of one
// Check is left for the next.
func TestCheckRoomReuse(t *testing.T) {
	at := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	comments := []Comment{
		{Body: plainText(1 << 10), Author: "Ann", IP: "192.0.2.1"},
		{Body: "Nice post! Check out my blog at https://bit.ly/x and https://spam.example/ref/Abc123", AuthorEmail: "bob@spam.example"},
		{Body: "Short and sweet.", IP: "192.0.2.2"},
		{Body: plainText(1 << 10), Author: "Ann", IP: "192.0.2.1"},
		{Body: "<a href=\"https://spam.example\">cheap</a> [url=https://spam.example]x[/url]", Author: "Carl", IP: "192.0.2.3"},
		{Body: "Thanks, this helped.", Author: "Dana", AuthorEmail: "dana@example.org"},
		{Body: "Nice post! Check out my blog at https://bit.ly/x and https://spam.example/ref/Abc123", AuthorEmail: "eve@spam.example"},
	}
	// New's own checks, and no checks at all (with the checks that
	// remember on, and off: the pipeline of BenchmarkPipeline's
	// impl=pipeline).
	for setup, cfg := range map[string]Config{
		"default":                      {},
		"no checks":                    {Checks: []Checker{}},
		"no checks, nothing remembers": stateless(Config{Checks: []Checker{}}),
	} {
		reusing, err := New(cfg)
		require.NoError(t, err)
		require.True(t, reusing.reuse)
		cfg.Store = wrappedStore{NewMemStore(MemStoreOptions{})}
		fresh, err := New(cfg)
		require.NoError(t, err)
		require.False(t, fresh.reuse)
		for round := 0; round < 3; round++ {
			for i, c := range comments {
				c.Time = at.Add(time.Duration(round*len(comments)+i) * 20 * time.Second)
				want, err := fresh.Check(context.Background(), c)
				require.NoError(t, err)
				got, err := reusing.Check(context.Background(), c)
				require.NoError(t, err)
				assert.Equal(t, want, got, "%s, round %d, comment %d", setup, round, i)
			}
		}
	}
}

// TestCheckRoomReuseConcurrent runs Checks that reuse their memory on many
// goroutines at once (for go test -race): each Result is that of the
// comment it checked.
func TestCheckRoomReuseConcurrent(t *testing.T) {
	m, err := New(stateless(Config{}))
	require.NoError(t, err)
	require.True(t, m.reuse)
	bodies := []string{plainText(1 << 10), "Short and sweet.", "Check out my blog at https://bit.ly/x"}
	want := make([]Result, len(bodies))
	for i, b := range bodies {
		want[i], err = m.Check(context.Background(), Comment{Body: b})
		require.NoError(t, err)
	}
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for n := 0; n < 50; n++ {
				i := (g + n) % len(bodies)
				got, err := m.Check(context.Background(), Comment{Body: bodies[i]})
				if assert.NoError(t, err) {
					assert.Equal(t, want[i], got)
				}
			}
		}()
	}
	wg.Wait()
}
