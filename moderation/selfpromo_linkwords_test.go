package moderation

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestWordsBeforeLinkReadOnce: the words before a comment's links are read
// once, on the first reader's call, and kept with the View for the other
// readers: the three self-promotion readers once read them each, into a
// new slice for every link, a tenfold growth of what a plain 1 KB Check
// allocated (BenchmarkPipeline). Each link's words end with the link and
// start after the link before it.
func TestWordsBeforeLinkReadOnce(t *testing.T) {
	text := "Great post. I wrote a guide here: https://a.example/guide and more at https://b.example/x, see also mail@c.example and https://d.example/"
	v := preparedView(text)
	require.Len(t, v.Links, 4)
	c := newLinkChecker(nil)
	// After the first read, the readers allocate nothing for forty links
	// where they find nothing: no word is read again.
	readers := func(v *View) float64 {
		_, _ = authoredAtLink(v, c)
		return testing.AllocsPerRun(20, func() {
			_, _ = ownSiteAtLink(v, c)
			_, _ = formulaAtLink(v, c)
			_, _ = authoredAtLink(v, c)
		})
	}
	many := preparedView(strings.Repeat("Nice words here https://e.example/p and ", 40))
	require.Len(t, many.Links, 40)
	assert.Zero(t, readers(many))
	for k := range v.Links {
		ws := v.wordsBeforeLink(&v.Links[k])
		if v.Links[k].Email {
			assert.Empty(t, ws, "an address has no words read")
			continue
		}
		require.NotEmpty(t, ws)
		assert.Equal(t, v.Links[k].Start, ws[len(ws)-1].start, "the link last")
		if k > 0 {
			assert.GreaterOrEqual(t, ws[0].start, v.Links[k-1].End, "nothing before the link before it")
		}
	}
	assert.Equal(t, "more", v.wordsBeforeLink(&v.Links[1])[1].low)
}

// TestSaysLinkReaderWord: the readers of the sentence before a link are
// skipped only when no word they need stands outside a typed address;
// a word in a bare domain's path, or after a long run, counts, so that
// the check reads too much, never too little. Each case is also read as
// the check read it before the word facts said where to start: every
// word, from the first.
func TestSaysLinkReaderWord(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Thanks, the profile at https://go.dev/blog/pprof helped", false},
		{"I wrote a guide: https://a.example/x", true},
		{"You may also like https://a.example/x", true},
		{"see example.com/blog for it", true},
		{"https://a.example/" + strings.Repeat("x", 300) + "/guide", true},
		{"Nothing here at all https://a.example/tools/video", false},
		{"The profile at https://go.dev/blog/pprof is a fine guide", true},
		{"See https://go.dev/blog/pprof and https://a.example/tools/video", false},
	} {
		v := preparedView(tc.text)
		assert.Equal(t, tc.want, v.saysLinkReaderWord(), "%q", tc.text)
		assert.Equal(t, tc.want, saysLinkReaderWordEvery(v.words()), "%q", tc.text)
	}
}

// saysLinkReaderWordEvery is View.saysLinkReaderWord as the check read it
// before the word facts said where the first reader's word is: every
// word, from the first.
func saysLinkReaderWordEvery(words wordList) bool {
	for i := 0; i < words.len(); i++ {
		if linkReaderWords.has(words.at(i)) && !inTypedURL(words.text, int(words.spans[i].start)) {
			return true
		}
	}
	return false
}
