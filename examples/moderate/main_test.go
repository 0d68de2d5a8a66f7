package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/commentkit/commentkit/moderation"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// runLines runs the program over input and returns its output lines,
// decoded, its error output, and the count of bad lines.
func runLines(t *testing.T, input string, opts options) ([]map[string]any, string, int) {
	t.Helper()
	var out, errOut bytes.Buffer
	bad, err := run(context.Background(), strings.NewReader(input), &out, &errOut, opts)
	require.NoError(t, err)
	var lines []map[string]any
	sc := bufio.NewScanner(&out)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var v map[string]any
		require.NoError(t, json.Unmarshal(sc.Bytes(), &v), "output line %q", sc.Text())
		lines = append(lines, v)
	}
	return lines, errOut.String(), bad
}

func TestJSONLines(t *testing.T) {
	input := strings.Join([]string{
		`{"body": "Great post, thanks!", "author": "Ann"}`,
		`{"body": "Check out my blog https://bit.ly/abc and subscribe to my channel"}`,
		`this is not json`,
		`{"bdy": "a misspelt field"}`,
		``,
		`{"body": "<p> </p>"}`,
		`{"Body": "two\nlines <b>bold</b>", "AuthorURL": "https://ann.example"}`,
	}, "\n")
	lines, stderr, bad := runLines(t, input, options{})

	assert.Equal(t, 2, bad)
	assert.Contains(t, stderr, "line 3: not a JSON comment")
	assert.Contains(t, stderr, `line 4: not a JSON comment: json: unknown field "bdy"`)

	require.Len(t, lines, 4, "malformed and blank lines give no output; the rest go on")
	assert.EqualValues(t, 1, lines[0]["line"])
	assert.Equal(t, "approve", lines[0]["action"])
	assert.Equal(t, []any{}, lines[0]["flags"])
	assert.Equal(t, "Great post, thanks!", lines[0]["text"])
	assert.Equal(t, "Great post, thanks!", lines[0]["html"])
	assert.EqualValues(t, 19, lines[0]["length"])

	assert.EqualValues(t, 2, lines[1]["line"])
	assert.NotEqual(t, "approve", lines[1]["action"])
	assert.Greater(t, lines[1]["score"], 0.0)
	var codes []string
	for _, f := range lines[1]["flags"].([]any) {
		codes = append(codes, f.(map[string]any)["code"].(string))
	}
	assert.Contains(t, codes, moderation.CodePromoPhrase)
	assert.Contains(t, codes, moderation.CodeShortener)
	assert.Contains(t, lines[1]["html"], `<a href="https://bit.ly/abc"`)

	assert.EqualValues(t, 6, lines[2]["line"])
	assert.Equal(t, "Your comment is empty.", lines[2]["error"])
	assert.NotContains(t, lines[2], "action", "an error is not a verdict")

	assert.EqualValues(t, 7, lines[3]["line"])
	assert.Equal(t, "two\nlines bold", lines[3]["text"])
	assert.Equal(t, "two<br>lines bold", lines[3]["html"])
}

func TestTextLines(t *testing.T) {
	lines, stderr, bad := runLines(t, "hello there\r\n\n{\"body\": \"not read as JSON\"}\n<b>last</b>", options{text: true})
	assert.Empty(t, stderr)
	assert.Zero(t, bad)
	require.Len(t, lines, 4)
	assert.Equal(t, "hello there", lines[0]["text"], "CRLF line ends are dropped")
	assert.Equal(t, "Your comment is empty.", lines[1]["error"])
	assert.Equal(t, `{"body": "not read as JSON"}`, lines[2]["text"])
	assert.Equal(t, "last", lines[3]["text"], "the last line needs no line end")
	assert.EqualValues(t, 4, lines[3]["line"])
}

func TestTooLongComment(t *testing.T) {
	lines, _, bad := runLines(t, strings.Repeat("a", 11)+"\nok\n", options{text: true, cfg: moderation.Config{MaxLength: 10}})
	assert.Zero(t, bad)
	require.Len(t, lines, 2)
	assert.Equal(t, "Your comment is 11 characters long; the limit is 10.", lines[0]["error"])
	assert.Equal(t, strings.Repeat("a", 11), lines[0]["text"], "what was typed comes back")
	assert.EqualValues(t, 11, lines[0]["length"])
	assert.Equal(t, "approve", lines[1]["action"])
}

func TestLineTooLong(t *testing.T) {
	input := "first\n" + strings.Repeat("x", 5000) + "\nthird\n"
	lines, stderr, bad := runLines(t, input, options{text: true, maxLine: 100})
	assert.Equal(t, 1, bad)
	assert.Contains(t, stderr, "line 2: line too long: over 100 bytes")
	require.Len(t, lines, 2)
	assert.Equal(t, "first", lines[0]["text"])
	assert.Equal(t, "third", lines[1]["text"])
	assert.EqualValues(t, 3, lines[1]["line"])
}

// TestLineTooLongBoundary: -max-line counts the bytes of a line without its
// line end, whatever the line end is, and at the end of the input too.
func TestLineTooLongBoundary(t *testing.T) {
	for _, end := range []string{"\n", "\r\n"} {
		// The second line ends at the end of the input, without a line end.
		input := strings.Repeat("x", 100) + end + strings.Repeat("y", 101)
		lines, stderr, bad := runLines(t, input, options{text: true, maxLine: 100})
		assert.Equal(t, 1, bad, "line end %q", end)
		assert.Contains(t, stderr, "line 2: line too long: over 100 bytes", "line end %q", end)
		require.Len(t, lines, 1, "line end %q", end)
		assert.EqualValues(t, 100, lines[0]["length"], "line end %q", end)
	}
}

// failingWriter fails every write, as a closed pipe or a full disk does.
type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func TestWriteErrorIsReported(t *testing.T) {
	_, err := run(context.Background(), strings.NewReader("hello\n"), failingWriter{}, &bytes.Buffer{}, options{text: true})
	assert.ErrorContains(t, err, "disk full")
}

func TestParseUnit(t *testing.T) {
	for _, u := range []moderation.Unit{moderation.Graphemes, moderation.Runes, moderation.UTF16, moderation.Bytes} {
		got, err := parseUnit(u.String())
		require.NoError(t, err)
		assert.Equal(t, u, got)
	}
	_, err := parseUnit("words")
	assert.Error(t, err)
}

func TestInvalidConfig(t *testing.T) {
	_, err := run(context.Background(), strings.NewReader(""), &bytes.Buffer{}, &bytes.Buffer{},
		options{cfg: moderation.Config{MinLength: 10, MaxLength: 5}})
	assert.ErrorIs(t, err, moderation.ErrConfig)
}

// TestSomethingAfterTheObject: only white space may follow a line's JSON
// object; "{…}}" is a mistyped line, reported, not moderated.
func TestSomethingAfterTheObject(t *testing.T) {
	input := strings.Join([]string{
		`{"body": "first"}}`,
		`{"body": "second"} ]`,
		`{"body": "third"} {"body": "fourth"}`,
		`{"body": "fifth"}   `,
		`null`,
		`["body"]`,
	}, "\n")
	lines, stderr, bad := runLines(t, input, options{})
	assert.Equal(t, 5, bad)
	for _, n := range []string{"line 1:", "line 2:", "line 3:"} {
		assert.Contains(t, stderr, n+" not a JSON comment: something follows the object")
	}
	assert.Contains(t, stderr, "line 5: not a JSON comment: a line must be a JSON object")
	assert.Contains(t, stderr, "line 6: not a JSON comment: a line must be a JSON object")
	require.Len(t, lines, 1)
	assert.Equal(t, "fifth", lines[0]["text"])
}

// TestLinesRemember: one Moderator reads every line, so an author's second
// comment a moment after the first is a flood, unless the lines carry
// times far enough apart or -stateless judges each line alone.
func TestLinesRemember(t *testing.T) {
	const now = `{"body": "Thanks for the article, very clear.", "author": "Ann", "ip": "192.0.2.1"}` + "\n" +
		`{"body": "And the second part is even better.", "author": "Ann", "ip": "192.0.2.1"}`
	const timed = `{"body": "Thanks for the article, very clear.", "author": "Ann", "ip": "192.0.2.1", "time": "2026-11-26T10:00:00Z"}` + "\n" +
		`{"body": "And the second part is even better.", "author": "Ann", "ip": "192.0.2.1", "time": "2026-11-26T11:00:00Z"}`
	for _, tc := range []struct {
		name, input string
		opts        options
		second      string
	}{
		{"no times", now, options{}, "hold"},
		{"an hour apart", timed, options{}, "approve"},
		{"stateless", now, options{cfg: withoutMemory(moderation.Config{})}, "approve"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			lines, stderr, bad := runLines(t, tc.input, tc.opts)
			require.Zero(t, bad, stderr)
			require.Len(t, lines, 2)
			assert.Equal(t, "approve", lines[0]["action"])
			assert.Equal(t, tc.second, lines[1]["action"])
		})
	}
}

// TestByteOrderMark: a file that starts with a UTF-8 byte order mark, as
// some Windows editors save one, is read as if it had none; a BOM
// anywhere else is the line's own (the library drops it from a comment).
func TestByteOrderMark(t *testing.T) {
	const bom = "\ufeff"
	t.Run("JSON", func(t *testing.T) {
		lines, stderr, bad := runLines(t, bom+`{"body": "Great post, thanks!"}`+"\n"+`{"body": "Second"}`, options{})
		assert.Empty(t, stderr)
		assert.Zero(t, bad)
		require.Len(t, lines, 2)
		assert.Equal(t, "Great post, thanks!", lines[0]["text"])
		assert.EqualValues(t, 1, lines[0]["line"])
	})
	t.Run("JSON, a BOM on a later line", func(t *testing.T) {
		_, stderr, bad := runLines(t, `{"body": "first"}`+"\n"+bom+`{"body": "second"}`, options{})
		assert.Equal(t, 1, bad)
		assert.Contains(t, stderr, "line 2: not a JSON comment")
	})
	t.Run("text", func(t *testing.T) {
		// The BOM is not part of the first line, so it does not count
		// against -max-line.
		lines, stderr, bad := runLines(t, bom+strings.Repeat("x", 10)+"\n", options{text: true, maxLine: 10})
		assert.Empty(t, stderr)
		assert.Zero(t, bad)
		require.Len(t, lines, 1)
		assert.Equal(t, strings.Repeat("x", 10), lines[0]["text"])
	})
}

// TestLimitInWords: -max-line in the error reads as people read sizes.
func TestLimitInWords(t *testing.T) {
	for _, tc := range []struct {
		bytes int
		want  string
	}{
		{100, "100 bytes"},
		{1 << 20, "1 MiB (1,048,576 bytes)"},
		{64 << 10, "64 KiB (65,536 bytes)"},
		{1500, "1,500 bytes"},
		{3 << 20, "3 MiB (3,145,728 bytes)"},
	} {
		assert.Equal(t, tc.want, byteSize(tc.bytes))
	}
	_, stderr, bad := runLines(t, strings.Repeat("x", 1<<20+1)+"\nok\n", options{text: true})
	assert.Equal(t, 1, bad)
	assert.Contains(t, stderr, "line 1: line too long: over 1 MiB (1,048,576 bytes)\n")
}
