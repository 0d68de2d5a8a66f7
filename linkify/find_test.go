package linkify_test

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"mvdan.cc/xurls/v2"

	"github.com/commentkit/commentkit/linkify"
)

// findCase is one line of testdata/find.txt.
type findCase struct {
	line   int
	in     string
	want   []string
	differ string // why xurls finds something else; "" when it must agree
}

// readFindCases parses testdata/find.txt (its header gives the format).
func readFindCases(t testing.TB) []findCase {
	t.Helper()
	f, err := os.Open("testdata/find.txt")
	require.NoError(t, err)
	defer f.Close()
	var cases []findCase
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		c := findCase{line: n}
		var ok bool
		c.in, line, ok = cutQuoted(line)
		require.True(t, ok, "find.txt:%d: input is not a Go string literal", n)
		line, ok = strings.CutPrefix(strings.TrimSpace(line), "=>")
		require.True(t, ok, "find.txt:%d: want =>", n)
		for line = strings.TrimSpace(line); line != ""; line = strings.TrimSpace(line) {
			if reason, ok := strings.CutPrefix(line, "!"); ok {
				c.differ = strings.TrimSpace(reason)
				require.NotEmpty(t, c.differ, "find.txt:%d: ! needs a reason", n)
				break
			}
			var link string
			link, line, ok = cutQuoted(line)
			require.True(t, ok, "find.txt:%d: link is not a Go string literal", n)
			c.want = append(c.want, link)
		}
		cases = append(cases, c)
	}
	require.NoError(t, sc.Err())
	require.NotEmpty(t, cases)
	return cases
}

// cutQuoted splits a leading Go string literal off s and unquotes it.
func cutQuoted(s string) (value, rest string, ok bool) {
	q, err := strconv.QuotedPrefix(s)
	if err != nil {
		return "", s, false
	}
	v, err := strconv.Unquote(q)
	return v, s[len(q):], err == nil
}

func texts(links []linkify.Link) []string {
	var out []string
	for _, l := range links {
		out = append(out, l.Text)
	}
	return out
}

// TestFind checks every case of testdata/find.txt, and that xurls.Relaxed
// finds the same links, except on the lines that name a deliberate
// difference, where it must really differ.
func TestFind(t *testing.T) {
	for _, c := range readFindCases(t) {
		t.Run(fmt.Sprintf("line%d", c.line), func(t *testing.T) {
			for _, around := range []string{"", "\n", " "} {
				in := around + c.in + around
				links := linkify.Find(in)
				assert.Equal(t, c.want, texts(links), "Find(%q)", in)
				for _, l := range links {
					assert.Equal(t, in[l.Start:l.End], l.Text, "Text is text[Start:End]")
				}
				theirs := xurls.Relaxed().FindAllString(in, -1)
				if c.differ == "" {
					assert.Equal(t, c.want, theirs, "xurls.Relaxed on %q: not marked as a difference", in)
				} else {
					assert.NotEqual(t, c.want, theirs, "xurls.Relaxed on %q agrees: drop the ! mark", in)
				}
			}
		})
	}
}
