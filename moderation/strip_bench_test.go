package moderation

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/microcosm-cc/bluemonday"
)

// discard is a string writer that keeps nothing: the sanitizer's own cost,
// without collecting or reading its output.
type discard struct{}

func (discard) Write(p []byte) (int, error)       { return len(p), nil }
func (discard) WriteString(s string) (int, error) { return len(s), nil }

// BenchmarkStrip splits the strip stage on 8 KB of HTML into its parts:
// part=strip is the whole stage, with New's own StripPolicy; part=escape
// is escapeNonTags alone; part=inert is dropInertTags on its output;
// part=policy is bluemonday with StripPolicy writing to nowhere, on what
// part=inert leaves, as strip runs it, and part=policy-all on the whole
// escaped body, as strip ran it before dropInertTags; beside them
// part=strict, bluemonday.StrictPolicy().Sanitize, the baseline of the
// issue; part=writer reads the sanitizer's whole output with readText and
// copies the text into a string, as sanitizedText does. What strip costs
// beyond part=policy is ours to make cheaper. Compare two builds with
//
//	go test -run '^$' -bench '^BenchmarkStrip$' -count 6 ./moderation/
func BenchmarkStrip(b *testing.B) {
	body := htmlText(8 << 10)
	s := stripper{policy: StripPolicy(), inert: true}
	escaped := escapeNonTags(body)
	dropped, _ := dropInertTags(nil, escaped)
	output := []byte(s.policy.Sanitize(string(dropped)))
	strict := bluemonday.StrictPolicy()
	var text, input []byte // reused, as sanitizedText reuses its pooled buffers
	parts := []struct {
		name string
		run  func()
	}{
		{"strip", func() { var mk Markup; s.strip(body, &mk, nil) }},
		{"escape", func() { escapeNonTags(body) }},
		{"inert", func() { input, _ = dropInertTags(input[:0], escaped) }},
		{"policy", func() { _ = s.policy.SanitizeReaderToWriter(bytes.NewReader(dropped), discard{}) }},
		{"policy-all", func() { _ = s.policy.SanitizeReaderToWriter(strings.NewReader(escaped), discard{}) }},
		{"strict", func() { _ = strict.Sanitize(body) }},
		{"writer", func() {
			var mk Markup
			text = readText(slices.Grow(text[:0], len(output)), output, &mk, nil)
			_ = string(text)
		}},
	}
	for _, p := range parts {
		b.Run("part="+p.name, func(b *testing.B) {
			b.SetBytes(int64(len(body)))
			b.ReportAllocs()
			loop(b, p.run)
		})
	}
}

// referenceText returns n bytes dense with ampersands: incomplete
// references, names that only a decode tells apart ("&notin;" from
// "&notaname;"), long names and long numbers.
func referenceText(n int) string {
	const unit = "a&b &region=1&#65&#x41; &notin;&notaname;&CounterClockwiseContourIntegral;&#0000000000065;&&& <b>&amp</b> "
	return strings.Repeat(unit, n/len(unit)+1)[:n]
}

// BenchmarkEscapeReferences shows that escaping the ampersands that start
// no complete reference costs time linear in the size of the text: the
// throughput (MB/s) stays level from 16 KB to 1 MB.
//
//	go test -run '^$' -bench EscapeReferences -count 6 ./moderation/ | benchstat -col /size -
func BenchmarkEscapeReferences(b *testing.B) {
	for _, size := range []int{16 << 10, 128 << 10, 1 << 20} {
		body := referenceText(size)
		b.Run(fmt.Sprintf("size=%dKB", size>>10), func(b *testing.B) {
			b.SetBytes(int64(len(body)))
			b.ReportAllocs()
			loop(b, func() { escapeNonTags(body) })
		})
	}
}

// inertHostileUnits are bodies built to make dropInertTags read far: tags
// whose quoted attribute values hold '>' and '<', raw text with many "</"
// that do not end it, scripts, and tags of every kind packed tight.
var inertHostileUnits = []struct{ name, unit string }{
	{"attrs", `<b a="<i>>" c='x>y' d=e f>t</b><div class="x>" style='a'>u</div>`},
	{"rawtext", "<script></scrip </b </i></script><style></styl</style><textarea></textare</textarea>"},
	{"tags", "<b><i><span><img><br class=x><p id=y></i></b></span>"},
	{"text-lt", "a < b <3 <<b>b> 1<2 "},
}

// BenchmarkDropInertTags shows that taking out inert tags costs time
// linear in the size of the body: the throughput (MB/s) of each input
// stays level from 16 KB to 1 MB.
//
//	go test -run '^$' -bench DropInertTags -count 6 ./moderation/ | benchstat -col /size -
func BenchmarkDropInertTags(b *testing.B) {
	for _, u := range inertHostileUnits {
		for _, size := range []int{16 << 10, 128 << 10, 1 << 20} {
			body := escapeNonTags(strings.Repeat(u.unit, size/len(u.unit)+1)[:size])
			var dst []byte
			b.Run(fmt.Sprintf("input=%s/size=%dKB", u.name, size>>10), func(b *testing.B) {
				b.SetBytes(int64(len(body)))
				b.ReportAllocs()
				loop(b, func() { dst, _ = dropInertTags(dst[:0], body) })
			})
		}
	}
}
