package moderation

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/commentkit/commentkit/linkify"
)

// A reader who names a shop or a source by its home page and a promoter
// who drops the front door of the site he sells for type the same link;
// what they say around it differs. HomeLinkCheck does not count a home
// page that the comment mentions as a reader does (readerMention):
//
//   - as where the writer bought or got something, in the sentence that
//     gives the link (boughtThere): "Got my wedding shoes from <link> in
//     the end", "I bought the seed potatoes from Thompson & Morgan, came
//     well packed: <link>", "Our bee suit is from Thornes, <link>". A
//     promoter sells; he does not tell where he shopped. Only a purchase
//     told in the past ("got", "bought", "ordered", "picked up", "rented",
//     "hired", "found … at"), by "I", "we" or someone the writer owns
//     ("my club bought", "our allotment society buys"), or in
//     the present after "I" or "we" ("I buy my flour from"), counts, and
//     so does a thing that "was from" the shop ("the moss was from
//     <link>"): "Get yours from <link>" and "Order from our shop" are
//     offers, and a purchase from "this site" or "here" points at the
//     link as a pitch does. A customer who canvasses for the shop
//     (advocates: "highly recommend", "check them out", "as a customer I
//     can say", "for new customers") is its advert, whatever he bought.
//     The purchase may be told after the link too, in its sentence
//     (boughtAfter: "<link> as a lossless download, which is how I
//     bought it");
//   - with a disclaimer of any tie to it ("no affiliation", "not
//     affiliated", "not sponsored", "not mine", "just a happy customer");
//   - as a third party that the comment names by the name its address
//     spells ("Reuters has the full statement: https://www.reuters.com",
//     "Screwfix had the grout on offer last week. https://www.screwfix.com"),
//     when the comment nowhere speaks as a business does ("we", "our",
//     "us"): a firm that drops its link says "we" of itself, and spam
//     under generic praise seldom names the site at all (nameRuns);
//   - as a third party's site, called so right before the link (othersSite:
//     "their site <link> has the datasheets", "Prusa's website <link>"),
//     whoever speaks: a household's "we" or a firm's, none calls its own
//     site "their site";
//   - as the source to settle a question at (sendsToVerify: "check
//     whether you need building regs: <link>", "always check <link>
//     directly"), in a comment that does not speak as a firm does;
//   - as the place where a thing the reader speaks of is found, in a
//     comment that does not speak as a firm does, or speaks only as a
//     member of a community body (memberVoice: "our Rotary club") (locatedAt,
//     homelink_located.go: "Current fares are on <link>", "Le guide
//     officiel est sur <link>"), when the link is typed as an address;
//     not of the writer's own goods, of "more info" or "the best deals",
//     nor of a lone "it";
//   - in a comment that says "free" of a thing as a reader does
//     (freeAsFact: "the rules are free on <link>", "it's free and you
//     get disease alerts: <link>"), in no maker's or seller's voice;
//   - named bare (a hyphenated name, see hyphenatedName) in a comment
//     that warns of it (warns: "Don't buy from scamshop-example.com",
//     "fake tickets at tickets-cheap-now.com, do not click it"). A typed
//     address in a warning still counts: "beware of fakes, the real one
//     is https://…" is a pitch;
//   - labelled the official site by the words that open its sentence,
//     in any of the languages of lists/official-sites.txt, with the
//     reader's remark on visiting after it (officialVisit: "Site officiel
//     : <link> – réservez le créneau", "Offizielle Seite: <link> –
//     Montags geschlossen"): a product's promoter labels its site so too,
//     but tells no one when it is closed;
//   - inside a quotation ("Quoting the press release: "www.example.org
//     will publish updates weekly""): quoted words are not the writer's
//     own promotion.
//
// The link's other flags stand: a purchase told beside a shortened or
// affiliate link, an offer or a promotion phrase is still held by them.
// The scan runs only for a comment that links a home page, after the
// link checks found one, so plain text pays nothing for it; it reads the
// comment once however many home pages it links (mentionScan), and at
// most maxPurchaseBytes bytes before each, so its cost is linear in the
// comment's length.

// mentionWord is a word of a comment as readerMention reads it: its
// text as typed and with its ASCII letters in lower case (low), where it
// stands, the sentence it is in, and whether it is a link (link >= 0: the
// index of the link in View.Links).
type mentionWord struct {
	text, low  string
	start, end int
	sentence   int
	link       int
}

// forEachMentionWord calls fn with each word of text[lo:hi] (letters,
// digits, and an apostrophe or hyphen between them), each "&" and each
// link of links (in order, each one word; its low is left empty),
// numbering the sentences from 0: a sentence ends at '.', '!' or '?'
// before a space, a tab or the end, at a CJK full stop ("。", "！", "？",
// which no space follows), and at a line break. A word that lo cuts is
// skipped. One pass, nothing kept.
func forEachMentionWord(text string, lo, hi int, links []linkify.Link, fn func(w mentionWord)) {
	next := sort.Search(len(links), func(k int) bool { return links[k].End > lo })
	sentence, i := 0, lo
	if lo > 0 {
		// Skip the rest of a word lo cuts.
		for i < hi {
			r, size := utf8.DecodeRuneInString(text[i:])
			if !isWordLetter(r) {
				break
			}
			i += size
		}
	}
	for i < hi {
		if next < len(links) && i >= links[next].Start {
			l := links[next]
			if l.End > i && l.End <= hi {
				fn(mentionWord{text: text[l.Start:l.End], start: l.Start, end: l.End, sentence: sentence, link: next})
				i = l.End
			} else if l.End > i {
				return // a link hi cuts ends the words
			}
			next++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case isWordLetter(r):
			j := i + size
			for j < hi && (next >= len(links) || j < links[next].Start) {
				r2, s2 := utf8.DecodeRuneInString(text[j:])
				if isWordLetter(r2) {
					j += s2
					continue
				}
				if r2 == '\'' || r2 == '\u2019' || r2 == '-' {
					if r3, _ := utf8.DecodeRuneInString(text[j+s2:]); j+s2 < hi && isWordLetter(r3) {
						j += s2
						continue
					}
				}
				break
			}
			fn(mentionWord{text: text[i:j], start: i, end: j, sentence: sentence, link: -1})
			i = j
			continue
		case r == '&':
			fn(mentionWord{text: "&", low: "&", start: i, end: i + 1, sentence: sentence, link: -1})
		case r == '\n':
			sentence++
		case isFullStop(r) || r == '\uFF01' || r == '\uFF1F':
			sentence++ // CJK text puts no space after "。", "！" or "？"
		case r == '.' || r == '!' || r == '?':
			if i+size == len(text) || text[i+size] == ' ' || text[i+size] == '\n' || text[i+size] == '\t' {
				sentence++
			}
		}
		i += size
	}
}

// mentionWords appends to ws the words of text[lo:hi] (forEachMentionWord),
// each with its low: its ASCII letters in lower case.
func mentionWords(ws []mentionWord, text string, lo, hi int, links []linkify.Link) []mentionWord {
	low := lowerASCII(text[lo:hi]) // one copy for every word's low, when there are capitals
	forEachMentionWord(text, lo, hi, links, func(w mentionWord) {
		if w.link < 0 && w.low == "" {
			w.low = low[w.start-lo : w.end-lo]
		}
		ws = append(ws, w)
	})
	return ws
}

// lowerASCII returns s with its ASCII capitals in lower case, the same
// length: s itself when it has none.
func lowerASCII(s string) string {
	i := 0
	for i < len(s) && !('A' <= s[i] && s[i] <= 'Z') {
		i++
	}
	if i == len(s) {
		return s
	}
	b := []byte(s)
	for ; i < len(b); i++ {
		if 'A' <= b[i] && b[i] <= 'Z' {
			b[i] += 'a' - 'A'
		}
	}
	return string(b)
}

// newMentionSet is a word set of words in lower case, with each word's
// apostrophe also as the typographic one ("we're", "we’re"), as words are
// typed.
func newMentionSet(words ...string) *wordSet {
	all := slices.Clone(words)
	for _, w := range words {
		if strings.Contains(w, "'") {
			all = append(all, strings.ReplaceAll(w, "'", "\u2019"))
		}
	}
	return newWordSet(all)
}

// mentionScan is what readerMention reads of a comment, made once for
// the comment's first home page and kept for its others, so that a
// comment of many home pages costs time linear in its length: its
// quotations, the signs it gives once for all its links (a disclaimer,
// "free" said as a fact, the voice of a firm), and the names it gives in
// capitals; buf holds the words before a link.
type mentionScan struct {
	done      bool
	quotes    []quoteSpan
	anyLink   bool     // the comment disclaims ties or says "free" as a fact
	warn      lazyFact // the comment warns (warns)
	advocacy  lazyFact // the comment canvasses for the shop (advocates)
	community lazyFact // the comment tells a community body's event (communityEvent)
	firm      bool     // speaksAsFirm
	names     []uint64 // nameRuns, made when a link's site is looked up first
	namesSet  bool
	buf       []mentionWord
	after     []mentionWord // the words from a link on (boughtAfter)
}

// maxPurchaseBytes is how far before its link, in bytes, boughtThere
// reads the words of a purchase told: a few dozen words, however long
// the sentence, so that each link costs the same.
const maxPurchaseBytes = 320

// readerMention reports whether the home page l (an element of v.Links),
// at site, is mentioned in v.Text as a reader mentions a third party (see
// above).
func (s *mentionScan) readerMention(v *View, l *linkify.Link, site *linkSite) bool {
	if !s.done {
		s.done = true
		words := v.words()
		s.quotes = v.quotes()
		s.anyLink = disclaimsTies(words) || saysFreeAsFact(words)
		s.firm = speaksAsFirm(words, v.Text)
	}
	if s.anyLink || quoted(s.quotes, l.Start, l.End) {
		return true
	}
	if officialLabelEnds(v.Text, l.Start) {
		if s.buf = officialWords(s.buf[:0], v, l); officialVisit(s.buf, v, l) {
			return true // "Site officiel : <link> – fermé le mardi" (homelink_official.go)
		}
	}
	if !typedAsAddress(l.Text) {
		// A bare name (hyphenatedName) in a warning is the scam's.
		if s.warn.get(func() bool { return warns(v.words()) }) {
			return true
		}
	}
	if l.Start < 0 || l.End > len(v.Text) || l.Start > l.End {
		return false
	}
	s.buf = wordsBefore(s.buf[:0], v, l)
	if n := len(s.buf); n > 0 && s.buf[n-1].link >= 0 && s.buf[n-1].start == l.Start && boughtThere(s.buf, n-1, v.Text) {
		if !s.advocacy.get(func() bool { return advocates(v.words()) }) {
			return true
		}
	}
	if n := len(s.buf); n > 0 && s.buf[n-1].link >= 0 && s.buf[n-1].start == l.Start && othersSite(s.buf, n-1) {
		return true
	}
	var after []mentionWord // l's words on, when read for l (linkHolds)
	if s.advocacy != factTrue {
		hi := min(l.End+maxPurchaseBytes, len(v.Text))
		for hi < len(v.Text) && !utf8.RuneStart(v.Text[hi]) {
			hi-- // a character the bound cuts is left out, as lo's is
		}
		s.after = mentionWords(s.after[:0], v.Text, l.Start, hi, v.Links)
		after = s.after
		if boughtAfter(s.after) || boughtAbroad(s.buf, s.after, l) {
			if !s.advocacy.get(func() bool { return advocates(v.words()) }) {
				return true
			}
		}
	}
	if s.community.get(func() bool { return communityEvent(v) }) {
		return true
	}
	atLink := len(s.buf) > 0 && s.buf[len(s.buf)-1].link >= 0 && s.buf[len(s.buf)-1].start == l.Start
	// cited: the link is given as where a thing is (homelink_located.go).
	cited := func() bool {
		return typedAsAddress(l.Text) && (atLink && (locatedAt(s.buf, len(s.buf)-1) || labelledSource(s.buf, len(s.buf)-1, v.Text) || publishedAt(s.buf, len(s.buf)-1)) ||
			len(after) > 0 && after[0].start == l.Start && linkHolds(after))
	}
	if s.firm {
		// A member's "our club", "our knitting circle" is no firm's
		// voice (memberVoice): a thing found at a link is still cited.
		return memberVoice(v.words(), v.Text) && cited()
	}
	if atLink && sendsToVerify(s.buf, len(s.buf)-1, v.Text) || cited() {
		return true
	}
	if !s.namesSet {
		s.namesSet, s.names = true, nameRuns(v.Text, v.Links)
	}
	return siteNamed(s.names, site)
}

// wordsBefore appends to ws the words of v.Text from maxPurchaseBytes
// before the link l (an element of v.Links) to its end, l last.
func wordsBefore(ws []mentionWord, v *View, l *linkify.Link) []mentionWord {
	lo := max(l.Start-maxPurchaseBytes, 0)
	for lo > 0 && !utf8.RuneStart(v.Text[lo]) {
		lo--
	}
	return mentionWords(ws, v.Text, lo, l.End, v.Links)
}

// purchaseTold reports whether the sentence of the link l (an element of
// v.Links, typed as an address) tells where the writer bought something
// there (boughtThere), in a comment that does not canvass for the shop
// (advocates): SalesDomainCheck's reader, as readerMention's.
func purchaseTold(v *View, l *linkify.Link) bool {
	if l.Start < 0 || l.End > len(v.Text) || l.Start > l.End {
		return false
	}
	ws := wordsBefore(nil, v, l)
	n := len(ws)
	return n > 0 && ws[n-1].link >= 0 && ws[n-1].start == l.Start && boughtThere(ws, n-1, v.Text) && !advocates(v.words())
}

// purchaseVerbs are the verbs of getting something, in the past:
// a customer's story. purchaseNow are the same in the present, which count
// only after "I" or "we" ("I buy my flour from"): alone they bid the
// reader buy ("Get yours from").
var (
	purchaseVerbs = newMentionSet("got", "bought", "ordered", "purchased", "grabbed", "sourced", "picked", "rented", "hired", "borrowed", "found")
	purchaseNow   = newMentionSet("get", "buy", "order", "source", "rent", "hire")
	// purchaseThird are purchaseNow as a third person says them, which
	// count only after a subject the writer owns ("our allotment society
	// buys", "my club gets"): a household's or a club's habit.
	purchaseThird = newMentionSet("gets", "buys", "orders", "sources", "rents", "hires")
	// participles are purchaseVerbs that, after a comma, tell where a
	// thing the sentence spoke of was bought ("we have it in our hallway,
	// bought at <link>").
	participles = newMentionSet("bought", "ordered", "purchased", "sourced")
	// pastCopulas tell where a thing came from in the past ("the moss
	// was from <link>"): a story, whoever owns the thing.
	pastCopulas = newMentionSet("was", "were", "came")
	// mentionSubjects are the first persons a purchase is told in.
	mentionSubjects = newMentionSet("i", "we", "i've", "we've", "ive", "i'd", "we'd")
	// mentionAdverbs may stand between the subject and its verb ("I
	// just got", "we finally ordered").
	mentionAdverbs = newMentionSet("just", "finally", "also", "recently", "actually", "eventually", "originally", "first", "once", "always", "usually", "normally", "now", "then", "have", "had", "last", "ended", "up")
	// whereBought are the prepositions of the shop ("from", "at", "off",
	// "through", "via", "on").
	whereBought = newMentionSet("from", "at", "off", "through", "via", "on")
	// pointers are what a pitch points at the link with, or the writer's
	// own ("from this site", "at our shop", "from here").
	pointers = newMentionSet("this", "these", "that", "here", "our", "my", "your", "us", "me")
	// copulas say where a thing is from ("our bee suit is from Thornes").
	copulas = newMentionSet("is", "are", "was", "were", "came", "comes", "come")
	// ownedBy are the possessives of a customer's "my X is from".
	ownedBy = newMentionSet("my", "our", "mine", "ours")
	// firmWords are how a business speaks of itself.
	firmWords = newMentionSet("we", "we're", "we've", "we'll", "we'd", "our", "ours", "us")
)

// maxPurchaseWords is how far before its link boughtThere reads: a
// purchase told further back in one sentence is not where the link is.
// It bounds the words read for each link, however long the sentence.
const maxPurchaseWords = 24

// boughtThere reports whether the sentence of ws[at], a link, tells before
// it where the writer bought or got something: a verb of purchaseVerbs
// that starts the sentence or follows a first person (mentionSubjects,
// an adverb between them allowed) or a subject the writer owns ("my club
// bought", ownedSubject), one of purchaseNow after a first person, or of
// purchaseThird after a subject the writer owns ("our allotment society
// buys"), then within eight words a preposition of whereBought whose
// object is not a pointer ("from https://…", "at Hard Wax"); a
// participle after a comma in a sentence a first person tells ("we have
// it in our hallway, bought at <link>"); or "is from" of something the
// writer owns ("our bee suit is from Thornes"), or "was from" or "came
// from" of anything ("the moss was from <link>"). "Found" counts only
// with "at" or "from" ("I found a refurb one at <link>"): "I found this
// guide really helpful: <link>" tells no purchase. text is the comment
// the words are of.
func boughtThere(ws []mentionWord, at int, text string) bool {
	sentence := ws[at].sentence
	first := at
	for first > 0 && first > at-maxPurchaseWords && ws[first-1].sentence == sentence {
		first--
	}
	for i := first; i < at; i++ {
		if ws[i].link >= 0 {
			continue
		}
		w := ws[i].low
		from := -1
		switch {
		case purchaseVerbs.has(w):
			if w == "picked" && (i+1 >= at || ws[i+1].low != "up") {
				continue
			}
			if i == first || toldByFirstPerson(ws, first, i) || ownedSubject(ws, first, i) ||
				participles.has(w) && commaBefore(ws, i, text) && firstPersonIn(ws, first, i) {
				from = i + 1
			}
		case purchaseNow.has(w):
			if i > first && toldByFirstPerson(ws, first, i) {
				from = i + 1
			}
		case purchaseThird.has(w):
			if ownedSubject(ws, first, i) {
				from = i + 1
			}
		case w == "from" && i > first && (pastCopulas.has(ws[i-1].low) || copulas.has(ws[i-1].low) && ownedBefore(ws, first, i-1)):
			if objectNamed(ws, i, at) {
				return true
			}
		}
		if from < 0 {
			continue
		}
		for j := from; j < at && j <= i+8; j++ {
			if ws[j].link < 0 && whereBought.has(ws[j].low) {
				if w == "found" && ws[j].low != "at" && ws[j].low != "from" {
					continue // "found it on sale at": the shop is after "at"
				}
				if objectNamed(ws, j, at) {
					return true
				}
				break
			}
		}
	}
	return false
}

// boughtAfterVerbs are the purchaseVerbs that tell a purchase without
// saying where, after the link that says it: "got" and "found" tell
// other things as often ("I got an A").
var boughtAfterVerbs = newMentionSet("bought", "ordered", "purchased", "rented", "hired")

// boughtAfter reports whether ws, the words from a link (ws[0]) on,
// tell in the link's sentence, within maxPurchaseWords words, that the
// writer bought something: a verb of boughtAfterVerbs after a first
// person ("<link> as a lossless download, which is how I bought it",
// "<link> but it's £28 a metre so I bought a fat quarter").
func boughtAfter(ws []mentionWord) bool {
	if len(ws) == 0 || ws[0].link < 0 {
		return false
	}
	for i := 1; i < len(ws) && i <= maxPurchaseWords && ws[i].sentence == ws[0].sentence; i++ {
		if ws[i].link < 0 && boughtAfterVerbs.has(ws[i].low) && toldByFirstPerson(ws, 1, i) {
			return true
		}
	}
	return false
}

// ownedSubject reports whether the verb at ws[i] has for its subject a
// noun of one or two words the writer owns (ownedBy: "my club bought",
// "our allotment society buys"), adverbs between allowed ("our club
// always buys").
func ownedSubject(ws []mentionWord, first, i int) bool {
	nouns := 0
	for j := i - 1; j >= first && j >= i-5; j-- {
		w := ws[j].low
		switch {
		case ws[j].link >= 0:
			return false
		case nouns > 0 && ownedBy.has(w):
			return true
		case nouns == 0 && mentionAdverbs.has(w):
			continue
		case ownedBy.has(w) || mentionSubjects.has(w) || pointers.has(w):
			return false
		}
		if nouns++; nouns > 2 {
			return false
		}
	}
	return false
}

// commaBefore reports whether a comma stands between ws[i] and the word
// before it, in text: the word starts a clause of its own.
func commaBefore(ws []mentionWord, i int, text string) bool {
	return i > 0 && ws[i-1].end <= ws[i].start && ws[i].start <= len(text) &&
		strings.IndexByte(text[ws[i-1].end:ws[i].start], ',') >= 0
}

// firstPersonIn reports whether ws[first:i] say "I" or "we" (mentionSubjects).
func firstPersonIn(ws []mentionWord, first, i int) bool {
	for j := first; j < i; j++ {
		if ws[j].link < 0 && mentionSubjects.has(ws[j].low) {
			return true
		}
	}
	return false
}

// advocacy is what a customer says who canvasses for the shop he names:
// he praises it to others and invites them ("highly recommend", "check
// them out", "go have a look", "as a customer I can say", "a sampler box
// for new customers", "tell them you saw it here"). A reader tells where he
// bought a thing and how it went; a shop's advocate, real or posing,
// tells the readers to go there, and his purchase clears nothing.
var advocacy = [][]string{
	{"highly", "recommend"},
	{"highly", "recommended"},
	{"recommend", "enough"},
	{"recommend", "them", "enough"},
	{"recommend", "it", "enough"},
	{"check", "them", "out"},
	{"as", "a", "customer"},
	{"new", "customers"},
	{"first", "order"},
	{"tell", "them", "you"},
	{"everyone", "should"},
	{"have", "a", "look"},
	{"take", "a", "look"},
	// A recommendation in the other languages whose purchases
	// boughtAbroad reads (folded: accents dropped).
	{"empfehlen"}, {"empfehlenswert"}, {"recommande"}, {"recommander"},
	{"consiglio"}, {"consigliato"}, {"recomiendo"}, {"recomendable"},
	{"recomendo"}, {"aanrader"}, {"aanbevelen"}, {"rekommenderar"},
	{"anbefaler"}, {"polecam"}, {"doporucuji"}, {"suosittelen"}, {"tavsiye"},
}

// advocacyFirsts are the first words of advocacy.
var advocacyFirsts = firstWords(advocacy)

// advocates reports whether words (v.words(): folded) say one of advocacy.
func advocates(words wordList) bool {
	return saysAny(words, advocacy, advocacyFirsts)
}

// verifyVerbs bid a reader settle a fact at its source.
var verifyVerbs = newMentionSet("check", "verify", "confirm", "double-check")

// atSource are the words after a source's link that say to go to it
// rather than to a retelling ("check <link> directly").
var atSource = newMentionSet("directly", "yourself", "first")

// sendsToVerify reports whether the sentence of ws[at], a link, bids the
// reader settle a question at the link, in a comment that does not speak
// as a firm does: a verb of verifyVerbs followed by "whether" before it
// ("check whether you need building regs: <link>"), or right before the
// link with a word of atSource right after it, in text ("always check
// <link> directly"), or "before you go" (beforeVisit). A reader sends others to the authority that
// answers; a pitch bids them check the deals out, or "check if you
// qualify", which is a lender's form, not a question settled.
func sendsToVerify(ws []mentionWord, at int, text string) bool {
	sentence := ws[at].sentence
	for i := at - 1; i > 0 && i >= at-maxPurchaseWords && ws[i].sentence == sentence; i-- {
		if ws[i].link < 0 && ws[i].low == "whether" && ws[i-1].link < 0 && verifyVerbs.has(ws[i-1].low) {
			return true
		}
		if ws[i].link < 0 && ws[i].low == "official" && verifiesAtOfficialSite(ws, i, at) {
			return true
		}
	}
	if at == 0 || ws[at-1].link >= 0 || ws[at-1].sentence != sentence || !verifyVerbs.has(ws[at-1].low) {
		return checkAfterBeforeTrip(text, ws[at].end)
	}
	end := ws[at].end
	for end < len(text) && (text[end] == ' ' || text[end] == '\t') {
		end++
	}
	next := end
	for next < len(text) && ('a' <= text[next]|0x20 && text[next]|0x20 <= 'z') {
		next++
	}
	if next > end && atSource.has(lowerASCII(text[end:next])) {
		return true
	}
	return next > end && lowerASCII(text[end:next]) == "before" && beforeVisit(text, next)
}

// officialSiteNouns are what a reader calls the official site he sends
// others to check: "the official site", "the official park website".
var officialSiteNouns = newMentionSet("site", "website", "page", "webpage", "portal")

// verifiesAtOfficialSite reports whether ws[i], "official", in the
// sentence of the link ws[at] and before it, calls a site the official one
// (a word of officialSiteNouns one or two words on: "the official park
// site"), and a verb of verifyVerbs stands at most maxVerifyGap words
// before it, in its sentence,
// with no possessive of the writer's right before "official" ("check the
// official park site for current prices: <link>", "check your
// entitlement on the official site: <link>"). A reader sends others to
// settle a fact at the authority, as "check whether" does; a promoter
// calls his site "our official site", and his "Official site here:"
// follows a testimonial with no bid to check anything.
// maxVerifyGap is how many words before "official" verifiesAtOfficialSite
// reads for the verb: "check the timetable on the official site" has
// five.
const maxVerifyGap = 8

func verifiesAtOfficialSite(ws []mentionWord, i, at int) bool {
	sentence := ws[i].sentence
	named := false
	for j := i + 1; j < at && j <= i+2 && ws[j].link < 0; j++ {
		named = named || officialSiteNouns.has(ws[j].low)
	}
	if !named || i > 0 && ws[i-1].link < 0 && makerWords.has(ws[i-1].low) {
		return false
	}
	for j := i - 1; j >= 0 && j >= i-maxVerifyGap && ws[j].sentence == sentence && ws[j].link < 0; j-- {
		if verifyVerbs.has(ws[j].low) {
			return true
		}
	}
	return false
}

// checkAfterBeforeTrip reports whether the text right after a link, at
// i, bids the reader check it before a trip of their own, the order of
// "check <link> before you go" turned round: a dash, a comma or a colon
// and "please" allowed, then a verb of verifyVerbs, "before" and the trip
// (beforeVisit, or a gerund of tripGerunds: "<link> — please
// check before walking out to the island"). A deadline ("check before
// they sell out") sets no trip. It reads at most five words.
func checkAfterBeforeTrip(text string, i int) bool {
	word := func() string {
		for i < len(text) && !('a' <= text[i]|0x20 && text[i]|0x20 <= 'z') {
			switch {
			case text[i] == ' ' || text[i] == '\t' || text[i] == ',' || text[i] == ':' || text[i] == '-':
				i++
			case strings.HasPrefix(text[i:], "\u2014") || strings.HasPrefix(text[i:], "\u2013"):
				i += len("\u2014")
			default:
				return ""
			}
		}
		start := i
		for i < len(text) && 'a' <= text[i]|0x20 && text[i]|0x20 <= 'z' {
			i++
		}
		return lowerASCII(text[start:i])
	}
	w := word()
	if w == "please" || w == "always" {
		w = word()
	}
	if !verifyVerbs.has(w) || word() != "before" {
		return false
	}
	if beforeVisit(text, i) {
		return true
	}
	return tripGerunds.has(word())
}

// tripGerunds are the gerunds of a trip after "before": "check before
// walking out", "before setting off", "before heading over".
var tripGerunds = newMentionSet("going", "travelling", "traveling", "visiting", "leaving", "heading", "driving", "walking", "setting", "crossing")

// visitVerbs are what a reader does after checking a place's own site:
// goes, travels, visits ("check <link> before you go").
var visitVerbs = newMentionSet("go", "travel", "visit", "leave", "head", "drive")

// beforeVisit reports whether text at i, right after "before", says
// "you" and a verb of visitVerbs: the reader's own trip ("check <link>
// before you go"), which a source settles, and not a deadline ("before
// they sell out", "before it's too late"), which a pitch sets. It reads
// two words.
func beforeVisit(text string, i int) bool {
	word := func() string {
		for i < len(text) && text[i] == ' ' {
			i++
		}
		start := i
		for i < len(text) && 'a' <= text[i]|0x20 && text[i]|0x20 <= 'z' {
			i++
		}
		return lowerASCII(text[start:i])
	}
	return word() == "you" && visitVerbs.has(word())
}

// siteNouns are what a link is called right before it ("their site
// https://…").
var siteNouns = newMentionSet("site", "website", "homepage", "page", "shop", "store")

// othersSite reports whether the link at ws[at] is called a third
// party's site right before it, in its sentence: "the inverter is a
// Fronius and their site <link> has the datasheets", "Prusa's website
// <link>" (othersPossessive), with "is" or "was" between or not ("the
// ferry company's site is <link>"). A firm says "our site".
func othersSite(ws []mentionWord, at int) bool {
	if at >= 3 && ws[at-1].link < 0 && (ws[at-1].low == "is" || ws[at-1].low == "was") {
		at-- // "the ferry company's site is <link>": the copula between
	}
	return at >= 2 && ws[at-2].sentence == ws[at].sentence && ws[at-1].link < 0 && ws[at-2].link < 0 &&
		siteNouns.has(ws[at-1].low) && othersPossessive(ws[at-2].low)
}

// toldByFirstPerson reports whether the verb at ws[i] has a first
// person for its subject: "I", "we" (mentionSubjects) right before it, or
// before one or two adverbs ("I just got", "we have finally ordered").
func toldByFirstPerson(ws []mentionWord, first, i int) bool {
	for j := i - 1; j >= first && j >= i-3; j-- {
		w := ws[j].low
		if mentionSubjects.has(w) {
			return true
		}
		if !mentionAdverbs.has(w) {
			return false
		}
	}
	return false
}

// ownedBefore reports whether one of the three words before ws[i] (in its
// sentence) is a possessive of ownedBy: "my panniers are from".
func ownedBefore(ws []mentionWord, first, i int) bool {
	for j := i - 1; j >= first && j >= i-3; j-- {
		if ownedBy.has(ws[j].low) {
			return true
		}
	}
	return false
}

// objectNamed reports whether the preposition at ws[j] has an object
// before the link at ws[at] (or the link itself) that is no pointer.
func objectNamed(ws []mentionWord, j, at int) bool {
	return j+1 <= at && (ws[j+1].link >= 0 || !pointers.has(ws[j+1].low))
}

// disclaimers are what a reader adds so that a recommendation is not
// taken for an advert.
var disclaimers = [][]string{
	{"no", "affiliation"},
	{"not", "affiliated"},
	{"unaffiliated"},
	{"not", "sponsored"},
	{"not", "mine"},
	{"happy", "customer"},
	{"satisfied", "customer"},
	{"just", "a", "customer"},
	{"nothing", "to", "do", "with", "me"},
	{"no", "connection", "to", "them"},
	{"no", "connection", "with", "them"},
	// The writer, speaking for a club or a household, says the site is
	// someone else's: "https://www.parkrun.org.uk/ isn't us".
	{"isn't", "us"},
	{"not", "us"},
	{"not", "ours"},
	{"isn't", "ours"},
	{"nothing", "to", "do", "with", "us"},
	{"no", "connection", "to", "us"},
}

// disclaimerFirsts are the first words of disclaimers.
var disclaimerFirsts = firstWords(disclaimers)

// disclaimsTies reports whether words (v.words(): folded) say one of
// disclaimers.
func disclaimsTies(words wordList) bool {
	return saysAny(words, disclaimers, disclaimerFirsts)
}

// speaksAsFirm reports whether the comment speaks as a business does, of
// "we", "our" or "us" (firmWords), in words (v.words(): folded); an "us"
// counts only when text has no "US" in capitals, a country. The "US" is a
// word of its own: "USB" or "FOCUS" names no country.
func speaksAsFirm(words wordList, text string) bool {
	country := -1 // whether text has the word "US": -1 not read yet, 0 no, 1 yes
	for i := 0; i < words.len(); i++ {
		w := words.at(i)
		if !firmWords.has(w) {
			continue
		}
		if w != "us" {
			return true
		}
		if country < 0 {
			country = 0
			if hasWordUS(text) {
				country = 1
			}
		}
		if country == 0 {
			return true
		}
	}
	return false
}

// hasWordUS reports whether text has "US" in capitals as a word of its
// own, with no letter or digit right before or after it. One pass.
func hasWordUS(text string) bool {
	for i := 0; ; {
		k := strings.Index(text[i:], "US")
		if k < 0 {
			return false
		}
		k += i
		before, _ := utf8.DecodeLastRuneInString(text[:k])
		after, _ := utf8.DecodeRuneInString(text[k+2:])
		if (k == 0 || !isWordLetter(before)) && (k+2 == len(text) || !isWordLetter(after)) {
			return true
		}
		i = k + 1
	}
}

// nameRuns returns the names text gives, as hashes of their letters
// (nameHash), sorted, to look a site's labels up in (siteNamed): each run
// of up to four capitalised words outside links, in one sentence, joined
// by "&", "and" or "of" as names are ("Thompson & Morgan", "Zap-Map",
// "Reuters"), as its letters and digits in lower case without a
// possessive "'s" ("thompsonmorgan", "zapmap"), and without a plural's
// "s" too ("Thornes" of thorne.co.uk); a run of three words or more also
// as its initials (initialsHash: "International Meteor Organization" of
// imo.net). One pass over the words, keeping
// the last four capitalised words of the run: each word ends at most four
// runs, so time and room are linear in the comment's length.
func nameRuns(text string, links []linkify.Link) []uint64 {
	var names []uint64
	var run [4]string // the run's last capitalised words, oldest first
	var trade [4]bool // whether each of run is a firm's word (firmNameWord)
	n, joint, sentence := 0, false, -1
	forEachMentionWord(text, 0, len(text), links, func(w mentionWord) {
		capital := startsCapital(w)
		switch {
		case w.link >= 0 || w.sentence != sentence:
			n, joint = 0, false
		case n > 0 && !joint && (w.text == "&" || strings.EqualFold(w.text, "and") || strings.EqualFold(w.text, "of")):
			joint = true
			return
		case !capital:
			n, joint = 0, false
		}
		sentence = w.sentence
		if !capital {
			return
		}
		if n == len(run) {
			copy(run[:], run[1:])
			copy(trade[:], trade[1:])
			n--
		}
		run[n], trade[n] = w.text, firmNameWord(w.text)
		n++
		joint = false
		for start := 0; start < n; start++ {
			h, letters := uint64(fnvOffset), 0
			var last rune
			for k := start; k < n; k++ {
				h, last, letters = nameHash(h, run[k], letters)
			}
			if n-start >= 3 && !slices.Contains(trade[start:n], true) {
				names = append(names, initialsHash(run[start:n]))
			}
			if letters < 3 {
				continue
			}
			names = append(names, h)
			if last == 's' {
				h, letters = uint64(fnvOffset), 0
				for k := start; k < n-1; k++ {
					h, _, letters = nameHash(h, run[k], letters)
				}
				word := strings.TrimSuffix(strings.TrimSuffix(run[n-1], "'s"), "\u2019s")
				h, _, _ = nameHash(h, word[:max(strings.LastIndexFunc(word, isWordLetter), 0)], letters)
				names = append(names, h)
			}
		}
	})
	slices.Sort(names)
	return names
}

// firmNames are the words that name a firm, not a society or a public
// body, in a run of capitalised words ("Premier Loan Advisory Service",
// "Apex Roofing Solutions Ltd"): its initials are no third party's
// (initialsHash), for a firm registers its domain by them as a body
// does, and a testimonial spells the firm out in full.
var firmNames = map[string]bool{
	"loan": true, "loans": true, "finance": true, "financial": true, "capital": true, "credit": true,
	"solutions": true, "advisory": true, "consulting": true, "consultants": true, "roofing": true,
	"plumbing": true, "insurance": true, "ltd": true, "limited": true, "inc": true, "llc": true,
	"plc": true, "holdings": true, "premier": true, "investments": true, "trading": true, "lending": true,
}

// firmNameWord reports whether w, in any case, is one of firmNames. It
// folds the word on the stack: no allocation.
func firmNameWord(w string) bool {
	var buf [16]byte
	if len(w) > len(buf) {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return firmNames[string(buf[:len(w)])]
}

// initialsHash returns the nameHash of the first letters of words, in
// lower case: the initials a body of three words or more registers its
// domain by ("International Meteor Organization" of imo.net). A run of
// capitalised words is a name as its initials are: whoever spells the
// body out in full names it as a third party.
func initialsHash(words []string) uint64 {
	h := uint64(fnvOffset)
	for _, w := range words {
		for _, r := range w {
			if isWordLetter(r) {
				var b [utf8.UTFMax]byte
				for _, c := range b[:utf8.EncodeRune(b[:], unicode.ToLower(r))] {
					h = (h ^ uint64(c)) * fnvPrime
				}
				break
			}
		}
	}
	return h
}

// fnvOffset and fnvPrime are those of 64-bit FNV-1a.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// nameHash adds to h, a running FNV-1a hash, the letters and digits of
// word in lower case, without a possessive "'s" at its end, and returns
// it with the last letter added and the count of letters so far.
func nameHash(h uint64, word string, letters int) (uint64, rune, int) {
	word = strings.TrimSuffix(strings.TrimSuffix(word, "'s"), "\u2019s")
	var last rune
	for _, r := range word {
		if isWordLetter(r) {
			last = unicode.ToLower(r)
			var b [utf8.UTFMax]byte
			for _, c := range b[:utf8.EncodeRune(b[:], last)] {
				h = (h ^ uint64(c)) * fnvPrime
			}
			letters++
		}
	}
	return h, last, letters
}

// siteNamed reports whether names (nameRuns) hold the name a label of
// site spells: the first label of its registrable domain, or a label of
// its host before that but "www", as letters and digits in lower case,
// three or more ("thompson-morgan" is thompsonmorgan, "merlin" of
// merlin.allaboutbirds.org).
func siteNamed(names []uint64, site *linkSite) bool {
	if len(names) == 0 {
		return false
	}
	domain := site.domain
	if domain == "" {
		domain = site.host
	}
	first, _, _ := strings.Cut(domain, ".")
	if labelNamed(names, first) {
		return true
	}
	rest, ok := strings.CutSuffix(site.host, "."+domain)
	for ok && rest != "" {
		var label string
		label, rest, _ = strings.Cut(rest, ".")
		if label != "www" && labelNamed(names, label) {
			return true
		}
	}
	return false
}

// labelNamed reports whether names hold the hash of label's letters and
// digits, when it has three or more; or, for a label that starts with
// "the", of the rest, when it has four or more: a name is registered with
// its article when the name alone was taken ("Trainline" of
// thetrainline.com, "Guardian" of theguardian.com).
func labelNamed(names []uint64, label string) bool {
	h, _, letters := nameHash(fnvOffset, label, 0)
	if letters < 3 {
		return false
	}
	if _, found := slices.BinarySearch(names, h); found {
		return true
	}
	if len(label) < len("the")+4 || !strings.EqualFold(label[:3], "the") {
		return false
	}
	h, _, letters = nameHash(fnvOffset, label[3:], 0)
	_, found := slices.BinarySearch(names, h)
	return found && letters >= 4
}

// startsCapital reports whether w is a word (no link) that starts with a
// capital letter.
func startsCapital(w mentionWord) bool {
	if w.link >= 0 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w.text)
	return unicode.IsUpper(r)
}
