package moderation

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/commentkit/commentkit/internal/cjk"
	"github.com/commentkit/commentkit/linkify"
)

// Links, addresses and numbers written in full-width and ideographic
// forms.
//
// A browser reads "bit。ly/abc123", "ｂｉｔ．ｌｙ/abc123" and "spamsite．com"
// as bit.ly and spamsite.com: the URL standard maps, as IDNA does, the
// ideographic full stop 。, the full-width ． and the halfwidth ｡ to a
// label's dot, and full-width letters to the ASCII ones they stand for,
// as it maps the letters of "fancy text" ("ⓑⓘⓣ.ⓛⓨ", "𝐛𝐢𝐭.𝐥𝐲": fancyByte).
// A link finder that reads ASCII dots only, as linkify and xurls do for
// a name without a scheme, misses them, and so the link checks did: a
// shortener, a wa.me or t.me link or an e-mail address written so scored
// nothing. Now the links the checks read (View.Links) hold them too, as
// the hosts they stand for, and ObfuscatedLinkCheck flags each as a
// disguise, except where it is how the text was typed: in a comment
// written in Chinese, Japanese or Korean that leads into the name
// (cjkText, cjkLeadIn), a URL with a scheme whose only disguise is a full
// stop (typedStop: the finder links it anyway), and a name in capitals
// such as "ASP。NET" (capsName). What is linked (Result.HTML,
// Result.Links) does not change. Only text with a character such a link
// needs (textFacts.wideLink) is read for them.
//
// A name counts as such a link only where it looks like a host: its
// labels are ASCII, full-width or fancy letters, digits and hyphens (so
// Chinese or Japanese before "。com" is no label). Where it has no path,
// scheme or "www.", the finder's rule for a bare name applies (a common
// web TLD, as for "example.com"), and where its last dot is a full stop,
// the word after it may be the next sentence's first word: disguisedLink
// reads it by what it is (com a domain in any case, a short word such as
// "it" never, a capitalised word a sentence's start when a word follows
// it, …). Nor is a name without a path a link when a letter is glued
// after it ("Python。Net框架"), as linkify links no "example.com框架"; an
// address may be ("ｍｏｎｅｙ＠ｇｍａｉｌ．ｃｏｍまで").

// fullStops are the full stops a name may be typed with for its dot:
// the ideographic 。, the full-width ． and the halfwidth ｡, which a
// browser reads as a dot, and the small ﹒, the vertical ︒ and the one
// dot leader ․, which it refuses but a reader reads as a dot just the
// same (cjk.FullStops): "spamsite﹒com" is spamsite.com to whoever types
// it in. Every test for one reads this set (isFullStop), but typedStop,
// which asks what the browser opens.
const fullStops = cjk.FullStops

// isFullStop reports whether r is one of fullStops.
func isFullStop(r rune) bool { return cjk.IsFullStop(r) }

// Runes of the disguises.
const (
	fullwidthAt = '\uFF20' // ＠
	smallAt     = '\uFE6B' // ﹫
	// The full-width forms of ASCII's printable characters run from
	// U+FF01 (！) to U+FF5E (～), each at fullwidthOffset from its ASCII
	// character.
	fullwidthFirst  = '\uFF01'
	fullwidthLast   = '\uFF5E'
	fullwidthOffset = fullwidthFirst - '!'
)

// mayDisguise reports whether r is a character a disguised link or
// number may be written with: a full-width form of an ASCII character,
// an ideographic or halfwidth full stop, a small "﹫", or a sign that
// reads as a dot (dotSign). textFacts notes whether a comment has one, so
// that text without any (nearly every comment) is not searched for them.
func mayDisguise(r rune) bool {
	return r == '\u00b7' || r >= '\u2022' && (fullwidthFirst <= r && r <= '\uFF65' ||
		isFullStop(r) || r == smallAt || dotSign(r))
}

// wideLinkAt reports whether r, at text[i:i+size], is a character that
// a link written in full-width or ideographic forms needs and no ordinary
// text has by chance: a full-width letter, digit or at sign, or a full
// stop between ASCII letters or digits ("bit。ly"; a full-width one on
// either side is such a character itself). It is the fact that has
// Moderator.fold build the skeleton (disguisedLinks).
func wideLinkAt(text string, i int, r rune, size int) bool {
	switch {
	case wideAlnum(r) || r == fullwidthAt || r == smallAt || fancyByte(r) != 0:
		return true
	case isFullStop(r):
		return i > 0 && isASCIIAlnum(text[i-1]) && i+size < len(text) && isASCIIAlnum(text[i+size])
	}
	return false
}

// dotSign reports whether r is a sign that reads as a dot between two
// words (a middle dot, a bullet, a hyphenation point), which no browser
// reads as one: "spamsite·com" is a disguise for a reader to undo, as
// "site[.]com" is, not a link.
func dotSign(r rune) bool {
	switch r {
	case '\u00b7', '\u2022', '\u2027', '\u2219', '\u22c5', '\u30fb', '\uff65':
		return true
	}
	return false
}

// smallCapital reports whether r is one of the small capitals outside
// the Phonetic Extensions block (U+1D00–U+1D2B, ᴀ ᴄ ᴅ…, which fancyByte
// reads whole): those of IPA Extensions (ɢ ɪ ɴ ʀ ʏ ʙ ʜ ʟ) and of Latin
// Extended-D (ꜰ ꜱ ꞯ), with which "small caps" generators fill the rest
// of the alphabet: "ʙɪᴛ.ʟʏ" and "ᴊᴏʜɴ@ɢᴍᴀɪʟ.ᴄᴏᴍ" are typed with them.
func smallCapital(r rune) bool {
	switch r {
	case 'ɢ', 'ɪ', 'ɴ', 'ʀ', 'ʏ', 'ʙ', 'ʜ', 'ʟ', 'ꜰ', 'ꜱ', 'ꞯ':
		return true
	}
	return false
}

// wideAlnum reports whether r is a full-width letter or digit.
func wideAlnum(r rune) bool {
	return '\uFF10' <= r && r <= '\uFF19' || '\uFF21' <= r && r <= '\uFF3A' || '\uFF41' <= r && r <= '\uFF5A'
}

// wideLetterAt reports whether a full-width letter is at text[i]: the
// phone scans take it as glue, as they take an ASCII one ("ａ＋４４ …"
// is no number on its own, as "a+44 …" is not).
func wideLetterAt(text string, i int) bool {
	if i >= len(text) || text[i] < utf8.RuneSelf {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return wideAlnum(r) && !('\uFF10' <= r && r <= '\uFF19')
}

// wideLetterBefore reports whether a full-width letter ends at text[i].
func wideLetterBefore(text string, i int) bool {
	if i <= 0 || text[i-1] < utf8.RuneSelf {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return wideAlnum(r) && !('\uFF10' <= r && r <= '\uFF19')
}

// skeletonByte returns the ASCII byte a character of a host, address or
// URL written in full-width or ideographic forms stands for: the
// character itself when ASCII, the dot for the full stops, "@" for ＠ and
// ﹫, the ASCII character of a full-width form; and a space for every
// other character, which no ASCII-looking host holds.
func skeletonByte(r rune) byte {
	switch {
	case r < utf8.RuneSelf:
		return byte(r)
	case isFullStop(r):
		return '.'
	case r == smallAt:
		return '@'
	case fullwidthFirst <= r && r <= fullwidthLast:
		return byte(r - fullwidthOffset)
	}
	if b := fancyByte(r); b != 0 {
		return b
	}
	return ' '
}

// fancyByte returns the ASCII letter or digit, in lower case, that a
// letter of "fancy text" stands for, as folding spells it (latinFold):
// the circled, mathematical, squared, modifier, superscript and subscript
// forms ("ⓑⓘⓣ.ⓛⓨ", "𝐛𝐢𝐭.𝐥𝐲", "ᵇⁱᵗ.ˡʸ", "ʷʷʷ"), the small capitals
// ("ʙɪᴛ.ʟʏ": smallCapital and those of U+1D00–U+1D2B), the letterlike symbols
// that fill the gaps of the mathematical alphabets (the script ℯ and ℴ
// of "𝓈𝓅𝒶𝓂𝓈𝒾𝓉ℯ.𝒸ℴ𝓂"), which a browser maps to ASCII in a host as it
// maps full-width letters (UTS 46); or 0. Accented Latin letters are no
// such form: "bücher.de" is a name of its own, and so is one with the
// angstrom sign Å, which a browser reads as å. Nor is a modifier letter
// that folding spells with no letter or digit (the apostrophe ʼ).
func fancyByte(r rune) byte {
	if !(0x1D00 <= r && r <= 0x1DBF || 0x2070 <= r && r <= 0x209F || 0x2460 <= r && r <= 0x24FF ||
		0x1D400 <= r && r <= 0x1D7FF || 0x1F100 <= r && r <= 0x1F1FF ||
		0x02B0 <= r && r <= 0x02FF || // spacing modifier letters: ʰ ʲ ʳ ʷ ʸ ˡ ˢ ˣ
		0x2100 <= r && r <= 0x214F && r != '\u212B' || // letterlike symbols: ℯ ℊ ℴ ℓ ℋ, not Å
		r == 0x2C7C || r == 0x2C7D || // the modifier ⱼ and ⱽ
		0xA7F2 <= r && r <= 0xA7F4 || // the modifier capitals ꟲ ꟳ ꟴ
		0x10780 <= r && r <= 0x107BF || // Latin Extended-F: modifier letters
		smallCapital(r)) {
		return 0
	}
	if s := latinFold[r]; len(s) == 1 && isASCIIAlnum(s[0]) {
		return s[0]
	}
	return 0
}

// narrowWidths returns text with each full-width form of an ASCII
// character written as that character and the ideographic space as a
// space, for the scans that read contact handles in ASCII.
func narrowWidths(text string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case fullwidthFirst <= r && r <= fullwidthLast:
			return r - fullwidthOffset
		case r == '\u3000':
			return ' '
		}
		return r
	}, text)
}

// disguisedLinks returns links with the links that text holds written in
// full-width or ideographic forms added in their place (see above), or
// links itself when it holds none; links are those finder found in text,
// in order, and are not changed. A link found in text already whose host
// is written so ("https://bit。ly/x") stays as it is; one that a longer
// disguised link holds (the "gmail.com" of "bob＠gmail.com") gives way
// to it.
//
// It reads text once to build its skeleton, the text with each
// character replaced by skeletonByte's, and has finder read the skeleton
// once: time and memory linear in the text.
func disguisedLinks(text string, links []linkify.Link, finder *linkify.Linkifier) []linkify.Link {
	if len(text) >= math.MaxInt32 {
		return links // beyond the offsets of at; far beyond any MaxBytes a site sets
	}
	skel := make([]byte, 0, len(text))
	at := make([]int32, 0, len(text)+1) // where each byte of skel stands in text
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			skel = append(skel, c)
			at = append(at, int32(i))
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		skel = append(skel, skeletonByte(r))
		at = append(at, int32(i))
		i += size
	}
	at = append(at, int32(len(text)))
	var out []linkify.Link
	k := 0 // the first of links that may overlap the next found
	for _, l := range finder.Find(string(skel)) {
		start, end := int(at[l.Start]), int(at[l.End])
		for k < len(links) && links[k].End <= start {
			out = append(out, links[k])
			k++
		}
		// The links of text that this one overlaps: it takes their place
		// only when it holds them all, and is longer.
		n := k
		for n < len(links) && links[n].Start < end {
			n++
		}
		if n > k && (links[k].Start < start || links[n-1].End > end || n-k == 1 && links[k].Start == start && links[k].End == end || stopJoined(text, links[k:n], l)) {
			continue
		}
		l.Text = text[start:end]
		if !disguisedLink(text, l, start, end) {
			continue
		}
		l.Start, l.End = start, end
		if out == nil {
			out = make([]linkify.Link, 0, len(links)+1)
			out = append(out, links[:k]...)
		}
		out = append(out, l)
		k = n
	}
	if out == nil {
		return links
	}
	return append(out, links[k:]...)
}

// stopJoined reports whether l, a name found in the skeleton of text,
// must not take the place of held, the links of text it holds: two of
// them joined by a full stop ("evil.com。example.com" is two links, each
// linked in Result.HTML, not one name), or one joined to a name of the
// reader's own machine ("evil.com。localhost:8080/x"), which the link
// checks count as no link (review 23 #6). Otherwise the longer name is
// the one to read ("bob＠gmail.com", "spamsite.co。uk").
func stopJoined(text string, held []linkify.Link, l linkify.Link) bool {
	for i := 1; i < len(held); i++ {
		r, size := utf8.DecodeRuneInString(text[held[i-1].End:])
		if isFullStop(r) && held[i-1].End+size == held[i].Start {
			return true
		}
	}
	return isLocalHost(l.Host)
}

// disguisedLink reports whether l, found in the skeleton of text and
// standing at text[start:end], is a link written in full-width or
// ideographic forms that looks like one: its host (or address) has such
// a character, and it passes the tests for a name without a path (see
// above).
func disguisedLink(text string, l linkify.Link, start, end int) bool {
	hostStart, hostEnd, path := writtenHost(l.Text)
	host := l.Text[hostStart:hostEnd]
	if linkDisguise(l) == "" {
		return false
	}
	scheme := hostStart > 0 && !l.Email
	// Glued before to a letter of a script written with spaces, the name
	// is part of a longer one ("bücher。com" is no "cher.com"); after
	// Chinese, Japanese or Korean (whose writers glue a Latin name to
	// their words, as linkify reads them) a reader sees the name begin
	// where the Latin letters do.
	if r, _ := utf8.DecodeLastRuneInString(text[:start]); isWordLetter(r) && !cjk.IsWordLetter(r) {
		return false
	}
	if path || scheme || strings.HasPrefix(l.Host, "www.") {
		return true
	}
	// No path: no letter glued after it but a Chinese, Japanese or
	// Korean one (those languages put no space between words, and
	// linkify reads "example.com框架" so), and after a full stop as its
	// last dot an ASCII top-level domain only where a sentence is
	// unlikely to begin. An address is read whatever is glued to it
	// ("ｍｏｎｅｙ＠ｇｍａｉｌ．ｃｏｍまで").
	if r, _ := utf8.DecodeRuneInString(text[end:]); isWordLetter(r) && !cjk.IsWordLetter(r) && !l.Email {
		return false
	}
	dot := strings.LastIndexAny(host, fullStops+".")
	if dot < 0 {
		return true
	}
	r, size := utf8.DecodeRuneInString(host[dot:])
	name, written := host[:dot], host[dot+size:]
	tld := narrowWidths(written) // "ｖｉｄｅｏ．ｉｔ": a full-width mode types words so
	if r == '.' || !isASCIIWord(tld) {
		return true
	}
	// The finder read the skeleton with its own rule for a name without
	// a path (a common web TLD: linkify's common_tlds.txt, a subset of
	// xurls.TLDs), as it reads the ASCII form. What is left is whether
	// the word after the full stop is the next sentence's first word
	// (reviews 20 to 25). In this order:
	//   - com, io and xyz begin no sentence: a domain in any case and
	//     whatever follows ("spamsite。Com", "spamsite。com's shop"), but
	//     after "dot" ("the dot。com bubble");
	//   - an address is one whatever its case; only an English short
	//     word after "＠" for "at", with a word after it, makes it a
	//     sentence ("lunch with tom＠shibuya。it was great");
	//   - a name with no letter is a figure ("Version 1。2。3。4", "in
	//     2024。Net income fell");
	//   - a shortener's name is one ("bit。Ly now", "goo。gl now"), and so
	//     is a name of full-width letters that no full-width mode typed
	//     (nameTyping: "Visit ｆａｓｔｌｉｋｅｓ．ｍｅ now");
	//   - a short word of shortWordTLDs ("Who wants pizza。me",
	//     "Windows10。It works", "ｖｉｄｅｏ．ｉｔ　ｉｓ") or a word glued on
	//     ("Nice work。co-workers") goes on as a sentence, unless Chinese
	//     is glued after it in lower case or nothing follows a name that
	//     is no word ("fastlikes。me谢谢", "seguidores-baratos。es");
	//   - a name with a digit, a hyphen or another dot is a domain
	//     ("fast-likes。online", "spamsite。co。uk"), but before a
	//     capitalised word TLD with a word after it ("Xbox360。Live is
	//     down");
	//   - written "nEt", or in capitals after a name in capitals ("ASP。NET
	//     core", which capsName exempts from the disguise), it is one, and
	//     so is any word with no word after it ("Buy at Fastlikes。Net");
	//   - in lower case with a word after it, a word of wordTLDs begins a
	//     sentence ("Nice match。gg wp", "Amazing work。site looks
	//     great"), except net, org and info, the domains spam uses most
	//     ("Visit spamsite。net for cheap followers"); any other (biz, co,
	//     ly, ca, uk…) begins none ("Visit spamsite。biz for followers");
	//   - capitalised or in capitals with a word after it, a word of
	//     wordTLDs or a two-capital acronym begins a sentence ("Nice。Info
	//     is useful", "Brussels。EU will vote"); any other is a domain
	//     ("Visit fastlikes。Co for cheap followers").
	// A one-word name before a word of wordTLDs that is read as a domain
	// ("Great game。GG", "Revenue grew。net income fell") is no disguise
	// (wordStop): held, as its ASCII form is, and never rejected for it.
	lt := strings.ToLower(tld)
	c := letterCase(tld)
	word, mistyped, mixed := nameTyping(text, start, name, written != tld)
	next := wordAfter(text, end)
	english := next && !cjkAt(text, end) // an English sentence goes on
	switch {
	case lt == "com" || lt == "io" || lt == "xyz":
		return !strings.EqualFold(name, "dot") // "the dot。com bubble"
	case l.Email:
		return !(englishShortTLDs[lt] && strings.ContainsAny(name, string(fullwidthAt)+string(smallAt)) && english)
	case !hasLetter(name):
		return false // a figure: "Version 1。2。3。4", "in 2024。Net income fell"
	case shortenerHosts.match(l.Host) != "" || mistyped:
		return true // "bit。Ly now", "Visit ｆａｓｔｌｉｋｅｓ．ｍｅ now"
	case shortWordTLDs[lt] || gluedWord(text, end):
		// A sentence goes on: in English ("Windows10。It works", "Who
		// wants pizza。me"), or capitalised before Chinese glued on
		// ("Windows11。It很慢"). In lower case before Chinese, or with
		// nothing after a name that is no word, or an ASCII one before a
		// full-width word (no sentence goes on in full-width letters),
		// it is a domain ("fastlikes。me谢谢", "seguidores-baratos。es",
		// "Visit fastlikes．ｍｅ").
		goesOn := english || next && c != lowerCase
		return !goesOn && !gluedWord(text, end) && (!word || mixed || next)
	case !word:
		// A digit, a hyphen or a second dot: a domain, but a capitalised
		// word of wordTLDs with an English word after it begins a
		// sentence ("Xbox360。Live is down", "Wi-Fi。Tech support was
		// useless"); not after an ASCII name before a full-width word,
		// a disguise as "fastlikes．Ｎｅｔ" is ("likes4u．Ｓｈｏｐ today").
		return !(c == capitalised && wordTLDs[lt] && english && !mixed)
	case mixed:
		return true // "Visit fastlikes．Ｎｅｔ for cheap followers"
	}
	switch {
	case c == mixedCase || c == allCapitals && capitalsOnly(name) || !next:
		return true
	case c == lowerCase:
		// A word of wordTLDs begins a sentence before an English word,
		// but net, org and info.
		return !wordTLDs[lt] || lt == "net" || lt == "org" || lt == "info" || !english
	}
	// Capitalised or in capitals, with a word after it: a word of
	// wordTLDs, or an acronym of two capitals, begins a sentence.
	return !wordTLDs[lt] && (c != allCapitals || len(tld) != 2)
}

// nameTyping tells how name, at text[start:], was typed. word: it is
// letters only, ASCII or full-width, a word a sentence may end with.
// mistyped: it has full-width letters where no keyboard in full-width
// mode typed them: before an ASCII word after its full stop
// ("ｓｐａｍｓｉｔｅ。Net"), or after an ASCII word ("Visit
// ｆａｓｔｌｉｋｅｓ．ｍｅ"); one that starts the text, or follows
// full-width letters, punctuation or Chinese, was typed so
// ("ｔｈａｎｋｓ．ｍｙ　ｆｒｉｅｎｄ", "「ｎｉｃｅ．ｉｔ」", "好的ｏｋ．ｍｅ"). The
// word before is the nearest letter or digit, past ASCII punctuation and
// emoji: "Visit: ｆａｓｔｌｉｋｅｓ．ｍｅ" and "Cheap followers 👉
// ｆａｓｔｌｉｋｅｓ．ｍｅ" are in an ASCII sentence too (review 28).
// mixed: it has ASCII letters and the word after its full stop is
// full-width, as a keyboard types when the full-width "．" switched it
// ("great video．ｉｔ is"): a sentence's short word, or a disguise
// ("fastlikes．Ｎｅｔ").
func nameTyping(text string, start int, name string, wideTLD bool) (word, mistyped, mixed bool) {
	word, wide, narrow := name != "", false, false
	for _, r := range name {
		c := skeletonByte(r)
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z') || r >= utf8.RuneSelf && !wideAlnum(r) {
			word = false
		}
		wide = wide || wideAlnum(r)
		narrow = narrow || r < utf8.RuneSelf && isASCIIAlnum(byte(r))
	}
	mistyped = wide && (!wideTLD || asciiAlnumBefore(text, start))
	return word && !mistyped, mistyped, narrow && wideTLD
}

// asciiAlnumBefore reports whether the nearest letter or digit before
// text[i], past blanks, ASCII punctuation and symbols beyond the CJK and
// full-width forms (emoji, arrows), is an ASCII one. Full-width
// punctuation ("！", "「") stops the search: a full-width mode typed it.
// The search ends at the letter or digit before the name, so the searches
// of a text's names cover each byte once.
func asciiAlnumBefore(text string, i int) bool {
	for i > 0 {
		r, size := utf8.DecodeLastRuneInString(text[:i])
		switch {
		case r < utf8.RuneSelf:
			if isASCIIAlnum(byte(r)) {
				return true
			}
		case strings.ContainsRune(wideSpaces, r),
			!isCJKForm(r) && (unicode.IsSymbol(r) || r == '\u200d' || r == '\ufe0f'):
		default:
			return false
		}
		i -= size
	}
	return false
}

// hasLetter reports whether name has a letter, ASCII, full-width or fancy.
func hasLetter(name string) bool {
	for _, r := range name {
		if c := skeletonByte(r); 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' {
			return true
		}
	}
	return false
}

// The case a word is written in: letterCase.
const (
	lowerCase   = iota // "net", and a word with no letters
	capitalised        // "Net"
	allCapitals        // "NET"
	mixedCase          // "nEt", "NeT"
)

// letterCase returns the case the ASCII word w is written in.
func letterCase(w string) int {
	upper, letters := 0, 0
	first := false
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case 'A' <= c && c <= 'Z':
			upper++
			letters++
			first = first || letters == 1
		case 'a' <= c && c <= 'z':
			letters++
		}
	}
	switch {
	case upper == 0:
		return lowerCase
	case upper == letters && letters > 1:
		return allCapitals
	case upper == 1 && first:
		return capitalised
	}
	return mixedCase
}

// capitalsOnly reports whether name, ASCII or full-width, has letters and
// no small one ("ASP", "ＡＳＰ").
func capitalsOnly(name string) bool {
	letters := false
	for _, r := range name {
		switch c := skeletonByte(r); {
		case 'a' <= c && c <= 'z':
			return false
		case 'A' <= c && c <= 'Z':
			letters = true
		}
	}
	return letters
}

// shortWordTLDs are the common web top-level domains that are also the
// short words a sentence typed after "。" may begin with, in English
// and in the languages written with Latin letters that a Chinese,
// Japanese or Korean writer types with: after a full stop one is never
// read as a domain. englishShortTLDs are the English ones, which end an
// address only when no word follows.
var (
	shortWordTLDs = map[string]bool{
		"at": true, "be": true, "by": true, "de": true, "es": true, "ie": true, "il": true, "in": true,
		"it": true, "ma": true, "me": true, "my": true, "no": true, "se": true, "si": true, "us": true,
	}
	englishShortTLDs = map[string]bool{"at": true, "be": true, "by": true, "in": true, "it": true, "me": true, "my": true, "no": true, "us": true}
)

// wordAfter reports whether the next word of a sentence follows
// text[i]: blanks and then a letter or digit, or a Chinese, Japanese or
// Korean letter glued on, as those languages write the next word
// ("我在学Python。Net框架").
func wordAfter(text string, i int) bool {
	j := skipBlank(text, i)
	if j >= len(text) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[j:])
	if j == i {
		return cjk.IsWordLetter(r)
	}
	return isWordLetter(r)
}

// gluedWord reports whether text[i] is an apostrophe or a hyphen glued
// to a letter after it: the name goes on as a word ("video。it's",
// "Nice work。co-workers", "Thanks。no-one"), which no domain does.
func gluedWord(text string, i int) bool {
	if i >= len(text) || text[i] != '\'' && text[i] != '-' && !strings.HasPrefix(text[i:], "’") {
		return false
	}
	_, size := utf8.DecodeRuneInString(text[i:])
	r, _ := utf8.DecodeRuneInString(text[i+size:])
	return isWordLetter(r)
}

// domainCase reports whether tld, the ASCII word after a dot-like sign
// or a spaced dot that may be a sentence's full stop, reads as the
// top-level domain of name rather than as the first word of the next
// sentence or an item of a list: name holds a letter (ASCII or
// full-width: "000 • Net" is a figure), and tld, when it is net, org or
// info, the English words among the domains those patterns take, is in
// lower case, as a spammer writes a domain ("spamsite · net"), or in
// capitals after a name in capitals ("ASP · NET"). A capitalised one
// ("Jane Doe · Org design lead") names something. Any other, com above
// all, is a domain in any case there ("spamsite . Com", review 21 M1).
func domainCase(name, tld string) bool {
	letter, lower := false, false
	for _, r := range name {
		switch c := skeletonByte(r); {
		case 'a' <= c && c <= 'z':
			letter, lower = true, true
		case 'A' <= c && c <= 'Z':
			letter = true
		}
	}
	if !letter {
		return false
	}
	switch strings.ToLower(tld) {
	case "net", "org", "info":
	default:
		return true
	}
	c := letterCase(tld)
	return c == lowerCase || c == allCapitals && !lower
}

// typedStop reports whether l is a URL with an ASCII scheme whose only
// disguise is a full stop for a dot ("https://go。dev/doc/"). The link
// finder finds it as written, the site links it, and every check reads the
// host it stands for, so it got past nothing: it is how an IME in Chinese
// punctuation mode types a reference link. Full-width letters or "＠"
// in a linked URL are still a disguise: no keyboard types them in
// English; so is a full stop that no browser reads as a dot
// ("https://bit﹒ly/x", which linkify links only with its host in
// punycode, xn--bitly-gj23a).
func typedStop(l linkify.Link) bool {
	i := strings.Index(l.Text, "://")
	if i <= 0 || l.Email || asciiPrefix(l.Text) < i {
		return false
	}
	start, end, _ := writtenHost(l.Text)
	for _, r := range l.Text[start:end] {
		if r >= utf8.RuneSelf && !strings.ContainsRune(cjk.BrowserStops, r) {
			return false
		}
	}
	return true
}

// bareName returns the host of l as written, when l is a name with no
// path, scheme or "www." and no e-mail address: the links whose reading
// depends on the words around them (wordStop, capsName).
func bareName(l linkify.Link) (string, bool) {
	if l.Email {
		return "", false
	}
	start, end, path := writtenHost(l.Text)
	if path || start > 0 || strings.HasPrefix(l.Host, "www.") {
		return "", false
	}
	return l.Text[start:end], true
}

// wordStop reports whether l is a bare name of one word (nameTyping) and
// a top-level domain of wordTLDs, in any case but a mixed one, after a
// full stop ("spamsite。shop", "What do you read。news", "Revenue
// grew。net income fell", "Great game。GG"). disguisedLink reads it as a link where no word
// follows it (for net, org and info, whatever follows), but which of the
// two it is cannot be told from the text, so it is no disguise: a comment
// with one is held by the link checks, as its ASCII form is, for a person
// to read, and never rejected for it alone (reviews 22 L1, 23).
func wordStop(text string, l linkify.Link) bool {
	host, ok := bareName(l)
	if !ok {
		return false
	}
	dot := strings.LastIndexAny(host, fullStops+".")
	if dot < 0 {
		return false
	}
	r, size := utf8.DecodeRuneInString(host[dot:])
	written := host[dot+size:]
	tld := narrowWidths(written)
	word, _, mixed := nameTyping(text, l.Start, host[:dot], tld != written)
	return isFullStop(r) && word && !mixed && wordTLDs[strings.ToLower(tld)] && letterCase(tld) != mixedCase
}

// wordTLDs are the common web top-level domains that are English words
// or chat words, beside the short ones of shortWordTLDs, which are never
// read as a domain after a full stop.
var wordTLDs = map[string]bool{
	"app": true, "blog": true, "cloud": true, "dev": true, "eg": true, "fm": true, "gg": true, "gl": true,
	"info": true, "live": true, "net": true, "news": true, "online": true, "org": true, "shop": true,
	"site": true, "tech": true, "tv": true,
}

// capsName reports whether l is a name with no path, scheme or "www."
// written all in capitals, ASCII or full-width, with a full stop or
// full-width letters ("ASP。NET", "ＡＳＰ．ＮＥＴ"). An IME in Chinese
// punctuation mode types 。 for the dot of a product's name in an English
// sentence ("I use ASP。NET every day"), one in full-width mode types the
// whole name so, and a spammer writes a domain in lower case: such a name
// is read as a link but is no disguise.
func capsName(l linkify.Link) bool {
	host, ok := bareName(l)
	if !ok {
		return false
	}
	letters := false
	for _, r := range host {
		switch c := skeletonByte(r); {
		case 'a' <= c && c <= 'z' || c == ' ':
			return false // a small letter, or a character of no host
		case 'A' <= c && c <= 'Z':
			letters = true
		}
	}
	return letters
}

// isASCIIWord reports whether s is ASCII letters and digits, and not
// empty.
func isASCIIWord(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isASCIIAlnum(s[i]) {
			return false
		}
	}
	return s != ""
}

// writtenHost returns where, in the text of a link as written, its host
// starts and ends (for an e-mail address, the whole address), and whether
// a path, query or port follows.
func writtenHost(text string) (start, end int, path bool) {
	if i := strings.Index(text, "://"); i >= 0 {
		start = i + len("://")
	} else if i := strings.Index(text, "：／／"); i >= 0 {
		start = i + len("：／／")
	} else if len(text) > len("mailto:") && strings.EqualFold(text[:len("mailto:")], "mailto:") {
		start = len("mailto:")
	}
	end = len(text)
	if i := strings.IndexAny(text[start:], "/?#:／？＃："); i >= 0 {
		end, path = start+i, true
	}
	return start, end, path
}

// linkDisguise returns what disguises link l, found in a View's text,
// for a flag's Detail: "a domain in full-width letters", "a domain with
// “。” for its dot", "an e-mail address with “＠” for its @"; or "" when
// its host (or address) holds no full-width or ideographic form, or a
// character that no ASCII-looking host has (an international name such as
// "例え。jp" is no disguise).
func linkDisguise(l linkify.Link) string {
	if asciiPrefix(l.Text) == len(l.Text) {
		return ""
	}
	start, end, _ := writtenHost(l.Text)
	var wide, fancy bool
	var dot, at rune
	for _, r := range l.Text[start:end] {
		switch {
		case r < utf8.RuneSelf:
		case wideAlnum(r) || r == '\uFF0D': // full-width letters, digits and hyphen
			wide = true
		case fancyByte(r) != 0:
			fancy = true
		case isFullStop(r):
			if dot == 0 {
				dot = r
			}
		case r == fullwidthAt || r == smallAt:
			at = r
		default:
			return ""
		}
	}
	what := "a domain"
	if l.Email {
		what = "an e-mail address"
	}
	switch {
	case fancy:
		return what + " in fancy letters"
	case wide:
		return what + " in full-width letters"
	case at != 0:
		return what + " with “" + string(at) + "” for its @"
	case dot != 0:
		return what + " with “" + string(dot) + "” for its dot"
	}
	return ""
}

// digitAt returns the size of the decimal digit of any script (\p{Nd})
// at text[i]: 1 for an ASCII one, more for "５", "𝟱", "٥" or "५"; or 0.
func digitAt(text string, i int) int {
	if i < len(text) && text[i] < utf8.RuneSelf {
		if isDigit(text[i]) {
			return 1
		}
		return 0
	}
	return otherDigitAt(text, i)
}

// otherDigitAt is digitAt for a character beyond ASCII.
func otherDigitAt(text string, i int) int {
	if i >= len(text) {
		return 0
	}
	r, size := utf8.DecodeRuneInString(text[i:])
	if r >= utf8.RuneSelf && unicode.IsDigit(r) {
		return size
	}
	return 0
}

// digitBefore reports whether a decimal digit of any script ends at
// text[i].
func digitBefore(text string, i int) bool {
	if i <= 0 {
		return false
	}
	if text[i-1] < utf8.RuneSelf {
		return isDigit(text[i-1])
	}
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return unicode.IsDigit(r)
}

// otherDigit reports whether r is a decimal digit beyond ASCII. It rules
// out the blocks that have none (Cyrillic and Greek below U+0660, the
// Chinese, Japanese and Korean ones) before it looks r up: textFacts asks
// it of every character beyond ASCII.
func otherDigit(r rune) bool {
	return r >= '\u0660' && (r < '\u1c5a' || r >= '\ua620' && (r < '\uac00' || r >= '\uff10')) && unicode.IsDigit(r)
}

// runeIn returns the size of whichever of rs, ASCII or not, is at
// text[i], or 0.
func runeIn(text string, i int, rs string) int {
	if i >= len(text) {
		return 0
	}
	if c := text[i]; c < utf8.RuneSelf {
		if strings.IndexByte(rs, c) >= 0 {
			return 1
		}
		return 0
	}
	r, size := utf8.DecodeRuneInString(text[i:])
	if strings.ContainsRune(rs, r) {
		return size
	}
	return 0
}

// runeBefore returns the size of whichever of rs ends at text[i], or 0.
func runeBefore(text string, i int, rs string) int {
	if i <= 0 {
		return 0
	}
	r, size := utf8.DecodeLastRuneInString(text[:i])
	if r != utf8.RuneError && strings.ContainsRune(rs, r) {
		return size
	}
	return 0
}

// dotSignTLDs are the top-level domains dotSignDomain reads after a
// dot-like sign: the common ones that no list is likely to name as an
// item after another.
var dotSignTLDs = []string{"com", "net", "org"} // com first: spaced, only it counts (dotSignDomain)

// dotSignDomain returns the first name outside v.Links written with a
// dot-like sign for its dot ("spamsite·com", "spamsite • com"), or with
// an ideographic or full-width full stop with spaces about it
// ("spamsite 。 com"), or "". The name before is ASCII letters, digits
// and hyphens; the domain after is one of dotSignTLDs ("com" only when the
// sign has blanks about it), in the case domainCase reads as a domain. Lists use the
// signs too ("apples · pears"), so a sign with spaces about it counts
// only when the comment has it so once: a list has it between each two
// items, a disguised name once (a bullet that starts a line, or the sign
// inside a word, is no item between two). Blanks are those of skipBlank,
// the ideographic space among them. Without spaces the sign stands inside a
// word, as it does in German ("Student·in") and Catalan ("col·lecció"),
// whose words are no com, net or org. It reads the text once.
func dotSignDomain(v *View) (string, rune) {
	text := v.Text
	var counts [len(dotSigns)]int
	var spaced [len(dotSigns)][2]int // the first spaced name of each sign, +1
	k := 0
	for i := 0; i < len(text); {
		r, at, size := nextBeyondASCII(text, i)
		if at == len(text) {
			break
		}
		i = at
		sign := strings.IndexRune(dotSigns, r)
		if sign < 0 {
			i += size
			continue
		}
		sign = utf8.RuneCountInString(dotSigns[:sign])
		stop := isFullStop(r)
		b, a := skipBlankBack(text, i), skipBlank(text, i+size)
		blank := b < i || a > i+size
		if blank && b > 0 && text[b-1] != '\n' {
			// A use with blanks about it, the way a list is written; a
			// sign inside a word ("col·lecció") or a bullet that starts
			// a line is none (review 23 #11).
			counts[sign]++
		}
		i += size
		name := nameBefore(text, b)
		if name < 0 || stop && !blank { // an unspaced full stop is a link's dot: see disguisedLinks
			continue
		}
		// With blanks about the sign, "net" and "org" are words of a
		// sentence ("4200 gross · net it is 3000", "a net • org chart"),
		// as the ASCII "pimpmyviews. com" pattern holds; "com" is none.
		tlds := dotSignTLDs
		if blank {
			tlds = tlds[:1]
		}
		end := tldFrom(text, a, tlds)
		if end < 0 {
			continue
		}
		// "$5,000 • Net", "Jane Doe · Org design lead": a figure or a
		// capitalised word is no name and domain. "Amazon・com で買いました":
		// a katakana middle dot before Japanese is Japanese typing.
		if !domainCase(text[name:b], text[a:end]) || (r == '\u30fb' || r == '\uff65') && cjkAt(text, skipBlank(text, end)) {
			continue
		}
		// "Device Manager · COM ports", "Posted in News · Com 101": spaced,
		// a COM not in lower case after a name not in capitals, with a
		// word after it, names something ("SPAMSITE · COM today" is the
		// shout of a domain). "the dot·com crash": the name is the word
		// "dot" (review 23 #10).
		if blank && letterCase(text[a:end]) != lowerCase && !capitalsOnly(text[name:b]) && wordAfter(text, end) || strings.EqualFold(text[name:b], "dot") {
			continue
		}
		if overlapsLink(v.Links, &k, name, end) {
			continue
		}
		if !blank || stop {
			return text[name:end], r
		}
		if spaced[sign][1] == 0 {
			spaced[sign] = [2]int{name, end}
		}
	}
	for sign, m := range spaced {
		if m[1] != 0 && counts[sign] == 1 {
			r, _ := utf8.DecodeRuneInString(dotSigns[runeOffset(dotSigns, sign):])
			return text[m[0]:m[1]], r
		}
	}
	return "", 0
}

// cjkAt reports whether a Han, kana or Hangul letter is at text[i].
func cjkAt(text string, i int) bool {
	if i >= len(text) || text[i] < utf8.RuneSelf {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return cjk.IsWordLetter(r)
}

// isCJKForm reports whether r is a character of Chinese, Japanese or
// Korean text: from the CJK radicals to the unified ideographs (kana,
// CJK punctuation and symbols among them), Hangul syllables, the
// compatibility ideographs, the full-width and halfwidth forms, and the
// ideographs of the supplementary planes. An emoji is none (review 21
// L1: "Best deals at 👉 spamsite。com" is led into in English).
func isCJKForm(r rune) bool {
	return '\u2e80' <= r && r <= '\u9fff' || '\uac00' <= r && r <= '\ud7af' ||
		'\uf900' <= r && r <= '\ufaff' || '\uff00' <= r && r <= '\uffef' || 0x20000 <= r && r <= 0x3ffff
}

// bracketStopDomain returns the first name outside v.Links written with a
// full stop in brackets for its dot ("spamsite[。]com", "spamsite(．)com",
// "spamsite（。）com"), as "site[.]com" is written with an ASCII one, or "".
// The name before is ASCII letters, digits and hyphens and holds a
// letter; the domain after is one of obfuscatedTLDs, in the case
// domainCase reads as a domain. It reads each full stop once, and each
// name only back to the bracket before it.
func bracketStopDomain(v *View) string {
	text := v.Text
	k := 0
	for i := 0; i < len(text); {
		r, at, size := nextBeyondASCII(text, i)
		if at == len(text) {
			break
		}
		i = at
		stop := i
		i += size
		if !isFullStop(r) {
			continue
		}
		open := runeBefore(text, stop, "([{（［｛")
		shut := runeIn(text, i, ")]}）］｝")
		if open == 0 || shut == 0 {
			continue
		}
		b := skipBlankBack(text, stop-open)
		name := nameBefore(text, b)
		a := skipBlank(text, i+shut)
		end := tldFrom(text, a, obfuscatedTLDList)
		if name < 0 || end < 0 || !domainCase(text[name:b], text[a:end]) || overlapsLink(v.Links, &k, name, end) {
			continue
		}
		return text[name:end]
	}
	return ""
}

// runeOffset returns where the nth character of s starts.
func runeOffset(s string, n int) int {
	for i := range s {
		if n == 0 {
			return i
		}
		n--
	}
	return len(s)
}

// cjkTyped reports whether r is a sign that Chinese, Japanese and Korean
// text is typed with: the full stops and the katakana middle dots.
func cjkTyped(r rune) bool {
	return isFullStop(r) || r == '\u30fb' || r == '\uff65'
}

// cjkText reports whether v's comment is written in Chinese, Japanese or
// Korean: outside its links, its Han, kana and Hangul letters are at
// least as many as its Latin ones (ASCII or full-width), and it has one.
// Such text is typed with full-width letters and ideographic full stops,
// so a name written with them ("ＡＳＰ．ＮＥＴ を使っています",
// "我的网站是example。com") is how it was typed, not a disguise: it is
// read as a link (disguisedLinks) but not flagged as a disguised one. An
// English comment with a Chinese word or two in it is no such text.
func cjkText(v *View) bool {
	letters, latin := 0, 0
	from := 0 // the text from here to the next link is outside links
	for k := 0; k <= len(v.Links); k++ {
		to := len(v.Text)
		if k < len(v.Links) {
			to = max(from, v.Links[k].Start)
		}
		for i := from; i < to; {
			c := v.Text[i]
			if c < utf8.RuneSelf {
				if 'a' <= c|0x20 && c|0x20 <= 'z' {
					latin++
				}
				i++
				continue
			}
			r, size := utf8.DecodeRuneInString(v.Text[i:to])
			switch {
			case '\uFF21' <= r && r <= '\uFF3A' || '\uFF41' <= r && r <= '\uFF5A':
				latin++
			case cjk.IsWordLetter(r):
				letters++
			}
			i += size
		}
		if k < len(v.Links) {
			from = max(from, v.Links[k].End)
		}
	}
	return letters > 0 && letters >= latin
}

// cjkLeadIn reports whether the text before text[i], past blanks, is
// Chinese, Japanese or Korean (a letter, a sign or a full-width form from
// U+2E80 on), or there is none. In a CJK comment a name typed with
// full-width forms is led into by the sentence around it ("詳しくは
// ｍｏｎｅｙ＠…", "请访问 bit。ly/…"); an English spam padded with Han
// after its link ("Best deals at spamsite。com/shop 谢谢…") leads into it
// in English, and stays a disguise.
func cjkLeadIn(text string, i int) bool {
	for i > 0 {
		r, size := utf8.DecodeLastRuneInString(text[:i])
		switch {
		case r == ' ' || r == '\t' || r == '\n' || r == '\u3000':
			i -= size
		default:
			return isCJKForm(r)
		}
	}
	return true
}

// nextBeyondASCII returns the first character beyond ASCII at or after
// text[i], where it starts and its size; at is len(text) when there is
// none. The scans for dot-like signs and bracketed full stops step from
// one such character to the next, over ASCII eight bytes at a time.
func nextBeyondASCII(text string, i int) (r rune, at, size int) {
	i += asciiPrefix(text[i:])
	if i == len(text) {
		return 0, i, 0
	}
	r, size = utf8.DecodeRuneInString(text[i:])
	return r, i, size
}

// nameBefore returns where the ASCII name (letters, digits and hyphens)
// that ends at text[b] starts, or -1 when there is none that a domain
// may have: none at all, one that ends in a hyphen, or one glued to an
// underscore before it ("snake_case·com" is an identifier). The scans
// for names written with a sign or a bracketed stop for a dot share it.
func nameBefore(text string, b int) int {
	name := b
	for name > 0 && (isASCIIAlnum(text[name-1]) || text[name-1] == '-') {
		name--
	}
	if name == b || !isASCIIAlnum(text[b-1]) || name > 0 && text[name-1] == '_' {
		return -1
	}
	return name
}

// tldFrom returns where the first of tlds (lower case; matched in any
// case) that starts at text[a] and ends a word ends, or -1.
func tldFrom(text string, a int, tlds []string) int {
	for _, t := range tlds {
		if asciiFoldAt(text, a, t) && (a+len(t) == len(text) || !isWordByte(text[a+len(t)])) {
			return a + len(t)
		}
	}
	return -1
}

// overlapsLink reports whether text[start:end] overlaps one of links, which
// are in order; *k is the first that may, and moves on as the scans for
// names outside links read on through the text.
func overlapsLink(links []linkify.Link, k *int, start, end int) bool {
	for *k < len(links) && links[*k].End <= start {
		*k++
	}
	return *k < len(links) && links[*k].Start < end
}

// dotSigns are the signs dotSignDomain reads as a dot: those of dotSign
// and the full stops.
const dotSigns = "\u00b7\u2022\u2027\u2219\u22c5\u30fb\uff65" + fullStops

// asciiFoldAt reports whether lit, lower-case ASCII letters, is at
// text[i] in any case.
func asciiFoldAt(text string, i int, lit string) bool {
	if i+len(lit) > len(text) {
		return false
	}
	for k := 0; k < len(lit); k++ {
		if text[i+k]|0x20 != lit[k] {
			return false
		}
	}
	return true
}

// skipBlank returns where the blanks from text[i] on end: spaces and
// tabs, and the spaces beyond ASCII that normalise keeps (wideSpaces: an
// IME types the ideographic space "　" between words).
func skipBlank(text string, i int) int {
	for i < len(text) {
		if c := text[i]; c == ' ' || c == '\t' {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if r < utf8.RuneSelf || !strings.ContainsRune(wideSpaces, r) {
			break
		}
		i += size
	}
	return i
}

// skipBlankBack returns where the blanks (see skipBlank) that end at
// text[i] start.
func skipBlankBack(text string, i int) int {
	for i > 0 {
		if c := text[i-1]; c == ' ' || c == '\t' {
			i--
			continue
		}
		r, size := utf8.DecodeLastRuneInString(text[:i])
		if r < utf8.RuneSelf || !strings.ContainsRune(wideSpaces, r) {
			break
		}
		i -= size
	}
	return i
}
