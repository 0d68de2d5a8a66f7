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
			var out bytes.Buffer
			require.NoError(t, run(c.args, bytes.NewReader(comment), &out))
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
	var out bytes.Buffer
	require.NoError(t, run([]string{"-json"}, bytes.NewReader(comment), &out))
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

func TestRunBadArguments(t *testing.T) {
	var out bytes.Buffer
	assert.Error(t, run([]string{"-nope"}, strings.NewReader(""), &out))
	assert.Error(t, run([]string{"file.txt"}, strings.NewReader(""), &out))
	assert.Empty(t, out.String())
}
