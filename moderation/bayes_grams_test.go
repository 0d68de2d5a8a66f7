package moderation

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// commentTokens returns the model's tokens of a comment's body, with no
// link domains.
func commentTokens(t *testing.T, m *Moderator, body string) []string {
	t.Helper()
	v, _, err := m.prepare(Comment{Body: body})
	require.NoError(t, err)
	m.fold(v)
	defer m.release(v)
	return slicesClone(bayesTokens(v.words(), nil, new(tokenRoom)))
}

func slicesClone(s []string) []string { return append([]string(nil), s...) }

func TestBayesTokensNumbersAndTrigrams(t *testing.T) {
	m, err := New(Config{})
	require.NoError(t, err)

	t.Run("a short comment is also read as its words' trigrams", func(t *testing.T) {
		got := commentTokens(t, m, "I'm A SUBSCRIBER")
		for _, want := range []string{"w:subscriber", "g: su", "g:sub", "g:ber", "g:er ", "g: a "} {
			assert.Contains(t, got, want)
		}
		// "subscribed" shares most of them: what a model that learned it
		// knows of this comment.
		other := commentTokens(t, m, "subscribed")
		assert.Contains(t, other, "g:sub")
		assert.Contains(t, other, "g:scr")
		assert.NotContains(t, other, "w:subscriber")
	})

	t.Run("a comment of more words is not", func(t *testing.T) {
		words := strings.Repeat("subscriber ", bayesGramWords+1)
		for _, tok := range commentTokens(t, m, words) {
			assert.False(t, strings.HasPrefix(tok, tokGram), tok)
		}
	})

	t.Run("a number gives its shape beside itself", func(t *testing.T) {
		got := commentTokens(t, m, "if eminem gets 1 penny per view he would have 600 million dollars or 14000000")
		for _, want := range []string{"w:1", "n:1", "w:600", "n:3", "w:14000000", "n:6"} {
			assert.Contains(t, got, want)
		}
		assert.NotContains(t, got, "n:8", "six digits or more are one shape")
		assert.NotContains(t, got, "n:5")
		// A word with a letter in it is no number.
		for _, tok := range commentTokens(t, m, "8bit remix 2m19s and more words") {
			assert.False(t, strings.HasPrefix(tok, tokNumber), tok)
		}
	})

	t.Run("a number longer than a token is a shape all the same", func(t *testing.T) {
		got := commentTokens(t, m, "like if ur watchin in "+strings.Repeat("9", 2*maxTokenBytes))
		assert.Contains(t, got, tokLong)
		assert.Contains(t, got, "n:6")
	})

	t.Run("trigrams are cut between characters", func(t *testing.T) {
		got := commentTokens(t, m, "привет мир")
		var grams []string
		for _, tok := range got {
			if g, ok := strings.CutPrefix(tok, tokGram); ok {
				assert.True(t, utf8.ValidString(g), "%q", g)
				assert.Equal(t, gramRunes, utf8.RuneCountInString(g), "%q", g)
				grams = append(grams, g)
			}
		}
		assert.Equal(t, []string{" пр", "при", "рив", "иве", "вет", "ет ", " ми", "мир", "ир "}, grams)
		assert.Equal(t, []string{" a "}, gramsOf(commentTokens(t, m, "a")), "one letter between its spaces")
	})

	t.Run("one long word is read in bounded tokens", func(t *testing.T) {
		r := rand.New(rand.NewPCG(1, 2))
		b := make([]byte, 8000)
		for i := range b {
			b[i] = byte('a' + r.IntN(26)) // trigrams that seldom repeat
		}
		long := string(b)
		got := commentTokens(t, m, long)
		assert.Len(t, got, maxCommentTokens, "a trigram each, to the cap")
		assert.Equal(t, tokLong, got[0], "the word comes first")
	})
}

func gramsOf(tokens []string) []string {
	var out []string
	for _, tok := range tokens {
		if g, ok := strings.CutPrefix(tok, tokGram); ok {
			out = append(out, g)
		}
	}
	return out
}

// TestImportVersion3Model: a model exported by a version before 4 (no
// numbers' shapes, no trigrams) imports, and reads a comment of more
// words and no number as the model learned with this version does: the
// tokens it looks up are all there.
func TestImportVersion3Model(t *testing.T) {
	ctx := context.Background()
	spam, ham := spamAndHam(25)
	learned, err := New(Config{})
	require.NoError(t, err)
	teach(t, learned, spam, ham, len(spam))
	require.NoError(t, learned.Learn(ctx, Comment{Body: "only 5 left, order 100 pills now"}, Spam))
	require.NoError(t, learned.Learn(ctx, Comment{Body: "saw them 3 times since 2019"}, Ham))
	require.NoError(t, learned.Learn(ctx, Comment{Body: "subscribe"}, Spam))
	var out bytes.Buffer
	require.NoError(t, learned.Export(ctx, &out))

	// The same model as version 3 wrote it: its header, its counts of
	// comments without a content flag, and its lines of the kinds
	// version 3 holds.
	var v3 []string
	tokens, dropped := 0, 0
	sc := bufio.NewScanner(&out)
	for n := 0; sc.Scan(); n++ {
		line := sc.Text()
		switch {
		case n < 2:
			v3 = append(v3, line)
		case strings.HasPrefix(line, `{"token":"g:`), strings.HasPrefix(line, `{"token":"n:`):
			dropped++
		default:
			if strings.HasPrefix(line, `{"token":`) {
				tokens++
			}
			v3 = append(v3, line)
		}
	}
	require.NoError(t, sc.Err())
	require.Positive(t, dropped, "the model learned numbers' shapes and trigrams")
	header := v3[0]
	require.Contains(t, header, `"version":4,`)
	header = strings.Replace(header, `"version":4,`, `"version":3,`, 1)
	before, _, ok := strings.Cut(header, `"tokens":`)
	require.True(t, ok)
	_, after, ok := strings.Cut(header[len(before):], ",")
	require.True(t, ok)
	v3[0] = before + fmt.Sprintf(`"tokens":%d,`, tokens) + after

	old, err := New(Config{})
	require.NoError(t, err)
	require.NoError(t, old.Import(ctx, strings.NewReader(strings.Join(v3, "\n")+"\n")))

	for _, body := range []string{
		"win a free iphone now, click here",
		"the lyrics of the chorus are beautiful",
		"earn money from home, order the pills",
	} {
		want, err := learned.Check(ctx, Comment{Body: body, Author: "probe"})
		require.NoError(t, err)
		got, err := old.Check(ctx, Comment{Body: body, Author: "probe"})
		require.NoError(t, err)
		assert.Equal(t, bayesScore(want.Flags), bayesScore(got.Flags), body)
		assert.NotZero(t, bayesScore(got.Flags), "the imported model classifies: %s", body)
	}

	// What it learns next counts the new kinds of token too.
	require.NoError(t, old.Learn(ctx, Comment{Body: "subscribe 4 subscribe"}, Spam))
	model, err := old.state.store.Model(ctx)
	require.NoError(t, err)
	assert.Equal(t, TokenCounts{Spam: 1}, model.Tokens["n:1"])
	assert.Equal(t, TokenCounts{Spam: 1}, model.Tokens["g:sub"])
	assert.Equal(t, int64(28), model.Learned.Spam, "25 + 2 imported, 1 since")
}
