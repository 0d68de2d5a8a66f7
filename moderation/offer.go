package moderation

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/commentkit/commentkit/linkify"
)

// CodeOffer: a commercial offer beside a link to another site.
//
// The offers of lists/offers.txt are read by SelfPromotionCheck, in its
// walk of the words, and flagged CodeOffer: a commercial offer beside a
// link. The comment asks the reader to act on the link and promises
// something for it, or presses them to ("Sign up with my link and we both
// get $50: <link>", "Get 40% off with code SPRING40: <link>", "Enroll
// now: <link>", "Only 3 left at £19.99, last chance! <link>"). This is what
// commercial comment spam says above a link to one page of the site it
// sells, where the link alone weighs ExternalLinkScore and promotion talk
// may be absent.
//
// The evidence (see lists/offers.txt for the roles) is of four kinds: a
// call to act on an offer (sign up, buy, order, claim, book, download…)
// where it opens a sentence or a clause, as an imperative does, or acting
// on the commenter's own link or code ("with my link"); a gain (a bonus,
// cashback, a discount, a free trial, "we both get", an amount of money
// with its currency, a number before "off"); urgency ("limited time",
// "hurry", "last chance", "only 3 left"), or a call to act followed by
// "now"; and a business's voice, "we" or "our" opening a sentence or a
// clause before a verb in the present ("We fit wallboxes from £699",
// "…, our kit is back in stock for £29"; not "We paid £40", "Our kids
// loved it": notSellersWord). An offer is a call to act with a gain or
// urgency, or a gain with urgency, or a gain in a business's voice: a
// price a business names beside its own link; or places or stock on offer
// ("still has spaces", "now open for enrolment", "booking at") in a
// business's voice or a trader's ("our classes", "I teach …", anywhere in
// the sentence): a business that names no price but says there is room
// to book. A credential ("I'm a qualified behaviourist", "as a certified
// adviser") is a trader's voice too. And the writer's own service
// offered outright, in words a seller uses only of themselves ("my
// rates are at", "we cover the whole of Somerset", "available for
// hire"), is an offer by itself, whose Detail says "offers the writer's
// own service". One kind alone is what
// readers write too: "Sign up for the newsletter", "Download it from
// https://go.dev/dl", "it's 20% off at the moment", "I bought mine for
// $40", "We run trial lessons every weekend", and is not flagged.
//
// Only beside a link that CodeExternalLink counts and that leads to a site
// (not an e-mail address, which is contact details), and not to a public
// body (publicBody: an offer of a government or university is no one's
// sale). Words inside a link do not count ("/register-now"). With the
// external link it makes a hold, and Check weighs it no more than lifts
// the score to a hold, as it does CodeHomeLink: it never rejects, so a
// reader passing on a deal waits for a moderator at worst. A trusted
// author's weighs half, as the other promotion flags do.
const CodeOffer = "offer"

// The roles of the entries of lists/offers.txt.
const (
	offerAct    = iota // a call to act, where it opens a clause
	offerActNow        // a call to act with "now": act and urgency at once
	offerLink          // acting on one's own link or code, anywhere
	offerGain          // what the reader is promised
	offerRush          // urgency
	offerSeller        // the commenter speaks for a business: "we", "our" opening a clause
	offerTrade         // the commenter speaks as a trader anywhere: "our workshops", "I teach"
	offerOpen          // places or stock on offer: "still has spaces", "now open for enrolment"
	offerPro           // the commenter speaks as a professional: "I'm a qualified", "as a certified"
	offerOwn           // the commenter offers their own service outright: "my rates are", "we cover the whole of"
)

var offerRoles = map[string]int{"act": offerAct, "act-now": offerActNow, "link": offerLink,
	"gain": offerGain, "rush": offerRush, "seller": offerSeller, "trade": offerTrade, "open": offerOpen,
	"pro": offerPro, "own": offerOwn}

// offerEntry is an entry of lists/offers.txt.
type offerEntry struct {
	role   int
	phrase string
}

var offerEntries = readOffers("offers.txt")

// readOffers reads a list of offer entries, each line a role and a
// phrase.
func readOffers(name string) []offerEntry {
	var out []offerEntry
	seen := map[int]bool{}
	for _, e := range readList(name) {
		role, phrase, ok := strings.Cut(e, " ")
		kind, known := offerRoles[role]
		if !ok || !known {
			panic("moderation: " + name + ": " + e + " is not a role and a phrase")
		}
		for _, words := range phraseForms(phrase) {
			if len(words) == 0 || words[0] == anyNumber {
				// An entry that starts with any number would send every
				// number of every comment to the trie: the check finds the
				// amounts itself.
				panic("moderation: " + name + ": " + e + " starts with a number or has no word")
			}
		}
		out = append(out, offerEntry{kind, phrase})
		seen[kind] = true
	}
	if len(seen) != len(offerRoles) {
		panic("moderation: " + name + ": a role has no entry")
	}
	return out
}

// maxOfferEvidence is how many pieces of evidence a Detail quotes.
const maxOfferEvidence = 3

// offerScan is what the walk of a comment's words found of an offer.
type offerScan struct {
	act, gain, rush bool
	aimed           bool // a call to buy aimed at a link: "Order at shop.example"
	seller          bool // the business's voice: "We fit …", "Our kits start at …"
	trade           bool // a trader's voice anywhere: "… in our classes", "I teach workshops"
	tradeAt         int  // the word where the trader's voice was first heard
	open            bool // places or stock on offer: "still has spaces", "booking at"
	openEnd         int  // the end of the first such entry read
	sellerAt        int  // the word where the business's voice was first heard
	own             bool // the writer's own service offered outright: "my rates are"
	pro             bool // a professional's credential: "I'm a qualified …", a voice for places on offer only
	openMine        bool // an open entry the writer owns: "my 6-week course starts", "our next course"
	quotes          [maxOfferEvidence]string
	n               int
	last            int // the start of the last entry read, plus one
}

// see reads the entry found, m, of the offer role role. words (joints'
// words) are spans of the folded text, where the signs between the words
// show. The entries come in order of position, longest first at each.
func (o *offerScan) see(joints *compounds, m phraseMatch, role int) {
	if m.Start+1 == o.last {
		return // a shorter entry where a longer one was read
	}
	o.last = m.Start + 1
	words := joints.words
	if role == offerSeller && (o.seller || !opensClause(words, m.Start) && !afterComma(words, m.Start)) {
		// Heard once already, or "the price we paid", "what our kids
		// like": no one's business. Asked before the look for a link:
		// "we" and "our" are in many comments, few open a clause.
		return
	}
	if joints.inLink(int(words.spans[m.Start].start), int(words.spans[m.End-1].end)) {
		return // "/register-now-and-save": a link's words, not the commenter's
	}
	switch role {
	case offerAct, offerActNow:
		aimed := role == offerAct && aimsAtLink(joints, m)
		if !opensClause(words, m.Start) && !(aimed && afterComma(words, m.Start)) {
			return // "you can buy it", "when you sign up": no imperative
		}
		o.act = true
		o.aimed = o.aimed || aimed
		o.rush = o.rush || role == offerActNow
	case offerLink:
		o.act = true
	case offerGain:
		o.gain = true
	case offerRush:
		if m.Phrase == "hurry" && m.Start > 0 {
			if before := words.at(m.Start - 1); before == "a" || before == "no" {
				return // "in a hurry", "no hurry": the speaker's, no urgency
			}
		}
		o.rush = true
	case offerSeller:
		if m.End < words.len() && (notSellersWord(words.at(m.End)) || namesCommunity(words, m.End)) {
			// "We paid £40 at …", "Our order arrived": a customer's
			// account; "Our choir's concert …", "Notre chorale …",
			// "Unser Verein …": a member's community, in any language
			// namesCommunity reads.
			return
		}
		o.seller, o.sellerAt = true, m.Start
	case offerTrade:
		if firstPersonI(words.at(m.Start)) && !tradeNounAfter(words, m.End) {
			return // "I teach yoga", "I coach under-9s": a trade, nothing sold
		}
		if !o.trade {
			o.trade, o.tradeAt = true, m.Start
		}
	case offerPro:
		if o.pro {
			return
		}
		o.pro = true
	case offerOwn:
		if o.own {
			return // quoted once: the service is offered once
		}
		if words.at(m.End-1) == "at" && m.End < words.len() && isDigit(words.at(m.End)[0]) {
			// "My rates are at 5.2% fixed", "my prices are at 40p a
			// unit": a figure after "at" is a level a borrower or a
			// customer reads, not a seller's page; the seller's rates
			// are "at pamproofs.co.uk".
			return
		}
		o.own = true
	case offerOpen:
		if o.open && m.Start < o.openEnd {
			return // "has spaces" inside "still has spaces": quoted once
		}
		if countedPlaces(m.Phrase) && !opensClause(words, m.Start) {
			return // "4 spaces for indentation": a count, not places on offer
		}
		o.open, o.openEnd = true, m.End
		o.openMine = o.openMine || writerOwnsBefore(words, m.Start)
	}
	o.note(m.Phrase)
}

// sellerWindow is how many words, from a business's "we" or "our", are
// read for its price: a business names it in the same breath ("Our kits
// start at £14.99", "We make … Readers get 15% off"), and a price far
// from it is more likely a reader's.
const sellerWindow = 32

// notSellersWord reports whether w, the word after "we" or "our", makes
// the voice a customer's, a household's or a community's rather than a
// seller's: it tells of something done or had rather than of a trade
// carried on, with a verb in the past ("we paid", "we ordered", "we got"), an
// auxiliary of one ("we were", "we had"), or a word that makes "our" a
// household's or a community's ("our order", "our kids", "our school's",
// "our local"). A business says what it does in
// the present ("we fit", "we deliver", "our kits start at").
func notSellersWord(w string) bool {
	if strings.HasSuffix(w, "eed") {
		// "need", "feed", "speed", "breed", "proceed" are in the present:
		// "We need feedback on our new kits from £29". Only a verb in -ee
		// with its "d" is past ("agreed", "guaranteed").
		switch w {
		case "agreed", "freed", "guaranteed", "decreed", "refereed":
			return true
		}
		return false
	}
	if strings.HasSuffix(w, "ed") {
		return true
	}
	switch w {
	case "paid", "bought", "got", "spent", "found", "had", "went", "took", "were", "was", "did",
		"saw", "sold", "left", "gave", "kept", "made", "ate", "drove", "chose", "built", "ve", "d",
		"order", "kids", "children", "family", "house", "home", "dog", "cat", "car", "bill", "bills",
		// A community's "our": a parent's school, a member's club, a
		// resident's town ("Our school's open evening is now open for
		// booking", "Our local shop has it in stock").
		"school", "school's", "club", "club's", "church", "village", "town", "local", "street", "community", "parish",
		// A household's "our" in the languages of the foreign sellers
		// of lists/offers.txt ("Notre famille a payé …", "Unser Hund").
		"famille", "enfants", "maison", "chien", "voiture", "familia", "hijos", "casa", "perro", "coche",
		"familie", "kinder", "haus", "hund", "auto", "famiglia", "figli", "cane", "filhos", "cachorro", "carro":
		return true
	}
	return false
}

func (o *offerScan) note(q string) {
	if o.n < len(o.quotes) && !contains(o.quotes[:o.n], q) {
		o.quotes[o.n] = q
		o.n++
	}
}

// made reports whether the evidence makes an offer: a call to act with a
// gain or urgency, or a gain with urgency or in a business's or a
// trader's voice (priced), or places or stock on offer in either voice
// or a professional's (opened), or the writer's own service offered
// outright (own: "my rates are at").
func (o *offerScan) made() bool {
	return o.priced() || o.opened() || o.own
}

// opened reports whether places or stock are on offer in a business's
// or a trader's voice, or a professional's of their own ("my course
// starts"). A professional's credential makes no offer of a price: "As a
// qualified electrician, don't buy the £20 tester at <link>" is a
// reader's expert advice.
func (o *offerScan) opened() bool {
	return o.open && (o.seller || o.trade || o.pro && o.openMine)
}

// maxOwnerGap is how many words before an open entry writerOwnsBefore
// reads for "my" or "our": "my 6-week rescue-dog course starts" puts five
// words between them.
const maxOwnerGap = 6

// writerOwnsBefore reports whether "my" or "our" is one of the maxOwnerGap
// words before the ith: the course or the availability is the writer's
// own. A credential is a voice for places on offer only so: a
// professional sells "my course", where "As a certified teacher I can
// tell you classes start far too early" is a reader's expert opinion.
func writerOwnsBefore(words wordList, i int) bool {
	for k := i - 1; k >= 0 && k >= i-maxOwnerGap; k-- {
		if w := words.at(k); w == "my" || w == "our" {
			return true
		}
	}
	return false
}

// priced reports whether the evidence makes an offer without places on
// offer: a call to act with a gain or urgency, or a gain with urgency or
// in a business's or a trader's voice.
func (o *offerScan) priced() bool {
	return o.act && (o.gain || o.rush || o.aimed) || o.gain && (o.rush || o.seller || o.trade)
}

// tradeNouns are what a trader who speaks as "I" sells: "I teach
// sourdough workshops", "I offer 1:1 sessions"; and "professional", how
// a trader names what they do for money ("I do professional bike fits").
var tradeNouns = newWordSet([]string{"workshop", "workshops", "class", "classes", "course", "courses",
	"lesson", "lessons", "session", "sessions", "tour", "tours", "retreat", "retreats", "kits", "masterclass", "masterclasses",
	"professional"})

// firstPersonI reports whether w, a folded word, is "I" or "I" run
// together with its verb ("i'm", "i've", "im", "ive"): a trade entry
// that starts with it is a person's, and needs a thing sold after it.
func firstPersonI(w string) bool {
	switch w {
	case "i", "im", "ive", "id":
		return true
	}
	return strings.HasPrefix(w, "i'") || strings.HasPrefix(w, "i’")
}

// maxTradeNounGap is how many words after "I teach" and the like
// tradeNounAfter reads for the thing sold.
const maxTradeNounGap = 3

// tradeNounAfter reports whether one of the maxTradeNounGap words from
// the ith is a noun of tradeNouns, before any word of notOwnThing: an
// "I" who teaches or offers sells classes or tours; one who teaches yoga
// or coaches a team may only be telling of a job. A trader names what
// they sell bare or with "a", "my" or "our" ("I do professional bike
// fits", "I've written a whole course"); a reader's thing is someone
// else's or one already named ("I do think the course is worth it",
// "I've written to the course organisers").
func tradeNounAfter(words wordList, i int) bool {
	for k := i; k < words.len() && k < i+maxTradeNounGap; k++ {
		w := words.at(k)
		if tradeNouns.has(w) {
			return true
		}
		if notOwnThing.has(w) {
			return false
		}
	}
	return false
}

// notOwnThing are the words that, between "I do", "I teach" and the like
// and a noun of tradeNouns, make the noun no trader's own: a determiner
// of a thing already named or someone else's, a preposition, or a verb
// that "I do" stresses ("I do think", "I do like").
var notOwnThing = newWordSet([]string{"the", "this", "that", "these", "those", "their", "your", "his", "her", "its",
	"to", "about", "at", "for", "with", "on", "in", "of",
	"think", "agree", "like", "love", "hope", "believe", "feel", "know", "want", "wish", "miss", "enjoy"})

// countedPlaces reports whether the open entry phrase starts with its
// noun ("spaces for", "places left"): places on offer only where it opens
// a clause ("Spaces for December at <link>"); inside one the noun may be
// a count ("we use 4 spaces for indentation").
func countedPlaces(phrase string) bool {
	return strings.HasPrefix(phrase, "spaces ") || strings.HasPrefix(phrase, "places ")
}

// aimsAtLink reports whether the call to act found, m, is a call to buy
// ("order", "buy", "shop", "book") that names the link as the place to do
// it: the next word is "at", "from", "on" or "via", after at most one of
// "it", "yours", "online", "here", "today", and the word after that is in
// a link ("Order at essays.example", "buy online at shop.example", "Book
// yours at tours.example"). An ad says where to buy; a reader who says
// where they bought speaks in the past or after a subject ("I bought it
// at argos.co.uk", "you can buy at"), which is no imperative.
func aimsAtLink(joints *compounds, m phraseMatch) bool {
	words := joints.words
	if m.End-m.Start != 1 || !callsToBuy[m.Phrase] {
		return false
	}
	i := m.End
	if i < words.len() && placeFillers[words.at(i)] {
		i++
	}
	if i+1 >= words.len() || !placeWords[words.at(i)] || joints.inLink(int(words.spans[i].start), int(words.spans[i].end)) {
		return false
	}
	return joints.inLink(int(words.spans[i+1].start), int(words.spans[i+1].end))
}

// callsToBuy are the calls to act of lists/offers.txt that aimsAtLink
// reads, placeWords the words that name a place after them, and
// placeFillers the words that may stand between the two.
var (
	callsToBuy   = map[string]bool{"order": true, "buy": true, "shop": true, "book": true}
	placeWords   = map[string]bool{"at": true, "from": true, "on": true, "via": true}
	placeFillers = map[string]bool{"it": true, "yours": true, "online": true, "here": true, "today": true}
)

// afterComma reports whether the ith word follows a comma and white space
// only: a clause of a list ("Fast delivery, 24/7 support, buy at
// shop.example"), where an imperative may stand without opening a
// sentence.
func afterComma(words wordList, i int) bool {
	if i == 0 {
		return false
	}
	gap := words.text[words.spans[i-1].end:words.spans[i].start]
	return strings.HasPrefix(gap, ",") && onlySpace(gap[1:])
}

// offer reports whether the words (spans of the folded text) make an
// offer beside a link, looking for an amount when the entries found need
// one, and asking beside last: it costs more than the rest.
func (o *offerScan) offer(words wordList, beside func() bool) bool {
	if !o.gain && (o.act || o.rush || o.seller || o.trade) && !o.made() {
		// Only now the amounts, which need a look at each number: most
		// comments with a link have neither a call to act nor urgency.
		// A business names its price soon after it speaks ("We fit them
		// from £699"): for its voice alone, only the sellerWindow words
		// after it.
		from, to := 0, words.len()
		if !o.act && !o.rush {
			at := o.sellerAt
			if !o.seller || o.trade && o.tradeAt < at {
				at = o.tradeAt
			}
			from, to = at, min(to, at+sellerWindow)
		}
		if q, ok := amountIn(words, from, to); ok {
			o.gain = true
			o.note(q)
		}
	}
	if !o.made() {
		return false
	}
	if !o.priced() && !o.pro && communitySpeaks(words) {
		// Places on offer alone, from a club, a school, a community
		// garden that speaks of no money: "our tools library still has
		// spaces for new members" is no sale. Not from one who speaks
		// as a qualified professional: "I'm a qualified behaviourist
		// and my rescue-dog course starts in January" sells the course.
		return false
	}
	return beside()
}

// communitySpeaks reports whether words name a community body
// (namesCommunity: a club, a school, a charity…, or "community" itself)
// and speak of no money (moneyWords), as communityContact reads a
// comment: places such a body has on offer are not for sale.
func communitySpeaks(words wordList) bool {
	community := false
	for i := 0; i < words.len(); i++ {
		w := words.at(i)
		if moneyWords.has(w) {
			return false
		}
		community = community || w == "community" || namesCommunity(words, i)
	}
	return community
}

// detail is the Detail of the offer flag.
func (o *offerScan) detail() string {
	if o.own && !o.priced() && !o.opened() {
		// Nothing but the writer's own service: say so, as a moderator
		// reads it ("offers the writer's own service: “my rates are”").
		return "offers the writer's own service: " + quoteList(o.quotes[:o.n], maxOfferEvidence)
	}
	return "an offer beside a link: " + quoteList(o.quotes[:o.n], maxOfferEvidence)
}

// besideSite reports whether v has a link that c counts to a site: not
// allowed, not local, not an e-mail address; with public, not a public
// body's either. That last test looks the host's suffix up (publicBody),
// which costs more than the rest of the offer check on a comment with a
// few links: it is made only of a comment that offers something.
func (c linkChecker) besideSite(v *View, public bool) bool {
	if len(v.Links) == 0 {
		return false
	}
	found := false
	c.counted(v, func(l *linkify.Link, site *linkSite) {
		found = found || !l.Email && (!public || !publicBody(site.host))
	})
	return found
}

// opensClause reports whether the ith word opens a sentence or a clause,
// as an imperative does: it starts the text, or follows a sign that ends
// or opens one (. ! ? : ; a bracket, a dash, a quotation mark, an emoji),
// or follows "please", "just" or "simply" that does ("Just sign up").
// A hyphen between two words is no dash: the second half of "e-book",
// "pre-order" or "re-install" opens a clause only where the compound does
// ("Pre-order now"; not "The e-book was $10").
func opensClause(words wordList, i int) bool {
	// At most maxCompoundParts halves are read back: a match costs a few
	// bytes, whatever the text ("buy-buy-buy-…").
	for n := 1; i > 0 && hyphenJoined(words, i); n++ {
		if n == maxCompoundParts {
			return false
		}
		i--
	}
	if opensAt(words.text, int(words.spans[i].start)) {
		return true
	}
	if i == 0 {
		return false
	}
	switch words.at(i - 1) {
	case "please", "just", "simply":
		return onlySpace(words.text[words.spans[i-1].end:words.spans[i].start]) && opensAt(words.text, int(words.spans[i-1].start))
	}
	return false
}

// maxCompoundParts bounds the words of a hyphenated compound that
// opensClause reads back over.
const maxCompoundParts = 4

// hyphenJoined reports whether the ith word follows the one before it
// after a single hyphen, with nothing else between ("e-book").
func hyphenJoined(words wordList, i int) bool {
	a, b := int(words.spans[i-1].end), int(words.spans[i].start)
	return b == a+1 && words.text[a] == '-'
}

// opensAt reports whether text[at:] starts a clause: nothing but white
// space before it, or white space and a sign that ends or opens one. It
// reads back over the white space before at only.
func opensAt(text string, at int) bool {
	for at > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:at])
		switch {
		case r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\u00a0' || r == '\u3000':
			at -= n
		case r < utf8.RuneSelf:
			return clauseSigns[r]
		default:
			// An emoji, a dash, a bullet, a quotation mark, a full stop
			// of another script: not a letter or a digit of a word
			// running on.
			return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.IsMark(r) && r != utf8.RuneError
		}
	}
	return true
}

// clauseSigns are the ASCII signs after which a clause starts.
var clauseSigns = func() (t [utf8.RuneSelf]bool) {
	for _, c := range ".!?:;()[]{}*->|\"~#=+" {
		t[c] = true
	}
	return t
}()

// onlySpace reports whether s is white space only.
func onlySpace(s string) bool { return strings.TrimSpace(s) == "" }

// amountIn returns the first amount of money or amount off among words
// from the word from up to the word to,
// as written: a number with a currency sign before or after it ("$25",
// "€20", "50$", "＄10"), a number before a currency's name ("50 usd"), or a
// number before "off" ("20% off", "$15 off"). An amount inside a link
// ("https://…/tickets/20-off", "?price=$50") is the link's words, not
// the commenter's, as the entries of the list are (offerScan.see).
func amountIn(words wordList, from, to int) (string, bool) {
	text := words.text
	var run amountRun
	for i := from; i < to; i++ {
		sp := words.spans[i]
		if c := text[sp.start]; c < '0' || c > '9' {
			continue
		}
		start, end := int(sp.start), int(sp.end)
		var q string
		if r, n := utf8.DecodeLastRuneInString(text[:start]); isCurrencySign(r) {
			q = text[start-n : end]
		} else if r, n := utf8.DecodeRuneInString(text[end:]); isCurrencySign(r) {
			q = text[start : end+n]
		} else if i+1 < len(words.spans) {
			if next := words.at(i + 1); next == "off" || isCurrencyName(next) {
				q = text[start:words.spans[i+1].end]
			}
		}
		if q != "" && !run.holds(text, start) {
			return q, true
		}
	}
	return "", false
}

// amountRun remembers the last run of text without white space that holds
// asked about, and whether it is a link, so that a run is read once
// however many amounts it has. The places asked about come in text order.
type amountRun struct {
	start, end int // the run is text[start:end]; end is 0 before the first
	link       bool
}

// holds reports whether text[i] is in a run of text without white space
// that is a link or an address: it has "://", an @, or a dot between a
// letter or digit and a letter, as a host name has ("shop.example/20-off").
// Not a price ("$19.99", "€20/month"), whose dot and slash are a number's
// and a unit's.
func (r *amountRun) holds(text string, i int) bool {
	if r.start <= i && i < r.end {
		return r.link
	}
	start, end := i, i
	for start > r.end && !isRunSpace(text[start-1]) {
		start--
	}
	for end < len(text) && !isRunSpace(text[end]) {
		end++
	}
	link := false
	for j := start; j < end && !link; j++ {
		switch text[j] {
		case '@':
			link = true
		case ':':
			link = strings.HasPrefix(text[j:end], "://")
		case '.':
			link = j > start && asciiWordByte[text[j-1]] && j+1 < end && isLetterASCII(text[j+1])
		}
	}
	r.start, r.end, r.link = start, end, link
	return link
}

// isRunSpace reports whether c is white space, which ends a run.
func isRunSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
}

// isCurrencySign reports whether r is the sign of a currency that offers
// are written in (the full-width forms too, which folding keeps).
func isCurrencySign(r rune) bool {
	switch r {
	case '$', '£', '€', '¥', '₹', '₩', '₽', '₺', '₱', '₦', '฿', '＄', '￡', '￥', '￦':
		return true
	}
	return false
}

// isCurrencyName reports whether w is the folded name or code of a
// currency written after an amount ("50 USD", "20 euros"). A switch, not a
// map: it is asked of the word after every number of an offer's comment.
func isCurrencyName(w string) bool {
	switch w {
	case "usd", "eur", "gbp", "inr", "dollars", "dollar", "euros", "euro", "bucks", "rupees":
		return true
	}
	return false
}
