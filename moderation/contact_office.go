package moderation

import "strings"

// A reader who passes on how to join or reach a club, a choir or a parish
// often names the office to write to or ring, and only then its number or
// address: "Bel de secretaris: 020 612 3489", "Email the secretary,
// Alan: secretary.club@gmail.com", "ligue para a secretaria: (11)
// 3456-7890". A firm's number is its own ("call us", "WhatsApp me") or
// its desk's ("our sales team"); the officers of an association are no
// firm's. ContactCheck does not count such a number or address when the
// comment also names a community body or a public service and speaks of
// no money (communityContact), with no date needed as communityPhone
// needs one.

// communityOffices are the offices of a community body
// (lists/community-offices.txt), in lower case as typed.
var communityOffices = newWordSet(readList("community-offices.txt"))

// officeContact reports whether the contact detail that starts at
// v.Text[at] (a number or an address, as typed) is given for an office of
// a community body: one of the five words before it, within 60 bytes, is
// one of communityOffices, with none of selfWords ("me", "us") between
// them nor the writer's or a firm's possessive before it ("our
// secretary": ownedOffice), and the comment names such a body and speaks of no money
// (communityContact). It reads at most 60 bytes, and the words once.
func officeContact(v *View, contact string) bool {
	if contact == "" {
		return false
	}
	at := strings.Index(v.Text, contact)
	return at >= 0 && officeBefore(v.Text, at) && communityContact(v, false)
}

// officeBefore reports whether one of the five words before text[at],
// within 60 bytes, is one of communityOffices, with none of selfWords,
// sellerWords or singularWords between it and text[at] nor in the two
// words before it. Words are split as personCalled splits them.
func officeBefore(text string, at int) bool {
	lo := max(0, at-60)
	for w, i := range wordsBack(text, lo, at, 5) {
		if selfWords.has(w) || sellerWords.has(w) || singularWords.has(w) {
			return false
		}
		if communityOffices.has(w) {
			return !ownedOffice(text, lo, i)
		}
	}
	return false
}

// ownedOffice reports whether one of the two words before text[i] (an
// office), within text[lo:], is the writer's or a firm's possessive or
// pronoun ("our secretary", "my coordinator"): a firm's own desk.
func ownedOffice(text string, lo, i int) bool {
	for w := range wordsBack(text, lo, i, 2) {
		if selfWords.has(w) || sellerWords.has(w) || singularWords.has(w) {
			return true
		}
	}
	return false
}
