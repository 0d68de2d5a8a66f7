package linkify_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"mvdan.cc/xurls/v2"

	"github.com/commentkit/commentkit/internal/benchcpu"
	"github.com/commentkit/commentkit/linkify"
)

// proseWords are the words comments are made of in the benchmarks,
// with the dotted words and file names that must not become links.
var proseWords = strings.Fields(`the a comment about this article I think you are right
but it really depends, e.g. on how much Node.js code you keep around; see README.md
and setup.py for details. It costs 3.14 dollars: fine! Really? I.B.M. said "yes" in
v1.2.3 and (maybe) not later. Thanks for writing it, I'll share it with my team.
Honestly I disagree with the second point - caching is hard... or isn't it?`)

// proseLinks are the links sprinkled into benchmark comments, one of each
// kind the scanner tells apart.
var proseLinks = []string{
	"https://example.org/articles/2024/why-go?ref=home",
	"www.example.net/path/to/page",
	"blog.example.com",
	"(see https://en.wikipedia.org/wiki/Pan_(god))",
	"jane.doe@example.co.uk",
	"http://localhost:8080/debug",
	"bit.ly/3xYzAb",
	"https://例え.jp/パス",
}

// prose returns a comment of about size bytes holding n links, the same for
// the same arguments.
func prose(size, n int) string {
	var b strings.Builder
	seed := uint32(size*31 + n)
	next := func(m int) int {
		seed = seed*1664525 + 1013904223 // a linear congruential generator: deterministic, no imports
		return int(seed>>8) % m
	}
	linked := 0
	for b.Len() < size || linked < n {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		// The k-th link goes in at about k/n of the way, after a few words.
		if linked < n && b.Len() >= 40+linked*size/n {
			b.WriteString(proseLinks[linked%len(proseLinks)])
			linked++
			continue
		}
		b.WriteString(proseWords[next(len(proseWords))])
	}
	return b.String()
}

var sizes = []struct {
	name string
	n    int
}{{"1KB", 1 << 10}, {"8KB", 8 << 10}}

var urlCounts = []int{0, 5, 20}

// TestProseHasItsLinks checks that the benchmark comments hold exactly the
// links they were built with, so that the benchmark measures what it says.
func TestProseHasItsLinks(t *testing.T) {
	for _, size := range sizes {
		for _, n := range urlCounts {
			assert.Len(t, linkify.Find(prose(size.n, n)), n, "%s with %d links", size.name, n)
		}
	}
}

// BenchmarkFind compares Find with xurls.Relaxed().FindAllStringIndex on
// prose comments, in one run. The ratio:
//
//	go test -run '^$' -bench 'BenchmarkFind$' -count 6 ./linkify > bench.txt
//	benchstat -col /impl bench.txt
func BenchmarkFind(b *testing.B) {
	impls := []struct {
		name string
		find func(string) int
	}{
		{"xurls", func(s string) int { return len(xurls.Relaxed().FindAllStringIndex(s, -1)) }},
		{"linkify", func(s string) int { return len(linkify.Find(s)) }},
	}
	xurls.Relaxed() // compiled before any timing
	for _, size := range sizes {
		for _, n := range urlCounts {
			text := prose(size.n, n)
			for _, impl := range impls {
				b.Run(fmt.Sprintf("size=%s/urls=%d/impl=%s", size.name, n, impl.name), func(b *testing.B) {
					b.SetBytes(int64(len(text)))
					b.ReportAllocs()
					benchcpu.Loop(b, func() { impl.find(text) })
				})
			}
		}
	}
}

// BenchmarkHTML measures rendering prose comments with the zero Linkifier.
func BenchmarkHTML(b *testing.B) {
	for _, size := range sizes {
		for _, n := range urlCounts {
			text := prose(size.n, n)
			b.Run(fmt.Sprintf("size=%s/urls=%d", size.name, n), func(b *testing.B) {
				b.SetBytes(int64(len(text)))
				b.ReportAllocs()
				benchcpu.Loop(b, func() { linkify.HTML(text) })
			})
		}
	}
}

// idnLinks are international links, real names in several scripts and
// look-alikes shown in punycode: deciding how to show a host (Chromium's
// display rules, in host.go) runs only for hosts that are not ASCII.
var idnLinks = []string{
	"https://bücher.de/katalog",
	"https://ジェーシービー・カード.jp/",
	"https://президент.рф/",
	"https://한국인터넷진흥원.kr/",
	"https://παράδειγμα.ελ/",
	"https://مثال.مصر/",
	"https://аррӏе.com/login",
	"https://accounts.google.comノsignin.evil.example/",
	"https://accounts.googleˑcom.evil.example/",
}

// BenchmarkHTMLIDN measures rendering a 1KB comment made of international
// links and little else: the worst case for the display rules.
func BenchmarkHTMLIDN(b *testing.B) {
	var sb strings.Builder
	for i := 0; sb.Len() < 1<<10; i++ {
		sb.WriteString(idnLinks[i%len(idnLinks)] + " and ")
	}
	text := sb.String()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	benchcpu.Loop(b, func() { linkify.HTML(text) })
}

// BenchmarkHTMLOf measures HTMLOf alone, with LineBreaks, as the
// moderation package renders a comment whose links it has already found:
// prose comments in paragraphs of 1KB and 8KB with 5 links.
func BenchmarkHTMLOf(b *testing.B) {
	l := linkify.Linkifier{LineBreaks: true}
	for _, size := range sizes {
		text := paragraphs(size.n)
		links := l.Find(text)
		b.Run("size="+size.name, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			benchcpu.Loop(b, func() { l.HTMLOf(text, links) })
		})
	}
}

// BenchmarkHTMLLineBreaks compares two ways to get HTML with line breaks
// as <br> for prose comments in paragraphs, in one run: replacing them in
// HTML's output (impl=replace, a second copy of the whole HTML) and
// writing them while escaping (impl=linebreaks, Linkifier.LineBreaks):
//
//	go test -run '^$' -bench 'HTMLLineBreaks' -count 6 ./linkify > bench.txt
//	benchstat -col /impl bench.txt
func BenchmarkHTMLLineBreaks(b *testing.B) {
	var plain, breaks linkify.Linkifier
	breaks.LineBreaks = true
	impls := []struct {
		name string
		html func(string) string
	}{
		{"replace", func(s string) string { return strings.ReplaceAll(plain.HTML(s), "\n", "<br>") }},
		{"linebreaks", breaks.HTML},
	}
	for _, size := range sizes {
		text := paragraphs(size.n)
		for _, impl := range impls {
			b.Run(fmt.Sprintf("size=%s/impl=%s", size.name, impl.name), func(b *testing.B) {
				b.SetBytes(int64(len(text)))
				b.ReportAllocs()
				benchcpu.Loop(b, func() { impl.html(text) })
			})
		}
	}
}

// paragraphs returns prose of about size bytes with 5 links, in
// paragraphs of about 300 bytes apart by a blank line.
func paragraphs(size int) string {
	var b strings.Builder
	line := 0
	for i, w := range strings.Split(prose(size, 5), " ") {
		switch {
		case i == 0:
		case line >= 300:
			b.WriteString("\n\n")
			line = 0
		default:
			b.WriteByte(' ')
		}
		b.WriteString(w)
		line += len(w) + 1
	}
	return b.String()
}

// hostile are inputs chosen by an attacker, built to a given size, to show
// that Find takes linear time: time per byte at 1MB within 2x of 8KB.
var hostile = []struct {
	name  string
	build func(size int) string
}{
	{"a.", func(size int) string { return strings.Repeat("a.", size/2) }},
	{"dots", func(size int) string { return strings.Repeat(".", size) }},
	{"at-dot-colon", func(size int) string { return strings.Repeat("a@b.c:", size/6) }},
	{"schemes", func(size int) string { return strings.Repeat("http:", size/5) }},
	{"parens", func(size int) string { return "https://example.com/" + strings.Repeat("(", size-20) }},
	// One URL-like token of the whole size (100KB and more).
	{"urltoken", func(size int) string {
		return "https://example.com/" + strings.Repeat("seg-1.x/", (size-20)/8)
	}},
	{"hosttoken", func(size int) string { return strings.Repeat("label.", size/6) + "com" }},
	// One international host of distinct characters: IDNA's punycode
	// encoding is quadratic in a label's length.
	{"idnhost", func(size int) string { return "https://" + distinctHan(size-8) }},
	// Joiners that IDNA allows (RFC 5892 CONTEXTJ), each one checked on
	// its bounded context: one URL-like host of Persian letters joined by
	// ZWNJ, and many Sinhala labels with a virama and ZWJ.
	{"zwnjhost", func(size int) string { return "https://" + strings.Repeat("ی\u200c", (size-8)/5) + "ی.ir" }},
	{"zwjlabels", func(size int) string { return strings.Repeat("ශ්\u200dරී.", size/16) + "lk" }},
	{"links", packedLinks},
	// Prose with 20 links every 8KB and not a single space: links run into
	// the words that follow them. The same 8KB repeated, so that every size
	// holds the same mix and only the size differs.
	{"nospace", func(size int) string {
		unit := strings.ReplaceAll(prose(8<<10, 20), " ", "")
		return strings.Repeat(unit, size/len(unit)+1)[:size]
	}},
}

// packedLinks returns size bytes packed with links, one every 20 bytes, of
// the four forms Find makes differently: a URL that is its own href, a bare
// name given a scheme, an upper-case URL lower-cased, an e-mail address.
// The number of links grows with the size, and so must nothing else per
// byte: not the memory the links are gathered in, nor its copying.
func packedLinks(size int) string {
	const unit = "https://evil.com/xy www.spam.org/page12 HTTPS://SPAM.NET/ab mail1@spam-mail.biz "
	return strings.Repeat(unit, size/len(unit)+1)[:size]
}

// linearSizes are the sizes at which the linear benchmarks run.
var linearSizes = []struct {
	name string
	n    int
}{{"8KB", 8 << 10}, {"100KB", 100 << 10}, {"1MB", 1 << 20}}

// BenchmarkFindLinear runs Find on each hostile input at 8KB, 100KB and
// 1MB; compare the time per byte across sizes with
//
//	benchstat -col /size bench.txt
func BenchmarkFindLinear(b *testing.B) {
	for _, in := range hostile {
		for _, size := range linearSizes {
			text := in.build(size.n)
			b.Run(fmt.Sprintf("input=%s/size=%s", in.name, size.name), func(b *testing.B) {
				b.SetBytes(int64(len(text)))
				b.ReportAllocs()
				benchcpu.Loop(b, func() { linkify.Find(text) })
			})
		}
	}
}

// BenchmarkHTMLLinear is BenchmarkFindLinear for HTML on the input packed
// with links, where rendering has the most to do per byte:
//
//	benchstat -col /size bench.txt
func BenchmarkHTMLLinear(b *testing.B) {
	for _, size := range linearSizes {
		text := packedLinks(size.n)
		b.Run("input=links/size="+size.name, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			benchcpu.Loop(b, func() { linkify.HTML(text) })
		})
	}
}

// distinctHan returns about size bytes of CJK ideographs, few of them
// repeated.
func distinctHan(size int) string {
	var b strings.Builder
	for r := rune(0x4E00); b.Len() < size; r++ {
		b.WriteRune(r)
	}
	return b.String()
}
