package linkify_test

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/commentkit/commentkit/linkify"
)

// lineBreaks is the HTML that LineBreaks must give: the HTML without it,
// each line break (CR LF, CR or LF) then replaced by <br>. For text without
// CR this is how moderation built its Result.HTML before LineBreaks.
var lineBreaks = strings.NewReplacer("\r\n", "<br>", "\r", "<br>", "\n", "<br>")

// checkLineBreaks checks that, for l and in, HTML and HTMLOf with
// LineBreaks write exactly the HTML without it, line breaks replaced.
func checkLineBreaks(t testing.TB, l *linkify.Linkifier, in string) {
	t.Helper()
	lb := *l
	lb.LineBreaks = true
	want := lineBreaks.Replace(l.HTML(in))
	require.Equal(t, want, lb.HTML(in), "HTML with LineBreaks of %q", in)
	require.Equal(t, want, lb.HTMLOf(in, l.Find(in)), "HTMLOf with LineBreaks of %q", in)
	if !strings.Contains(in, "\r") {
		require.Equal(t, strings.ReplaceAll(l.HTML(in), "\n", "<br>"), lb.HTML(in))
	}
}

// TestLineBreaks checks LineBreaks on every input the tests know: the
// cases of testdata, the fuzz corpora of this package and of moderation,
// and benchmark prose, each with the fuzz Linkifiers and its own.
func TestLineBreaks(t *testing.T) {
	var inputs []string
	for _, c := range readFindCases(t) {
		inputs = append(inputs, c.in)
	}
	html, _ := readJSONL[htmlCase](t, "testdata/html.jsonl")
	for _, c := range html {
		inputs = append(inputs, c.In)
		checkLineBreaks(t, c.linkifier(t), c.In)
	}
	for _, dir := range []string{"testdata/fuzz/FuzzHTML", "../moderation/testdata/fuzz/FuzzCheck"} {
		inputs = append(inputs, fuzzCorpus(t, dir)...)
	}
	for _, n := range urlCounts {
		inputs = append(inputs, prose(1<<10, n))
	}
	inputs = append(inputs, "one\ntwo\r\nthree\rfour\n\n<b>&</b>\r\n", "see example.com\r\nor\nhttps://example.org/\r",
		"\n", "\r\n", "\r", "")
	for _, in := range inputs {
		for _, l := range fuzzLinkifiers {
			checkLineBreaks(t, l, in)
		}
	}
}

// fuzzCorpus returns the string arguments of the fuzz corpus files in dir.
func fuzzCorpus(t testing.TB, dir string) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*"))
	require.NoError(t, err)
	require.NotEmpty(t, files, "no corpus in %s", dir)
	var out []string
	for _, name := range files {
		data, err := os.ReadFile(name)
		require.NoError(t, err)
		for _, line := range strings.Split(string(data), "\n") {
			if arg, ok := strings.CutPrefix(line, "string("); ok {
				s, err := strconv.Unquote(strings.TrimSuffix(arg, ")"))
				require.NoError(t, err, "%s: %s", name, line)
				out = append(out, s)
			}
		}
	}
	return out
}
