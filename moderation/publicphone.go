package moderation

import "strings"

// A public service's phone number (the police's non-emergency line, poison
// control, the council, a utility's fault line, a recall line) is what
// readers give each other under local news and in forums, and what a
// spammer's number is not: spam gives a number to sell, to lend, to fix
// an account or to chat, in its own name ("call us", "our technicians")
// or in a business's ("Cash App customer service", "QuickBooks support").
// So a phone number does not raise CodeContact when the comment names a
// public service, says nothing of trade, of support desks or of the
// writer's own business, and links no site but a public body's
// (publicServiceNumber). Any other contact detail beside it (an e-mail
// address, a handle), or a messenger named, still counts, and so does the number itself as soon
// as one word of trade is there.

// publicServiceWords name a public body or an emergency service on their
// own; publicServicePairs do so as two words in a row ("poison control",
// "non-emergency", read as "non" and "emergency"). A word used in business
// names as much as in public ones ("emergency" alone: an emergency
// plumber; "department", "agency", "hotline", "helpline") is not one.
var (
	publicServiceWords = newWordSet([]string{
		"police", "sheriff", "ambulance", "paramedics", "coastguard", "firefighters",
		"council", "county", "municipality", "municipal", "utility", "utilities",
		"recall", "ministry", "embassy", "consulate",
		// A town's own offices in the other languages comment forms
		// get, as folded: its citizens' office and administration, its
		// recycling centre ("Wertstoffhof: 0911 …", "Ayuntamiento,
		// 91 …"). Only names no business takes: not "Rathaus", which
		// pharmacies and restaurants are named after, nor the police,
		// whom a locksmith's advert names in any language, and whose
		// words of trade (publicServiceBars) are English only.
		"burgeramt", "stadtverwaltung", "gemeindeamt", "wertstoffhof", "recyclinghof",
		"ayuntamiento", "gemeentehuis", "prefeitura",
	})
	publicServicePairs = [][2]string{
		{"poison", "control"}, {"poison", "centre"}, {"poison", "center"},
		{"fire", "station"}, {"fire", "department"}, {"fire", "brigade"},
		{"city", "hall"}, {"town", "hall"}, {"public", "health"},
		{"non", "emergency"}, {"emergency", "line"}, {"emergency", "number"},
		{"crisis", "line"},
	}
	// publicServiceBars are the words that make a number anyone's to
	// sell from: trade, money, support desks and accounts, urgency, and
	// the writer's or a third person's own line ("call us", "text him").
	publicServiceBars = newWordSet([]string{
		"support", "customer", "customers", "technician", "technicians", "agent", "agents",
		"toll", "refund", "account", "login", "password",
		"order", "orders", "price", "prices", "quote", "loan", "loans", "invest", "investment",
		"profit", "earn", "cash", "guaranteed", "discount", "offer", "sale", "buy", "sell",
		"deal", "deals", "booking", "reservations", "best", "cheap", "hire", "now",
		"we", "us", "our", "me", "my", "him", "her",
	})
)

// publicServiceNumber reports whether the phone number of v is a public
// service's: no link to a site but a public body's (linksOnlyPublicBodies);
// a word or a pair of publicServiceWords, publicServicePairs, or a link to
// such a site (linksSite); and no word of publicServiceBars (but "we",
// "us" and "our" in a comment that speaks as a family, householdVoice).
// One pass over the words.
func publicServiceNumber(v *View) bool {
	if !linksOnlyPublicBodies(v) {
		return false
	}
	words := v.words()
	public := linksSite(v) // a public body's, as linksOnlyPublicBodies holds
	household := -1        // whether the writer speaks as a household (householdVoice), once asked
	for i := 0; i < words.len(); i++ {
		w := words.at(i)
		if publicServiceBars.has(w) && !(w == "us" && i > 0 && words.at(i-1) == "the") {
			// "the US" is the country, not the writer's business.
			if !householdWords.has(w) {
				return false
			}
			if household < 0 {
				household = b2i(householdVoice(words))
			}
			if household == 0 {
				return false
			}
		}
		if public {
			continue
		}
		if publicServiceWords.has(w) || publicServiceWords.has(possessor(w)) {
			public = true
			continue
		}
		if i+1 < words.len() {
			next := words.at(i + 1)
			for _, p := range publicServicePairs {
				if w == p[0] && next == p[1] {
					public = true
					break
				}
			}
		}
	}
	return public
}

// linksSite reports whether v links a site, not only e-mail addresses.
// publicServiceNumber asks it once linksOnlyPublicBodies holds, so there
// the site is a public body's: a number given beside the official site of
// a public service ("check your entitlement on <citizensinformation.ie>,
// the phone line 0818 … is good too") is that service's, as one its name
// is given with. No one who sells owns such a site.
func linksSite(v *View) bool {
	for i := range v.Links {
		if !v.Links[i].Email {
			return true
		}
	}
	return false
}

// householdWords are the words of publicServiceBars that a household
// says of itself as a firm does ("we needed it twice", "our son");
// kinWords are the family a household names after "our" or "my", its
// animals and their vet among them.
var (
	householdWords = newWordSet([]string{"we", "us", "our"})
	kinWords       = newWordSet([]string{
		"son", "sons", "daughter", "daughters", "kid", "kids", "child", "children", "baby", "toddler",
		"husband", "wife", "mum", "mom", "dad", "parents", "grandma", "grandad", "grandpa", "granny", "nan",
		// The household's animals, and the vet who treats them: "our
		// dog ate a grape", "our vet had the case number". A practice
		// speaks of its vets, and of "your pet".
		"dog", "cat", "puppy", "kitten", "pet", "vet",
	})
)

// householdVoice reports whether words speak as a family: "our" or "my"
// before a word of kinWords ("our son was a toddler", "my wife rang
// it"), not followed by a word of kinTradeNouns ("our vet service"), and
// no bid to write to a third person (bidsContact). A firm has
// no children: its "we" and "our" sell, a family's tell what it went
// through ("we needed it twice when our son was small"), so beside a
// public service's number they are no bar.
func householdVoice(words wordList) bool {
	for i := 0; i+1 < words.len(); i++ {
		if w := words.at(i); (w == "our" || w == "my") && kinWords.has(words.at(i+1)) && !(i+2 < words.len() && kinTradeNouns.has(words.at(i+2))) {
			return !bidsContact(words)
		}
	}
	return false
}

// kinTradeNouns are the nouns that, right after "our" and a word of
// kinWords, make it a business's trade, not the household's own: "our
// vet service", "our dog grooming", "our pet shop". Not "walking" or
// "sitting", which a household's dog and cat do.
var kinTradeNouns = newWordSet([]string{
	"service", "services", "practice", "clinic", "surgery", "business", "shop", "salon", "grooming",
	"boarding", "hotel", "spa",
})

// possessor returns w without a possessive "'s" ("utility's": "utility"),
// or w.
func possessor(w string) string {
	if len(w) > 2 && w[len(w)-2:] == "'s" {
		return w[:len(w)-2]
	}
	return w
}

// hotlineWords name a line to call; a business has one as often as a
// public body, so they count only as a public body's (publicHotline).
var hotlineWords = newWordSet([]string{"hotline", "helpline", "hotlines", "helplines"})

// hotlineQualifiers say whose a hotline is when they stand in its name:
// a nation's, its visitors' or tourists', or a service of public health
// or of crisis ("the national maternal mental health hotline", "the
// Japan Visitor Hotline", "the suicide crisis helpline").
var hotlineQualifiers = newWordSet([]string{
	"national", "visitor", "visitors", "tourist", "tourism", "health", "crisis", "suicide",
	"victims", "veterans", "disaster", "flood", "samaritans",
	"kids", "children", "child", "childline", "youth", "women", "domestic", "abuse", "mental",
	"bereavement", "lgbt", "lgbtq",
})

// helplineLines and helplineFors are the parts of a helpline's name
// written as one word (lists/helpline-compounds.txt): the line
// ("puhelin", "telefon", "lijn") and whom it serves ("kriisi", "kinder",
// "seelsorge"), as folded.
var helplineLines, helplineFors = func() (lines, fors []string) {
	for _, e := range readList("helpline-compounds.txt") {
		if l, ok := strings.CutPrefix(e, "line:"); ok {
			lines = append(lines, l)
		} else if f, ok := strings.CutPrefix(e, "for:"); ok {
			fors = append(fors, f)
		}
	}
	return lines, fors
}()

// helplineCompound reports whether w, a folded word, names a public
// helpline in one word: it holds a line of helplineLines and, beside it,
// whom the line serves (helplineFors): "kriisipuhelin",
// "telefonseelsorge", "kindertelefoon". "Kundentelefon" serves
// customers, and names none.
func helplineCompound(w string) bool {
	if len(w) < 8 {
		return false
	}
	for _, l := range helplineLines {
		k := strings.Index(w, l)
		if k < 0 {
			continue
		}
		before, after := w[:k], w[k+len(l):]
		for _, f := range helplineFors {
			if strings.Contains(before, f) || strings.Contains(after, f) {
				return true
			}
		}
	}
	return false
}

// hotlineAt reports whether the ith of words names a line to call that
// publicHotline reads: a word of hotlineWords, "phone" or "line" after
// "help" ("Kids Help Phone", "the abuse help line").
func hotlineAt(words wordList, i int) bool {
	w := words.at(i)
	return hotlineWords.has(w) || (w == "phone" || w == "line") && i > 0 && words.at(i-1) == "help"
}

// hotlineStoryWords are the words of publicServiceBars that tell a
// reader's own story beside a public hotline ("saved us when my husband
// lost his passport", "I called it and it helped me"), not that the line
// is the writer's: a firm says "we" and "our", which still bar it.
var hotlineStoryWords = newWordSet([]string{"me", "my", "us", "him", "her"})

// hotlineBars are what a scam's "hotline" promises beside
// publicServiceBars: funds recovered, crypto, trading.
var hotlineBars = newWordSet([]string{"recover", "recovery", "funds", "crypto", "bitcoin", "btc", "forex", "trading", "hacker", "spell"})

// publicHotline reports whether the phone number of v is a public
// hotline's: a word of hotlineWords (or "help phone", hotlineAt) with a
// word of hotlineQualifiers among the four words before it, or a
// helpline named in one compound word (helplineCompound: "Kriisipuhelin"), in a comment that says no word of
// publicServiceBars but a reader's story's (hotlineStoryWords, "the US"
// the country), none of hotlineBars, and links no site but a public
// body's. One pass over the words.
func publicHotline(v *View) bool {
	if !linksOnlyPublicBodies(v) {
		return false
	}
	words := v.words()
	public := false
	for i := 0; i < words.len(); i++ {
		w := words.at(i)
		if publicServiceBars.has(w) && !hotlineStoryWords.has(w) || hotlineBars.has(w) {
			return false
		}
		if public {
			continue
		}
		if helplineCompound(w) {
			public = true
			continue
		}
		if !hotlineAt(words, i) {
			continue
		}
		for j := i - 1; j >= 0 && j >= i-4; j-- {
			if hotlineQualifiers.has(words.at(j)) {
				public = true
				break
			}
		}
	}
	return public
}

// linksOnlyPublicBodies reports whether every link of v is an e-mail
// address or leads to a public body's site (publicBody): a number or an
// address that a comment gives for a public service or a community is
// not one beside a site of someone's own.
func linksOnlyPublicBodies(v *View) bool {
	sites := v.linkSites()
	for i := range v.Links {
		if !v.Links[i].Email && !publicBody(sites[i].host) {
			return false
		}
	}
	return true
}
