package moderation

import "strings"

// "Free" is a topic of promotion ("free spins", "free trial at <link>",
// "first lesson is free"), and readers say it of what they point others
// to ("Khan Academy is free and covers this", "the rules are free on
// <link>", "it's free and you get disease alerts"). freeAsFact tells the
// second: "free" said of a thing, after a form of "be" (freeCopulas, an
// adverb between allowed: "is completely free"), or of a program's
// licence ("free and open source": freeLicence), or by a reader who
// disclaims ties to it ("the free app X, no connection to them":
// disclaimedFree), in a comment that
// nowhere speaks as the maker or seller of anything (speaksAsMaker: "we",
// "our", "my", "I built", "I teach"). The seller's "free" is an offer
// about his own ("I built an app, it's free for the first 50 users", "I
// teach a course, first lesson is free", "sign up with my link and your
// first transfer is free") and still counts, as does "free" before "to"
// or "for", the terms of an offer ("it's free to sign up", "its free for
// signup", "free for the first month"); so does every attributive
// "free" ("free trial", "free quotes", "a free tier"), which offers
// name, whoever says them.

// freeCopulas are the forms of "be" (and "stay", "remain") that make
// "free" a statement about a thing (or freeLicence, after it).
var freeCopulas = newWordSet([]string{"is", "are", "was", "were", "been", "be", "it's", "its", "they're", "that's", "remains", "stays"})

// freeAdverbs may stand between the copula and "free".
var freeAdverbs = newWordSet([]string{"completely", "totally", "entirely", "still", "also", "all", "always", "actually", "now", "basically", "absolutely", "genuinely", "really"})

// makerWords are how a business or a maker speaks of itself and its own.
var makerWords = newWordSet([]string{"we", "we're", "we've", "we'll", "we'd", "our", "ours", "us", "my", "mine"})

// makerVerbs after "I" tell that the writer made, runs or sells what he
// talks about ("I built", "I teach", "I run").
var makerVerbs = newWordSet([]string{"built", "build", "made", "make", "created", "create", "wrote", "write", "teach", "run", "offer", "launched", "developed", "designed", "sell", "founded", "started", "host", "coach"})

// freeAsFact reports whether the topic m, "free", is said of a thing, as
// a reader says it, and not offered (see above); a free word of another
// language is foreignFreeAsFact's to read. maker caches speaksAsMaker for
// the comment in its low two bits (0 unknown, 1 no, 2 yes), and
// foreignFreeAsFact's reading in the next two.
func freeAsFact(words wordList, m phraseMatch, maker *int8) bool {
	if m.End-m.Start == 1 && words.at(m.Start) != "free" {
		return foreignFreeAsFact(words, m, maker) // "la entrada es gratis" (promo_free_i18n.go)
	}
	if m.End-m.Start != 1 || m.Start == 0 {
		return false
	}
	before := m.Start - 1
	if freeAdverbs.has(words.at(before)) && before > 0 {
		before--
	}
	if !freeCopulas.has(words.at(before)) && !freeLicence(words, m.End) && !disclaimedFree(words, maker) {
		return false
	}
	if m.End < words.len() && (words.at(m.End) == "to" || words.at(m.End) == "for") {
		return false // "it's free to start", "free for the first 50 users": terms of an offer
	}
	if *maker&makerMask == 0 {
		known := int8(1)
		if speaksAsMaker(words) {
			known = 2
		}
		*maker |= known
	}
	return *maker&makerMask == 1
}

// freeLicence reports whether the words from i, right after "free", make
// it a licence: "and open source" ("darktable, free and open source"),
// "and open-source". A reader who names a program's licence tells what
// it is, as "it's free" does; its maker says "our" or "I built", and
// still counts (speaksAsMaker).
func freeLicence(words wordList, i int) bool {
	if i+1 >= words.len() || words.at(i) != "and" {
		return false
	}
	switch words.at(i + 1) {
	case "open-source", "opensource":
		return true
	case "open":
		return i+2 < words.len() && words.at(i+2) == "source"
	}
	return false
}

// disclaimedFree reports whether words disclaim any tie to what they
// name (disclaimsTies: "no connection to them", "not affiliated"): a
// reader who says so of a free app or course tells what it costs, as
// "it's free" does, and a maker who disclaims his own still speaks as one
// (speaksAsMaker, which freeAsFact reads after). maker is freeAsFact's
// cache, whose bits from disclaimShift hold this reading (0 unknown, 1
// no, 2 yes).
func disclaimedFree(words wordList, maker *int8) bool {
	if (*maker>>disclaimShift)&makerMask == 0 {
		known := int8(1)
		if disclaimsTies(words) {
			known = 2
		}
		*maker |= known << disclaimShift
	}
	return (*maker>>disclaimShift)&makerMask == 2
}

// disclaimShift is where disclaimedFree's reading starts in freeAsFact's
// cache, after the two of the makers' words (makerShift).
const disclaimShift = 2 * makerShift

// speaksAsMaker reports whether words speak as the maker or seller of
// something: a word of makerWords, or "I" (or "I've") before a verb of
// makerVerbs, an adverb between allowed ("I just built").
func speaksAsMaker(words wordList) bool {
	for i := 0; i < words.len(); i++ {
		w := words.at(i)
		if makerWords.has(w) {
			return true
		}
		if selfIntroducedMaker(words, i) {
			return true
		}
		if w != "i" && w != "i've" && w != "ive" {
			continue
		}
		for j := i + 1; j < words.len() && j <= i+2; j++ {
			if makerVerbs.has(words.at(j)) {
				return true
			}
			if !freeAdverbs.has(words.at(j)) && words.at(j) != "just" && words.at(j) != "have" {
				break
			}
		}
	}
	return false
}

// makerRoles are the nouns a maker introduces themself by ("I'm the
// founder of …", "I'm the maker of …"); soloRoles the nouns a maintainer
// says too ("I'm the developer of the library"), which tell a maker only
// after an adjective of makerRoleAdjectives ("I'm the solo dev behind
// Quillpad"), the words allowed between "the" and the noun.
var (
	makerRoles          = newWordSet([]string{"founder", "cofounder", "maker"})
	soloRoles           = newWordSet([]string{"dev", "developer", "creator"})
	makerRoleAdjectives = newWordSet([]string{"solo", "indie", "sole"})
)

// selfIntroducedMaker reports whether words at i introduce the writer as
// the maker or owner of something: "i'm" (or "im", or "i am") and "the",
// then a noun of makerRoles, or an adjective of makerRoleAdjectives and a
// noun of makerRoles or soloRoles ("I'm the solo dev behind …", "I am the
// founder of …"; not "I'm the developer of the library", nor "the lead
// dev", a maintainer's words).
func selfIntroducedMaker(words wordList, i int) bool {
	w := words.at(i)
	j := i + 1
	switch {
	case w == "i'm" || w == "im":
	case w == "i" && j < words.len() && words.at(j) == "am":
		j++
	default:
		return false
	}
	if j >= words.len() || words.at(j) != "the" {
		return false
	}
	j++
	if j < words.len() && makerRoleAdjectives.has(words.at(j)) {
		j++
		return j < words.len() && (makerRoles.has(words.at(j)) || soloRoles.has(words.at(j)))
	}
	return j < words.len() && makerRoles.has(words.at(j))
}

// saysFreeAsFact reports whether words say "free" of a thing as a reader
// does anywhere (freeAsFact): what HomeLinkCheck takes for a report on the
// site linked ("the rules are free on <home page>"), not praise above it.
func saysFreeAsFact(words wordList) bool {
	var maker int8
	for i := 1; i < words.len(); i++ {
		if w := words.at(i); (w == "free" || freeFacts.free.has(w)) && freeAsFact(words, phraseMatch{Phrase: w, Kind: promoTopic, Start: i, End: i + 1}, &maker) {
			return true
		}
	}
	return false
}

// entryNouns are the words for getting in to an event, as folded, in
// English and the languages whose "free" promo-topics.txt lists: "free
// entry", "admission free", "gratis adgang", "entrada gratuita".
var entryNouns = newWordSet([]string{
	"entry", "admission", "entrance", "adgang", "inngang", "entre", "intrade", "toegang",
	"entrada", "ingresso", "eintritt", "entree", "wstep", "vstup",
})

// freeEntry reports whether the topic m is "free" (in a language
// promo-topics.txt lists it in) said of the entry to an event, the word
// right before or after it one of entryNouns: "free entry", "admission
// free", "gratis adgang"; or of who gets in (eventGuests) right before it
// or after "for" ("kids free", "free for members"). Beside a community body's event told with its
// day or date (communityEvent), it is the event's terms, not an offer:
// a choir's carol concert lets everyone in.
func freeEntry(words wordList, m phraseMatch) bool {
	if m.End-m.Start != 1 {
		return false
	}
	switch words.at(m.Start) {
	case "free", "gratis", "kostenlos", "gratuit", "gratuite", "gratuito", "gratuita":
	default:
		return false
	}
	if m.Start > 0 && entryNouns.has(words.at(m.Start-1)) || m.End < words.len() && entryNouns.has(words.at(m.End)) {
		return true
	}
	// Who gets in free: "kids free", "für Anfänger, kostenlos", "free
	// for members", "gratuit pour les enfants".
	if m.Start > 0 && eventGuests.has(words.at(m.Start-1)) {
		return true
	}
	if m.End+1 >= words.len() || !guestPrepositions.has(words.at(m.End)) {
		return false
	}
	at := m.End + 1
	if guestArticles.has(words.at(at)) && at+1 < words.len() {
		at++ // "gratuit pour les enfants"
	}
	return eventGuests.has(words.at(at))
}

// eventGuests are who a community body's event lets in free
// (lists/event-guests.txt), as folded; guestPrepositions put them after
// the free word ("free for members", "kostenlos für Mitglieder"), an
// article between allowed (guestArticles: "gratuit pour les enfants").
var (
	eventGuests       = newWordSet(readList("event-guests.txt"))
	guestPrepositions = newWordSet([]string{"for", "fur", "pour", "para", "per", "voor"})
	// guestArticles may stand between the preposition and the guests.
	guestArticles = newWordSet([]string{"all", "the", "les", "los", "las", "die", "alle", "de", "i", "gli", "le", "os", "as"})
)

// receivedObjects are the writer as the one a deed was done for, right
// after its verb: "sent me", "replaced our", "fixed my".
var receivedObjects = newWordSet([]string{"me", "us", "my", "our"})

// receivedIrregular are the past forms, not in "-ed", of what a firm or
// a service does for a customer: "sent me", "gave us".
var receivedIrregular = newWordSet([]string{"sent", "gave", "did", "made", "built", "sewed", "rewired", "rebuilt", "lent"})

// receiverSubjects tell the writer as the doer ("I got it for free", "we
// printed ours for free"): what a testimonial says, so not a deed done
// for him.
var receiverSubjects = newWordSet([]string{"i", "we", "i've", "we've", "ive", "i'd", "we'd", "you", "u"})

// maxReceivedWords is how far before "for free" freeReceived reads for
// the deed.
const maxReceivedWords = 8

// freeReceived reports whether the topic m, "free" after "for", ends a
// deed told in the past that someone else did for the writer: within
// maxReceivedWords words before it, a verb in "-ed" or of
// receivedIrregular, the writer right after it (receivedObjects: "they
// sent me two bags for free", "the repair cafe fixed my toaster for
// free", "they replaced our missing pieces for free"), and no first or
// second person right before it. A customer tells what a service did for
// him; an offer bids the reader get something ("get your robux for
// free"), and a testimonial tells what the writer got ("I got 1000 coins
// for free").
func freeReceived(words wordList, m phraseMatch) bool {
	if m.End-m.Start != 1 || m.Start < 3 || words.at(m.Start) != "free" || words.at(m.Start-1) != "for" {
		return false
	}
	for p := m.Start - 2; p > 0 && p >= m.Start-1-maxReceivedWords; p-- {
		if !receivedObjects.has(words.at(p)) {
			continue
		}
		verb := words.at(p - 1)
		if !(len(verb) > 3 && strings.HasSuffix(verb, "ed")) && !receivedIrregular.has(verb) {
			continue
		}
		return (p < 2 || !receiverSubjects.has(words.at(p-2))) && !bidsContact(words)
	}
	return false
}
