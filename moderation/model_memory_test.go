package moderation

import (
	"context"
	"fmt"
	"runtime"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestMemStoreLearnKeepsOnlyNewTokens: what the model holds grows with
// its tokens, not with the lessons that brought them. Each lesson here is
// 199 words the model knows and one it does not, so it adds two tokens
// (the word and a pair) to the MemStore: the model must hold those, not
// the lesson's 400 tokens, which are cut from one string (bayesTokens).
func TestMemStoreLearnKeepsOnlyNewTokens(t *testing.T) {
	if testing.Short() {
		t.Skip("learns 2,000 comments of 200 words")
	}
	ctx := context.Background()
	words := make([]string, 199)
	for i := range words {
		words[i] = fmt.Sprintf("%0*d", maxTokenBytes, i) // the longest words
	}
	common := strings.Join(words, " ")
	before := heapInUse()
	store := NewMemStore(MemStoreOptions{})
	m, err := New(Config{Store: store})
	require.NoError(t, err)
	for i := range 2000 {
		require.NoError(t, m.Learn(ctx, Comment{Body: fmt.Sprintf("%s x%07d", common, i)}, Spam))
	}
	held := heapInUse() - before
	runtime.KeepAlive(m)
	tokens := len(store.tokens)
	require.Greater(t, tokens, 4000)
	perToken := float64(held) / float64(tokens)
	t.Logf("%d tokens hold %.0f bytes each", tokens, perToken)
	// The longest token is 83 bytes; with its map entry and counts a
	// token holds about 160 (TestMemStoreMemoryAtTheCaps). Before keys
	// were copied, each held 13 KB.
	assert.Less(t, perToken, 400.0, "bytes a token")
}
