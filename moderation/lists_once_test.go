package moderation

import (
	"strings"
	"testing"
)

// TestPromoEntriesOnce: the self-promotion lists are built into one set in
// which the first entry of a phrase keeps its kind (newPromoSet adds the
// phrases, then the calls to action, the topics, the idioms; the pointers
// come after), so an entry that folds to one already listed is dead: a
// topic that is a phrase too still holds a comment alone, whatever its
// line in promo-topics.txt says. Every entry must fold to words no earlier
// entry has, so that each list says what the check does. (The offers of
// lists/offers.txt are exempt: newPromoLists gives a self-promotion entry
// that is an offer too both roles on purpose.)
func TestPromoEntriesOnce(t *testing.T) {
	lists := []struct {
		name    string
		entries []string
	}{
		{"promo-phrases.txt", readList("promo-phrases.txt")},
		{"promo-cues.txt", readList("promo-cues.txt")},
		{"promo-topics.txt", readList("promo-topics.txt")},
		{"promo-idioms.txt", readList("promo-idioms.txt")},
	}
	for _, role := range []string{"search", "named", "frame", "kin", "contest"} {
		lists = append(lists, struct {
			name    string
			entries []string
		}{"promo-pointers.txt (" + role + ")", promoPointers[role]})
	}
	first := map[string]string{}
	for _, l := range lists {
		for _, e := range l.entries {
			for _, words := range phraseForms(e) {
				key := strings.Join(words, " ")
				if was, ok := first[key]; ok {
					t.Errorf("%s: %q folds to %q, listed already as %s", l.name, e, key, was)
					continue
				}
				first[key] = l.name + " " + e
			}
		}
	}
}
