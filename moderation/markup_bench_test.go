package moderation

import (
	"fmt"
	"strings"
	"testing"
)

// markupHostileUnits are texts that made findTextMarkup's regexps read
// the whole comment over and over: each '[' or key let a regexp start,
// and the run after it reached far.
var markupHostileUnits = []struct{ name, unit string }{
	{"brackets", "[a] ("},
	{"url-words", "[url "},
	{"url-attrs", "[url="},
	{"url-bodies", "[url]a"},
	{"links-unclosed", "[a](b"},
	{"titles-unclosed", "[a](b \"c)"},
}

// BenchmarkMarkup measures findTextMarkup (part=find) and the whole Check
// with the default checks (part=check) at 8 KB and 64 KB, on prose with no
// '[' (the yardstick), prose after one '[', prose with a link in BBCode
// and Markdown every sentence, and the hostile units. MB/s that stays
// level across the sizes shows the cost is linear; beside prose's, how
// much a '[' costs. Compare two builds with
//
//	go test -run '^$' -bench '^BenchmarkMarkup$' -count 6 ./moderation/
func BenchmarkMarkup(b *testing.B) {
	m, err := New(Config{MaxBytes: 2 << 20, MaxLength: -1})
	if err != nil {
		b.Fatal(err)
	}
	inputs := []struct {
		name string
		text func(n int) string
	}{
		{"prose", benchComment},
		{"one-bracket", func(n int) string { return "[" + benchComment(n-1) }},
		{"prose-links", func(n int) string {
			return repeatTo(hostileProse+"[url=https://e.com/a]a[/url] [a](https://e.com/b \"t\") ", n)
		}},
	}
	for _, u := range markupHostileUnits {
		inputs = append(inputs, struct {
			name string
			text func(n int) string
		}{u.name, func(n int) string { return repeatTo(u.unit, n) }})
	}
	for _, in := range inputs {
		for _, n := range []int{8 << 10, 64 << 10} {
			text := in.text(n)
			b.Run(fmt.Sprintf("part=find/input=%s/%dKB", in.name, n>>10), func(b *testing.B) {
				b.SetBytes(int64(len(text)))
				b.ReportAllocs()
				loop(b, func() { var mk Markup; findTextMarkup(text, &mk) })
			})
			b.Run(fmt.Sprintf("part=check/input=%s/%dKB", in.name, n>>10), func(b *testing.B) {
				benchCheck(b, m, Comment{Body: text})
			})
		}
	}
}

// repeatTo returns unit repeated to n bytes.
func repeatTo(unit string, n int) string {
	return strings.Repeat(unit, n/len(unit)+1)[:n]
}
