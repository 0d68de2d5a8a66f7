package moderation

import (
	"context"
	"unicode"
	"unicode/utf8"
)

// WordsCheck flags words from a site's own lists: Blocked words reject a
// comment (CodeBlockedWord), Hold words hold it (CodeHoldWord).
//
// Entries are whole words or phrases matched against the words of the
// folded text, so case, accents, leetspeak and look-alike letters do not
// hide them ("fr3e", "fr33", "ƒree", "ᶠʳᵉᵉ" and "frее" with a Cyrillic е
// all match "free"; "ΚΑΛΗΜΕΡΑ" matches "καλημέρα"), while Russian and Greek words
// keep their letters ("ВОТ ЭТО ДА" matches "вот", not "bot"), and a word
// never matches inside another: a blocked "ass" fires on "ass" and "@ss"
// but not on "class", "assistant" or "Scunthorpe"-style words. A word's
// possessive or elided form matches its entry ("acme's", "ACME’s" and
// "l'acme" match "acme"); other forms of a word ("asses") are separate
// entries.
//
// A Cyrillic or Greek entry matches whichever script its disguise is
// written in: Latin letters put in a Cyrillic or Greek word read as the
// letters they look like there ("кaзинo" with a Latin a and o, and
// "KAЗИНO", match "казино"; see twinText), while a word with a Latin
// letter that looks like none of them stays as it is: a loanword
// ("Goшный", "в Dockerе") or a transliteration ("kazino") is never read
// as a listed Cyrillic word.
type WordsCheck struct {
	BlockedScore float64
	HoldScore    float64

	blocked, hold *phraseSet
}

// Words returns the word-list check (scores BlockedWordScore and
// HoldWordScore). Either list may be empty.
func Words(blocked, hold []string) *WordsCheck {
	return &WordsCheck{
		BlockedScore: BlockedWordScore,
		HoldScore:    HoldWordScore,
		blocked:      newSiteSet(blocked),
		hold:         newSiteSet(hold),
	}
}

// Codes returns the codes the check raises.
func (c *WordsCheck) Codes() []string { return []string{CodeBlockedWord, CodeHoldWord} }

// Check implements Checker.
func (c *WordsCheck) Check(_ context.Context, v *View) []Flag {
	var flags []Flag
	words, twins := v.words(), c.twinWords(v)
	if w := collectPhrases(c.blocked, words, twins); len(w) > 0 {
		flags = append(flags, Flag{Code: CodeBlockedWord, Score: c.BlockedScore,
			Detail: "uses " + quoteList(w, 3) + ", on the site's list of blocked words"})
	}
	if w := collectPhrases(c.hold, words, twins); len(w) > 0 {
		flags = append(flags, Flag{Code: CodeHoldWord, Score: c.HoldScore,
			Detail: "uses " + quoteList(w, 3) + ", on the site's list of words to review"})
	}
	return flags
}

// twinWords returns the words of v's Text read by twinText and folded as
// words of their own script, or none when twinText reads no word
// differently. A comment with no Cyrillic or Greek letter (v's facts tell)
// is not read at all, nor is any when both lists are empty.
func (c *WordsCheck) twinWords(v *View) wordList {
	if isEmptySet(c.blocked) && isEmptySet(c.hold) || !v.textFacts().mayMix {
		return wordList{}
	}
	read, changed := twinText(v.Text)
	if !changed {
		return wordList{}
	}
	// The words read are of their script now: one made of look-alikes
	// only ("сок" of "сoк") keeps its letters, as an entry's second
	// fold does (foldVariants).
	return wordsOf(splitWords(foldKeepingScripts(read)))
}

func isEmptySet(s *phraseSet) bool { return s == nil || s.maxLen == 0 }

// twinText returns text with the ASCII letters of each word that mixes
// them with Cyrillic letters, or with Greek ones, replaced by their twins
// in that script (lookTwins), and whether any was: "лучшее кaзинo" reads
// "лучшее казино", "KAΖΙΝO" reads "ΚΑΖΙΝΟ". A word is read only when every
// ASCII letter in it has a twin there and its other letters are of that
// one script, so the Latin stem of a loanword ("Goшный", "в Dockerе",
// "iPhoneάκι": G, D, h have none) and an all-Latin word stay as they are.
// Digits stay: "кaзинo1" reads "казино1", another word. The words are
// split as folding splits them (foldTextIn): runs of letters, digits and
// marks. One pass, and no allocation when no word is read.
func twinText(text string) (string, bool) {
	var b []byte // nil until a word is read
	done := 0    // text[:done] is in b
	for i := 0; i < len(text); {
		start := i
		latin := false    // the word has an ASCII letter
		var scripts uint8 // mixCyrillic, mixGreek: of its other letters
		other := false    // a letter of another script, or a Latin one beyond ASCII
		for i < len(text) {
			if c := text[i]; c < utf8.RuneSelf {
				if !asciiWordByte[c] {
					break
				}
				latin = latin || asciiCase[c] != 0
				i++
				continue
			}
			r, size := utf8.DecodeRuneInString(text[i:])
			class := runeClassOf(r)
			if class&classWordLetter == 0 {
				break
			}
			switch {
			case class&cyrillicLetter != 0:
				scripts |= mixCyrillic
			case class&greekLetter != 0:
				scripts |= mixGreek
			case unicode.IsLetter(r):
				other = true
			} // a mark or a digit belongs to any word
			i += size
		}
		if i == start {
			_, size := utf8.DecodeRuneInString(text[i:])
			i += size // no word here
			continue
		}
		twins := lookTwins[scripts]
		if !latin || other || twins == nil || !allHaveTwins(text[start:i], twins) {
			continue
		}
		b = append(b, text[done:start]...)
		for k := start; k < i; k++ {
			if c := text[k]; c < utf8.RuneSelf && twins[c] != 0 {
				b = utf8.AppendRune(b, twins[c])
			} else {
				b = append(b, c)
			}
		}
		done = i
	}
	if b == nil {
		return text, false
	}
	return string(append(b, text[done:]...)), true
}

// allHaveTwins reports whether every ASCII letter of word has a twin.
func allHaveTwins(word string, twins *[utf8.RuneSelf]rune) bool {
	for k := 0; k < len(word); k++ {
		if c := word[k]; asciiCase[c] != 0 && twins[c] == 0 {
			return false
		}
	}
	return true
}

// collectPhrases returns the distinct phrases of s found in words and
// then in twins (the words as twinText reads them; none for most
// comments), in the order found, at most maxPromoEvidence of them.
func collectPhrases(s *phraseSet, words, twins wordList) []string {
	var out []string
	add := func(m phraseMatch) {
		if len(out) < maxPromoEvidence && !contains(out, m.Phrase) {
			out = append(out, m.Phrase)
		}
	}
	s.findIn(words, add)
	if twins.len() > 0 {
		s.findIn(twins, add)
	}
	return out
}
