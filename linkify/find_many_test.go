package linkify_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/commentkit/commentkit/linkify"
)

// TestFindManyLinks finds the links of every case of testdata/links.jsonl
// in one text, three times over: more links than Find gathers on its stack
// (32) and more bytes of built hrefs than it keeps there (1 KB), with links
// whose href is their text between links whose href, host or domain Find
// builds (upper case, international names, e-mail, user info, IPv6, a
// host's final dot). Every link must come out as it does alone, moved by
// where its case starts: where Find gathers a link, and how it grows what
// it gathers in, changes nothing of it.
func TestFindManyLinks(t *testing.T) {
	type linksCase struct {
		In    string         `json:"in"`
		Links []linkify.Link `json:"links"`
	}
	cases, _ := readJSONL[linksCase](t, "testdata/links.jsonl")
	var b strings.Builder
	var want []linkify.Link
	built := 0 // bytes of hrefs that are not the link's text
	for range 3 {
		for _, c := range cases {
			at := b.Len()
			b.WriteString(c.In)
			b.WriteString("\n")
			for _, ln := range c.Links {
				ln.Start += at
				ln.End += at
				want = append(want, ln)
				if ln.URL != ln.Text {
					built += len(ln.URL)
				}
			}
		}
	}
	require.Greater(t, len(want), 64, "links in the text")
	require.Greater(t, built, 2<<10, "bytes of built hrefs")
	got := linkify.Find(b.String())
	require.Len(t, got, len(want))
	for i := range want {
		assert.Equal(t, want[i], got[i], "link %d", i)
	}
}
