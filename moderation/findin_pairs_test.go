package moderation

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// findInBefore is phraseSet.findIn as it was before its pairs test: every
// word that passed starts went through mayMatchAt (findFormsBefore, for
// a comment with an apostrophe, through mayStartForms).
func (s *phraseSet) findInBefore(words wordList, fn func(phraseMatch)) {
	if s == nil || s.maxLen == 0 {
		return
	}
	if strings.IndexByte(words.text, '\'') >= 0 {
		s.findFormsBefore(words, fn)
		return
	}
	var found [8]phraseMatch
	text, spans := words.text, words.spans
	for i, sp := range spans {
		w := text[sp.start:sp.end]
		k := startKey(w)
		if !hasBit(&s.starts, k) && !s.numberFirst && !mayReadLeet(w) {
			continue
		}
		next := ""
		if i+1 < len(spans) {
			next = text[spans[i+1].start:spans[i+1].end]
		}
		if !s.mayMatchAt(w, next, k) && !((mayReadLeet(w) || mayReadLeet(next)) && s.mayMatchLeet(w, next)) {
			continue
		}
		hits := s.matchesIn(words, i, found[:0])
		for k := len(hits) - 1; k >= 0; k-- {
			fn(hits[k])
		}
	}
}

// findFormsBefore is phraseSet.findForms as it was before its pairs test.
func (s *phraseSet) findFormsBefore(words wordList, fn func(phraseMatch)) {
	var found [8]phraseMatch
	text, spans := words.text, words.spans
	for i, sp := range spans {
		w := text[sp.start:sp.end]
		k := startKey(w)
		if !hasBit(&s.starts, k) && !s.numberFirst && !mayHaveForm(w) && !mayReadLeet(w) {
			continue
		}
		next := ""
		if i+1 < len(spans) {
			next = text[spans[i+1].start:spans[i+1].end]
		}
		if !s.mayStartForms(w, next, k) && !((mayReadLeet(w) || mayReadLeet(next)) && s.mayMatchLeetForms(w, next)) {
			continue
		}
		hits := s.matchesIn(words, i, found[:0])
		for k := len(hits) - 1; k >= 0; k-- {
			fn(hits[k])
		}
	}
}

// TestFindInPairsFirst: findIn, which turns away the words that pass
// starts but pair with no phrase's second word before it calls
// mayMatchAt, finds what findInBefore finds, in the same order, with the
// built-in promotion set, one whose phrases start with or hold a number
// (anyNumber), one whose phrases hold a number after their first word,
// and a site's list, on the check cases, the fuzz corpora
// and random comments of phrase words, numbers, leetspeak and prose. It
// is no test that cannot fail: it counts the comments with a phrase, and
// the words the new test turned away (those that passed starts).
func TestFindInPairsFirst(t *testing.T) {
	sets := []*phraseSet{
		defaultPromoSet,
		newPromoSet([]string{"# percent off", "call # today", "win # dollars", "top #"}),
		newSiteSet([]string{"acme", "viagra", "online casino", "cheap pills", "free money"}),
		newPhraseSet([]string{"call # today", "top #", "win # dollars", "visit my website"}),
	}
	require.True(t, sets[1].numberFirst)
	require.False(t, sets[3].numberFirst)
	texts := append(leetDigitTexts(t), plainText(1<<10), plainText(8<<10), "get 50 percent off now", "call 555 today",
		"the top 10 songs", "win 100 dollars", "visit my website", "visit my webs1te", "ch3ck out my channe1",
		"it's acme's best", "visit my website's page", "check out l'acme", "win 100 dollar's", "it's 50 percent off")
	pieces := []string{"check", "out", "my", "channel", "subscribe", "to", "visit", "website", "i", "the", "for", "our",
		"please", "follow", "me", "on", "free", "money", "online", "casino", "cheap", "pills", "call", "today", "win",
		"percent", "off", "top", "dollars", "ch3ck", "channe1", "casin0", "fr33", "m0ney", "50", "100", "2024", "x",
		"thanks", "for", "writing", "this", "song", "video", "love", "acme", "viagra", "it's", "l'acme", "acme's",
		"website's", "channel's", "don't", "qu'il", "d'acme"}
	rng := rand.New(rand.NewPCG(6397, 19))
	for range 20000 {
		var b strings.Builder
		for k := rng.IntN(20); k >= 0; k-- {
			b.WriteString(pieces[rng.IntN(len(pieces))])
			b.WriteString(" ")
		}
		texts = append(texts, b.String())
	}
	found, turned, turnedForms := 0, 0, 0
	for _, text := range texts {
		folded := foldText(text)
		words := wordList{text: folded, spans: appendWordSpans(nil, folded)}
		for _, s := range sets {
			var got, want []phraseMatch
			s.findIn(words, func(m phraseMatch) { got = append(got, m) })
			s.findInBefore(words, func(m phraseMatch) { want = append(want, m) })
			require.Equal(t, want, got, "%q", text)
			if len(got) > 0 {
				found++
			}
			if s.numberFirst {
				continue
			}
			forms := strings.IndexByte(folded, '\'') >= 0
			for i := 0; i+1 < words.len(); i++ {
				w, next := words.at(i), words.at(i+1)
				k := startKey(w)
				if hasBit(&s.starts, k) && !hasBit(&s.singles, k) && !s.pairs.has(pairKeyOf(k, startKey(next))) &&
					next[0]-'0' >= 10 && !mayReadLeet(w) && !mayReadLeet(next) && !(forms && (mayHaveForm(w) || mayHaveForm(next))) {
					turned++
					if forms {
						turnedForms++
					}
				}
			}
		}
	}
	require.Greater(t, found, 5000)
	require.Greater(t, turned, 20000)
	require.Greater(t, turnedForms, 2000)
}
