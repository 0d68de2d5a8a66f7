package moderation

import (
	"iter"
	"slices"
	"strings"
	"unicode/utf8"
)

// A landline or freephone number written at home ("0113 496 0877",
// "020 7946 0958", "030 12345678", "01 23 45 67 89", "(02) 9876 5432",
// "0800 555 0314") is what a business advertises in a comment and what a
// reader passes on for a council, a surgery, a club or an event: the
// number alone does not tell them apart, as a mobile's does (spam gives a
// mobile, to be written to on WhatsApp). So a landline counts as contact
// details only when it is offered to be called and the writer speaks for
// a business (sellsByLandline): a word of calling stands right before it
// ("call", "ring", "book on", "Tel.:", "rufen Sie … an", "appelez"), or
// it follows a colon and ends the comment (signsOff), and
// the comment speaks in the first person plural (we, us, our, wir, nous,
// notre…) and names no public service or community body (a club, a
// society, a surgery, a school, a church, a hall, a charity…) unless it
// also speaks of money (a discount, an offer, prices, a quote). "Ring
// 0161 496 0321" alone stays a reader's: it is written so by both.

// The length of a landline or freephone number in digits, its trunk
// "0" counted: from the nine of Dublin's, Lagos's or Hamburg's ("01 234
// 5678", "040 123456") to the twelve of Germany's longest; fewer is a date
// ("01 02 2026").
const (
	minLandlineDigits = 9
	maxLandlineDigits = 12
)

// landlineTrunk reports whether s, the first digits of a number written
// with its trunk prefix "0", start a landline, a non-geographic or a
// freephone number: a "0" and 1 to 5 (Britain's 01, 02 and 03, Ireland's
// 01 and 021, France's 01 to 05, Germany's 02 to 05 and 030, Italy's 02,
// Australia's 02 and 03, India's 011 and 022, Lagos's 01…), or Britain's
// freephone 0800 and 0808. 06 to 09 are mobileTrunk's, read whoever
// writes them (Rome's 06, Munich's 089 and Bangalore's 080 among them).
func landlineTrunk(s string) bool {
	if len(s) < 2 || s[0] != '0' {
		return false
	}
	return '1' <= s[1] && s[1] <= '5' || strings.HasPrefix(s, "0800") || strings.HasPrefix(s, "0808")
}

// landlineNumber returns the first landline or freephone number outside
// links, written as nationalNumber reads a mobile (groups split by one
// kind of separator, the first holding the trunk prefix, or the trunk
// prefix and area code in brackets: "(020) 7946 0018", "(030)
// 12345678"), of minLandlineDigits to maxLandlineDigits, with a word of
// calling right before it (callWordBefore) or set after a colon to end
// the comment (signsOff). Whether it counts is
// sellsByLandline's to say. One scan.
func landlineNumber(v *View) string { return nationalScan(v, true) }

// callWords are the words that offer a number to be called, in the
// languages whose numbers landlineTrunk reads, as typed; foldedCallWords
// are the same as the words of a comment are folded (wordFacts.call).
var (
	callWords = []string{
		"call", "ring", "phone", "tel", "telephone", "dial", "book", "contact", "freephone", "hotline", "helpline",
		"anrufen", "rufen", "ruf", "telefon", "tél", "téléphone", "appelez", "appeler", "appelle", "contactez",
		"llame", "llámenos", "llámanos", "llamar", "llama", "teléfono", "chiama", "chiamate", "chiamaci", "chiamateci", "telefono",
	}
	foldedCallWords = func() []string {
		var out []string
		for _, w := range callWords {
			if f := foldText(w); !slices.Contains(out, f) {
				out = append(out, f)
			}
		}
		return out
	}()
	callWordSet = newWordSet(foldedCallWords)
	// callWordLead[c] tells whether a callWord starts with the byte c in
	// either case, and callWordMax is the longest in bytes: most words
	// before a number are done with on these.
	callWordLead, callWordMax = func() (t [256]bool, longest int) {
		for _, w := range callWords {
			t[w[0]], t[w[0]&^0x20] = true, true
			longest = max(longest, len(w))
		}
		return t, longest
	}()
)

// callWordBefore reports whether one of the four words before the number
// that starts at text[start], within 40 bytes, is a callWord: "Call
// 0113 496 0877", "Book on 01632 960 455", "call us on 020 7946 0958",
// "Tel.: 0113 496 0877", "Rufen Sie an: 030 12345678". A word is a run
// of ASCII letters and digits and bytes of other scripts; what is
// between words is skipped. It reads at most 40 bytes.
func callWordBefore(text string, start int) bool {
	lo := max(0, start-40)
	i := start
	for n := 0; n < 4; n++ {
		for i > lo && !wordByte(text[i-1]) {
			i--
		}
		end := i
		for i > lo && wordByte(text[i-1]) {
			i--
		}
		if i == end {
			return false
		}
		if i == lo && lo > 0 && wordByte(text[lo-1]) {
			return false // a word cut by the window
		}
		w := text[i:end]
		if !callWordLead[w[0]] || len(w) < 3 || len(w) > callWordMax {
			continue
		}
		for _, c := range callWords {
			if len(c) == len(w) && strings.EqualFold(c, w) {
				return true
			}
		}
	}
	return false
}

// signsOff reports whether the number text[start:end] is set after a
// colon and ends the comment, as an advert signs off with its number
// ("Locks fixed, we come out any time: 0161 832 4417."): offered to be
// called as surely as after "call". Only spaces and a full stop or an
// exclamation mark may follow it.
func signsOff(text string, start, end int) bool {
	i := start
	for i > 0 && text[i-1] == ' ' {
		i--
	}
	if i == 0 || text[i-1] != ':' {
		return false
	}
	for ; end < len(text); end++ {
		if c := text[end]; c != ' ' && c != '.' && c != '!' && c != '\n' {
			return false
		}
	}
	return true
}

// wordByte reports whether c may be part of a word for callWordBefore:
// an ASCII letter or digit ("Ruf0" is one word, as the words are split)
// or a byte of a character beyond ASCII.
func wordByte(c byte) bool { return isASCIIAlnum(c) || c >= 0x80 }

// sellerWords speak for a business, in the languages whose numbers
// landlineTrunk reads: the first person plural.
var sellerWords = newWordSet([]string{
	"we", "us", "our", "ours", "we're", "we've", "we'll",
	"wir", "uns", "unser", "unsere", "unseren", "unserem", "unserer",
	"nous", "notre", "nos",
	"nosotros", "nuestro", "nuestra", "nuestros", "nuestras", "llamenos", "llamanos",
	"noi", "nostro", "nostra", "nostri", "chiamaci", "chiamateci", "contattaci", "contattateci",
})

// communityContact reports whether the e-mail address or phone number of
// v is a community body's, given for its members, its volunteers or an
// event: the comment names such a body (communityWords, a public service),
// speaks of no money (moneyWords), and links no site but a public body's
// or one it disclaims ties to (disclaimsTies: "https://www.parkrun.org.uk/
// isn't us", "not affiliated"): a site the writer says is not theirs is
// cited, not sold.
// "The scout group found a tent, email 5thscouts@mail.example" passes a
// message on; "our club offers 20% off, email …" sells. One pass over the
// words. named says the address names such a body itself
// (addressNamesCommunity: "trails@valleymtbclub.example"): the comment
// need not name it again. A sale a community holds to raise funds ("a
// bake sale", "the jumble sale") is no selling (fundraisingSales).
func communityContact(v *View, named bool) bool {
	words := v.words()
	if !linksOnlyPublicBodies(v) && !disclaimsTies(words) {
		return false
	}
	community := named
	for i := 0; i < words.len(); i++ {
		if moneyAt(words, i) {
			return false
		}
		community = community || namesCommunity(words, i)
	}
	return community
}

// moneyAt reports whether the ith of words speaks of selling (moneyWords),
// a sale a community holds to raise funds aside ("a bake sale").
func moneyAt(words wordList, i int) bool {
	w := words.at(i)
	return moneyWords.has(w) && !(w == "sale" && i > 0 && fundraisingSales.has(words.at(i-1)))
}

// communityEvent reports whether the words and text of v tell a
// community body's gathering or event (gathers: a choir's concert "on 21
// December", a club's open evening "vendredi soir", a circle that meets
// "毎週土曜"), speak of no selling (moneyAt) and not in the first person
// singular (singularWords; "not mine" denies it, deniedMine): the site
// linked for it (the programme, the tickets, the go/no-go) is the body's,
// cited for the event as a reader cites a source. A price quoted, a word
// of gatheringBars (online, trading, crypto…) or of money keeps it a
// business's; "I write a
// newsletter about the county, new issue every Sunday" and "my allotment
// journey with monthly updates" are the writer's own work. Two passes
// over the words.
func communityEvent(v *View) bool {
	words := v.words()
	if !gathers(v) || capitalI(v.Text) {
		return false
	}
	for i := 0; i < words.len(); i++ {
		if moneyAt(words, i) || singularWords.has(words.at(i)) && !deniedMine(words, i) {
			return false
		}
	}
	return true
}

// deniedMine reports whether the ith of words is "mine" denied right
// before it ("it's the cafe phone, not mine"): the writer says the
// number or the site is not theirs, the opposite of speaking as its
// owner.
func deniedMine(words wordList, i int) bool {
	return words.at(i) == "mine" && i > 0 && (words.at(i-1) == "not" || words.at(i-1) == "isn't" || words.at(i-1) == "isnt")
}

// capitalI reports whether text says "I" as a word of its own, in
// capitals: English's first person. The folded "i" is also the
// Scandinavian "in" ("i Domkyrkan"), which is typed in lower case. One
// pass.
func capitalI(text string) bool {
	for i := 0; ; {
		k := strings.IndexByte(text[i:], 'I')
		if k < 0 {
			return false
		}
		at := i + k
		i = at + 1
		if (at == 0 || !isASCIIAlnum(text[at-1]) && text[at-1] < utf8.RuneSelf) &&
			(i == len(text) || !isASCIIAlnum(text[i]) && text[i] < utf8.RuneSelf) {
			return true
		}
	}
}

// singularWords are the writer's own "I" (capitalI reads the English
// "I" itself) and "my", as folded, in English and the languages whose
// clubs communityWords names: a site told of in them is the writer's own
// work, not a community's.
var singularWords = newWordSet([]string{
	"i'm", "i've", "i'd", "i'll", "my", "mine", "me", "myself",
	"ich", "mein", "meine", "meinen", "meinem", "meiner", "je", "j'ai", "mon", "ma", "mes",
	"ik", "mijn", "jag", "jeg", "yo", "io",
})

// namesCommunity reports whether the ith of words names a community body
// or a public service (communityWords, publicServiceWords, a possessive
// of one: "the club's", one after an elided article: "l'association",
// a compound that ends with one: "Förderverein", "buurtvereniging", or
// holds one in a script without spaces: "合唱団"), or is a sport before
// "team" or "side" ("the girls' football team"), or "pro loco" (an
// Italian town's volunteer association), or starts a pair of
// publicServicePairs, or a place a community keeps ("community centre",
// "community garden"): "community" alone is what a business calls its
// customers, and "team" alone what it calls itself.
func namesCommunity(words wordList, i int) bool {
	w := words.at(i)
	if i+1 < words.len() && words.at(i+1) == "vetted" {
		return false // "police vetted locksmiths": a trader's credential, no body speaking
	}
	if p := possessor(elided(w)); communityWords.has(p) || publicServiceWords.has(p) || communityCompound(p) {
		return true
	}
	if i+1 < words.len() && sportWords.has(w) {
		if next := words.at(i + 1); next == "team" || next == "side" {
			return true
		}
	}
	if i+1 < words.len() && w == "pro" && words.at(i+1) == "loco" {
		return true // an Italian town's volunteer association, "la pro loco"
	}
	if i+1 < words.len() && publicPairFirst.has(w) {
		next := words.at(i + 1)
		for _, pair := range publicServicePairs {
			if w == pair[0] && next == pair[1] {
				return true
			}
		}
	}
	if i+1 < words.len() && w == "community" {
		next := words.at(i + 1)
		return next == "centre" || next == "center" || next == "garden" || next == "orchard"
	}
	return false
}

// elided returns w without the article French and Italian elide before
// a vowel ("l'association", "d'amis", "dell'associazione"), so that the
// noun is read as the word it is; other words as they are.
func elided(w string) string {
	if k := strings.IndexByte(w, '\''); k > 0 && k <= 4 && k+1 < len(w) && elidedArticles.has(w[:k]) {
		return w[k+1:]
	}
	return w
}

// elidedArticles are the articles and prepositions French and Italian
// write elided, with an apostrophe, before a noun.
var elidedArticles = newWordSet([]string{"l", "d", "dell", "dall", "nell", "sull", "all", "un", "qu"})

// sportWords are the sports whose amateur sides ("the under-9s girls'
// football team", "our netball side") are clubs of their own: "team"
// after one names a community body, "team" alone (a business's "our
// team") does not.
var sportWords = newWordSet([]string{
	"football", "soccer", "rugby", "netball", "hockey", "cricket", "basketball", "volleyball",
	"softball", "baseball", "handball", "rounders", "korfball", "lacrosse",
})

// communityEnds and communityRuns are the entries of
// lists/community-compounds.txt: the ends of compound words that name a
// community body ("Förderverein", "buurtvereniging", "kyläyhdistys"), as
// folded, and the names written in scripts without spaces ("合唱団",
// "サークル", "모임"), found inside a run of their script.
var communityEnds, communityRuns = func() (ends, runs []string) {
	for _, e := range readList("community-compounds.txt") {
		if e[0] < utf8.RuneSelf {
			ends = append(ends, e)
		} else {
			runs = append(runs, e)
		}
	}
	return ends, runs
}()

// communityCompound reports whether w, a folded word, is a compound that
// ends with a community body's name, with three letters or more before
// it ("forderverein", not "verein" alone nor "anchor"), or holds one of
// communityRuns in a script written without spaces.
func communityCompound(w string) bool {
	for _, e := range communityEnds {
		if len(w) >= len(e)+3 && w[len(w)-len(e):] == e {
			return true
		}
	}
	if len(w) > 0 && w[len(w)-1] >= utf8.RuneSelf || len(w) > 0 && w[0] >= utf8.RuneSelf {
		for _, r := range communityRuns {
			if strings.Contains(w, r) {
				return true
			}
		}
	}
	return false
}

// communityWords name a body whose number readers pass on, beside
// publicServiceWords: a club, a society, a surgery, a school, a church, a
// hall, a charity, a fundraiser, an animal rescue, a choir, a co-op, an
// allotment society, an orchestra, a hackerspace, a repair café; and the
// words the languages of Europe call their clubs and societies by (Verein,
// Chor, Orchester, chorale, asociación, vereniging, associazione,
// stowarzyszenie, spolek, dernek, yhdistys, förening, fanfare, a parish
// in the Romance and Slavic languages…), and the halls they meet in
// (Gemeindehaus, mairie), as words are folded (no accents, lower case).
// namesCommunity also reads them after an elided article (elided) and as
// the end of a compound (communityCompound).
var communityWords = newWordSet([]string{
	"club", "society", "league", "association", "surgery", "hospital", "hospice", "nhs", "gp",
	"school", "college", "university", "campus", "church", "parish", "mosque", "synagogue",
	"library", "museum", "hall", "committee", "charity", "volunteers", "volunteer",
	"fundraiser", "fundraising", "scout", "scouts", "residents",
	"rescue", "shelter", "sanctuary", "choir", "pta", "co-op",
	"allotment", "allotments", "orchestra", "hackerspace", "makerspace",
	"verein", "chor", "orchester", "kapelle", "chorale", "orchestre", "asociacion", "coro",
	"vereniging", "koor", "associazione", "stowarzyszenie", "chorus",
	"associacao", "spolek", "dernek", "dernegi", "fanfare", "corale", "kor", "koret", "korps", "korpset",
	"kuoro", "yhdistys", "forening", "foreningen", "klub", "klubb", "klubben",
	"parroquia", "parrocchia", "paroisse", "paroquia", "parafia", "pfarrei",
	"parafialny", "parrocchiale", "paroissial", "parroquial", "gemeindehaus", "mairie",
	// Australia's volunteer land and bush care groups, and a body's
	// members in assembly: its annual general meeting, the "asamblea"
	// (Spanish), "assemblea" (Italian, Catalan), "assembleia"
	// (Portuguese), "assemblee" (French, folded) of residents or members.
	"landcare", "bushcare", "coastcare", "agm", "asamblea", "assemblea", "assembleia", "assemblee",
	// A class's or a regiment's reunion, which its old members organise.
	"reunion",
})

// gatheringWords say a group meets, in English and the languages of
// communityWords: it meets, rehearses or trains, and newcomers or guests
// are welcome, as folded (no accents, lower case).
var gatheringWords = newWordSet([]string{
	"meets", "meet", "meetings", "rehearsals", "rehearsal", "rehearse", "rehearses",
	"training", "trains", "practices", "welcome", "newcomers",
	"willkommen", "treffen", "proben", "bienvenue", "bienvenus", "bienvenidos", "benvenuti", "welkom",
	"practise", "practises", "trifft", "probt", "repetitions", "repetition", "ensayos", "ensayo", "ensaios",
	"valkommen", "velkommen", "tervetuloa", "davetli", "zapraszamy", "vitani", "bienvenidas",
})

// meetingDays and meetingDayRuns are the entries of
// lists/meeting-days.txt: the days and rounds a group meets on, in the
// languages of communityWords and more, as folded, and the words for a
// day written in scripts without spaces ("曜", "星期", "요일"), found
// inside a run of their script.
var meetingDays, meetingDayRuns = func() (*wordSet, []string) {
	var words, runs []string
	for _, e := range readList("meeting-days.txt") {
		if e[0] < utf8.RuneSelf {
			words = append(words, e)
		} else {
			runs = append(runs, e)
		}
	}
	return newWordSet(words), runs
}()

// monthNames are the entries of lists/months.txt: the months, as folded.
var monthNames = newWordSet(readList("months.txt"))

// meetingDayAt reports whether the ith of words names a day a group
// meets or an event is held on: a day of meetingDays, one inside a run
// of a script without spaces, or a date (datedAt).
func meetingDayAt(words wordList, i int) bool {
	w := words.at(i)
	if meetingDays.has(w) || datedAt(words, i) {
		return true
	}
	if w != "" && w[len(w)-1] >= utf8.RuneSelf {
		for _, r := range meetingDayRuns {
			if strings.Contains(w, r) {
				return true
			}
		}
		return hanDate(w)
	}
	return false
}

// hanDate reports whether w, a run of Han or kana, holds a date written
// with digits ("…合唱团12月24日在…"): a digit, "月", digits and "日".
// One pass.
func hanDate(w string) bool {
	const month, day = "月", "日"
	for i := 0; ; {
		k := strings.Index(w[i:], month)
		if k < 0 {
			return false
		}
		at := i + k
		i = at + len(month)
		if at == 0 || !isDigit(w[at-1]) {
			continue
		}
		j := i
		for j < len(w) && isDigit(w[j]) {
			j++
		}
		if j > i && strings.HasPrefix(w[j:], day) {
			return true
		}
	}
}

// datedAt reports whether the ith of words is the day of the month of a
// date: a number from 1 to 31 with a month's name right before or after
// it ("21 december", "13. Dezember", "Dec 14", "6 stycznia"), an English
// ordinal after "the" ("on the 13th", "the 25th"), or a date written in
// Chinese or Japanese ("12月24日", hanDate) or Korean ("12월 20일"). A month alone
// ("in February") is no date, nor a number alone.
func datedAt(words wordList, i int) bool {
	w := words.at(i)
	if w == "" || !isDigit(w[0]) {
		return false
	}
	d := 0
	for d < len(w) && isDigit(w[d]) {
		d++
	}
	day := w[:d]
	if len(day) > 2 || day == "0" || day == "00" || len(day) == 2 && day > "31" {
		return false
	}
	switch rest := w[d:]; {
	case rest == "":
		return i > 0 && monthNames.has(words.at(i-1)) || i+1 < words.len() && monthNames.has(words.at(i+1))
	case rest == "st" || rest == "nd" || rest == "rd" || rest == "th":
		return i > 0 && words.at(i-1) == "the"
	case strings.HasPrefix(rest, "月"):
		return hanDate(w)
	case strings.HasPrefix(rest, "일"):
		if i == 0 {
			return false
		}
		prev := words.at(i - 1)
		p := 0
		for p < len(prev) && isDigit(prev[p]) {
			p++
		}
		return p > 0 && strings.HasPrefix(prev[p:], "월")
	}
	return false
}

// gatheringBodies name a gathering of people that a business or a scam
// may call itself too ("our group of tutors", "our trading group"): they
// name a community body only as gathers reads them.
var gatheringBodies = newWordSet([]string{"group", "circle", "organisers", "organizers", "gruppe", "groupe", "grupo", "gruppo"})

// gatheringBars are what a group that gathers for money, or online,
// talks of: trading, signals, income, spells and hackers, and "online";
// and a firm's clients and appointments.
// A free mailbox given for such a group is the scam's: moneyed groups
// meet online, the knitting circle meets in the church hall.
var gatheringBars = newWordSet([]string{
	"online", "crypto", "bitcoin", "btc", "forex", "trading", "trader", "traders", "signals",
	"income", "money", "profit", "profits", "wealth", "spell", "caster", "hacker", "hackers",
	"recovery", "betting", "casino", "dating", "investors",
	// A firm meets its clients: "we meet clients every Monday".
	"client", "clients", "appointment", "appointments", "consultation", "consultations",
	// A nightclub's night, which also calls itself a club and asks a few
	// pounds at the door: its VIP tables and drinks promotions.
	"vip", "promo", "promos", "nightclub",
})

// gathers reports whether the words of v say that a community body
// gathers on a day, and say nothing of gatheringBars: the group is what
// the comment is about, and the address given is for joining it or
// coming along. Either a body or a gathering of people (namesCommunity,
// or a word of gatheringBodies) gathers (gatheringWords) on a day
// (meetingDayAt: "The knit and natter group meets Thursdays", "a Sunday
// league side … training Thursdays at the rec"), and a group's members
// speaking of it are a body too (membersGather: "we meet at the park
// gates at 10am on Sunday", "our tower practises Wednesdays"); or a community body
// itself (namesCommunity, not a mere "group") holds something on a day or
// a date ("Kyläyhdistys järjestää joulumyyjäiset lauantaina", "the
// residents' association is doing the next one on 6 December", "合唱団
// 12月24日…"), and the text quotes no price of ten or more
// (quotesSalePrice; a club's door fee of a few pounds is none): a club's
// event, not a sale. "Welcome" after "a" or before "bonus", "offer" or
// "pack" is a sales word, not a gathering's. One pass over the words.
func gathers(v *View) bool {
	words := v.words()
	named, body, meets, day := false, false, false, false
	var providers []string // bars read only in a mail provider's name, each looked for once
	for i := 0; i < words.len(); i++ {
		w := words.at(i)
		if gatheringBars.has(w) && !slices.Contains(providers, w) {
			if !onlyInMailDomain(v, w) {
				return false
			}
			providers = append(providers, w)
		}
		if namesCommunity(words, i) {
			named, body = true, true
		}
		body = body || gatheringBodies.has(w)
		day = day || meetingDayAt(words, i)
		if gatheringWords.has(w) && !(w == "welcome" && (i > 0 && words.at(i-1) == "a" ||
			i+1 < words.len() && (words.at(i+1) == "bonus" || words.at(i+1) == "offer" || words.at(i+1) == "pack"))) {
			meets = true
			body = body || membersGather(words, i)
		}
	}
	return day && (body && meets || named && !quotesSalePrice(v.Text))
}

// gatheringSubjects are the first person plural of the languages of
// gatheringWords, as folded: "we meet", "wir treffen uns".
var gatheringSubjects = newWordSet([]string{"we", "wir"})

// gatheringOwners are the possessives a member names the group by:
// "our tower practises", "unser Chor probt".
var gatheringOwners = newWordSet([]string{"our", "unser", "unsere", "notre", "nuestro", "nuestra", "nostro", "nostra", "onze"})

// membersGather reports whether the gathering word at words[i] ("meet",
// "practises") has its members for subject: "we" right before it ("we
// meet at the park gates"), or "our" and one noun ("our tower
// practises"). A member who says when the group gathers speaks for the
// group as "the knit and natter group meets" does; a firm meets its
// clients, and says so with money or online (communityContact,
// gatheringBars), which gathers and its callers read apart.
func membersGather(words wordList, i int) bool {
	if i > 0 && gatheringSubjects.has(words.at(i-1)) {
		return true
	}
	return i > 1 && gatheringOwners.has(words.at(i-2))
}

// gatheringBarred reports whether v says a word of gatheringBars where
// the writer wrote it (not only in a mail provider's name,
// onlyInMailDomain): a body named in a mailbox ("crypto.club@…") that
// trades, signals or meets online is the scam's. Each bar word is looked
// for once.
func gatheringBarred(v *View) bool {
	words := v.words()
	var providers []string
	for i := 0; i < words.len(); i++ {
		w := words.at(i)
		if gatheringBars.has(w) && !slices.Contains(providers, w) {
			if !onlyInMailDomain(v, w) {
				return true
			}
			providers = append(providers, w)
		}
	}
	return false
}

// onlyInMailDomain reports whether every place v.Text says w (a word of
// ASCII letters, in any case) lies in the domain of an e-mail address:
// the provider's name ("t-online.de"), not the writer's words. A word
// of the mailbox ("crypto.club@…") is the writer's choice and counts.
// One pass over the text and the links, which linkify finds in order.
func onlyInMailDomain(v *View, w string) bool {
	text := v.Text
	found := false
	j := 0 // the first link that may hold the next place
	for i := 0; i+len(w) <= len(text); {
		k := indexFold(text[i:], w)
		if k < 0 {
			break
		}
		at := i + k
		i = at + len(w)
		found = true
		for j < len(v.Links) && v.Links[j].End < i {
			j++
		}
		if j == len(v.Links) {
			return false
		}
		l := &v.Links[j]
		if !l.Email || l.Start < 0 || l.End > len(text) || at < l.Start || strings.IndexByte(text[l.Start:at], '@') < 0 {
			return false
		}
	}
	return found
}

// indexFold returns the first index of w (ASCII) in s in any case, or -1.
func indexFold(s, w string) int {
	for i := 0; i+len(w) <= len(s); i++ {
		if strings.EqualFold(s[i:i+len(w)], w) {
			return i
		}
	}
	return -1
}

// moneyWords speak of selling: a community body that speaks so ("our
// club offers 20% off") sells as a business does.
var moneyWords = newWordSet([]string{
	"discount", "discounts", "offer", "offers", "price", "prices", "rates", "quote", "quotes", "deal", "deals",
	"sale", "cheap", "hire", "refund", "loan", "loans", "invest", "investment", "profit", "earn",
	"cash", "guaranteed", "customers",
})

// fundraisingSales are the kinds of sale a school, a church or a club
// holds to raise funds, the first word of an English compound noun ("bake
// sale", "jumble sale", "car boot sale"): the goods are donated, and no
// business is named by the address given for it. Not "garage sale" or
// "yard sale", a household's own.
var fundraisingSales = newWordSet([]string{"bake", "jumble", "boot", "rummage", "plant", "book", "cake"})

// communityNames are the words a community body ends its own name with,
// in an e-mail address or a domain of its own ("5thkendalscouts@…",
// "…@valleymtbclub.example", "…@stmaryschurch.example"): communityWords
// that name a body, without those that name a place or a person ("hall",
// "library", "volunteer") or a business as often ("surgery", "hospital").
var communityNames = []string{
	"club", "society", "league", "association", "school", "college", "church", "parish",
	"choir", "scouts", "guides", "rescue", "charity", "pta", "committee", "sanctuary",
	"allotments", "orchestra", "orchester", "verein", "freunde", "chorale",
	"vereniging", "associazione", "asociacion", "hackspace", "hackerspace",
	"spolek", "korps", "korpset", "yhdistys", "forening", "foreningen", "fanfare", "dernegi",
	"reunion",
}

// communityInitials are the letters a football club ends its name with
// ("ashbyunitedjfc", "oldboysfc", "riversiderfc": football club, junior
// or rugby football club), counted only after three letters more of the
// name, which a business's initials ("kfc") have not.
var communityInitials = []string{"fc"}

// addressNamesCommunity reports whether the e-mail address addr names a
// community body: its mailbox, or the first label of its domain when
// domain is true, or a part of either between hyphens, dots or
// underscores, ends with one of communityNames ("wanderfreunde-lahn",
// "oldboysfc.manager") or starts with one of communityLeads
// ("ptaoakfield").
func addressNamesCommunity(addr string, domain bool) bool {
	at := strings.LastIndexByte(addr, '@')
	if at < 0 {
		return false
	}
	name := addr[:at]
	if domain {
		name = addr[at+1:]
		if dot := strings.IndexByte(name, '.'); dot >= 0 {
			name = name[:dot]
		}
	}
	for name != "" {
		end := strings.IndexAny(name, "-._")
		if end < 0 {
			end = len(name)
		}
		if namesCommunityPart(name[:end]) {
			return true
		}
		name = name[min(end+1, len(name)):]
	}
	return false
}

// communityLeads are the communityNames a body's address may start with,
// its place or school after them: a PTA's ("ptaoakfield@…") and the
// associations of the languages that put the noun first
// ("asociacionlavapies@…", "associazionevalle@…"). Not "club" or
// "school", which businesses start their names with ("clubcasino",
// "schoolessays").
var communityLeads = []string{"pta", "asociacion", "associazione", "associacao", "association"}

// namesCommunityPart reports whether part, a part of an address's
// mailbox or domain, ends with one of communityNames, or with one of
// communityInitials after three letters or more, or starts with one of
// communityLeads, three letters or more after it.
func namesCommunityPart(part string) bool {
	for _, c := range communityNames {
		if len(part) >= len(c) && strings.EqualFold(part[len(part)-len(c):], c) {
			return true
		}
	}
	for _, c := range communityLeads {
		if len(part) >= len(c)+3 && strings.EqualFold(part[:len(c)], c) {
			return true
		}
	}
	for _, c := range communityInitials {
		if len(part) >= len(c)+3 && strings.EqualFold(part[len(part)-len(c):], c) {
			return true
		}
	}
	return false
}

// publicPairFirst holds the first words of publicServicePairs.
var publicPairFirst = func() *wordSet {
	var first []string
	for _, p := range publicServicePairs {
		first = append(first, p[0])
	}
	return newWordSet(first)
}()

// sellsByLandline reports whether the writer of v speaks for a business
// (sellerWords, "the US" aside) and names no public service or community
// body (publicServiceWords and pairs, communityWords) unless it speaks of
// money (moneyWords); or, speaking of money and quoting a price
// (quotesPrice), names no such body. One pass over the words.
func sellsByLandline(v *View) bool {
	words := v.words()
	seller, community, money := false, false, false
	for i := 0; i < words.len(); i++ {
		w := words.at(i)
		if sellerWords.has(w) && !(w == "us" && i > 0 && words.at(i-1) == "the") {
			seller = true
		}
		money = money || moneyWords.has(w)
		if seller && money {
			return true
		}
		community = community || namesCommunity(words, i)
	}
	return seller && (money || !community) || money && !community && quotesPrice(v.Text)
}

// quotesPrice reports whether text gives a price in pounds, dollars or
// euros: the sign right before a digit ("from £35", "$20") or "€" right
// after one ("35€"). Beside a money word and a landline offered to be
// called, a price is the advert's voice without a "we" ("Reliable airport
// taxis from £35, fixed prices. Call 0161 …"); a reader passing on a
// helpline seldom quotes one.
func quotesPrice(text string) bool { return pricedAt(text, 1) }

// quotesSalePrice reports whether text gives a price as quotesPrice
// reads one, of ten or more: two digits or more before any decimal
// point ("£25", "€40", "35€"). A price of one digit ("£2 for
// non-members, tea included", "first session free, then £3") is what a
// club or a society asks at the door, and no business sells by.
func quotesSalePrice(text string) bool { return pricedAt(text, 2) }

// pricedAt reports whether text gives a price in pounds, dollars or euros
// (quotesPrice) whose whole units have minDigits digits or more.
func pricedAt(text string, minDigits int) bool {
	for _, sign := range [...]string{"£", "$", "€"} {
		for i := strings.Index(text, sign); i >= 0; {
			at := i + len(sign)
			d := 0
			for at+d < len(text) && isDigit(text[at+d]) {
				d++
			}
			if sign == "€" && d == 0 {
				for d < i && isDigit(text[i-1-d]) {
					d++
				}
			}
			if d > 0 && d >= minDigits {
				return true
			}
			next := strings.Index(text[at:], sign)
			if next < 0 {
				break
			}
			i = at + next
		}
	}
	return false
}

// communityPhone reports whether the phone number of v, number as typed,
// is given for a community body's gathering or event: the comment tells
// one (communityEvent: a body named, or a group that meets, on a day or
// a date, no money, no price, no "I"), and the number is offered to be
// called or texted on someone's behalf (personCalled: "Ring Pat on …",
// "Text Rosa …", "Chiamate don Luca al …"), not as the writer's own
// ("call me", "text us"), in a comment that links no site but a public
// body's (as publicServiceNumber: "Fire station open day is Saturday,
// call … or see <tickets site>" counts). A number is what a scam gives
// more often than an address, so it needs both: the event and the
// person to call.
func communityPhone(v *View, number string) bool {
	if !linksOnlyPublicBodies(v) {
		return false // a site of its own beside the number: as publicServiceNumber
	}
	at := strings.Index(v.Text, number)
	return at >= 0 && personCalled(v.Text, at) && communityEvent(v)
}

// personCallWords offer a number to be called or texted, as callWords do,
// and "text", "bel" (Dutch), "ligue" (Portuguese).
var personCallWords = newWordSet([]string{
	"call", "ring", "phone", "text", "tel", "telephone", "contact", "bel", "ligue", "ligar",
	"anrufen", "rufen", "ruf", "appelez", "appeler", "llame", "llamar", "llama", "chiama", "chiamate",
	// "Questions to Jo on …": the person who answers for the event.
	"questions", "queries", "enquiries",
})

// selfWords are the writer's own line after a call word: "call me",
// "text us", "ruf mich an".
var selfWords = newWordSet([]string{"me", "us", "mich", "uns", "moi", "nous", "mi", "nos", "ci"})

// personCalled reports whether one of the five words before text[at]
// (within 60 bytes) is a word of personCallWords, with none of selfWords
// between it and the number. It reads at most 60 bytes.
func personCalled(text string, at int) bool {
	self := false
	for w := range wordsBack(text, max(0, at-60), at, 5) {
		if selfWords.has(w) {
			self = true
		}
		if personCallWords.has(w) {
			return !self
		}
	}
	return false
}

// wordsBack yields, lower-cased and nearest first, up to n words of
// text[lo:at] (runs of wordByte) with where each starts. It stops at a
// word that lo cuts, whose start it cannot see.
func wordsBack(text string, lo, at, n int) iter.Seq2[string, int] {
	return func(yield func(string, int) bool) {
		i := at
		for range n {
			for i > lo && !wordByte(text[i-1]) {
				i--
			}
			end := i
			for i > lo && wordByte(text[i-1]) {
				i--
			}
			if i == end || i == lo && lo > 0 && wordByte(text[lo-1]) {
				return
			}
			if !yield(strings.ToLower(text[i:end]), i) {
				return
			}
		}
	}
}
