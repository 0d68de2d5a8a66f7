// Package storetest holds tests that every moderation.Store must pass, so
// that the in-memory store and redisstore are held to one behaviour.
package storetest

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"sync"
	"testing"
	"time"

	"github.com/commentkit/commentkit/moderation"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Windows are the default windows of a Moderator, for Queries and
// Lessons written by hand.
var Windows = moderation.Windows{
	Duplicate: moderation.DefaultDuplicateWindow,
	Interval:  moderation.DefaultFloodInterval,
	Flood:     moderation.DefaultFloodWindow,
	Hosts:     moderation.DefaultRepeatHostWindow,
	History:   moderation.DefaultHistory,
}

// StateTimeout is the StateTimeout of the Moderators these tests build,
// and the one to give a Moderator in a store's tests that are not about
// time limits. A round trip to a real Redis on a loaded machine (the race
// detector on two busy cores) can take longer than the default 500 ms;
// state_unavailable would then be right, but not what such a test asks
// about, and it would fail for no fault of the store.
const StateTimeout = 10 * time.Second

// Posters checks who Load counts in as a poster of a domain: an author
// with no approved comments, linking a domain with none, for the Hosts
// window; never an anonymous comment, an approved author or a domain that
// was approved. newStore returns an empty Store.
func Posters(t *testing.T, newStore func(t *testing.T) moderation.Store) {
	ctx := context.Background()
	now := time.Now()
	approve := func(t *testing.T, s moderation.Store, author, domain string) {
		require.NoError(t, s.Learn(ctx, &moderation.Lesson{
			Now: now, Delta: 1, Author: author, Domains: []string{domain}, Windows: Windows,
		}))
	}
	cases := []struct {
		name   string
		before func(t *testing.T, s moderation.Store) // sets up the store
		author string                                 // links site.example
		at     time.Duration                          // after now
		posted int                                    // posters seen afterwards
	}{
		{"a fresh author", nil, "e:fresh", 0, 1},
		{"an anonymous comment", nil, "", 0, 0},
		{"an approved author", func(t *testing.T, s moderation.Store) { approve(t, s, "e:regular", "other.example") }, "e:regular", 0, 0},
		{"an approved domain", func(t *testing.T, s moderation.Store) { approve(t, s, "e:someone", "site.example") }, "e:fresh", 0, 0},
		{"the window has passed", nil, "e:fresh", -Windows.Hosts - time.Minute, 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := newStore(t)
			if c.before != nil {
				c.before(t, s)
			}
			snap, err := s.Load(ctx, &moderation.Query{
				Now: now.Add(c.at), Author: c.author, Domains: []string{"site.example"}, Windows: Windows,
			})
			require.NoError(t, err)
			assert.Zero(t, snap.Domains[0].Authors, "the Snapshot is the state from before the comment")

			snap, err = s.Load(ctx, &moderation.Query{Now: now, Domains: []string{"site.example"}, Windows: Windows})
			require.NoError(t, err)
			assert.Equal(t, c.posted, snap.Domains[0].Authors)
		})
	}
}

// AtOnce checks comment(i) for each i < n, all at once, through servers
// Moderators (default Config, taking turns) that share store, and returns
// how many Results carry each flag code. Every Load is held, once store
// has answered it, until all n have been answered: the n Checks all read
// the state before any goes on to its verdict, the worst interleaving of
// a burst.
func AtOnce(t *testing.T, n int, store moderation.Store, servers int, comment func(i int) moderation.Comment) map[string]int {
	t.Helper()
	gate := new(sync.WaitGroup)
	gate.Add(n)
	ms := make([]*moderation.Moderator, servers)
	for i := range ms {
		m, err := moderation.New(moderation.Config{Store: gated{store, gate}, StateTimeout: StateTimeout})
		require.NoError(t, err)
		ms[i] = m
	}
	var (
		wg    sync.WaitGroup
		mu    sync.Mutex
		count = map[string]int{}
	)
	for i := range n {
		wg.Go(func() {
			res, err := ms[i%servers].Check(context.Background(), comment(i))
			if !assert.NoError(t, err) {
				gate.Done() // so the others are not held forever
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
	return count
}

// gated holds every Load until the gate opens (see AtOnce).
type gated struct {
	moderation.Store
	gate *sync.WaitGroup
}

func (s gated) Load(ctx context.Context, q *moderation.Query) (*moderation.Snapshot, error) {
	snap, err := s.Store.Load(ctx, q)
	s.gate.Done()
	s.gate.Wait()
	return snap, err
}

// AddModelCap checks that AddModel adds a model whole or not at all: over
// a model of two tokens, in a store whose cap is four distinct tokens and
// codes, it adds a model that leaves at most four, and refuses any other
// with an error wrapping moderation.ErrModelTooLarge, adding nothing. The
// cases are JSON in casesFile (moderation/testdata/memstore/addmodel_cap.json);
// newStore returns an empty Store capped at maxTokens.
func AddModelCap(t *testing.T, casesFile string, newStore func(t *testing.T, maxTokens int) moderation.Store) {
	raw, err := os.ReadFile(casesFile)
	require.NoError(t, err)
	var cases []struct {
		Name     string           `json:"name"`
		Add      moderation.Model `json:"add"`
		TooLarge bool             `json:"tooLarge"`
	}
	require.NoError(t, json.Unmarshal(raw, &cases))
	require.NotEmpty(t, cases)
	ctx := context.Background()
	held := map[string]moderation.TokenCounts{"w:a": {Spam: 1}, "w:b": {Ham: 1}} // two of the cap of four
	for _, c := range cases {
		t.Run(c.Name, func(t *testing.T) {
			s := newStore(t, 4)
			require.NoError(t, s.AddModel(ctx, &moderation.Model{Learned: moderation.TokenCounts{Spam: 1, Ham: 1}, Tokens: held}))
			before, err := s.Model(ctx)
			require.NoError(t, err)

			err = s.AddModel(ctx, &c.Add)
			after, merr := s.Model(ctx)
			require.NoError(t, merr)
			if c.TooLarge {
				require.ErrorIs(t, err, moderation.ErrModelTooLarge)
				assert.Equal(t, before, after, "nothing was added")
				return
			}
			require.NoError(t, err)
			assert.Equal(t, moderation.TokenCounts{Spam: before.Learned.Spam + c.Add.Learned.Spam, Ham: before.Learned.Ham + c.Add.Learned.Ham}, after.Learned)
			for tok, n := range c.Add.Tokens {
				if n != (moderation.TokenCounts{}) {
					assert.Equal(t, moderation.TokenCounts{Spam: held[tok].Spam + n.Spam, Ham: held[tok].Ham + n.Ham}, after.Tokens[tok], tok)
				}
			}
			assert.LessOrEqual(t, len(after.Tokens)+len(after.Codes), 4)
		})
	}
}

// ModelCodeCap checks that a Store holds at most moderation.MaxModelCodes
// flag codes, whatever is learned or added: a lesson past the cap changes
// the counts of the codes the model holds and adds none, an AddModel that
// would pass it adds nothing and returns an error wrapping
// moderation.ErrModelTooLarge, and a Load reads at most the cap. newStore
// returns an empty Store with its default caps.
func ModelCodeCap(t *testing.T, newStore func(t *testing.T) moderation.Store) {
	ctx := context.Background()
	codes := func(from, n int) []string {
		out := make([]string, n)
		for i := range out {
			out[i] = fmt.Sprintf("f:site:c%03d", from+i)
		}
		return out
	}
	model := func(codes ...string) *moderation.Model {
		m := &moderation.Model{Learned: moderation.TokenCounts{Ham: 1}, Tokens: map[string]moderation.TokenCounts{}, Codes: map[string]moderation.TokenCounts{}}
		for _, c := range codes {
			m.Codes[c] = moderation.TokenCounts{Ham: 1}
		}
		return m
	}
	t.Run("Learn past the cap", func(t *testing.T) {
		s := newStore(t)
		lesson := &moderation.Lesson{Now: time.Now(), Spam: true, Delta: 1, Tokens: []string{"w:casino"}, Codes: codes(0, moderation.MaxModelCodes+10), Windows: Windows}
		require.NoError(t, s.Learn(ctx, lesson))
		lesson.Codes = codes(0, moderation.MaxModelCodes+20) // the same, and ten more
		require.NoError(t, s.Learn(ctx, lesson))
		m, err := s.Model(ctx)
		require.NoError(t, err)
		assert.Equal(t, moderation.TokenCounts{Spam: 2}, m.Tokens["w:casino"], "the tokens are learned")
		assert.Len(t, m.Codes, moderation.MaxModelCodes, "no code past the cap")
		for c, n := range m.Codes {
			assert.Equal(t, moderation.TokenCounts{Spam: 2}, n, "%s: a code the model holds still counts", c)
		}
		snap, err := s.Load(ctx, &moderation.Query{Now: time.Now(), Tokens: []string{"w:casino"}, Windows: Windows})
		require.NoError(t, err)
		assert.Equal(t, m.Codes, snap.Codes, "Load reads the codes the model holds")
	})
	t.Run("AddModel past the cap", func(t *testing.T) {
		s := newStore(t)
		require.NoError(t, s.AddModel(ctx, model(codes(0, moderation.MaxModelCodes-1)...)))
		before, err := s.Model(ctx)
		require.NoError(t, err)

		err = s.AddModel(ctx, model(codes(moderation.MaxModelCodes-1, 2)...))
		require.ErrorIs(t, err, moderation.ErrModelTooLarge, "two new codes do not fit")
		after, err := s.Model(ctx)
		require.NoError(t, err)
		assert.Equal(t, before, after, "nothing was added")

		require.NoError(t, s.AddModel(ctx, model(codes(moderation.MaxModelCodes-2, 2)...)), "one known code and one new fit")
		after, err = s.Model(ctx)
		require.NoError(t, err)
		assert.Len(t, after.Codes, moderation.MaxModelCodes)
		assert.Equal(t, moderation.TokenCounts{Ham: 2}, after.Codes[codes(moderation.MaxModelCodes-2, 1)[0]])
	})
}

// LessonOrder checks what Learn and Unlearn documents about order: a
// lesson taken back after it was applied leaves nothing, and one taken
// back before it was applied stays (the Store keeps counts, not lessons,
// and no count goes below zero). newStore returns an empty Store.
func LessonOrder(t *testing.T, newStore func(t *testing.T) moderation.Store) {
	ctx := context.Background()
	lesson := func(delta int64) *moderation.Lesson {
		return &moderation.Lesson{Now: time.Now(), Delta: delta, Tokens: []string{"w:thanks"}, Codes: []string{"f:external_link"},
			Author: "e:ann", Domains: []string{"site.example"}, Windows: Windows}
	}
	learned := func(t *testing.T, s moderation.Store) *moderation.Model {
		m, err := s.Model(ctx)
		require.NoError(t, err)
		return m
	}
	t.Run("Learn, then Unlearn", func(t *testing.T) {
		s := newStore(t)
		require.NoError(t, s.Learn(ctx, lesson(1)))
		require.NoError(t, s.Learn(ctx, lesson(-1)))
		assert.Equal(t, &moderation.Model{Tokens: map[string]moderation.TokenCounts{}, Codes: map[string]moderation.TokenCounts{}}, learned(t, s))
	})
	t.Run("Unlearn, then Learn", func(t *testing.T) {
		s := newStore(t)
		require.NoError(t, s.Learn(ctx, lesson(-1)))
		require.NoError(t, s.Learn(ctx, lesson(1)))
		assert.Equal(t, &moderation.Model{
			Learned: moderation.TokenCounts{Ham: 1},
			Tokens:  map[string]moderation.TokenCounts{"w:thanks": {Ham: 1}},
			Codes:   map[string]moderation.TokenCounts{"f:external_link": {Ham: 1}},
			NoFlag:  moderation.NoFlagCounts{Learned: moderation.TokenCounts{Ham: 1}},
		}, learned(t, s), "the lesson stays")
		snap, err := s.Load(ctx, &moderation.Query{Now: time.Now(), Author: "e:ann", Windows: Windows})
		require.NoError(t, err)
		assert.Equal(t, moderation.AuthorState{Ham: 1}, snap.Author, "and the author's approval")
	})
}
