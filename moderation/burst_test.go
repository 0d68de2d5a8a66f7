package moderation_test

import (
	"fmt"
	"testing"

	"github.com/commentkit/commentkit/internal/storetest"
	"github.com/commentkit/commentkit/moderation"
	"github.com/stretchr/testify/assert"
)

// TestBurst sends n copies of one comment, from one IP, all at once, as a
// script posting one text to many articles does. Checks that run together
// must see each other: only the first copy may pass as new, every other
// one is a flood and a duplicate.
func TestBurst(t *testing.T) {
	const n = 8
	c := moderation.Comment{
		Body:   "Honest question about the second benchmark: did you warm the cache first, and for how long did it run?",
		Author: "Someone",
		IP:     "198.51.100.7",
	}
	count := storetest.AtOnce(t, n, moderation.NewMemStore(moderation.MemStoreOptions{}), 1, func(int) moderation.Comment { return c })
	assert.Equal(t, n-1, count[moderation.CodeFlood], "flood")
	assert.Equal(t, n-1, count[moderation.CodeDuplicate], "duplicate")
}

// TestBurstOfFreshAuthors sends comments of n new authors, each from its
// own address, all linking one site at once, as a campaign of fresh
// accounts does. Each must see the authors before it: from the
// RepeatHostAuthors-th on, every one is flagged.
func TestBurstOfFreshAuthors(t *testing.T) {
	const n = 5
	count := storetest.AtOnce(t, n, moderation.NewMemStore(moderation.MemStoreOptions{}), 1, freshAuthor)
	assert.Equal(t, n-moderation.DefaultRepeatHostAuthors+1, count[moderation.CodeRepeatHost], "repeat_host")
}

// freshAuthor is the i-th comment of a campaign of new accounts.
func freshAuthor(i int) moderation.Comment {
	return moderation.Comment{
		Body:        fmt.Sprintf("Reader %d here: the best guide I found is at https://pushed.example/guide", i),
		AuthorEmail: fmt.Sprintf("reader%d@example.org", i),
		IP:          fmt.Sprintf("198.51.100.%d", i+1),
	}
}
