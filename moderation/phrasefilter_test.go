package moderation

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// findEvery is phraseSet.find without its filters: the trie walked at
// every word. The filters must never change what find reports.
func findEvery(s *phraseSet, words []string) []phraseMatch {
	var out []phraseMatch
	for i := range words {
		hits := s.matchesAt(words, i, nil)
		for k := len(hits) - 1; k >= 0; k-- {
			out = append(out, hits[k])
		}
	}
	return out
}

func findFiltered(s *phraseSet, words []string) []phraseMatch {
	var out []phraseMatch
	s.find(words, func(m phraseMatch) { out = append(out, m) })
	return out
}

// Every entry of the self-promotion lists is found, alone, at the end of
// a comment, and amid ordinary words: the filters let each through.
func TestPhraseFiltersKeepEveryEntry(t *testing.T) {
	for _, name := range []string{"promo-phrases.txt", "promo-cues.txt", "promo-topics.txt"} {
		for _, entry := range readList(name) {
			entry = strings.ReplaceAll(entry, anyNumber, "42")
			// Each word with a possessive or an elision (formsOf): the
			// filters let those through too.
			possessive := strings.ReplaceAll(entry, " ", "'s ") + "'s"
			elided := "l'" + strings.ReplaceAll(entry, " ", " d'")
			for _, text := range []string{entry, "we said " + entry, entry + " and then some more", "if " + entry + " 7",
				possessive, "we said " + possessive + " too", elided, "so " + elided + " too"} {
				words := splitWords(foldText(text))
				assert.Equal(t, findEvery(defaultPromoSet, words), findFiltered(defaultPromoSet, words), "%s: %q", name, text)
			}
		}
	}
}

// FuzzPhraseFilters: on any text, find reports what the unfiltered walk
// of the trie does.
func FuzzPhraseFilters(f *testing.F) {
	f.Add("Check out my channel, sub4sub! if I get 100 subscribers I will subscribe back")
	f.Add("i read it; our team; for sale 2 for 1; to 1000 subs")
	f.Add("100 200 300 like share subscribe")
	f.Add("Acme's tools, l'acme et qu'il; it's ACME’S TOOLS's")
	f.Add("pleas3 share's it, visit my sit3 today") // a leet word before a form (review 18 L1)
	set := newPhraseSet([]string{"# # #", "# subs", "top #", "x", "acme tools", "acme's", "il"})
	f.Fuzz(func(t *testing.T, text string) {
		words := splitWords(foldText(text))
		for _, s := range []*phraseSet{defaultPromoSet, set} {
			if got, want := findFiltered(s, words), findEvery(s, words); !assert.ObjectsAreEqual(want, got) {
				t.Fatalf("%q: find %v, every word %v", text, got, want)
			}
		}
	})
}
