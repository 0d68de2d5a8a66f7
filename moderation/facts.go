package moderation

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/commentkit/commentkit/linkify"
)

// viewFacts is what several built-in checks would each work out again
// from the same View: which words they look for occur at all, and each
// link's host and registrable domain. Moderator.fold works it out once,
// in one pass over the words and one over the links, so that a check of
// an ordinary comment costs a few loads instead of a walk of its own.
//
// A View stays read-only for the checks (they may run on it from many
// goroutines), so the facts are never filled in lazily. A View built by
// hand, or a copy whose Words or Links were replaced, has no facts that
// fit it: the checks then work them out for themselves (see
// View.wordFacts and View.linkSites), with the same results.
type viewFacts struct {
	text      string   // the View.Text the facts were taken from
	words     []string // the View.Words (nil when fold kept only list)
	links     []linkify.Link
	textDone  bool // textFacts is set
	wordsDone bool // wordFacts is set
	linksDone bool // sites is set

	textFacts
	wordFacts
	list  wordList   // the words (see View.words)
	sites []linkSite // of each link, in order

	bufs *viewBufs // the pooled arrays of the words' spans and the sites, given back by release

	// folded is the View.Folded the facts were taken with (list's
	// spans index it). dotsKept says that Moderator.fold made folded from
	// text and that folding dropped no character (see foldTextMarks):
	// folded then has the dots of text, with the same white space before
	// and brackets after each.
	folded   string
	dotsKept bool
	// textValid says that Moderator.fold found text to be valid UTF-8
	// (see foldTextMarks).
	textValid bool
	// noLeetDigit says that Moderator.fold found text to have no digit of
	// hasLeetDigit's (see foldInfo.leetDigit).
	noLeetDigit bool
	// capitalsKnown says that Moderator.fold found text to have at most
	// capitalsMax capitals (see foldInfo.capitalsMax).
	capitalsKnown bool
	capitalsMax   int

	// quotes are the quotations of quotesText, the View.Text they were
	// read from (View.quotes), read only when a check first asks.
	quotes     []quoteSpan
	quotesText string
	quotesDone bool

	// linkWords are the words before each link of linkWordsText, read
	// once for the self-promotion readers (View.wordsBeforeLink):
	// linkWordsAt[k] and linkWordsAt[k+1] bound those of v.Links[k].
	linkWords     []mentionWord
	linkWordsAt   []int
	linkWordsText string
	linkWordsDone bool
}

// textFacts is what the checks that read the characters beyond ASCII
// (EmojiCheck, MixedScriptCheck) need to know, from one pass over them.
type textFacts struct {
	emoji      int  // the emoji, as EmojiCheck counts them, flags aside
	flagHalves int  // regional indicator letters: two make a flag emoji ("🇫🇷")
	mayMix     bool // a byte for which mixLead is true
	// disguise: a character a link may be disguised with (mayDisguise):
	// a full-width form, an ideographic full stop, a dot-like sign.
	disguise bool
	// wideLink: a character a link written in full-width, fancy or
	// ideographic forms needs (wideLinkAt): a full-width letter, digit or
	// at sign, a fancy letter (fancyByte), or a full stop between ASCII
	// letters or digits. Only such text may hold one (disguisedLinks); a
	// middle dot in Catalan, a bullet, or a 。 after Japanese does not.
	wideLink bool
	// digits: a decimal digit beyond ASCII (otherDigit), which the
	// phone number scans read as they read ASCII ones.
	digits bool
}

// emojiCount is the number of emoji, a flag counted once.
func (f textFacts) emojiCount() int { return f.emoji + (f.flagHalves+1)/2 }

// isRegionalIndicator reports whether r is one of the letters two of
// which make a flag emoji.
func isRegionalIndicator(r rune) bool { return 0x1F1E6 <= r && r <= 0x1F1FF }

// wordFacts says which words the word-walking checks look for are in a
// comment.
type wordFacts struct {
	messenger bool // a messenger's name (contactWord)
	social    bool // a social network's name (contactWord)
	nanp      bool // three words of 3, 3 and 4 digits in a row: maybe a phone number
	// nanpLocal: a word of calling (personCallWords) and words of 3 and
	// 4 digits after it: maybe a local North American number offered
	// (localSevenDigits).
	nanpLocal bool
	// national: a number word of 2 to 5 digits that starts with "0" and
	// another digit, or one of 2 or 3 digits before one of 4 to 8: maybe
	// a national number (nationalNumber).
	national  bool
	long      bool // a word of 14 bytes or more: maybe a Bitcoin address
	dot       bool // "dot"
	com       bool // "com"
	w         bool // "w"
	youtube   bool // "youtu" or "youtube"
	spacedTLD bool // "c o m", "n e t" or "o r g": a domain ending spelled out letter by letter
	// maxRun is the most times one word comes in a row.
	maxRun int
	// foreignMessenger: a messenger's name in Cyrillic, Chinese or
	// Arabic (foreignMessengerWord).
	foreignMessenger bool
	// lineID: the word "line" and then "id", as LINE's IDs are given
	// (lineIDHandle).
	lineID bool
	// lineGlued: LINE's name glued to a word of a script written without
	// spaces ("詳しくはLINE", "LINEで"), as Japanese and Thai adverts give
	// it (gluedLineIDHandle).
	lineGlued bool
	// call: a word that offers a number to be called (callWords): maybe
	// a landline offered (landlineNumber).
	call bool
	// reader: a word of linkReaderWords, the first at readerAt. Found
	// here, in a walk that settles nearly every word with one load, so
	// that the self-promotion check reads no word before the first
	// (View.saysLinkReaderWord). Whether the word stands in a typed
	// address is for the check to read in the text: the facts are of the
	// words alone, however a View holds them (TestWordSpans).
	reader   bool
	readerAt int
}

// lineGluedWord reports whether the folded word w holds "line" glued to
// letters of another script, on one side or both, with nothing of ASCII
// beside it ("詳しくはline", "lineで占い", "詳しくはlineで"): LINE's name in a
// Japanese or Thai advert, where words are not spaced. w is longer than
// "line".
func lineGluedWord(w string) bool {
	for from := 0; ; {
		i := strings.Index(w[from:], "line")
		if i < 0 {
			return false
		}
		i += from
		end := i + len("line")
		if (i == 0 || w[i-1] >= utf8.RuneSelf) && (end == len(w) || w[end] >= utf8.RuneSelf) {
			return true
		}
		from = end
	}
}

// linkSite is a link's host and registrable domain, as linkHost gives
// them, and the entries of the built-in host lists that cover the host.
type linkSite struct {
	host, domain string
	// local: the link leads to no site on the public internet, but to the
	// reader's own machine or network (isLocalHost).
	local bool
	// domainLower: the link's Domain is lower case as it is (see
	// linkHostOf), so the state keeps it without lower-casing it again.
	domainLower bool
	// office: the link's site is a public office's (publicOffice: a
	// government's, the military's, an international organisation's).
	office bool
	// listedAt is, by list, where in host the entry that covers it
	// starts, or -1: an entry is host or one of its parent domains, so an
	// offset says which, in less room than a string (a Check copies a
	// linkSite for each link).
	listedAt [numHostLists]int32
}

// listed returns the entry of the built-in host list that covers the
// site's host, or "".
func (s *linkSite) listed(list int) string {
	if at := s.listedAt[list]; at >= 0 {
		return s.host[at:]
	}
	return ""
}

// The built-in host lists the link checks look a link's host up in.
const (
	listShorteners = iota
	listPromo
	listAffiliate
	listChat
	numHostLists
)

// knownHosts has every entry of the built-in host lists, with a bit for
// each list that holds it (1<<list) or holds it as an exception
// (1<<(numHostLists+list)): a link's host and each of its parent domains
// is looked up once for all the lists, not once in each.
var knownHosts = func() map[string]uint8 {
	m := map[string]uint8{}
	for list, set := range [numHostLists]hostSet{
		listShorteners: shortenerHosts, listPromo: promoHosts,
		listAffiliate: affiliateHosts, listChat: chatHosts,
	} {
		for h, covered := range set {
			if covered {
				m[h] |= 1 << list
			} else {
				m[h] |= 1 << (numHostLists + list) // an exception
			}
		}
	}
	return m
}()

// listedHosts returns, for each built-in host list, where in host the
// entry that covers it as hostSet.match finds it (host itself or the
// nearest of its parent domains) starts, or -1.
func listedHosts(host string) [numHostLists]int32 {
	// excepted marks a list whose exception was found first: no parent
	// domain's entry covers the host.
	const excepted = -2
	var at [numHostLists]int32
	for list := range at {
		at[list] = -1
	}
	for start := 0; host != ""; {
		i := strings.IndexByte(host[start:], '.')
		if i < 0 && !knownSingleLabel {
			break // no entry is one label (a top-level domain) alone
		}
		if suffix := host[start:]; suffix != "" && knownShapes[suffix[0]]&(1<<min(len(suffix), 63)) != 0 {
			bits := knownHosts[suffix]
			for list := range at {
				switch {
				case at[list] != -1: // found, or excepted
				case bits&(1<<list) != 0:
					at[list] = int32(start)
				case bits&(1<<(numHostLists+list)) != 0:
					at[list] = excepted
				}
			}
		}
		if i < 0 {
			break
		}
		start += i + 1
	}
	for list := range at {
		at[list] = max(at[list], -1)
	}
	return at
}

// knownShapes has, for each first byte of an entry of knownHosts, a bit
// for its length (63 for any longer): a suffix of a link's host whose first
// byte and length are those of no entry, as nearly every one, needs no
// hash and no map look-up.
var knownShapes = func() (t [256]uint64) {
	for h := range knownHosts {
		t[h[0]] |= 1 << min(len(h), 63)
	}
	return t
}()

// knownSingleLabel says whether some entry of knownHosts has no dot. None
// has: a host's last label is then not looked up, which saves a map
// lookup of every link's host.
var knownSingleLabel = func() bool {
	for h := range knownHosts {
		if !strings.Contains(h, ".") {
			return true
		}
	}
	return false
}()

// setFacts works out v's facts from its Words and Links.
func (v *View) setFacts() { v.setFactsInto(textFactsOf(v.Text), wordsOf(v.Words), nil) }

// setFactsInto is setFacts with the textFacts of v.Text, the words of
// v.Folded (which v.Words holds, unless nil), and the sites in the array
// of sites when it has room.
func (v *View) setFactsInto(text textFacts, words wordList, sites []linkSite) {
	v.facts = viewFacts{
		text: v.Text, words: v.Words, links: v.Links, folded: v.Folded,
		textDone: true, wordsDone: true, linksDone: true,
		textFacts: text,
		wordFacts: wordFactsIn(words),
		list:      words,
		sites:     linkSitesInto(sites, v.Links),
	}
}

// textFacts returns the facts of v.Text: those set when v was prepared,
// if they are still v's, or else worked out now. (Comparing the texts
// costs nothing when they are the same string.)
func (v *View) textFacts() textFacts {
	if v.facts.textDone && v.facts.text == v.Text {
		return v.facts.textFacts
	}
	return textFactsOf(v.Text)
}

// foldedDots reports whether v.Folded has the dots of v.Text, each with
// the same white space before it and closing bracket after it, as
// Moderator.fold found when it folded v.Text: false when it did not say.
func (v *View) foldedDots() bool {
	return v.facts.dotsKept && v.facts.folded == v.Folded && v.facts.textDone && v.facts.text == v.Text
}

// hasLeetDigit is hasLeetDigit(v.Text): false from the facts when
// Moderator.fold found none, or else read now.
func (v *View) hasLeetDigit() bool {
	if v.facts.noLeetDigit && v.facts.textDone && v.facts.text == v.Text {
		return false
	}
	return hasLeetDigit(v.Text)
}

// capitalsAtMost returns at most how many capitals v.Text has, as
// countCased counts them, when Moderator.fold found it; or else -1.
func (v *View) capitalsAtMost() int {
	if v.facts.capitalsKnown && v.facts.textDone && v.facts.text == v.Text {
		return v.facts.capitalsMax
	}
	return -1
}

// validText reports whether v.Text is valid UTF-8: from the facts when
// Moderator.fold folded it, or else read now.
func (v *View) validText() bool {
	if v.facts.textValid && v.facts.textDone && v.facts.text == v.Text {
		return true
	}
	return utf8.ValidString(v.Text)
}

// wordFacts returns the facts of v.Words: those set when v was prepared,
// if they are still v's, or else worked out now.
func (v *View) wordFacts() wordFacts {
	if v.facts.wordsDone && sameSlice(v.facts.words, v.Words) && v.facts.folded == v.Folded {
		return v.facts.wordFacts
	}
	return wordFactsIn(wordsOf(v.Words))
}

// linkSites returns the host and domain of each of v.Links: those set
// when v was prepared, if they are still v's, or else worked out now.
func (v *View) linkSites() []linkSite {
	if v.facts.linksDone && sameSlice(v.facts.links, v.Links) {
		return v.facts.sites
	}
	return linkSitesOf(v.Links)
}

// sameSlice reports whether a and b are the same slice: the same length
// and, unless empty, the same first element.
func sameSlice[E any](a, b []E) bool {
	return len(a) == len(b) && (len(a) == 0 || &a[0] == &b[0])
}

func linkSitesOf(links []linkify.Link) []linkSite { return linkSitesInto(nil, links) }

// linkSitesInto is linkSitesOf in the array of buf when it has room (buf
// is empty, borrowed from viewBufsPool); nil when there are no links.
func linkSitesInto(buf []linkSite, links []linkify.Link) []linkSite {
	if len(links) == 0 {
		return nil
	}
	sites := slices.Grow(buf[:0], len(links))
	for i := range links {
		l := &links[i]
		// A link to the host of the link before (a comment that links
		// one site again and again) has its site: linkHost reads only
		// Host and Domain when the link is no e-mail and has a host.
		if i > 0 && !l.Email && l.Host != "" && !links[i-1].Email && l.Host == links[i-1].Host && l.Domain == links[i-1].Domain {
			sites = append(sites, sites[i-1])
			continue
		}
		host, domain, domainLower := linkHostOf(l)
		at := host // an e-mail address has only its domain
		if at == "" {
			at = domain
		}
		sites = append(sites, linkSite{host: host, domain: domain, domainLower: domainLower, listedAt: listedHosts(host), local: isLocalHost(host) || host == "" && isLocalHost(domain), office: officeLabel(at) && publicOffice(at)})
	}
	return sites
}

// textFactsOf works out the facts of text in one pass, reading its
// ASCII eight bytes at a time. Continuation bytes of UTF-8 are none that
// mixLead or the emoji look for: it steps over them.
func textFactsOf(text string) textFacts {
	var f textFacts
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			i += asciiPrefix(text[i:])
			continue
		}
		f.mayMix = f.mayMix || mixLead(text, i)
		// Every emoji is U+2600 or above (lead byte 0xE2 or more), every
		// digit beyond ASCII U+0660 or above (0xD9), and of the characters
		// of a disguise only the middle dot (0xC2 0xB7), the small
		// capitals of IPA Extensions (ɢ ɪ ɴ: 0xC9; ʀ ʏ ʙ ʜ ʟ: 0xCA;
		// smallCapital) and the spacing modifier letters (U+02B0 to
		// U+02FF: 0xCA, 0xCB; fancyByte) are below.
		if c >= 0xD9 || c == 0xC2 || c == 0xC9 || c == 0xCA || c == 0xCB {
			r, size := utf8.DecodeRuneInString(text[i:])
			if c >= 0xE2 {
				if isEmoji(r) {
					f.emoji++
				} else if isRegionalIndicator(r) {
					f.flagHalves++
				}
			}
			f.disguise = f.disguise || mayDisguise(r)
			f.wideLink = f.wideLink || wideLinkAt(text, i, r, size)
			f.digits = f.digits || otherDigit(r)
			i += size
			continue
		}
		for i++; i < len(text) && text[i]&0xC0 == 0x80; i++ {
		}
	}
	return f
}

// add counts in f the character r that starts at text[i], beyond ASCII,
// as textFactsOf does (foldTextMarks calls it for each such character).
func (f *textFacts) add(text string, i int, r rune) {
	f.mayMix = f.mayMix || mixLead(text, i)
	if r >= 0x2600 && isEmoji(r) {
		f.emoji++
	} else if isRegionalIndicator(r) {
		f.flagHalves++
	}
	f.disguise = f.disguise || mayDisguise(r)
	f.wideLink = f.wideLink || wideLinkAt(text, i, r, utf8.RuneLen(r))
	f.digits = f.digits || otherDigit(r)
}

// Bits of wordInterest: what kind of word a word of some length and
// first byte may be.
const (
	interestContact = 1 << iota // a messenger or social network (contactWord)
	interestLink                // a word of a disguised link (dot, com, w, youtu, youtube)
	interestDigits4             // four bytes from a digit: maybe the end of a phone number
	interestLong                // 14 bytes or more: maybe a Bitcoin address
	interestLine                // "line", of "line id" (wordFacts.lineID)
	interestZero                // two to five bytes from a "0": maybe a national number's first group
	interestArea                // two or three bytes from a digit: maybe an area code
	interestCall                // a word of calling (callWords)
	interestReader              // a word the readers of the sentence before a link need (linkReaderWords)
)

// contactWords are the words contactWord finds, and disguiseWords those of a
// disguised link that wordFactsIn looks for.
var (
	contactWords = []string{"whatsapp", "whats", "telegram", "wechat", "viber", "signal", "kakaotalk", "kakao",
		"kik", "skype", "snapchat", "instagram", "insta", "ig", "twitter", "tiktok", "snap"}
	disguiseWords = []string{"dot", "com", "w", "youtu", "youtube", "c", "n", "o"}
)

// wordInterest[c][min(n, 15)] tells the kinds of word of n bytes that
// start with byte c: nearly every word of a comment is none, and is done
// with after one load.
var wordInterest = func() (t [256][16]uint16) {
	for _, w := range contactWords {
		t[w[0]][len(w)] |= interestContact
	}
	foreignMessengerLeads(func(lead byte, minLen int) {
		for n := min(minLen, 15); n < 16; n++ {
			t[lead][n] |= interestContact
		}
	})
	for _, w := range disguiseWords {
		t[w[0]][len(w)] |= interestLink
	}
	for c := '0'; c <= '9'; c++ {
		t[c][4] |= interestDigits4
	}
	for n := 2; n <= 5; n++ {
		t['0'][n] |= interestZero
	}
	for c := '1'; c <= '9'; c++ {
		t[c][2] |= interestArea
		t[c][3] |= interestArea
	}
	t['l'][4] |= interestLine
	for _, w := range foldedCallWords {
		t[w[0]][len(w)] |= interestCall
	}
	for _, w := range linkReaderWords.all() {
		t[w[0]][len(w)] |= interestReader
	}
	for c := range t {
		t[c][14] |= interestLong
		t[c][15] |= interestLong
	}
	return t
}()

// Bits of wordInterest that come from lists of words written in ASCII,
// and wordInterestLast[c][min(n, 15)]: those of them whose words of n
// bytes end with the byte c, and every other bit. A word that starts
// with an ASCII byte (no foreign messenger's name does) needs the bit
// in both tables: of the words of prose that share a list word's first
// byte and length ("the" and "tel", "is" and "ig", "same" and "snap"),
// nearly all end otherwise.
const interestByLast = interestContact | interestLink | interestCall | interestReader

var wordInterestLast = func() (t [256][16]uint16) {
	for c := range t {
		for n := range t[c] {
			t[c][n] = ^uint16(interestByLast)
		}
	}
	mark := func(bit uint16, words ...string) {
		for _, w := range words {
			if w[0] >= utf8.RuneSelf || len(w) >= 14 {
				panic("wordInterestLast: " + w) // the bit would be read for no such word
			}
			t[w[len(w)-1]][len(w)] |= bit
		}
	}
	mark(interestContact, contactWords...)
	mark(interestLink, disguiseWords...)
	mark(interestCall, foldedCallWords...)
	mark(interestReader, linkReaderWords.all()...)
	return t
}()

// spelledTLD reports whether the words from spans[i], a word of one
// byte, on are "c o m", "n e t" or "o r g".
func spelledTLD(text string, spans []wordSpan, i int) bool {
	if i+2 >= len(spans) || spans[i+1].len() != 1 || spans[i+2].len() != 1 {
		return false
	}
	a, b, c := text[spans[i].start], text[spans[i+1].start], text[spans[i+2].start]
	return a == 'c' && b == 'o' && c == 'm' || a == 'n' && b == 'e' && c == 't' || a == 'o' && b == 'r' && c == 'g'
}

// wordFactsOf works out the facts of words in one pass.
func wordFactsOf(words []string) wordFacts { return wordFactsIn(wordsOf(words)) }

// wordFactsIn is wordFactsOf for a wordList.
func wordFactsIn(words wordList) wordFacts {
	var f wordFacts
	text, spans := words.text, words.spans // in registers, not read through words
	if len(spans) > 0 {
		f.maxRun = 1
	}
	// The words are read through their spans: a word's length and first
	// byte settle nearly every word (it neither repeats the word before
	// nor is one of wordInterest's), and a string of it is made only for
	// the few that need comparing.
	run := 0
	var prev wordSpan // the word before; empty before the first
	for i, s := range spans {
		n := s.len()
		if n == 0 {
			// Not from splitWords, but a View may be built by hand: an
			// empty word runs as others do, and is nothing else.
			if i > 0 && prev.len() == 0 {
				run++
				f.maxRun = max(f.maxRun, run)
			} else {
				run = 1
			}
			prev = s
			continue
		}
		c := text[s.start]
		// Most words differ from the one before in length or first
		// byte: only the others are compared whole.
		if n == prev.len() && c == text[prev.start] && text[s.start:s.end] == text[prev.start:prev.end] {
			run++
			f.maxRun = max(f.maxRun, run)
		} else {
			run = 1
		}
		prev = s
		// A word that opens in another script may hold LINE anywhere;
		// one that opens in ASCII, only as its start or its end.
		if n > 4 && !f.lineGlued && (c >= utf8.RuneSelf || c == 'l' && text[s.start+4] >= utf8.RuneSelf || text[s.end-1] == 'e' && text[s.end-5] >= utf8.RuneSelf) {
			f.lineGlued = lineGluedWord(text[s.start:s.end])
		}
		if c >= utf8.RuneSelf && !f.messenger && isLetterASCII(text[s.end-1]) {
			// A messenger's name glued to a word of a script written
			// without spaces ("加Telegram：@name", "加WhatsApp"): the
			// name is the word's ASCII end.
			j := s.end
			for j > s.start && isLetterASCII(text[j-1]) {
				j--
			}
			if j > s.start {
				m, so := contactWord(text[j:s.end])
				f.messenger, f.social = m, f.social || so
			}
		}
		k := wordInterest[c][min(n, 15)]
		if k == 0 {
			continue
		}
		if c < utf8.RuneSelf {
			// A word of a list that starts with this byte and is this
			// long, but may not end with its last byte: "the" is no
			// "tel", "is" no "ig".
			if k &= wordInterestLast[text[s.end-1]][min(n, 15)]; k == 0 {
				continue
			}
		}
		w := text[s.start:s.end]
		if k&interestLong != 0 {
			f.long = true
		}
		if k&interestDigits4 != 0 && i >= 2 && spans[i-1].len() == 3 && spans[i-2].len() == 3 && isNumber(w) {
			f.nanp = true
		} else if k&interestDigits4 != 0 && i >= 2 && spans[i-1].len() == 3 && isNumber(w) &&
			isNumber(text[spans[i-1].start:spans[i-1].end]) && personCallWords.has(text[spans[i-2].start:spans[i-2].end]) {
			f.nanpLocal = true
		}
		if k&interestZero != 0 && w[1] != '0' && isNumber(w) {
			f.national = true
		}
		if k&interestArea != 0 && i+1 < len(spans) && 4 <= spans[i+1].len() && spans[i+1].len() <= 8 &&
			isNumber(w) && isNumber(text[spans[i+1].start:spans[i+1].end]) {
			f.national = true // "(11) 95555-2231": maybe an area code and a group
		}
		if k&interestLine != 0 && w == "line" && i+1 < len(spans) {
			next := spans[i+1]
			f.lineID = f.lineID || text[next.start:next.end] == "id"
		}
		if k&interestCall != 0 && !f.call {
			f.call = callWordSet.has(w)
		}
		if k&interestReader != 0 && !f.reader && linkReaderWords.has(w) {
			f.reader, f.readerAt = true, i
		}
		if k&interestContact != 0 {
			m, s := contactWord(w)
			f.messenger, f.social = f.messenger || m, f.social || s
			f.foreignMessenger = f.foreignMessenger || foreignMessengerWord(w)
		}
		if k&interestLink != 0 {
			switch w {
			case "dot":
				f.dot = true
			case "com":
				f.com = true
			case "w":
				f.w = true
			case "youtu", "youtube":
				f.youtube = true
			case "c", "n", "o":
				f.spacedTLD = f.spacedTLD || spelledTLD(text, spans, i)
			}
		}
	}
	return f
}
