package moderation

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/microcosm-cc/bluemonday"
	"github.com/stretchr/testify/require"

	"github.com/commentkit/commentkit/internal/benchcpu"
)

// Benchmark inputs. Each sub-benchmark of BenchmarkPipeline runs Check with
// the default Config (impl=check), Check with no checks (impl=pipeline:
// strip, normalise, measure, link) and, on the same input,
// bluemonday.StrictPolicy().Sanitize alone (impl=sanitize), the baseline
// the issue measures against. Compare
// them from one run with
//
//	go test -run '^$' -bench Pipeline -count 6 ./moderation/ > bench.txt
//	benchstat -col /impl bench.txt

// plainSentences are ordinary comment text with no '<', no '&' and no
// URL: the plain inputs hold exactly the five URLs of links.
var plainSentences = []string{
	"Thanks for writing this up, it cleared up something I had wondered about for a while.",
	"I tried the second approach on our staging servers and the latency dropped noticeably.",
	"One thing I would add is that the cache has to be warmed before the benchmark starts.",
	"Has anyone measured this on ARM? Our numbers looked quite different there.",
	"The Effective Go document says much the same, if more briefly.",
	"Café owners in Zürich told me the same story, which surprised me a little.",
}

// docsSentence has a URL in its text. The HTML input uses it in place of
// plainSentences[4] (the sentence it had before the plain inputs were
// made to hold exactly five URLs), so that its figures stay comparable.
const docsSentence = "The docs at https://go.dev/doc/effective_go say much the same, if more briefly."

// htmlSentence returns the i-th sentence of the HTML input.
func htmlSentence(i int) string {
	if i%len(plainSentences) == 4 {
		return docsSentence
	}
	return plainSentences[i%len(plainSentences)]
}

// links are the five URLs of the plain inputs.
var links = []string{
	"https://go.dev/blog/pprof", "https://example.com/articles/caching?page=2",
	"http://www.example.org/a/b/c", "https://github.com/microcosm-cc/bluemonday", "https://pkg.go.dev/mvdan.cc/xurls/v2",
}

// plainText returns about n bytes of plain text holding the five links
// and no other URL.
func plainText(n int) string {
	var b strings.Builder
	for i := 0; b.Len() < n; i++ {
		b.WriteString(plainSentences[i%len(plainSentences)])
		if i%7 == 3 {
			b.WriteString("\n\n")
		} else {
			b.WriteByte(' ')
		}
	}
	s := b.String()
	// Cut at the start of a character, so that the input is valid UTF-8.
	cut := n - len(strings.Join(links, " ")) - 1
	for !utf8.RuneStart(s[cut]) {
		cut--
	}
	return strings.TrimSpace(s[:cut]) + " " + strings.Join(links, " ")
}

// htmlText returns about n bytes of comment full of HTML: paragraphs,
// inline tags, anchors, entities, a script and a list.
func htmlText(n int) string {
	var b strings.Builder
	for i := 0; b.Len() < n; i++ {
		switch i % 5 {
		case 0:
			fmt.Fprintf(&b, "<p>%s <b>bold</b> &amp; <i>italic</i> &lt;tag&gt;</p>\n", htmlSentence(i))
		case 1:
			fmt.Fprintf(&b, "<div class=\"c%d\" style=\"color:red\">%s<br/>next line</div>\n", i, htmlSentence(i))
		case 2:
			fmt.Fprintf(&b, "<a href=\"%s\" title=\"t\">a link</a> and <span>%s</span>\n", links[i%len(links)], htmlSentence(i))
		case 3:
			b.WriteString("<ul><li>one &hellip;</li><li>two</li></ul><script>var x = 1 < 2;</script>\n")
		case 4:
			fmt.Fprintf(&b, "<blockquote>%s</blockquote><img src=\"x.png\" onerror=\"alert(1)\">\n", htmlSentence(i))
		}
	}
	return b.String()
}

// unclosedText returns about n bytes that open every element whose
// content is skipped and close none of them, above many end tags of other
// elements: finding that no end tag follows must not read the comment
// once per element.
func unclosedText(n int) string {
	var b strings.Builder
	for _, e := range skippedElements {
		b.WriteString("<" + e + "> ")
	}
	for b.Len() < n {
		b.WriteString("<b>x</b> ")
	}
	return b.String()
}

// hostileText returns n bytes built to find super-linear paths: angle
// brackets that are not tags, unclosed anchors, entities, marks, joiners,
// brackets and line breaks, over and over.
func hostileText(n int) string {
	const unit = "<x<a href=\"https://e.com/\">&amp;&lt;[url=x][a](b)\u0301\u0301\u0301\u0301\u0301\u200d\u200d \n\n\n\n<p> \t "
	return strings.Repeat(unit, n/len(unit)+1)[:n]
}

// shortWordsText returns n bytes of one-letter words ("a a a …"): the
// most words a text can hold, one every two bytes, where the word spans
// outgrow any room sized for ordinary words.
func shortWordsText(n int) string { return strings.Repeat("a ", n/2+1)[:n] }

// lineIDsText returns n bytes of LINE's name glued to Japanese text and
// then "id." over and over: every "id" a candidate LINE ID whose handle
// run reaches the end of the text (the input that made gluedLineIDHandle
// cost the square of its length).
func lineIDsText(n int) string {
	const head = "詳しくはLINE "
	return head + strings.Repeat("id.", (n-len(head))/3+1)[:n-len(head)]
}

// linkText returns n bytes packed with links, one every 20 bytes (a URL
// that is its own href, a bare name, an upper-case URL, an e-mail
// address, over and over): the comment whose links cost the most per byte.
func linkText(n int) string {
	const unit = "https://evil.com/xy www.spam.org/page12 HTTPS://SPAM.NET/ab mail1@spam-mail.biz "
	return strings.Repeat(unit, n/len(unit)+1)[:n]
}

// wideText returns n bytes of links, addresses and phone numbers written
// in full-width and ideographic forms, dot-like signs and Chinese prose
// with full stops, over and over: every byte of it is read by the scans
// for disguised links (disguisedLinks, dotSignDomain) and numbers.
func wideText(n int) string {
	const unit = "Get followers at bit。ly/abc1 ｂｉｔ．ｌｙ/x spamsite · com a·b bob＠gmail。com ＋１ ５５５ １２３ ４５６７ (٥٥٥) ١٢٣-٤٥٦٧ 我喜欢这个。com也不错。 "
	s := strings.Repeat(unit, n/len(unit)+1)
	cut := n
	for !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut]
}

// stateless turns off every check that remembers earlier comments.
func stateless(cfg Config) Config {
	cfg.DuplicateWindow, cfg.FloodInterval, cfg.FloodMax = -1, -1, -1
	cfg.RepeatHostAuthors, cfg.TrustAfter, cfg.BayesMinLearned = -1, -1, -1
	return cfg
}

// loop is benchcpu.Loop: it runs op b.N times and reports cpu-ns/op.
func loop(b *testing.B, op func()) { benchcpu.Loop(b, op) }

// benchCheck times m.Check of c, with the bytes of its Body and the
// allocations reported.
func benchCheck(b *testing.B, m *Moderator, c Comment) {
	b.SetBytes(int64(len(c.Body)))
	b.ReportAllocs()
	loop(b, func() {
		if _, err := m.Check(context.Background(), c); err != nil {
			b.Fatal(err)
		}
	})
}

func BenchmarkPipeline(b *testing.B) {
	inputs := []struct {
		name string
		body string
	}{
		{"plain-1KB", plainText(1 << 10)},
		{"plain-8KB", plainText(8 << 10)},
		{"html-8KB", htmlText(8 << 10)},
	}
	m, err := New(Config{})
	if err != nil {
		b.Fatal(err)
	}
	// bare is the pipeline without checks and with every remembering
	// check off: what Check costs before the cost of the checks.
	bare, err := New(stateless(Config{Checks: []Checker{}}))
	if err != nil {
		b.Fatal(err)
	}
	strict := bluemonday.StrictPolicy()
	for _, in := range inputs {
		if _, err := m.Check(context.Background(), Comment{Body: in.body}); err != nil {
			b.Fatalf("%s: %v", in.name, err)
		}
		b.Run("input="+in.name+"/impl=sanitize", func(b *testing.B) {
			b.SetBytes(int64(len(in.body)))
			b.ReportAllocs()
			loop(b, func() { _ = strict.Sanitize(in.body) })
		})
		b.Run("input="+in.name+"/impl=check", func(b *testing.B) { benchCheck(b, m, Comment{Body: in.body}) })
		b.Run("input="+in.name+"/impl=pipeline", func(b *testing.B) { benchCheck(b, bare, Comment{Body: in.body}) })
	}
}

// BenchmarkCheckSize shows that Check costs time linear in the size of the
// comment: the time per byte (MB/s) stays level from 1 KB to 1 MB.
func BenchmarkCheckSize(b *testing.B) {
	m, err := New(Config{MaxBytes: 2 << 20, MaxLength: -1})
	if err != nil {
		b.Fatal(err)
	}
	for _, kind := range []struct {
		name string
		gen  func(int) string
	}{{"plain", plainText}, {"html", htmlText}, {"hostile", hostileText}, {"unclosed", unclosedText}, {"links", linkText}, {"words", shortWordsText}, {"wide", wideText}, {"lineids", lineIDsText}} {
		for _, size := range []int{1 << 10, 16 << 10, 128 << 10, 1 << 20} {
			body := kind.gen(size)
			b.Run(fmt.Sprintf("kind=%s/size=%dKB", kind.name, size>>10), func(b *testing.B) {
				benchCheck(b, m, Comment{Body: body})
			})
		}
	}
}

// BenchmarkCheckAuthorFields is BenchmarkCheckSize for the fields of a
// Comment other than its Body, which MaxBytes does not bound: every one
// holds n bytes of dotted labels (the input that made matching the author's
// site cost the square of its length), and the Body a link, so that the
// link checks compare it with the author's site. The time per byte must
// stay level from 16 KB to 1 MB.
func BenchmarkCheckAuthorFields(b *testing.B) {
	m, err := New(Config{})
	if err != nil {
		b.Fatal(err)
	}
	for _, size := range []int{16 << 10, 128 << 10, 1 << 20} {
		host := strings.Repeat("a.", size/2) + "com"
		c := Comment{
			Body:   "My notes on this: https://a.example.com/notes",
			Author: host, AuthorEmail: "me@" + host, AuthorURL: "https://" + host + "/",
			IP: host, UserAgent: host, Referrer: "https://" + host, PageURL: "https://" + host, PageTitle: host,
		}
		b.Run(fmt.Sprintf("size=%dKB", size>>10), func(b *testing.B) {
			b.SetBytes(int64(8 * len(host)))
			b.ReportAllocs()
			loop(b, func() {
				if _, err := m.Check(context.Background(), c); err != nil {
					b.Fatal(err)
				}
			})
		})
	}
}

// BenchmarkCheckParallel runs Check from every P at once; compare -cpu 1,2
// to see it scale (benchstat -col /gomaxprocs). impl=sanitize runs
// bluemonday's Sanitize alone the same way, as the control: on a machine
// whose cores are busy with other work neither scales, and Check should
// scale as well as the sanitizer does.
func BenchmarkCheckParallel(b *testing.B) {
	m, err := New(Config{})
	if err != nil {
		b.Fatal(err)
	}
	strict := bluemonday.StrictPolicy()
	for _, in := range []struct{ name, body string }{{"plain-8KB", plainText(8 << 10)}, {"html-8KB", htmlText(8 << 10)}} {
		b.Run("input="+in.name+"/impl=sanitize", func(b *testing.B) {
			b.SetBytes(int64(len(in.body)))
			b.ReportAllocs()
			b.RunParallel(func(pb *testing.PB) {
				for pb.Next() {
					_ = strict.Sanitize(in.body)
				}
			})
		})
		b.Run("input="+in.name+"/impl=check", func(b *testing.B) {
			b.SetBytes(int64(len(in.body)))
			b.ReportAllocs()
			c := Comment{Body: in.body}
			b.RunParallel(func(pb *testing.PB) {
				for pb.Next() {
					if _, err := m.Check(context.Background(), c); err != nil {
						b.Error(err)
						return
					}
				}
			})
		})
	}
}

// BenchmarkStages times each step of the pipeline alone on the 8 KB inputs,
// to show where Check spends its time.
func BenchmarkStages(b *testing.B) {
	m, err := New(Config{})
	if err != nil {
		b.Fatal(err)
	}
	for _, in := range []struct{ name, body string }{{"plain-8KB", plainText(8 << 10)}, {"html-8KB", htmlText(8 << 10)}} {
		var mk Markup
		stripped := m.strip.strip(in.body, &mk, nil)
		text := normalise(stripped, m.cfg.MaxCombiningMarks)
		links := m.linkify.Find(text)
		stages := []struct {
			name string
			run  func()
		}{
			{"strip", func() { var mk Markup; m.strip.strip(in.body, &mk, nil) }},
			{"normalise", func() { normalise(stripped, m.cfg.MaxCombiningMarks) }},
			{"length", func() { length(text, m.cfg.Unit) }},
			{"find-links", func() { m.linkify.Find(text) }},
			{"html", func() { m.linkify.HTMLOf(text, links) }},
			{"fold", func() { splitWords(foldText(text)) }},
			{"checks", func() { // as Check runs them: fold, the shared facts, the checks
				v := &View{Text: text, Links: m.linkify.Find(text)}
				m.fold(v)
				for _, c := range m.checks {
					c.Check(context.Background(), v)
				}
				m.release(v)
			}},
		}
		for _, st := range stages {
			b.Run("input="+in.name+"/stage="+st.name, func(b *testing.B) {
				b.SetBytes(int64(len(in.body)))
				b.ReportAllocs()
				loop(b, st.run)
			})
		}
	}
}

// BenchmarkStatePath runs the default Check on the plain inputs with the
// checks that remember on (state=on: the default in-memory store) and
// off (state=off); the difference is what the state path costs a Check.
// The comment carries an author and an IP, as a site's comments do, so
// the author and sender keys are read and written too. Compare with
//
//	go test -run '^$' -bench StatePath -count 6 ./moderation/ > state.txt
//	benchstat -col /state state.txt
func BenchmarkStatePath(b *testing.B) {
	on, err := New(Config{})
	if err != nil {
		b.Fatal(err)
	}
	off, err := New(stateless(Config{}))
	if err != nil {
		b.Fatal(err)
	}
	for _, in := range []struct{ name, body string }{{"plain-1KB", plainText(1 << 10)}, {"plain-8KB", plainText(8 << 10)}} {
		c := Comment{Body: in.body, Author: "Reader", AuthorEmail: "reader@example.org", IP: "192.0.2.1"}
		for _, m := range []struct {
			name string
			m    *Moderator
		}{{"on", on}, {"off", off}} {
			b.Run("input="+in.name+"/state="+m.name, func(b *testing.B) { benchCheck(b, m.m, c) })
		}
	}
}

// BenchmarkShingles times the duplicate check's keys alone: hashing every
// word of the plain inputs and keeping the smallest shingle hashes. It is
// most of what the state path costs a long comment (BenchmarkStatePath).
func BenchmarkShingles(b *testing.B) {
	for _, in := range []struct{ name, body string }{{"plain-1KB", plainText(1 << 10)}, {"plain-8KB", plainText(8 << 10)}} {
		words := splitWords(foldText(normalise(in.body, DefaultMaxCombiningMarks)))
		b.Run("input="+in.name, func(b *testing.B) {
			b.SetBytes(int64(len(in.body)))
			b.ReportAllocs()
			loop(b, func() { textShingles(words) })
		})
	}
}

// BenchmarkShinglesInto times the duplicate check's keys as Check works
// them out (View.shingles): from the spans of the folded words that
// Moderator.fold keeps, each link one token.
func BenchmarkShinglesInto(b *testing.B) {
	m, err := New(Config{})
	if err != nil {
		b.Fatal(err)
	}
	for _, in := range []struct{ name, body string }{{"plain-1KB", plainText(1 << 10)}, {"plain-8KB", plainText(8 << 10)}} {
		text := normalise(in.body, DefaultMaxCombiningMarks)
		v := &View{Text: text, Links: m.linkify.Find(text)}
		m.fold(v)
		var buf [dupKeys]uint64
		b.Run("input="+in.name, func(b *testing.B) {
			b.SetBytes(int64(len(in.body)))
			b.ReportAllocs()
			loop(b, func() { v.shingles(&buf) })
		})
	}
}

// BenchmarkStateAlone times the state path by itself: reading the state
// of a comment, the flags of the checks that remember, and recording it,
// on a View prepared once. The comment is the one of BenchmarkStatePath,
// checked again and again: after the first time it is a flood and a
// duplicate, so those flags are written too.
func BenchmarkStateAlone(b *testing.B) {
	m, err := New(Config{})
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	for _, in := range []struct{ name, body string }{{"plain-1KB", plainText(1 << 10)}, {"plain-8KB", plainText(8 << 10)}} {
		c := Comment{Body: in.body, Author: "Reader", AuthorEmail: "reader@example.org", IP: "192.0.2.1"}
		v, res, err := m.prepare(c)
		if err != nil {
			b.Fatal(err)
		}
		b.Run("input="+in.name, func(b *testing.B) {
			b.SetBytes(int64(len(in.body)))
			b.ReportAllocs()
			loop(b, func() {
				m.loadState(ctx, v)
				res.Flags, res.Score = m.stateFlags(v, nil)
				m.recordState(ctx, v, &res)
			})
		})
	}
}

// TestPlainInputs holds the plain benchmark inputs to what the issue names:
// plain text (valid UTF-8, no '<', no '&') with exactly five URLs.
func TestPlainInputs(t *testing.T) {
	m, err := New(Config{})
	require.NoError(t, err)
	for _, size := range []int{1 << 10, 8 << 10} {
		body := plainText(size)
		require.True(t, utf8.ValidString(body), "%d bytes: not valid UTF-8", size)
		require.NotContains(t, body, "<")
		require.NotContains(t, body, "&")
		r, err := m.Check(context.Background(), Comment{Body: body})
		require.NoError(t, err)
		require.Len(t, r.Links, len(links), "%d bytes", size)
	}
}

// BenchmarkCheckProse measures Check on 8 KB of ordinary prose with a
// character that may disguise a link but holds none: 。 in Japanese and
// Chinese, the Catalan l·l, a bulleted list (review 20 L2). Such text
// builds no skeleton (textFacts.wideLink), so it costs what other
// prose beyond ASCII does.
func BenchmarkCheckProse(b *testing.B) {
	m, err := New(Config{})
	if err != nil {
		b.Fatal(err)
	}
	for _, in := range []struct{ name, unit string }{
		{"ja", "昨日のニュースを見ました。とても面白かったです。また見たいと思います。"},
		{"zh", "今天天气很好。我们去公园散步吧。明天见！"},
		{"ca", "La col·lecció del museu és intel·ligent i paral·lela a la nostra. "},
		{"bullets", "Packed: • socks • shirts • a towel and some more words here\n"},
	} {
		body := strings.Repeat(in.unit, (8<<10)/len(in.unit)+1)
		cut := 8 << 10
		for !utf8.RuneStart(body[cut]) {
			cut--
		}
		b.Run("input="+in.name+"/size=8KB", func(b *testing.B) {
			benchCheck(b, m, Comment{Body: body[:cut]})
		})
	}
}
