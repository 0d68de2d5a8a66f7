package moderation

// The roles of lists/free-facts.txt: "free" said of a thing as a fact in
// the other languages, read as freeAsFact reads the English words.
var freeFacts = readFreeFacts("free-facts.txt")

type freeFactWords struct {
	free, copula, adverb, terms, maker *wordSet
}

// freeFactRoles are the roles of lists/free-facts.txt.
var freeFactRoles = []string{"free", "copula", "adverb", "terms", "maker"}

func readFreeFacts(name string) freeFactWords {
	sets := readRoleSets(name, freeFactRoles)
	return freeFactWords{
		free: sets["free"], copula: sets["copula"], adverb: sets["adverb"],
		terms: sets["terms"], maker: sets["maker"],
	}
}

// The bits of freeAsFact's cache of what a comment speaks as: the
// English maker's words (speaksAsMaker) in the low two bits, and those
// and the other languages' (speaksAsMakerAnywhere) in the next two; in
// each, 0 is not read yet, 1 no, 2 yes.
const (
	makerShift      = 2
	makerMask  int8 = 3
)

// foreignFreeAsFact reports whether the topic m is a word of the role
// "free" of lists/free-facts.txt said of a thing: after a copula of the
// list (an adverb between allowed), not before the terms of an offer, in
// a comment that speaks as no maker or seller in any language. maker is
// freeAsFact's cache.
func foreignFreeAsFact(words wordList, m phraseMatch, maker *int8) bool {
	if m.End-m.Start != 1 || m.Start == 0 || !freeFacts.free.has(words.at(m.Start)) {
		return false
	}
	before := m.Start - 1
	if freeFacts.adverb.has(words.at(before)) && before > 0 {
		before--
	}
	if !freeFacts.copula.has(words.at(before)) {
		return false
	}
	if m.End < words.len() && freeFacts.terms.has(words.at(m.End)) {
		return false // "gratis para socios": the terms of an offer
	}
	if (*maker>>makerShift)&makerMask == 0 {
		known := int8(1)
		if speaksAsMaker(words) || speaksAsMakerAnywhere(words) {
			known = 2
		}
		*maker |= known << makerShift
	}
	return (*maker>>makerShift)&makerMask == 1
}

// speaksAsMakerAnywhere reports whether words have a maker's word of
// another language (lists/free-facts.txt, role maker).
func speaksAsMakerAnywhere(words wordList) bool {
	for i := 0; i < words.len(); i++ {
		if freeFacts.maker.has(words.at(i)) {
			return true
		}
	}
	return false
}
