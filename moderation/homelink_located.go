package moderation

import "strings"

// A reader who cites a page of someone else's often says where a thing is
// found, the link being the place: "Current fares are on <link>", "The
// Linux kernel mailing list archive is at <link>", "Le guide officiel
// pour les démarches est sur <link>", "El horario del mercado está aquí:
// <link>". The subject is the thing the reader speaks of, and it is no
// one's in particular. A promoter says the same of his own goods ("our
// new range is at <link>", "mi tienda está aquí"), of "more info", "the
// best deals" or "everything", or points at the link ("it's all at
// <link>"). locatedAt reads that grammar, with its words from
// lists/located-at.txt, in several languages that share it.

// locatedRoles are the words of lists/located-at.txt, by role, read
// once; locatedAt reads them as the variables below.
var (
	locatedRoles   = readLocatedRoles("located-at.txt")
	locatedCopula  = locatedRoles["copula"]
	locatedBetween = locatedRoles["between"]
	locatedPlace   = locatedRoles["at"]
	locatedSite    = locatedRoles["site"]
	locatedOwner   = locatedRoles["owner"]
	locatedPitch   = locatedRoles["pitch"]
	locatedPronoun = locatedRoles["pronoun"]
	locatedArticle = locatedRoles["article"]
	locatedObject  = locatedRoles["object"]
)

// readLocatedRoles reads a list of "role word" lines into a word set per
// role, each word as typed in lower case (newMentionSet): mentionWord's
// low keeps accents, so the list lists a word with and without them.
func readLocatedRoles(name string) map[string]*wordSet {
	roles := map[string][]string{}
	for _, e := range readList(name) {
		role, word, ok := strings.Cut(e, " ")
		if !ok || word == "" || strings.ContainsAny(word, " \t") || lowerASCII(word) != word {
			panic("moderation: " + name + ": " + e + " is not a role and one word in lower case")
		}
		roles[role] = append(roles[role], word)
	}
	sets := map[string]*wordSet{}
	for _, r := range []string{"copula", "between", "at", "site", "owner", "pitch", "pronoun", "article", "object"} {
		if len(roles[r]) == 0 {
			panic("moderation: " + name + ": no " + r)
		}
		sets[r] = newMentionSet(roles[r]...)
	}
	if len(roles) != len(sets) {
		panic("moderation: " + name + ": an unknown role")
	}
	return sets
}

// maxSiteWords is how many words "the … site" may have between the place
// and the link ("on the official parliament site: <link>").
const maxSiteWords = 5

// locatedAt reports whether the sentence of ws[at], a link, says right
// before it that a thing is found there: a subject, a copula ("is",
// "sont", "está"; or the subject's "'s"), at most two words such as
// "listed" or "up", the place's preposition or adverb ("on", "at", "sur",
// "aquí"), and the link, or "the … site" and then the link ("are on the
// hospital charity page: <link>"). The subject, from the start of the
// sentence, must have a word, none of the writer's or the reader's own
// ("our", "mi", "you"), none of a pitch ("more", "deals", "prices"), and
// must not be a lone pronoun ("it's at"). It reads at most maxPurchaseWords words before the link.
func locatedAt(ws []mentionWord, at int) bool {
	sentence := ws[at].sentence
	first := at
	for first > 0 && first > at-maxPurchaseWords && ws[first-1].sentence == sentence {
		first--
	}
	word := func(j int) string {
		if j < first || ws[j].link >= 0 {
			return ""
		}
		return ws[j].low
	}
	j := at - 1
	w := word(j)
	if w == "" {
		return false
	}
	if locatedSite.has(w) {
		// "the hospital charity page": an article within maxSiteWords
		// before the site noun, no one's own word between.
		k := j - 1
		for ; k >= first && k >= j-maxSiteWords; k-- {
			x := word(k)
			if x == "" || locatedOwner.has(x) || locatedPitch.has(x) {
				return false
			}
			if locatedArticle.has(x) {
				break
			}
		}
		if k < first || k < j-maxSiteWords {
			return false
		}
		j = k - 1
		w = word(j)
	}
	if !locatedPlace.has(w) {
		return false
	}
	j--
	for n := 0; n < 2 && locatedBetween.has(word(j)); n++ {
		j--
	}
	w = word(j)
	stem := ""
	switch {
	case locatedCopula.has(w):
	case strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "\u2019s"):
		// "the petition's on": the subject's last word before its "'s".
		if stem = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "\u2019s"); stem == "" {
			return false
		}
	default:
		return false
	}
	subject := make([]string, 0, j-first+1)
	for k := first; k < j; k++ {
		if ws[k].link >= 0 {
			return false // another link in the subject: a list of links, no sentence
		}
		subject = append(subject, ws[k].low)
	}
	if stem != "" {
		subject = append(subject, stem)
	}
	n := len(subject)
	if n == 0 {
		return false
	}
	// A subject ending with a pronoun points at the link ("thanks, it's
	// all at"), unless a preposition takes the pronoun as its object ("a
	// calmer take on this is on").
	if locatedPronoun.has(subject[n-1]) && (n == 1 || !locatedObject.has(subject[n-2])) {
		return false
	}
	for _, x := range subject {
		if locatedOwner.has(x) || locatedPitch.has(x) {
			return false
		}
	}
	return true
}
