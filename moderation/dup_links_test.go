package moderation

import (
	"encoding/json"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/commentkit/commentkit/linkify"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// linkShingleCase is one entry of testdata/shingles/links.json: a comment
// and how many tokens (words a person wrote, plus one per link) its
// duplicate sketch is made of; with PiecesStay, its links are not found in
// the folded text, and every piece of them is a word.
type linkShingleCase struct {
	About      string `json:"about"`
	Text       string `json:"text"`
	Tokens     int    `json:"tokens"`
	PiecesStay bool   `json:"pieces_stay"`
}

// TestViewShinglesLinks holds View.shingles, which finds each link's
// words by its offsets in the folded text, to linkShinglesRef, which
// folds the text between the links piece by piece: the same tokens, so
// the same id and sketch, and as many tokens as the case says.
func TestViewShinglesLinks(t *testing.T) {
	data, err := os.ReadFile("testdata/shingles/links.json")
	require.NoError(t, err)
	var cases []linkShingleCase
	require.NoError(t, json.Unmarshal(data, &cases))
	require.NotEmpty(t, cases)
	m, err := New(Config{})
	require.NoError(t, err)
	for _, c := range cases {
		t.Run(c.About, func(t *testing.T) {
			v, _, err := m.prepare(Comment{Body: c.Text})
			require.NoError(t, err)
			m.fold(v)
			defer m.release(v)
			var buf [dupKeys]uint64
			id, sketch := v.shingles(&buf)
			assert.Equal(t, c.Tokens, viewTokenCount(v), "tokens of View.shingles; links %+v", v.Links)
			if c.PiecesStay {
				var wbuf [dupKeys]uint64
				wantID, wantSketch := shinglesInto(v.words(), &wbuf)
				assert.Equal(t, wantID, id)
				assert.Equal(t, wantSketch, sketch)
				return
			}
			tokens := linkTokensRef(v)
			assert.Len(t, tokens, c.Tokens, "tokens of the reference")
			wantID, wantSketch := hashShingles(tokens)
			assert.Equal(t, wantID, id)
			assert.Equal(t, wantSketch, sketch)
		})
	}
}

// linkTokensRef returns the token hashes of v as the duplicate check
// means them, worked out the plain way: the text between the links
// folded and split on its own, each link its linkToken.
func linkTokensRef(v *View) []uint64 {
	var out []uint64
	words := func(s string) {
		for _, w := range splitWords(foldText(s)) {
			out = append(out, wordHash(w))
		}
	}
	last := 0
	for i := range v.Links {
		l := &v.Links[i]
		words(v.Text[last:l.Start])
		out = append(out, linkToken(l))
		last = l.End
	}
	words(v.Text[last:])
	return out
}

// viewTokenCount counts the tokens View.shingles reads, as
// tokenShinglesInto walks them.
func viewTokenCount(v *View) int {
	words := v.words()
	lw := linkWords{text: v.Text, folded: v.Folded, links: v.Links}
	n := 0
	link := lw.next(words.spans, 0)
	for i := 0; i < words.len(); n++ {
		if i == link.from {
			i = link.to
			link = lw.next(words.spans, i)
			continue
		}
		i++
	}
	return n
}

// TestLinkToken: the same link written another way is one token; another
// page, another token.
func TestLinkToken(t *testing.T) {
	token := func(s string) uint64 {
		links := linkify.Find(s)
		require.Len(t, links, 1, "%q", s)
		return linkToken(&links[0])
	}
	same := [][]string{
		{"https://example.com/page", "http://example.com/page", "example.com/page", "HTTPS://WWW.EXAMPLE.COM/page", "www.example.com/page"},
		{"https://example.com", "https://example.com/", "example.com", "Example.com/"},
		{"https://example.com/watch?v=dQw4w9WgXcQ", "example.com/watch?v=dQw4w9WgXcQ"},
		{"mailto:Jane.Doe@Example.com", "jane.doe@example.com"},
	}
	for _, group := range same {
		for _, s := range group[1:] {
			assert.Equal(t, token(group[0]), token(s), "%q and %q", group[0], s)
		}
	}
	differ := []string{
		"https://example.com/page", "https://example.com/Page", "https://example.com/page2",
		"https://example.com/watch?v=dQw4w9WgXcQ", "https://example.com/watch?v=dQw4w9WgXcq",
		"https://example.org/page", "https://shop.example.com/page", "https://example.com",
		"jane@example.com", "john@example.com",
	}
	seen := map[uint64]string{}
	for _, s := range differ {
		h := token(s)
		if prev, ok := seen[h]; ok {
			t.Errorf("%q and %q are one token", prev, s)
		}
		seen[h] = s
	}
	// No link is the token of the word it is made of.
	assert.NotEqual(t, wordHash("example"), token("example.com"))
}

// FuzzViewShingles: any comment's sketch is sorted, at most dupKeys long,
// made of no more tokens than words, and, for a comment without links,
// the sketch of its words.
func FuzzViewShingles(f *testing.F) {
	data, err := os.ReadFile("testdata/shingles/links.json")
	require.NoError(f, err)
	var cases []linkShingleCase
	require.NoError(f, json.Unmarshal(data, &cases))
	for _, c := range cases {
		f.Add(c.Text)
	}
	m, err := New(Config{})
	require.NoError(f, err)
	f.Fuzz(func(t *testing.T, body string) {
		v, _, err := m.prepare(Comment{Body: body})
		if err != nil {
			return
		}
		m.fold(v)
		defer m.release(v)
		var buf [dupKeys]uint64
		id, sketch := v.shingles(&buf)
		assert.LessOrEqual(t, len(sketch), dupKeys)
		assert.True(t, slices.IsSorted(sketch))
		assert.LessOrEqual(t, viewTokenCount(v), v.words().len())
		if id == 0 {
			assert.Empty(t, sketch)
		}
		if len(v.Links) == 0 {
			var wbuf [dupKeys]uint64
			wantID, wantSketch := shinglesInto(v.words(), &wbuf)
			assert.Equal(t, wantID, id)
			assert.Equal(t, wantSketch, sketch)
		}
	})
}

// TestLinkWordsLinear: a comment of many links that folding reads
// otherwise in the comment than alone (Cyrillic look-alikes kept in
// Russian text, Greek ones read as Latin) is searched once, not once a
// link: the folded bytes searched stay within three times the text.
func TestLinkWordsLinear(t *testing.T) {
	m, err := New(Config{MaxBytes: 1 << 20, MaxLength: -1})
	require.NoError(t, err)
	v, _, err := m.prepare(Comment{Body: strings.Repeat("Смотрите сюда https://ВОТ.com/ΑΒΟ и туда ", 2000)})
	require.NoError(t, err)
	m.fold(v)
	defer m.release(v)
	require.Len(t, v.Links, 2000)
	words := v.words()
	lw := linkWords{text: v.Text, folded: v.Folded, links: v.Links}
	for r := lw.next(words.spans, 0); r.from >= 0; r = lw.next(words.spans, r.to) {
	}
	assert.True(t, lw.lost, "the links are not found: the case tests nothing")
	assert.LessOrEqual(t, lw.searched, 3*len(v.Folded))
}

// BenchmarkViewShingles times the duplicate check's keys of the plain
// inputs (each with five links), as the state reads them (impl=links: each
// link one token, found by View.shingles) beside the words alone
// (impl=words: every piece of a URL a word, as before links were tokens).
func BenchmarkViewShingles(b *testing.B) {
	m, err := New(Config{})
	if err != nil {
		b.Fatal(err)
	}
	for _, in := range []struct{ name, body string }{{"plain-1KB", plainText(1 << 10)}, {"plain-8KB", plainText(8 << 10)}} {
		v, _, err := m.prepare(Comment{Body: in.body})
		if err != nil {
			b.Fatal(err)
		}
		m.fold(v)
		var buf [dupKeys]uint64
		b.Run("input="+in.name+"/impl=links", func(b *testing.B) {
			b.SetBytes(int64(len(in.body)))
			b.ReportAllocs()
			loop(b, func() { v.shingles(&buf) })
		})
		b.Run("input="+in.name+"/impl=words", func(b *testing.B) {
			b.SetBytes(int64(len(in.body)))
			b.ReportAllocs()
			loop(b, func() { shinglesInto(v.words(), &buf) })
		})
	}
}
