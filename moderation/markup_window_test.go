package moderation

import (
	"encoding/json"
	"iter"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// findTextMarkup runs its regexps only on windows around their keys (see
// markupWindow). These tests hold it to the regexps run over the whole
// text, which is what it did before: the same matches, submatches and
// order, on every input.

// markupFinders are the regexps of findTextMarkup and what stands in for
// each.
var markupFinders = []struct {
	name string
	re   *regexp.Regexp
	all  func(string) iter.Seq[[]int]
}{
	{"bbcodeURLAttr", bbcodeURLAttr, bbcodeAttrMatches},
	{"bbcodeURLBody", bbcodeURLBody, bbcodeBodyMatches},
	{"markdownLink", markdownLink, markdownLinkMatches},
}

// regexpMarkup is findTextMarkup as it was: each regexp over the whole
// text.
func regexpMarkup(text string) Markup {
	var mk Markup
	for _, m := range bbcodeURLAttr.FindAllStringSubmatch(text, -1) {
		mk.BBCode = append(mk.BBCode, m[1])
	}
	for _, m := range bbcodeURLBody.FindAllStringSubmatch(text, -1) {
		mk.BBCode = append(mk.BBCode, m[1])
	}
	for _, m := range markdownLink.FindAllStringSubmatch(text, -1) {
		mk.Markdown = append(mk.Markdown, m[1])
	}
	return mk
}

// sameMarkupAsRegexps fails t unless each finder yields in s what its
// regexp's FindAllStringSubmatchIndex gives, and findTextMarkup records
// what the regexps would. It returns how many matches there were.
func sameMarkupAsRegexps(t testing.TB, s string) int {
	n := 0
	for _, f := range markupFinders {
		want := f.re.FindAllStringSubmatchIndex(s, -1)
		got := slices.Collect(f.all(s))
		if !assert.Equal(t, want, got, "%s on %q", f.name, s) {
			return n
		}
		n += len(want)
	}
	var mk Markup
	findTextMarkup(s, &mk)
	assert.Equal(t, regexpMarkup(s), mk, "findTextMarkup on %q", s)
	return n
}

// markupCaseBodies returns the body of every case in testdata/pipeline
// and testdata/checks, repeated as a case says, and the text strip makes
// of each: findTextMarkup reads the text.
func markupCaseBodies(t testing.TB) []string {
	files, err := filepath.Glob(filepath.Join("testdata", "pipeline", "*.json"))
	require.NoError(t, err)
	require.NotEmpty(t, files)
	bodies := checkCaseBodies(t)
	for _, file := range files {
		data, err := os.ReadFile(file)
		require.NoError(t, err)
		var cases []pipelineCase
		require.NoError(t, json.Unmarshal(data, &cases), file)
		for _, c := range cases {
			body := c.Body
			if c.Repeat > 0 {
				body = strings.Repeat(body, c.Repeat)
			}
			bodies = append(bodies, body)
		}
	}
	s := stripper{policy: StripPolicy()}
	for _, body := range slices.Clone(bodies) {
		var mk Markup
		if text := s.strip(body, &mk, nil); text != body {
			bodies = append(bodies, text)
		}
	}
	return bodies
}

// markupPieces are what the generated texts are made of: the keys, every
// character the patterns treat apart (brackets, quotes, '<' and '>', each
// \s and \v, which is not one), in the cases (?i) allows, and characters
// beyond ASCII and invalid UTF-8 inside URLs.
var markupPieces = []string{
	"[", "[", "]", "]", "(", ")", ")", "](", "[a]", "[a](", "[url=", "[URL=", "[uRl=", "[url]", "[Url]", "[/url]", "[/URL]",
	"[url", "url", "=", "/", "\"", "\"", "'", " ", " ", "  ", "\n", "\t", "\r", "\f", "\v", "<", ">", "<>",
	"x", "ab", "http://e.com/a", "e.com", "é", "微", "\xff", "\xe2\x84", "\u00a0", " \"t\"", "\"ti)tle\"", "ſ", "\u212a",
}

// markupPatternPieces are smaller sets, each close to one pattern, so that
// generated texts match it often and miss it by little.
var markupPatternPieces = [][]string{
	{"[url=", "[URL=", "[url", "=", "\"", "'", "]", "x", "e.com", " ", "\n", "[", "é", "\xff", "[url=e.com]"},
	{"[url]", "[URL]", "[/url]", "[/Url]", "[/url", "[", "]", "/", " ", "\n", "\t", "x", "e.com", "é", "\xff"},
	{"[", "]", "(", ")", "](", "[a]", "[a](", "<", ">", "\"", "\"t\"", "\"a)b\"", " ", "  ", "\n", "\t", "\r", "x", "e.com", "é", "\xff"},
}

// markupEdgeTexts are texts at the edges of what the patterns allow.
func markupEdgeTexts() []string {
	var out []string
	for _, url := range []string{"", "x", "e.com/a?b=c", "a'b", "a\"b", "a]b", "a b", "a[b", "a)b", "a>b", "a<b", "<", ">", "<>", "<<x>>", "é\xff"} {
		for _, q := range []string{"", "\"", "'"} {
			out = append(out, "[url="+q+url+q+"]", "[URL="+q+url+"]", "[url="+url+q+"]")
		}
		for _, sp := range []string{"", " ", "\n", "\t\r\f", "\v"} {
			out = append(out, "[url]"+sp+url+sp+"[/url]", "[URL]"+url+sp+"[/URL]", "[url]"+sp+url+"[url]")
			for _, title := range []string{"", " \"t\"", sp + "\"t\"", " \"a)b\"", " \"a\nb\"", " \"", "\"t\""} {
				out = append(out, "[a]("+sp+url+title+sp+")", "[a](<"+url+">"+title+")", "[a\nb]("+url+")", "x[[a]("+url+title+")")
			}
		}
	}
	return out
}

func TestMarkupMatchesRegexps(t *testing.T) {
	t.Run("edges", func(t *testing.T) {
		for _, s := range markupEdgeTexts() {
			sameMarkupAsRegexps(t, s)
		}
	})
	t.Run("testdata", func(t *testing.T) {
		for _, body := range markupCaseBodies(t) {
			sameMarkupAsRegexps(t, body)
			if len(body) > 4<<10 {
				continue // a repeated body: its suffixes are more of the same
			}
			for i := 1; i < len(body); i++ {
				sameMarkupAsRegexps(t, body[i:])
			}
		}
	})
	t.Run("hostile", func(t *testing.T) {
		for _, u := range markupHostileUnits {
			for _, end := range []string{"", "[url=e.com]", "[url]e.com[/url]", "[a](e.com)", "\"x)", "[/url]"} {
				sameMarkupAsRegexps(t, strings.Repeat(u.unit, 50)+end)
				sameMarkupAsRegexps(t, end+strings.Repeat(u.unit, 50))
			}
		}
	})
	t.Run("generated", func(t *testing.T) {
		n := 40000
		if testing.Short() {
			n = 4000
		}
		r := rand.New(rand.NewPCG(3, 4))
		matched := 0
		for range n {
			if sameMarkupAsRegexps(t, generatedFrom(r, markupPieces, 16)) > 0 {
				matched++
			}
		}
		t.Logf("%d of %d texts from all pieces match", matched, n)
		for i, pieces := range markupPatternPieces {
			f := markupFinders[i]
			matched := 0
			for range n / 2 {
				s := generatedFrom(r, pieces, 14)
				sameMarkupAsRegexps(t, s)
				if f.re.MatchString(s) {
					matched++
				}
			}
			t.Logf("%s: %d of %d texts match", f.name, matched, n/2)
			// The piece set must lead to the pattern, or its texts test
			// only the misses.
			assert.Greater(t, matched, n/40, f.name)
		}
	})
}

// TestMarkupFound shows findTextMarkup finds the markup it is for, not
// only that it agrees with the regexps.
func TestMarkupFound(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       Markup
	}{
		{"bbcode attr", `see [url="https://e.com/a"]here[/url]`, Markup{BBCode: []string{"https://e.com/a"}}},
		{"bbcode body", "[URL]\n e.com/x \n[/url]", Markup{BBCode: []string{"e.com/x"}}},
		{"both bbcode, attr first", "[url]b.com[/url] [url=a.com]a[/url]", Markup{BBCode: []string{"a.com", "b.com"}}},
		{"markdown with a title holding a parenthesis", `[a]( <e.com/x>  "t (1)"` + "\n)", Markup{Markdown: []string{"e.com/x"}}},
		{"markdown after a bracket run", "[[[x] [a](e.com)", Markup{Markdown: []string{"e.com"}}},
		{"markdown urls glued", "[a](b[a](c)", Markup{Markdown: []string{"b[a](c"}}},
		{"no link text over a line", "[a\nb](e.com)", Markup{}},
		{"an unclosed run, then a link", strings.Repeat("[url=", 100) + " [url=e.com]", Markup{BBCode: []string{"e.com"}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var mk Markup
			findTextMarkup(tc.text, &mk)
			assert.Equal(t, tc.want, mk)
			sameMarkupAsRegexps(t, tc.text)
		})
	}
}

// FuzzMarkupMatches holds findTextMarkup's finders to their regexps on
// any text.
//
//	go test -run '^$' -fuzz FuzzMarkupMatches -fuzztime 60s -fuzzminimizetime 5s ./moderation/
func FuzzMarkupMatches(f *testing.F) {
	for _, s := range markupEdgeTexts() {
		f.Add(s)
	}
	for _, u := range markupHostileUnits {
		f.Add(strings.Repeat(u.unit, 5) + "[a](e.com)")
	}
	r := rand.New(rand.NewPCG(5, 6))
	for _, pieces := range append([][]string{markupPieces}, markupPatternPieces...) {
		for range 50 {
			f.Add(generatedFrom(r, pieces, 14))
		}
	}
	f.Fuzz(func(t *testing.T, s string) {
		sameMarkupAsRegexps(t, s)
	})
}
