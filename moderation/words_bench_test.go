package moderation

import (
	"strings"
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

// BenchmarkFindPhrases measures a walk of a comment's words by a phrase
// set, as SelfPromotionCheck (set=promo) and WordsCheck (set=site) make
// one: on the plain input, on the plain input with one "it's" (a comment
// with an apostrophe takes the walk that tries forms: findForms), and on
// English prose in which every few words have an apostrophe ("it's",
// "don't", "the author's"), each possessive or elision of which matching
// also tries without it.
func BenchmarkFindPhrases(b *testing.B) {
	const apostrophes = "It's the author's best piece, and I don't think she'd disagree; " +
		"we'll see what the editor's note says about l'affaire once it's out. "
	site := newSiteSet([]string{"acme", "viagra", "online casino", "cheap pills"})
	for _, in := range []struct{ name, text string }{
		{"plain", plainText(1 << 10)},
		{"one-apostrophe", "It's " + plainText(1<<10-5)},
		{"apostrophes", strings.Repeat(apostrophes, (1<<10)/len(apostrophes)+1)[:1<<10]},
	} {
		folded := foldText(in.text)
		words := wordList{text: folded, spans: appendWordSpans(nil, folded)}
		for _, set := range []struct {
			name string
			set  *phraseSet
		}{{"promo", defaultPromoSet}, {"site", site}} {
			b.Run("input="+in.name+"/set="+set.name, func(b *testing.B) {
				b.SetBytes(int64(len(in.text)))
				b.ReportAllocs()
				n := 0
				loop(b, func() { set.set.findIn(words, func(phraseMatch) { n++ }) })
			})
		}
	}
}

// BenchmarkCheckApostrophe measures a default Check on the plain 1 KB
// input and on the same with one "It's" in front: a comment with an
// apostrophe takes the phrase walk that tries possessives and elisions
// (findForms), which costs a little more a word.
func BenchmarkCheckApostrophe(b *testing.B) {
	m, err := New(Config{})
	if err != nil {
		b.Fatal(err)
	}
	for _, in := range []struct{ name, text string }{
		{"plain", plainText(1 << 10)},
		{"one-apostrophe", "It's " + plainText(1<<10-5)},
	} {
		b.Run("input="+in.name, func(b *testing.B) { benchCheck(b, m, Comment{Body: in.text}) })
	}
}
