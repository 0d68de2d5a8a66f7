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
	locatedSee     = locatedRoles["see"]
	locatedModal   = locatedRoles["modal"]
	locatedReader  = locatedRoles["reader"]
	locatedFuture  = locatedRoles["future"]
	locatedLabel   = locatedRoles["label"]
	locatedHolds   = locatedRoles["holds"]
	locatedPublish = locatedRoles["publish"]
)

// readLocatedRoles reads a list of "role word" lines into a word set per
// role, each word as typed in lower case (newMentionSet): mentionWord's
// low keeps accents, so the list lists a word with and without them.
func readLocatedRoles(name string) map[string]*wordSet {
	want := []string{"copula", "between", "at", "site", "owner", "pitch", "pronoun", "article", "object", "see", "modal", "reader", "future", "label", "holds", "publish"}
	roles := readRoles(name, want, func(w string) bool {
		return !strings.ContainsAny(w, " \t") && lowerASCII(w) == w
	}, "one word in lower case")
	sets := make(map[string]*wordSet, len(want))
	for _, r := range want {
		sets[r] = newMentionSet(roles[r]...)
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
	if !locatedPlace.has(w) && locatedBetween.has(w) {
		j-- // "is online too: <link>"
		w = word(j)
	}
	if !locatedPlace.has(w) {
		return false
	}
	place := j
	j--
	for n := 0; n < 2 && locatedBetween.has(word(j)); n++ {
		j--
	}
	w = word(j)
	switch {
	case locatedCopula.has(w):
		return thingNamed(ws, first, j, "")
	case strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "\u2019s"):
		// "the petition's on": the subject's last word before its "'s".
		stem := strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "\u2019s")
		return stem != "" && thingNamed(ws, first, j, stem)
	}
	return readerSees(ws, first, place)
}

// readerSees reports whether the words before ws[place], a place's
// preposition before a link, tell the reader where to see a thing:
// "you can see the colour card at <link>", "you'll find the minutes on
// <link>", "on peut lire le rapport sur <link>": a reader's subject
// (role reader: "you", "one", "on", "man"), a modal (role modal: "can",
// "could", "peut", "kann"; or the subject's "'ll"), a verb of seeing or
// reading (role see), and the thing seen, which must be named as
// thingNamed reads a subject ("you can find us at", "you can see more
// at", "you can see it at" are not).
func readerSees(ws []mentionWord, first, place int) bool {
	for v := place - 2; v >= first+1 && v >= place-1-maxSiteWords-3; v-- {
		if ws[v].link >= 0 || !locatedSee.has(ws[v].low) {
			continue
		}
		m := ws[v-1].low
		if ws[v-1].link < 0 && (locatedFuture.has(m) ||
			locatedModal.has(m) && v >= first+2 && ws[v-2].link < 0 && locatedReader.has(ws[v-2].low)) {
			return thingNamed(ws, v+1, place, "")
		}
		return false
	}
	return false
}

// thingNamed reports whether ws[lo:hi], and stem after them when it is
// not empty, name a thing as a reader does: at least one word, no link,
// none of the writer's or the reader's own (role owner: "our range",
// "mi tienda"), none of a pitch (role pitch: "more", "deals", "prices"),
// and not ending with a pronoun unless a preposition takes it as its
// object (role object): "thanks, it's all at" points at the link, "a
// calmer take on this is on" speaks of the article. Nothing is kept.
func thingNamed(ws []mentionWord, lo, hi int, stem string) bool {
	last, before := stem, ""
	if stem == "" {
		if hi <= lo {
			return false
		}
		last = ws[hi-1].low
		if hi-2 >= lo {
			before = ws[hi-2].low
		}
	} else if hi > lo {
		before = ws[hi-1].low
	}
	if locatedPronoun.has(last) && (before == "" || !locatedObject.has(before)) {
		return false
	}
	if stem != "" && (locatedOwner.has(stem) || locatedPitch.has(stem)) {
		return false
	}
	for k := lo; k < hi; k++ {
		if ws[k].link >= 0 {
			return false // another link in the subject: a list of links, no sentence
		}
		if x := ws[k].low; locatedOwner.has(x) || locatedPitch.has(x) {
			return false
		}
	}
	return true
}

// memberVoice reports whether every first person plural of words (the
// comment's folded words; firmWords, as speaksAsFirm reads them) is a
// member's: "our" with a community body named within the three words
// after it ("our Rotary club", "our knitting circle": namesCommunity or
// gatheringBodies), or "US" the country in text. A member of a club says
// "our" of it as a firm says "our" of itself; a firm's "we sell", "our
// range", "contact us" is none of these. One pass, and at least one such
// "our".
func memberVoice(words wordList, text string) bool {
	member := false
	for i := 0; i < words.len(); i++ {
		w := words.at(i)
		if !firmWords.has(w) {
			continue
		}
		if w == "us" && hasWordUS(text) {
			continue
		}
		if w != "our" {
			return false
		}
		named := false
		for k := i + 1; k < words.len() && k <= i+3 && !named; k++ {
			named = namesCommunity(words, k) || gatheringBodies.has(words.at(k))
		}
		if !named {
			return false
		}
		member = true
	}
	return member
}

// maxLabelWords is how many words a label before a link may have
// ("Leaderboard for anyone wondering where this ranks: <link>").
const maxLabelWords = 8

// labelledSource reports whether the sentence of ws[at], a link, is a
// label of what the link holds and the link: a sentence of at most
// maxLabelWords words that opens with a kind of record a reader cites,
// or with an article and has one within two words or last (role label: "programme", "timetable", "leaderboard",
// "source", "Fahrplan", "horaires"), named as thingNamed reads a subject
// (no one's own, no pitch), then a colon or an arrow and the link
// ("Programme des ateliers : <link>", "The full timetable -> <link>").
// "Menu:", "Prices:" or "Results:" are what a firm labels its own pages
// with, and are not listed. text is the comment the words are of.
func labelledSource(ws []mentionWord, at int, text string) bool {
	sentence := ws[at].sentence
	first := at
	for first > 0 && first > at-maxLabelWords-1 && ws[first-1].sentence == sentence {
		first--
	}
	if first == at || first > 0 && ws[first-1].sentence == sentence || ws[at-1].link >= 0 {
		return false // no label, or a sentence longer than a label
	}
	// The label opens with its noun ("Programme des ateliers"), or with
	// an article and has it one or two words on or last ("The full
	// timetable for …", "Le programme complet"): "Apply in 2 minutes:"
	// is a bid, whatever its last word.
	head := locatedLabel.has(ws[first].low)
	if !head && locatedArticle.has(ws[first].low) {
		head = locatedLabel.has(ws[at-1].low)
		for k := first + 1; k < at && k <= first+2 && !head; k++ {
			head = locatedLabel.has(ws[k].low) // "the full timetable for …"
		}
	}
	if !head {
		return false
	}
	gap := strings.TrimSpace(text[ws[at-1].end:ws[at].start])
	switch gap {
	case ":", "\uff1a", "->", "\u2192", "-->", "=>":
	default:
		return false
	}
	return thingNamed(ws, first, at, "")
}

// maxHeldWords is how many words after a link's verb linkHolds reads as
// the thing the site holds ("has the full cast including …").
const maxHeldWords = 4

// linkHolds reports whether ws, the words from a link on (the link
// first), make the link the subject of a verb of holding or telling
// (role holds: "has", "lists", "publishes", "explains", "hat",
// "tiene"), "also" between allowed, with a thing after it in its
// sentence that thingNamed reads as no one's own and no pitch, among its
// first maxHeldWords words: "https://www.imdb.com has the full cast",
// "https://www.backblaze.com publishes drive failure stats". A promoter's
// link "has the best deals", "has everything you need", "has our new
// range" or "has it".
func linkHolds(ws []mentionWord) bool {
	if len(ws) < 3 || ws[0].link < 0 {
		return false
	}
	sentence := ws[0].sentence
	k := 1
	if ws[k].link < 0 && locatedBetween.has(ws[k].low) {
		k++ // "also"
	}
	if k >= len(ws) || ws[k].link >= 0 || ws[k].sentence != sentence || !locatedHolds.has(ws[k].low) {
		return false
	}
	lo := k + 1
	hi := lo
	for hi < len(ws) && hi < lo+maxHeldWords && ws[hi].sentence == sentence && ws[hi].link < 0 {
		hi++
	}
	return thingNamed(ws, lo, hi, "")
}

// maxPublishedWords is how many words may stand between a verb of
// publishing and its link ("publishes their full cast lists and the
// synopsis at <link>").
const maxPublishedWords = 10

// publishedAt reports whether the sentence of ws[at], a link, tells that
// a third party published a thing there: a subject from the start of the
// sentence, a verb of publishing (role publish: "publishes", "posted",
// "put", "a mis … en ligne", "veröffentlicht"), then at most
// maxPublishedWords words up to the link, a place's word allowed among
// them ("at", "online", "en ligne"). The subject and the thing published
// must each be named as thingNamed reads them (no one's own, no pitch, no
// lone pronoun; with the participle last, as German and Dutch put it,
// both stand before it): "The Met publishes their full cast lists at <link>",
// "Le festival a mis le programme complet en ligne -> <link>"; "We
// posted our menu at <link>" and "I put my guide online: <link>" are
// the writer's own.
func publishedAt(ws []mentionWord, at int) bool {
	sentence := ws[at].sentence
	first := at
	for first > 0 && first > at-maxPurchaseWords && ws[first-1].sentence == sentence {
		first--
	}
	for p := at - 1; p > first && p >= at-1-maxPublishedWords; p-- {
		if ws[p].link >= 0 {
			return false
		}
		if !locatedPublish.has(ws[p].low) {
			continue
		}
		// The thing published: the words after the verb, its place's
		// words left out.
		hi := at
		for hi > p+1 && (locatedPlace.has(ws[hi-1].low) || locatedBetween.has(ws[hi-1].low)) {
			hi--
		}
		if hi == p+1 {
			// The participle last, as German and Dutch put it ("Der
			// Verein hat die Satzung veröffentlicht: <link>"): subject
			// and thing both before it, two words at least.
			return p-first >= 2 && thingNamed(ws, first, p, "")
		}
		return thingNamed(ws, first, p, "") && thingNamed(ws, p+1, hi, "")
	}
	return false
}
