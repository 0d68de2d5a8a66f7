package moderation

import "strings"

// triedAnAction reports whether m, a testimonial's turn of
// lists/promo-topics.txt ("until I tried", "until we tried"), goes on
// with a verb in -ing: the speaker tried a way of doing something ("the
// app crashed until I tried clearing the cache", "until we tried
// putting him down earlier"), which is how readers tell a fix. A
// testimonial tries a product, a noun ("a disaster until I tried the
// feed from …", "until I tried FlexiMax capsules").
func triedAnAction(words wordList, m phraseMatch) bool {
	if m.End >= words.len() || words.at(m.End-1) != "tried" {
		return false
	}
	w := words.at(m.End)
	// Five letters at least: "ring", "king" and "sing" are nouns.
	return len(w) > len("ring") && strings.HasSuffix(w, "ing")
}
