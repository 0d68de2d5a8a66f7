package moderation

import "strings"

// namedDomain finds a disguised link outside v's links that the
// patterns of obfuscatedPatterns leave to it: a name and any top-level
// domain of the ICANN list, typed in lower case, split by a space before
// a dot glued to the domain ("pixlcoin .io", "www.heimarbeit-erfolg .de")
// or by "dot" spelled out ("swisswatchreplica dot shop", "proton dot
// me"). The patterns read "dot" before any domain only in brackets, and a
// spaced dot or a plain "dot" only before spacedTLDs, because prose
// names domains too ("files ending in .com", "the .io domain", "polka
// dot top"). So namedDomain wants, besides, what prose about a domain
// lacks and a name to visit has (nameLooksTyped):
//   - the name typed as a host: after "www." or with a digit or a hyphen
//     in it ("livesport-hd dot live"), or
//   - the name, of minLedName characters or more, where an address goes:
//     after "at", "visit", "via", "to", "on" or a colon ("Presale at
//     pixlcoin .io", "visit mysite .com", "fundsretrieve at proton dot
//     me").
//
// A name is 3 to 63 letters, digits and hyphens with a letter, and no
// determiner ("on the .io domain"). It returns the disguised name and
// what disguises it, or "". One pass over the text: each dot after a
// space and each "dot" is looked at once, and reads at most a name and
// a word back. spaced and dot say which of them the text may have
// (wordHints).
func namedDomain(v *View, spaced, dot bool) (m, what string) {
	text := v.Text
	k := 0
	// The places to look at come from strings.IndexByte, which reads
	// ordinary text many bytes at a time: the next dot, when a dot has a
	// space before it (spaced), and the next "d" or "D", when "dot" is a
	// word (dot).
	nextDot, ds := -1, letterScan{nl: -1, nu: -1}
	if spaced {
		nextDot = strings.IndexByte(text, '.')
	}
	nextD := -1
	if dot {
		ds = newLetterScan(text, 'd')
		nextD = ds.next()
	}
	for nextDot >= 0 || nextD >= 0 {
		i := nextDot
		if i < 0 || nextD >= 0 && nextD < i {
			i = nextD
			nextD = ds.next()
		} else {
			nextDot = indexByteFrom(text, i+1, '.')
		}
		var sepStart, tldStart int
		switch c := text[i]; {
		case c == '.' && i > 0 && isRESpace(text[i-1]):
			sepStart, tldStart = i, i+1
			what = "a domain with a space before its dot"
		case c|0x20 == 'd' && i > 0 && isRESpace(text[i-1]) && foldLitAt(text, i, "dot") == i+3 && i+3 < len(text) && isRESpace(text[i+3]):
			sepStart, tldStart = i, skipRESpace(text, i+3)
			what = "a domain with “dot” spelled out"
		default:
			continue
		}
		tldEnd := tldStart
		for tldEnd < len(text) && tldEnd-tldStart <= 63 && 'a' <= text[tldEnd] && text[tldEnd] <= 'z' {
			tldEnd++
		}
		if tldEnd-tldStart < 2 || !domainEndsAt(text, tldEnd) {
			continue
		}
		nameEnd := skipRESpaceBack(text, sepStart)
		nameStart := nameEnd
		for nameStart > 0 && nameEnd-nameStart <= 63 && (isASCIIAlnum(text[nameStart-1]) || text[nameStart-1] == '-') {
			nameStart--
		}
		// The name first: the list of top-level domains is the dearer
		// look-up, and prose rarely gets past the name.
		if !nameLooksTyped(text, nameStart, nameEnd) || !isICANNTLD(text[tldStart:tldEnd]) {
			continue
		}
		if overlapsLink(v.Links, &k, nameStart, tldEnd) {
			continue
		}
		return text[nameStart:tldEnd], what
	}
	return "", ""
}

// domainEndsAt reports whether a top-level domain may end at text[i]:
// at the end, or before a byte that is no word byte and no dot before a
// word byte ("pixlcoin .io." ends a sentence, "x .co.uk" goes on).
func domainEndsAt(text string, i int) bool {
	if i == len(text) {
		return true
	}
	if isWordByte(text[i]) || text[i] >= 0x80 {
		return false
	}
	return text[i] != '.' || i+1 == len(text) || !isWordByte(text[i+1])
}

// nameLooksTyped reports whether text[start:end] is a name of a domain
// as namedDomain wants it: 3 to 63 letters, digits and hyphens, a letter
// among them, not a determiner, typed as a host (after "www.", or with a
// digit or a hyphen) or where an address goes (after addressLeads or a
// colon).
func nameLooksTyped(text string, start, end int) bool {
	name := text[start:end]
	if len(name) < 3 || len(name) > 63 || name[0] == '-' || strings.IndexFunc(name, isASCIILetterRune) < 0 {
		return false
	}
	if start > 0 {
		if c := text[start-1]; isWordByte(c) || c >= 0x80 || c == '@' || c == '/' {
			return false
		}
		if text[start-1] == '.' {
			return start >= 4 && strings.EqualFold(text[start-4:start], "www.") && (start == 4 || !isWordByte(text[start-5]) && text[start-5] != '.')
		}
	}
	if nameDeterminers[strings.ToLower(name)] {
		return false
	}
	if strings.ContainsAny(name, "-0123456789") {
		return true
	}
	// The word before: after one space, or a colon and spaces. A name of
	// fewer than minLedName characters after it is a word of prose ("at
	// least .io", "look at polka dot top").
	if len(name) < minLedName {
		return false
	}
	j := start
	if j > 0 && text[j-1] == ' ' {
		j--
	}
	c := j
	for c > 0 && text[c-1] == ' ' {
		c-- // each space is read back once: the name stands between two runs
	}
	if c > 0 && text[c-1] == ':' {
		return true
	}
	w := j
	for w > 0 && j-w <= len("visit") && isASCIIAlnum(text[w-1]) {
		w--
	}
	if w == j || w > 0 && (isWordByte(text[w-1]) || text[w-1] >= 0x80) {
		return false
	}
	return addressLeads[strings.ToLower(text[w:j])]
}

// minLedName is how long a name without a digit, a hyphen or "www." must
// be for a word before it to make it one to go to: the words that follow
// "at" in prose ("at least", "at most", "at home", "at polka dot") are
// shorter than the brands a spammer coins.
const minLedName = 6

func isASCIILetterRune(r rune) bool { return 'a' <= r|0x20 && r|0x20 <= 'z' }

// addressLeads are the words after which a name is one to go to: "at",
// "visit", "via", "to", "on".
var addressLeads = lowerSet([]string{"at", "visit", "via", "to", "on"})

// nameDeterminers are words that stand before a domain named in prose
// ("on the .io domain", "buy a .com"), never a name of one.
var nameDeterminers = lowerSet([]string{"the", "a", "an", "this", "that", "these", "those", "my", "your",
	"our", "their", "his", "her", "its", "any", "some", "every", "each", "no", "own", "new", "old"})
