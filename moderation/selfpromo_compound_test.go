package moderation

import (
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// promo-idioms.txt is a list as the others are: a header naming its
// source, and entries the phrase filters let through.
func TestPromoIdiomsList(t *testing.T) {
	data, err := listFiles.ReadFile("lists/promo-idioms.txt")
	require.NoError(t, err)
	assert.True(t, strings.HasPrefix(string(data), "#"), "the list starts with a header")
	assert.Contains(t, string(data), "Source", "the header names the source")
	entries := readList("promo-idioms.txt")
	require.NotEmpty(t, entries)
	for _, e := range entries {
		assert.Equal(t, e, strings.TrimSpace(e))
		for _, text := range []string{e, "we said " + e + " and more"} {
			words := splitWords(foldText(text))
			assert.Equal(t, findEvery(defaultPromoSet, words), findFiltered(defaultPromoSet, words), "%q", text)
		}
		// An idiom holds a cue or a topic, or it has no reason to be listed.
		var kinds []int
		defaultPromoSet.find(splitWords(foldText(e)), func(m phraseMatch) { kinds = append(kinds, m.Kind) })
		assert.Contains(t, kinds, promoIdiom, e)
		assert.True(t, slicesContainsAny(kinds, promoCue, promoTopic), "%q holds no cue or topic", e)
	}
}

func slicesContainsAny(list []int, want ...int) bool {
	for _, x := range list {
		for _, w := range want {
			if x == w {
				return true
			}
		}
	}
	return false
}

// TestCompoundExempt: an entry is exempt only as the topic "free" after
// a hyphen and a noun that is no cost or trouble; any other hyphen joins
// nothing.
func TestCompoundExempt(t *testing.T) {
	for _, tc := range []struct {
		text       string
		start, end int
		want       bool
	}{
		{"lock-free queue", 1, 2, true},                  // "free" as a suffix: without
		{"salt-free bread", 1, 2, true},                  // ("gluten free" and "sugar free" are idioms now)
		{"latex-free gloves", 1, 2, true},                //
		{"hands-free kit", 1, 2, true},                   //
		{"lock\u2010free", 1, 2, true},                   // U+2010 HYPHEN
		{"lock-free", 1, 2, true},                        // at the end
		{"risk-free trial", 1, 2, false},                 // a cost or a trouble waived: an offer
		{"cost-free", 1, 2, false},                       //
		{"fee-free", 1, 2, false},                        //
		{"fees-free", 1, 2, false},                       //
		{"charge-free", 1, 2, false},                     //
		{"hassle-free", 1, 2, false},                     //
		{"worry-free", 1, 2, false},                      //
		{"deposit-free bonus", 1, 2, false},              //
		{"all-free robux", 1, 2, false},                  // a closed-class word
		{"is-free", 1, 2, false},                         //
		{"gluten-free-robux", 1, 2, false},               // joined to the word after too
		{"non-free firmware", 1, 2, true},                // "non" as a noun: "not free" offers nothing
		{"anti-free", 1, 2, true},                        //
		{"our side-channel attack", 2, 3, false},         // no prefix exempts
		{"win a non-giveaway", 3, 4, false},              //
		{"an anti-giveaway", 2, 3, false},                //
		{"my channel-based pool", 0, 2, false},           // no suffix exempts what is before it
		{"my channel-based pool", 1, 2, false},           //
		{"my site-wide giveaway", 0, 2, false},           //
		{"my blog-style page", 0, 2, false},              //
		{"my video-like intro", 0, 2, false},             //
		{"free-range eggs", 0, 1, false},                 // "free" before the hyphen
		{"free-gift card", 0, 1, false},                  // a spammer's hyphen
		{"get free-gift card", 2, 4, false},              // "gift card" starts inside it
		{"subscribe-now", 0, 1, false},                   //
		{"please-check my channel", 0, 2, false},         //
		{"my channel and-subscribe", 3, 4, false},        //
		{"get-free robux", 1, 2, false},                  // "get" is a word of the lists
		{"subscribe-free gift", 1, 2, false},             // so is "subscribe"
		{"totally-free iphone", 1, 2, false},             // an adverb
		{"a 100-free offer", 2, 3, false},                // a number
		{"channel-free zone", 0, 1, false},               // "channel" is no suffix
		{"subscribe-based gift", 0, 1, false},            // a one-word phrase
		{"sub-4-sub anyone", 0, 3, false},                // the whole compound
		{"check-out my channel", 0, 3, false},            //
		{"lock – free", 1, 2, false},                     // a dash with spaces joins nothing
		{"visit lock-free.xyz", 2, 3, false},             // a host
		{"at example.net/lock-free now", 4, 5, false},    // a path
		{"mail lock-free-club@example.net", 2, 3, false}, // an address
	} {
		words := wordList{text: foldText(tc.text)}
		words.spans = appendWordSpans(nil, words.text)
		var m phraseMatch
		for _, hit := range defaultPromoSet.matchesIn(words, tc.start, nil) {
			if hit.End == tc.end {
				m = hit
			}
		}
		require.Equal(t, tc.end, m.End, "%q [%d:%d] %v is an entry", tc.text, tc.start, tc.end, words.strings())
		c := compounds{words: words}
		assert.Equal(t, tc.want, c.exempt(defaultPromoVocab, m), "%q %q", tc.text, m.Phrase)
	}
}

// promo-compounds.txt is a list as the others are: each suffix is one
// folded word after a hyphen, each compound that still counts is one
// folded word, a hyphen and a listed suffix. (A word that is in the
// lists too keeps its line: the lists may change.)
func TestPromoCompoundsList(t *testing.T) {
	data, err := listFiles.ReadFile("lists/promo-compounds.txt")
	require.NoError(t, err)
	assert.True(t, strings.HasPrefix(string(data), "#"), "the list starts with a header")
	assert.Contains(t, string(data), "Source", "the header names the source")
	for _, e := range readList("promo-compounds.txt") {
		before, suffix, _ := strings.Cut(e, "-")
		assert.Equal(t, []string{suffix}, splitWords(foldText(suffix)), "%q: the suffix is one folded word", e)
		assert.True(t, promoSuffixes.has(foldText(suffix)), "%q: the suffix is listed", e)
		if before == "" {
			continue
		}
		assert.Equal(t, []string{before}, splitWords(foldText(before)), "%q: the word before is one folded word", e)
		k := compoundKey{foldText(before), foldText(suffix)}
		assert.True(t, promoOffers[k], "%q still counts", e)
	}
	for _, w := range []string{"", "lock", "fre", "freee", "f", "based", "like", "side", "non", "channel"} {
		assert.False(t, promoSuffixes.has(w), "%q is no listed suffix", w)
	}
	for _, w := range []string{"lock", "gluten", "sugar", "hands", "bug", "ad", "fat", "wait", "lag"} {
		assert.False(t, promoOffers[compoundKey{w, "free"}], "%q-free stays exempt", w)
	}
}

// inLink looks at most linkLook bytes to each side of a hyphen, so that
// in one long run of hyphenated words each match costs a few dozen bytes,
// not a scan of the whole run: a sign of a link farther away is not seen.
func TestInLinkIsBounded(t *testing.T) {
	near := strings.Repeat("b", linkLook-2) + "/"
	far := strings.Repeat("b", linkLook) + "/"
	assert.True(t, inLink("a-"+near, 1, 2), "a slash within linkLook after the hyphen")
	assert.False(t, inLink("a-"+far, 1, 2), "a slash farther than linkLook after the hyphen")
	assert.True(t, inLink(reverse(near)+"a-b", linkLook, linkLook+1), "a slash within linkLook before it")
	assert.False(t, inLink(reverse(far)+"a-b", linkLook+2, linkLook+3), "a slash farther than linkLook before it")
}

func reverse(s string) string {
	b := []byte(s)
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
	return string(b)
}

// FuzzCompounds: a spammer gains nothing by choosing a compound, and
// what compounds remembers of the text never changes an answer. Unless
// the text has "free" after a hyphen and a word the rule takes for a noun
// (no word of the lists, no digit, no -ly, no cost or trouble of
// promo-compounds.txt: "lock-free"), or a possessive a few words before a
// hyphen and the second half of a compound adjective (where "my
// channel-based" may be a topic, not a phrase), the
// check says the same of it as of the text with every hyphen a space:
// "risk-free" and "non-giveaway" count as "risk free" and "non
// giveaway". Asked about every pair of words, in order and then
// back again, one compounds finds the same hyphens in links as a fresh one
// asked each time, and inLink the same as a plain scan of the run around
// the hyphen (checked on the text's first hyphens).
func FuzzCompounds(f *testing.F) {
	f.Add("The lock-free queue and my channel-based pool, see x.example/free-gift-cards now")
	f.Add(strings.Repeat("lock-free-", 30) + "x.y/" + strings.Repeat("a-b-", 20) + " c-d@e")
	f.Add("a-b.c-d e-f/g-h i-j k\u2010l m\u2011n o - p")
	f.Add("Subscribe-now for a free-gift card, please-check my channel and-subscribe")
	f.Add("Get-free robux, sub-4-sub, check-out my-channel, totally-free giveaway")
	f.Add("Earn money from home, totally risk-free, 500 dollars daily")
	f.Add("Get robux risk-free / cost-free / charge-free now, click the link in my profile")
	f.Add("Visit my site-wide giveaway today, subscribe to my channel-style giveaway")
	f.Add("Check out my blog-style page for hassle-free stuff")
	f.Add("Win an iPhone non-giveaway now, non-click here, anti-giveaway, all-free, gluten-free-robux")
	check := SelfPromotion()
	ctx := context.Background()
	f.Fuzz(func(t *testing.T, text string) {
		folded := foldText(text)
		spaced := strings.NewReplacer("-", " ", "\u2010", " ", "\u2011", " ").Replace(folded)
		words := wordList{text: folded, spans: appendWordSpans(nil, folded)}
		if !mayBeExempt(words) {
			hyphens := check.Check(ctx, &View{Folded: folded, Words: splitWords(folded)})
			spaces := check.Check(ctx, &View{Folded: spaced, Words: splitWords(spaced)})
			if !assert.Equal(t, spaces, hyphens, "%q with hyphens, and as spaces", folded) {
				t.FailNow()
			}
		}
		shared := compounds{words: words}
		for _, i := range append(pairs(words.len()), reversed(pairs(words.len()))...) {
			fresh := compounds{words: words}
			if !shared.hyphenBetween(i) {
				continue
			}
			if got, want := shared.inLinkAt(i), fresh.inLinkAt(i); got != want {
				t.Fatalf("%q, words %d and %d: in a link %v with what compounds remembers, %v without", folded, i, i+1, got, want)
			}
		}
		for i, checked := 0, 0; i+1 < len(folded) && checked < 8; i++ {
			if folded[i] == '-' {
				checked++
				if got, want := inLink(folded, i, i+1), inRunWithSign(folded, i, i+1); got != want {
					t.Fatalf("%q, hyphen at %d: inLink %v, a plain scan %v", folded, i, got, want)
				}
			}
		}
	})
}

// mayBeExempt reports whether words has the one shape the compound rule
// exempts, a listed suffix after a hyphen and a word that may be a noun
// and is no cost or trouble ("lock-free"), or may have a phrase of a
// possessive and a noun before a hyphen, which counts as a topic ("my
// channel-based").
func mayBeExempt(words wordList) bool {
	c := compounds{words: words}
	for i := 1; i < words.len(); i++ {
		if c.hyphenBetween(i) && i+1 < words.len() && promoAdjectives.has(words.at(i+1)) {
			for j := max(0, i-defaultPromoSet.maxLen+1); j < i; j++ {
				if promoPossessives.has(words.at(j)) {
					return true
				}
			}
		}
		w, before := words.at(i), words.at(i-1)
		if promoSuffixes.has(w) && c.hyphenBetween(i-1) && modifiesAsNoun(before, defaultPromoVocab) && !promoOffers[compoundKey{before, w}] {
			return true
		}
	}
	return false
}

func pairs(n int) []int {
	var out []int
	for i := 0; i+1 < n; i++ {
		out = append(out, i)
	}
	return out
}

func reversed(s []int) []int {
	out := make([]int, len(s))
	for i, x := range s {
		out[len(s)-1-i] = x
	}
	return out
}

// inRunWithSign is inLink written plainly: the run of text without white
// space around text[start:end], cut to linkLook bytes each way, holds a
// slash, an @ or a dot between two characters of words.
func inRunWithSign(text string, start, end int) bool {
	lo, hi := start, end
	for lo > max(start-linkLook, 0) && !strings.ContainsRune(" \n\t", rune(text[lo-1])) {
		lo--
	}
	for hi < min(end+linkLook, len(text)) && !strings.ContainsRune(" \n\t", rune(text[hi])) {
		hi++
	}
	for i := lo; i < hi; i++ {
		switch c := text[i]; {
		case c == '/' || c == '@':
			return true
		case c == '.' && i > 0 && i+1 < len(text) && isASCIIAlnum(text[i-1]) && isASCIIAlnum(text[i+1]):
			return true
		}
	}
	return false
}
