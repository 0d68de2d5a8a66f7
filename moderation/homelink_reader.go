package moderation

import (
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
//     told in the past ("got", "bought", "ordered", "picked up"), or in
//     the present after "I" or "we" ("I buy my flour from"), counts: "Get
//     yours from <link>" and "Order from our shop" are offers, and a
//     purchase from "this site" or "here" points at the link as a pitch
//     does;
//   - with a disclaimer of any tie to it ("no affiliation", "not
//     affiliated", "not sponsored", "not mine", "just a happy customer");
//   - as a third party that the comment names by the name its address
//     spells ("Reuters has the full statement: https://www.reuters.com",
//     "Screwfix had the grout on offer last week. https://www.screwfix.com"),
//     when the comment nowhere speaks as a business does ("we", "our",
//     "us"): a firm that drops its link says "we" of itself, and spam
//     under generic praise seldom names the site at all;
//   - in a comment that says "free" of a thing as a reader does
//     (freeAsFact: "the rules are free on <link>", "it's free and you
//     get disease alerts: <link>"), in no maker's or seller's voice;
//   - inside a quotation ("Quoting the press release: "www.example.org
//     will publish updates weekly""): quoted words are not the writer's
//     own promotion.
//
// The link's other flags stand: a purchase told beside a shortened or
// affiliate link, an offer or a promotion phrase is still held by them.
// The scan runs only for a comment that links a home page, after the
// link checks found one, so plain text pays nothing for it.

// mentionWord is a word of a comment as readerMention reads it: its
// text as typed, where it stands, the sentence it is in, and whether it
// is a link (link >= 0: the index of the link in View.Links).
type mentionWord struct {
	text       string
	start, end int
	sentence   int
	link       int
}

// mentionWords splits text into words (letters, digits, and an
// apostrophe or hyphen between them), "&", and links (links, in order,
// each one word), numbering the sentences: a sentence ends at '.', '!'
// or '?' before a space or the end, and at a line break. One pass.
func mentionWords(text string, links []linkify.Link) []mentionWord {
	var words []mentionWord
	sentence, next := 0, 0
	i := 0
	for i < len(text) {
		if next < len(links) && i >= links[next].Start {
			l := links[next]
			if l.End > i && l.End <= len(text) {
				words = append(words, mentionWord{text: text[l.Start:l.End], start: l.Start, end: l.End, sentence: sentence, link: next})
				i = l.End
			}
			next++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case isWordLetter(r):
			j := i + size
			for j < len(text) && (next >= len(links) || j < links[next].Start) {
				r2, s2 := utf8.DecodeRuneInString(text[j:])
				if isWordLetter(r2) {
					j += s2
					continue
				}
				if r2 == '\'' || r2 == '\u2019' || r2 == '-' {
					if r3, _ := utf8.DecodeRuneInString(text[j+s2:]); j+s2 < len(text) && isWordLetter(r3) {
						j += s2
						continue
					}
				}
				break
			}
			words = append(words, mentionWord{text: text[i:j], start: i, end: j, sentence: sentence, link: -1})
			i = j
			continue
		case r == '&':
			words = append(words, mentionWord{text: "&", start: i, end: i + 1, sentence: sentence, link: -1})
		case r == '\n':
			sentence++
		case r == '.' || r == '!' || r == '?' || isFullStop(r):
			if i+size == len(text) || text[i+size] == ' ' || text[i+size] == '\n' {
				sentence++
			}
		}
		i += size
	}
	return words
}

// readerMention reports whether the home page that links[k] leads to,
// at site, is mentioned in v.Text as a reader mentions a third party
// (see above). words are mentionWords of v.Text, made on the first call
// (*words nil) and kept for the next link.
func readerMention(v *View, k int, site *linkSite, words *[]mentionWord) bool {
	if *words == nil {
		*words = mentionWords(v.Text, v.Links)
	}
	ws := *words
	at := -1
	for i := range ws {
		if ws[i].link == k {
			at = i
			break
		}
	}
	if at < 0 {
		return false
	}
	l := v.Links[k]
	if quoted(quotations(v.Text), l.Start, l.End) {
		return true
	}
	return boughtThere(ws, at) || disclaimsTies(ws) || (!speaksAsFirm(ws) && namesSite(ws, site)) || saysFreeAsFact(v.words())
}

// purchaseVerbs are the verbs of getting something, in the past:
// a customer's story. purchaseNow are the same in the present, which count
// only after "I" or "we" ("I buy my flour from"): alone they bid the
// reader buy ("Get yours from").
var (
	purchaseVerbs = newWordSet([]string{"got", "bought", "ordered", "purchased", "grabbed", "sourced", "picked"})
	purchaseNow   = newWordSet([]string{"get", "buy", "order", "source"})
	// mentionSubjects are the first persons a purchase is told in.
	mentionSubjects = newWordSet([]string{"i", "we", "i've", "we've", "ive", "i'd", "we'd"})
	// mentionAdverbs may stand between the subject and its verb ("I
	// just got", "we finally ordered").
	mentionAdverbs = newWordSet([]string{"just", "finally", "also", "recently", "actually", "eventually", "originally", "first", "once", "always", "usually", "normally", "now", "then", "have", "had", "last", "ended", "up"})
	// whereBought are the prepositions of the shop ("from", "at", "off",
	// "through", "via", "on").
	whereBought = newWordSet([]string{"from", "at", "off", "through", "via", "on"})
	// pointers are what a pitch points at the link with, or the writer's
	// own ("from this site", "at our shop", "from here").
	pointers = newWordSet([]string{"this", "these", "that", "here", "our", "my", "your", "us", "me"})
	// copulas say where a thing is from ("our bee suit is from Thornes").
	copulas = newWordSet([]string{"is", "are", "was", "were", "came", "comes", "come"})
	// ownedBy are the possessives of a customer's "my X is from".
	ownedBy = newWordSet([]string{"my", "our", "mine", "ours"})
	// firmWords are how a business speaks of itself.
	firmWords = newWordSet([]string{"we", "we're", "we've", "we'll", "we'd", "our", "ours", "us"})
	// nameJoints join the words of one name ("Thompson & Morgan", "Archives
	// of Nethys").
	nameJoints = newWordSet([]string{"&", "and", "of"})
)

// lowerWord returns w in lower case, with a typographic apostrophe as a
// straight one.
func lowerWord(w string) string {
	return strings.ReplaceAll(strings.ToLower(w), "\u2019", "'")
}

// boughtThere reports whether the sentence of ws[at], a link, tells before
// it where the writer bought or got something: a verb of purchaseVerbs
// that starts the sentence or follows a first person (mentionSubjects,
// an adverb between them allowed), or one of purchaseNow after a first
// person, then within eight words a preposition of whereBought whose
// object is not a pointer ("from https://…", "at Hard Wax"); or "is from"
// of something the writer owns ("our bee suit is from Thornes").
func boughtThere(ws []mentionWord, at int) bool {
	sentence := ws[at].sentence
	first := at
	for first > 0 && ws[first-1].sentence == sentence {
		first--
	}
	for i := first; i < at; i++ {
		if ws[i].link >= 0 {
			continue
		}
		w := lowerWord(ws[i].text)
		from := -1
		switch {
		case purchaseVerbs.has(w):
			if w == "picked" && (i+1 >= at || lowerWord(ws[i+1].text) != "up") {
				continue
			}
			if i == first || toldByFirstPerson(ws, first, i) {
				from = i + 1
			}
		case purchaseNow.has(w):
			if i > first && toldByFirstPerson(ws, first, i) {
				from = i + 1
			}
		case w == "from" && i > first && copulas.has(lowerWord(ws[i-1].text)) && ownedBefore(ws, first, i-1):
			if objectNamed(ws, i, at) {
				return true
			}
		}
		if from < 0 {
			continue
		}
		for j := from; j < at && j <= i+8; j++ {
			if ws[j].link < 0 && whereBought.has(lowerWord(ws[j].text)) {
				if objectNamed(ws, j, at) {
					return true
				}
				break
			}
		}
	}
	return false
}

// toldByFirstPerson reports whether the verb at ws[i] has a first
// person for its subject: "I", "we" (mentionSubjects) right before it, or
// before one or two adverbs ("I just got", "we have finally ordered").
func toldByFirstPerson(ws []mentionWord, first, i int) bool {
	for j := i - 1; j >= first && j >= i-3; j-- {
		w := lowerWord(ws[j].text)
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
		if ownedBy.has(lowerWord(ws[j].text)) {
			return true
		}
	}
	return false
}

// objectNamed reports whether the preposition at ws[j] has an object
// before the link at ws[at] (or the link itself) that is no pointer.
func objectNamed(ws []mentionWord, j, at int) bool {
	return j+1 <= at && (ws[j+1].link >= 0 || !pointers.has(lowerWord(ws[j+1].text)))
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
}

// disclaimsTies reports whether the words ws say one of disclaimers.
func disclaimsTies(ws []mentionWord) bool {
	for i := range ws {
		for _, d := range disclaimers {
			if i+len(d) > len(ws) {
				continue
			}
			match := true
			for k, part := range d {
				if ws[i+k].link >= 0 || lowerWord(ws[i+k].text) != part {
					match = false
					break
				}
			}
			if match {
				return true
			}
		}
	}
	return false
}

// speaksAsFirm reports whether the comment speaks as a business does, of
// "we", "our" or "us" (firmWords; "US" in capitals is a country).
func speaksAsFirm(ws []mentionWord) bool {
	for i := range ws {
		if ws[i].link < 0 && ws[i].text != "US" && firmWords.has(lowerWord(ws[i].text)) {
			return true
		}
	}
	return false
}

// namesSite reports whether the words ws, outside links, name site by the
// name its address spells: a run of up to four capitalised words (joined
// by "&", "and" or "of" as names are) whose letters and digits, in lower
// case and without a possessive "'s", are those of the first label of
// the site's registrable domain ("Thompson & Morgan" of
// thompson-morgan.com, "Zap-Map" of zap-map.com, "Reuters" of
// reuters.com) or of a label of its host before that ("Merlin" of
// merlin.allaboutbirds.org), or those and an "s" ("Thornes" of
// thorne.co.uk).
func namesSite(ws []mentionWord, site *linkSite) bool {
	labels := siteNameLabels(site)
	if len(labels) == 0 {
		return false
	}
	var buf []byte
	for i := range ws {
		if !startsCapital(ws[i]) {
			continue
		}
		buf = buf[:0]
		n := 0
		for j := i; j < len(ws) && n < 4 && ws[j].link < 0 && ws[j].sentence == ws[i].sentence; j++ {
			if j > i && nameJoints.has(lowerWord(ws[j].text)) {
				continue // joins the next capitalised word, if one follows
			}
			if !startsCapital(ws[j]) {
				break
			}
			buf = appendNameLetters(buf, ws[j].text)
			n++
			for _, l := range labels {
				if string(buf) == l || len(buf) == len(l)+1 && buf[len(buf)-1] == 's' && string(buf[:len(l)]) == l {
					return true
				}
			}
		}
	}
	return false
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

// appendNameLetters appends the letters and digits of word, in lower case
// and without a possessive "'s" at its end, to buf.
func appendNameLetters(buf []byte, word string) []byte {
	word = strings.TrimSuffix(strings.TrimSuffix(word, "'s"), "\u2019s")
	for _, r := range word {
		if isWordLetter(r) {
			buf = utf8.AppendRune(buf, unicode.ToLower(r))
		}
	}
	return buf
}

// siteNameLabels returns the labels a name of site may spell, letters and
// digits only: the first label of its registrable domain, and the labels
// of its host before that, but "www"; none shorter than three.
func siteNameLabels(site *linkSite) []string {
	var labels []string
	add := func(label string) {
		var b []byte
		for _, r := range label {
			if isWordLetter(r) {
				b = utf8.AppendRune(b, unicode.ToLower(r))
			}
		}
		if len(b) >= 3 && string(b) != "www" {
			labels = append(labels, string(b))
		}
	}
	domain := site.domain
	if domain == "" {
		domain = site.host
	}
	first, _, _ := strings.Cut(domain, ".")
	add(first)
	if rest, ok := strings.CutSuffix(site.host, "."+domain); ok {
		for _, label := range strings.Split(rest, ".") {
			add(label)
		}
	}
	return labels
}
