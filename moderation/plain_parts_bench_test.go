package moderation

import (
	"context"
	"fmt"
	"testing"
)

// BenchmarkPlainParts times, on the plain inputs of BenchmarkPipeline
// (normalised as Check normalises them), each part of what Check does
// after the pipeline: folding, the word split, each of the shared facts,
// and each built-in check on the View as Check prepares it. It is the
// breakdown of impl=check minus impl=pipeline.
func BenchmarkPlainParts(b *testing.B) {
	ctx := context.Background()
	m, err := New(Config{})
	if err != nil {
		b.Fatal(err)
	}
	for _, size := range []int{1 << 10, 8 << 10} {
		text := normalise(plainText(size), DefaultMaxCombiningMarks)
		v := preparedView(text)
		folded := v.Folded
		spans := make([]wordSpan, 0, wordsCap(folded))
		run := func(name string, op func()) {
			b.Run(fmt.Sprintf("size=%dKB/part=%s", size>>10, name), func(b *testing.B) {
				b.SetBytes(int64(len(text)))
				b.ReportAllocs()
				loop(b, op)
			})
		}
		run("fold", func() { foldText(text) })
		run("words", func() { spans = appendWordSpans(spans[:0], folded) })
		run("textfacts", func() { textFactsOf(text) })
		words := v.words()
		run("wordfacts", func() { wordFactsIn(words) })
		run("linksites", func() { linkSitesOf(v.Links) })
		var sketch [dupKeys]uint64
		run("shingles", func() { shinglesInto(words, &sketch) })
		run("prepare", func() {
			p := View{Text: text, Links: v.Links}
			m.fold(&p)
			m.release(&p)
		})
		for _, c := range m.checks {
			run(fmt.Sprintf("%T", c)[len("*moderation."):], func() { c.Check(ctx, v) })
		}
		run("checks", func() {
			for _, c := range m.checks {
				c.Check(ctx, v)
			}
		})
	}
}
