package main

import (
	"bytes"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/commentkit/commentkit/linkify"
)

func TestRun(t *testing.T) {
	comment, err := os.ReadFile("testdata/comment.txt")
	require.NoError(t, err)
	for _, c := range []struct {
		name string
		args []string
		want string
	}{
		{"html", nil, linkify.HTML(string(comment))},
		{"target", []string{"-target", "_blank"}, (&linkify.Linkifier{Target: "_blank"}).HTML(string(comment))},
		{"line breaks", []string{"-line-breaks"}, strings.ReplaceAll(linkify.HTML(string(comment)), "\n", "<br>")},
	} {
		t.Run(c.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			require.Equal(t, 0, cli(c.args, bytes.NewReader(comment), &out, &errOut), errOut.String())
			assert.Empty(t, errOut.String())
			assert.Equal(t, c.want, out.String())
			assert.Contains(t, out.String(), `<a href="https://en.wikipedia.org/wiki/Pan_(god)" rel="nofollow ugc`)
			assert.Contains(t, out.String(), ` dir="ltr">https://en.wikipedia.org/wiki/Pan_(god)</a>`, "every link is a left-to-right isolate")
			assert.Contains(t, out.String(), "&lt;b&gt;nor&lt;/b&gt;")
		})
	}
}

func TestRunJSON(t *testing.T) {
	comment, err := os.ReadFile("testdata/comment.txt")
	require.NoError(t, err)
	var out, errOut bytes.Buffer
	require.Equal(t, 0, cli([]string{"-json"}, bytes.NewReader(comment), &out, &errOut), errOut.String())
	lines := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
	var got []linkify.Link
	for _, line := range lines {
		var l linkify.Link
		require.NoError(t, json.Unmarshal([]byte(line), &l), line)
		got = append(got, l)
	}
	assert.Equal(t, linkify.Find(string(comment)), got)
	require.Len(t, got, 3)
	assert.Equal(t, "jo@example.org", got[2].Text)
	assert.True(t, got[2].Email)
}

// TestCLI: the exit status and what is written where, as in the other
// examples: 0 when done (-h included, with the usage and every flag
// described), 2 for a misused command line, with the usage. Nothing is
// written to standard output unless the text was linkified.
func TestCLI(t *testing.T) {
	for _, tc := range []struct {
		name   string
		args   []string
		status int
		errOut []string // all in standard error
	}{
		{"help", []string{"-h"}, 0, []string{
			"usage: linkify [-json] [-target T] [-max-display N] [-line-breaks] < comment.txt",
			"-json", "write the links found as JSON lines",
			"-target", "target attribute of the links",
			"-max-display", "shorten link text to this many characters",
			"-line-breaks", "write each line break as <br>",
		}},
		{"long help", []string{"-help"}, 0, []string{"usage: linkify", "-max-display"}},
		{"unknown flag", []string{"-nope"}, 2, []string{"flag provided but not defined: -nope", "usage: linkify", "-line-breaks"}},
		{"bad number", []string{"-max-display", "ten"}, 2, []string{"-max-display", "usage: linkify"}},
		{"extra argument", []string{"file.txt"}, 2, []string{`linkify: unexpected argument "file.txt": the text is read from standard input`}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			assert.Equal(t, tc.status, cli(tc.args, strings.NewReader("see example.com"), &out, &errOut))
			assert.Empty(t, out.String())
			for _, s := range tc.errOut {
				assert.Contains(t, errOut.String(), s)
			}
		})
	}
}
