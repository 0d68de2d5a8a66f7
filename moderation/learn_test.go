package moderation

import (
	"context"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// lessonStore is a MemStore that keeps the Lessons it is given and counts
// the Loads, which count a comment in.
type lessonStore struct {
	*MemStore
	mu      sync.Mutex
	lessons []*Lesson
	loads   int
}

func (s *lessonStore) Learn(ctx context.Context, l *Lesson) error {
	s.mu.Lock()
	s.lessons = append(s.lessons, l)
	s.mu.Unlock()
	return s.MemStore.Learn(ctx, l)
}

func (s *lessonStore) Load(ctx context.Context, q *Query) (*Snapshot, error) {
	s.mu.Lock()
	s.loads++
	s.mu.Unlock()
	return s.MemStore.Load(ctx, q)
}

func TestLearnLesson(t *testing.T) {
	ctx := context.Background()
	promo := Comment{Body: `Good point, <a href="https://example.net/x">this</a> says more`, Author: "fresh", IP: "192.0.2.7"}

	t.Run("the codes of the checks, not of the checks that remember", func(t *testing.T) {
		store := &lessonStore{MemStore: NewMemStore(MemStoreOptions{})}
		m, err := New(Config{Store: store})
		require.NoError(t, err)
		checked, err := m.Check(ctx, promo)
		require.NoError(t, err)
		require.True(t, hasCode(checked.Flags, CodeNewAuthor), "precondition: Check weighs the new author: %v", checked.Flags)

		require.NoError(t, m.Learn(ctx, promo, Spam))
		require.Len(t, store.lessons, 1)
		codes := store.lessons[0].Codes
		assert.Contains(t, codes, tokCode+CodeHTMLLink)
		for _, c := range []string{CodeNewAuthor, CodeDuplicate, CodeFlood, CodeStateUnavailable} {
			assert.NotContains(t, codes, tokCode+c)
		}
		assert.Equal(t, 1, store.loads, "a lesson is not a submission: only the Check was counted in")
	})

	t.Run("words are learned even when nothing else reads them", func(t *testing.T) {
		store := &lessonStore{MemStore: NewMemStore(MemStoreOptions{})}
		m, err := New(Config{Store: store, Checks: []Checker{}, DuplicateWindow: -1})
		require.NoError(t, err)
		require.NoError(t, m.Learn(ctx, promo, Spam))
		require.Len(t, store.lessons, 1)
		assert.Contains(t, store.lessons[0].Tokens, tokWord+"point")
		assert.Contains(t, store.lessons[0].Tokens, tokDomain+"example.net")
	})
}
