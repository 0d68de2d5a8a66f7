package moderation

import (
	"testing"
)

// BenchmarkPrepareWords measures Moderator.fold as Check runs it, on a
// default Moderator (pooled words): folding, splitting into words, the
// facts the checks share; then release. (plainText has a few accented
// words; benchComment is all ASCII.)
func BenchmarkPrepareWords(b *testing.B) {
	m, err := New(Config{})
	if err != nil {
		b.Fatal(err)
	}
	for _, in := range []struct {
		name string
		text string
	}{
		{"plain/1KB", plainText(1 << 10)},
		{"plain/8KB", plainText(8 << 10)},
		{"ascii/8KB", benchComment(8 << 10)},
		{"russian/8KB", russianText(8 << 10)},
	} {
		text := in.text
		links := viewOf(text).Links
		b.Run(in.name, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			loop(b, func() {
				v := View{Text: text, Links: links}
				m.fold(&v)
				m.release(&v)
			})
		})
	}
}

// BenchmarkWordFacts measures wordFactsIn alone, on the words of 8 KB of
// plain text as Moderator.fold keeps them.
func BenchmarkWordFacts(b *testing.B) {
	folded := foldText(plainText(8 << 10))
	words := wordList{text: folded, spans: appendWordSpans(nil, folded)}
	b.ReportAllocs()
	loop(b, func() { wordFactsIn(words) })
}
