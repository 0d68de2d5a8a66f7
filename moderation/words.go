package moderation

import (
	"context"
)

// WordsCheck flags words from a site's own lists: Blocked words reject a
// comment (CodeBlockedWord), Hold words hold it (CodeHoldWord).
//
// Entries are whole words or phrases matched against the words of the
// folded text, so case, accents, leetspeak and look-alike letters do not
// hide them ("fr3e", "ƒree" and "frее" with a Cyrillic е all match
// "free"; "ΚΑΛΗΜΕΡΑ" matches "καλημέρα"), while Russian and Greek words
// keep their letters ("ВОТ ЭТО ДА" matches "вот", not "bot"), and a word
// never matches inside another: a blocked "ass" fires on "ass" and "@ss"
// but not on "class", "assistant" or "Scunthorpe"-style words. A word's
// possessive or elided form matches its entry ("acme's", "ACME’s" and
// "l'acme" match "acme"); other forms of a word ("asses") are separate
// entries.
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
	words := v.words()
	if w := collectPhrases(c.blocked, words); len(w) > 0 {
		flags = append(flags, Flag{Code: CodeBlockedWord, Score: c.BlockedScore,
			Detail: "uses " + quoteList(w, 3) + ", on the site's list of blocked words"})
	}
	if w := collectPhrases(c.hold, words); len(w) > 0 {
		flags = append(flags, Flag{Code: CodeHoldWord, Score: c.HoldScore,
			Detail: "uses " + quoteList(w, 3) + ", on the site's list of words to review"})
	}
	return flags
}

// collectPhrases returns the distinct phrases of s found in words, in the
// order found, at most maxPromoEvidence of them.
func collectPhrases(s *phraseSet, words wordList) []string {
	var out []string
	s.findIn(words, func(m phraseMatch) {
		if len(out) < maxPromoEvidence && !contains(out, m.Phrase) {
			out = append(out, m.Phrase)
		}
	})
	return out
}
