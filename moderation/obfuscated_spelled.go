package moderation

import (
	"strings"

	"golang.org/x/net/publicsuffix"
)

// Disguises of a link that the patterns of obfuscatedPatterns and
// namedDomain leave, each read from a key (a colon, a "dot", a full
// stop) in a few bytes around it, so that the text is read once however
// it is written:
//   - a scheme spelled out with spaces: "h t t p s : / / followerhub . io"
//     (spacedScheme);
//   - digits for the letters of the top-level domain or of "dot":
//     "m0vieflix-hd(dot)c0m", "example(.)c0m", "site d0t com";
//   - a suffix of two labels with both dots spelled out, bracketed or
//     spaced: "rentfair dot co dot uk", "shop (dot) com (dot) au".
//
// Prose has none of them: "h t t p is a protocol" has no ": / /", no word
// of prose is "c0m" or "d0t", and "co dot uk" names a suffix of the
// public suffix list only in a name to visit.

// spelledSpaces is how many blanks spelledDomain and spacedScheme read
// between the parts of a disguise: a bound, so that each key costs a
// few bytes.
const spelledSpaces = 3

// skipSpacesUpTo returns where a run of at most n bytes of \s from s[i]
// on ends.
func skipSpacesUpTo(s string, i, n int) int {
	for e := i + n; i < len(s) && i < e && isRESpace(s[i]); i++ {
	}
	return i
}

// skipSpacesBackUpTo returns where a run of at most n bytes of \s that
// ends at s[i] starts.
func skipSpacesBackUpTo(s string, i, n int) int {
	for e := i - n; i > 0 && i > e && isRESpace(s[i-1]); i-- {
	}
	return i
}

// spacedScheme returns the first "h t t p : / /" or "h t t p s : / /"
// outside links whose letters are spaced apart (one to spelledSpaces
// blanks between each two, the "s" may be glued), with the word after
// it, or "". Its key is the colon: each is read with at most a few bytes
// on either side.
func spacedScheme(text string, v *View) string {
	k := 0
	for c := strings.IndexByte(text, ':'); c >= 0; c = indexByteFrom(text, c+1, ':') {
		j := skipSpacesUpTo(text, c+1, spelledSpaces)
		if j >= len(text) || text[j] != '/' {
			continue
		}
		j = skipSpacesUpTo(text, j+1, spelledSpaces)
		if j >= len(text) || text[j] != '/' {
			continue
		}
		end := j + 1
		start := spacedLettersBefore(text, skipSpacesBackUpTo(text, c, spelledSpaces))
		if start < 0 {
			continue
		}
		// The word after, to name the link.
		w := skipSpacesUpTo(text, end, spelledSpaces)
		e := w
		for e < len(text) && e-w < 63 && !isRESpace(text[e]) {
			e++
		}
		if e > w {
			end = e
		}
		if overlapsLink(v.Links, &k, start, end) {
			continue
		}
		return text[start:end]
	}
	return ""
}

// spacedLettersBefore returns where "h t t p" or "h t t p s", in any
// case, spaced as spacedScheme wants, ends at text[i] and starts at a
// \b, or -1.
func spacedLettersBefore(text string, i int) int {
	const letters = "https"
	n := len(letters)
	if i > 0 && text[i-1]|0x20 != 's' {
		n-- // no "s"
	}
	for k := n - 1; k >= 0; k-- {
		if i == 0 || text[i-1]|0x20 != letters[k] {
			return -1
		}
		i--
		if k == 0 {
			break
		}
		b := skipSpacesBackUpTo(text, i, spelledSpaces)
		if b == i && !(k == 4 && letters[k] == 's') {
			return -1 // glued: a plain or half-spaced scheme (findOddScheme)
		}
		i = b
	}
	if !reBoundary(text, i) {
		return -1
	}
	return i
}

// Separators spelledDomain reads between a name and its top-level
// domain.
const (
	sepNone      = iota
	sepWord      // "dot", "d0t"
	sepBracketed // "(dot)", "[d0t]", "(.)", "{.}"
	sepSpaced    // " . ", " ."
	sepAfter     // ". ": maybe a full stop that ends a sentence
	sepGlued     // "."
	sepSign      // "·", "•", "‧", "∙", "⋅" inside a word: "likeboost·io"
)

// separatorAt reads a separator whose key, a "d" or a ".", is at s[i]:
// it returns where it starts and ends, its kind, or sepNone, and whether
// it is "dot" written with a zero.
func separatorAt(s string, i int) (start, end, kind int, leet bool) {
	switch c := s[i]; {
	case c|0x20 == 'd':
		if i+3 > len(s) || s[i+1]|0x20 != 'o' && s[i+1] != '0' || s[i+2]|0x20 != 't' || !reBoundary(s, i) || !reBoundary(s, i+3) {
			return 0, 0, sepNone, false
		}
		leet = s[i+1] == '0'
		b, a := skipSpacesBackUpTo(s, i, 1), skipSpacesUpTo(s, i+3, 1)
		if b > 0 && a < len(s) && (isOpenBracket(s[b-1]) && isCloseBracket(s[a]) || s[b-1] == '-' && s[a] == '-') {
			// "(dot)", and "-dot-" or "- dot -", hyphens for brackets:
			// spelledDomain takes the hyphened form only before a label
			// that makes it a domain (a two-label suffix, a top-level
			// domain in leet), so "polka-dot-dress" stays prose.
			return b - 1, a + 1, sepBracketed, leet
		}
		if i == 0 || !isRESpace(s[i-1]) || i+3 == len(s) || !isRESpace(s[i+3]) {
			return 0, 0, sepNone, false // a word of its own, spaced about
		}
		return i, i + 3, sepWord, leet
	case c == '.':
		switch {
		case i > 0 && i+1 < len(s) && isOpenBracket(s[i-1]) && isCloseBracket(s[i+1]):
			return i - 1, i + 2, sepBracketed, false
		case i > 0 && isRESpace(s[i-1]):
			return i, i + 1, sepSpaced, false
		case i+1 < len(s) && isRESpace(s[i+1]):
			return i, i + 1, sepAfter, false
		}
		return i, i + 1, sepGlued, false
	case c == 0xc2 || c == 0xe2:
		// A dot-like sign with no blank about it (with blanks, a list
		// has it between items: dotSignDomain).
		n := dotLikeSignAt(s, i)
		if n == 0 || i == 0 || isRESpace(s[i-1]) || i+n == len(s) || isRESpace(s[i+n]) {
			return 0, 0, sepNone, false
		}
		return i, i + n, sepSign, false
	}
	return 0, 0, sepNone, false
}

// dotLikeSignAt returns the size of the dot-like sign at s[i] ("·",
// "•", "‧", "∙", "⋅"), or 0.
func dotLikeSignAt(s string, i int) int {
	for _, sign := range [...]string{"\u00b7", "\u2022", "\u2027", "\u2219", "\u22c5"} {
		if strings.HasPrefix(s[i:], sign) {
			return len(sign)
		}
	}
	return 0
}

// byteScan finds, in order, each byte of s that is one of a few: it
// searches for each with strings.IndexByte, which reads ordinary text
// many bytes at a time.
type byteScan struct {
	s     string
	n     int
	bytes [5]byte
	at    [5]int // the next of each, or -1
}

func (b *byteScan) add(c byte) {
	b.bytes[b.n], b.at[b.n] = c, strings.IndexByte(b.s, c)
	b.n++
}

// next returns the index of the next such byte, or -1.
func (b *byteScan) next() int {
	k := -1
	for j := 0; j < b.n; j++ {
		if b.at[j] >= 0 && (k < 0 || b.at[j] < b.at[k]) {
			k = j
		}
	}
	if k < 0 {
		return -1
	}
	i := b.at[k]
	b.at[k] = indexByteFrom(b.s, i+1, b.bytes[k])
	return i
}

// deleet writes label, lower-cased, into buf with the digits that stand
// for letters in leetspeak read as those letters, and reports whether it
// had such a digit; ok is false when the label has any other byte than
// a letter or such a digit, or is longer than buf.
func deleet(label string, buf []byte) (out []byte, leet, ok bool) {
	if len(label) > len(buf) {
		return nil, false, false
	}
	out = buf[:len(label)]
	for i := 0; i < len(label); i++ {
		c := label[i]
		switch {
		case 'a' <= c|0x20 && c|0x20 <= 'z':
			out[i] = c | 0x20
			continue
		case c == '0':
			out[i] = 'o'
		case c == '1':
			out[i] = 'i'
		case c == '3':
			out[i] = 'e'
		case c == '4':
			out[i] = 'a'
		case c == '5':
			out[i] = 's'
		case c == '7':
			out[i] = 't'
		default:
			return nil, false, false
		}
		leet = true
	}
	return out, leet, true
}

// isSecondLevel reports whether label, lower-case ASCII, is one of the
// labels before a country's domain that make a public suffix of two
// labels (co.uk, com.au, org.nz, ac.jp…), as far as spelledDomain reads
// them: the list decides, these only keep it from being asked about every
// pair of words.
func isSecondLevel(label []byte) bool {
	switch string(label) {
	case "co", "com", "org", "net", "ac", "gov", "edu", "ltd", "plc", "me", "or", "ne", "go", "gen", "biz", "info":
		return true
	}
	return false
}

// isLeetTLD reports whether tld, lower-case ASCII, is one of the top-level
// domains spelledDomain reads with digits for letters ("c0m", "n3t",
// "0rg", "inf0", "b1z"): the most registered ones, whose leet forms are
// no words or figures of prose.
func isLeetTLD(tld []byte) bool {
	switch string(tld) {
	case "com", "net", "org", "info", "biz":
		return true
	}
	return false
}

func inList(b []byte, list []string) bool {
	for _, s := range list {
		if string(b) == s {
			return true
		}
	}
	return false
}

// isTwoLabelSuffix reports whether first.second, lower-case ASCII, is a
// public suffix of two labels in the ICANN section of the list.
func isTwoLabelSuffix(first, second []byte) bool {
	if !isSecondLevel(first) || len(second) != 2 {
		return false
	}
	var buf [8]byte
	n := copy(buf[:], first)
	buf[n] = '.'
	n += 1 + copy(buf[n+1:], second)
	name := string(buf[:n])
	suffix, icann := publicsuffix.PublicSuffix(name)
	return icann && suffix == name
}

// spelledFunctionWords are words of prose that come before a dot or
// "dot" and are never the name of a site: "the dot com bubble", "the
// file ends in .com", "a · b".
var spelledFunctionWords = lowerSet([]string{"the", "a", "an", "in", "on", "at", "of", "to", "for", "by", "with",
	"from", "as", "or", "and", "is", "are", "was", "into", "about", "like", "than", "this", "that", "my", "your", "our"})

// spelledDomain returns the first name outside v's links disguised with
// digits for the letters of its top-level domain ("m0vieflix-hd(dot)c0m",
// "example(.)c0m", "mysite . n3t"), with "d0t" for its dot before any
// top-level domain of the ICANN list ("site d0t com", "deals(d0t)shop"),
// or with a suffix of two labels whose dots are spelled out,
// bracketed or spaced ("rentfair dot co dot uk"), or whose first dot is
// spelled out and second typed ("rentfair dot co.uk"), and what
// disguises it;
// or "". The name is 2 to 63 letters, digits and hyphens with a letter,
// not a word of prose (spelledFunctionWords). Each key (a "d" that may
// start "dot", when dot says the text has one, and each ".") is read
// with a name and two labels around it at most.
func spelledDomain(v *View, dot bool) (m, what string) {
	text := v.Text
	k := 0
	keys := byteScan{s: text}
	keys.add('.')
	keys.add(0xc2) // the first byte of "·"
	keys.add(0xe2) // of "•", "‧", "∙", "⋅"
	if dot {
		keys.add('d')
		keys.add('D')
	}
	var b1, b2 [63]byte
	for i := keys.next(); i >= 0; i = keys.next() {
		sepStart, sepEnd, kind, leetSep := separatorAt(text, i)
		if kind == sepNone {
			continue
		}
		l1s := sepEnd
		if kind != sepGlued {
			l1s = skipSpacesUpTo(text, sepEnd, spelledSpaces)
		}
		l1e := labelEnd(text, l1s)
		if l1e < 0 {
			continue
		}
		tld1, leet1, ok := deleet(text[l1s:l1e], b1[:])
		twoLabels := kind != sepGlued && kind != sepAfter && isSecondLevel(tld1)
		if !ok || !leet1 && !leetSep && kind != sepSign && !twoLabels {
			continue // most keys: a full stop, or "dot" before a word
		}
		// Then the name, read back from the separator.
		nameEnd := sepStart
		if kind != sepGlued {
			nameEnd = skipSpacesBackUpTo(text, sepStart, spelledSpaces)
		}
		nameStart := nameEnd
		for nameStart > 0 && nameEnd-nameStart <= 63 && (isASCIIAlnum(text[nameStart-1]) || text[nameStart-1] == '-') {
			nameStart--
		}
		name := text[nameStart:nameEnd]
		if len(name) < 2 || len(name) > 63 || name[0] == '-' || strings.IndexFunc(name, isASCIILetterRune) < 0 ||
			nameStart > 0 && (isWordByte(text[nameStart-1]) || text[nameStart-1] >= 0x80) {
			continue
		}
		end := -1
		mixed := false // "rentfair dot co.uk": "dot" spelled, the suffix's own dot typed
		if twoLabels {
			// A second separator and label: "co dot uk".
			j := skipSpacesUpTo(text, l1e, spelledSpaces)
			if j < len(text) && (isOpenBracket(text[j]) || text[j] == '-') {
				j = skipSpacesUpTo(text, j+1, 1) // the key inside "(dot)", "(.)", "- dot -"
			}
			if j < len(text) && (text[j]|0x20 == 'd' || text[j] == '.' || text[j] == 0xc2 || text[j] == 0xe2) {
				_, s2End, kind2, _ := separatorAt(text, j)
				glued := kind2 == sepGlued && kind == sepWord
				if kind2 == sepWord || kind2 == sepBracketed || kind2 == sepSpaced || kind2 == sepSign && kind == sepSign || glued {
					l2s := s2End
					if !glued {
						l2s = skipSpacesUpTo(text, s2End, spelledSpaces)
					}
					if l2e := labelEnd(text, l2s); l2e >= 0 {
						if tld2, _, ok := deleet(text[l2s:l2e], b2[:]); ok && isTwoLabelSuffix(tld1, tld2) {
							what = "a domain with the dots of a two-label suffix spelled out"
							if glued {
								what = "a domain with “dot” spelled out"
							}
							end, mixed = l2e, glued
						}
					}
				}
			}
		}
		if end < 0 {
			switch {
			case kind == sepSign && tldListed(tld1) && string(tld1) != "in":
				what = "a domain with a dot-like sign for its dot"
				end = l1e
			case leet1 && isLeetTLD(tld1):
				what = "a domain with digits for the letters of its top-level domain"
				end = l1e
			case leetSep && (leet1 || isICANNTLD(string(tld1))):
				what = "a domain with “dot” spelled with a digit"
				end = l1e
			}
		}
		if end < 0 || proseName(text, nameStart, nameEnd) || isDotWord(name) {
			continue
		}
		linkEnd := end
		if mixed {
			// The linkifier links the typed suffix ("co.uk") as if it
			// were a site: only a link over the name or the "dot" is
			// one the commenter typed.
			linkEnd = l1s
		}
		if overlapsLink(v.Links, &k, nameStart, linkEnd) {
			continue
		}
		return text[nameStart:end], what
	}
	return "", ""
}

// isDotWord reports whether name is "dot" or "d0t", in any case: the
// separator, not a name ("dot dot dot").
func isDotWord(name string) bool {
	return len(name) == 3 && name[0]|0x20 == 'd' && (name[1]|0x20 == 'o' || name[1] == '0') && name[2]|0x20 == 't'
}

// labelEnd returns where a label of 2 to 63 ASCII letters and digits at
// s[i], followed by \b, ends, or -1.
func labelEnd(s string, i int) int {
	e := i
	for e < len(s) && e-i <= 63 && isASCIIAlnum(s[e]) {
		e++
	}
	if e-i < 2 || e-i > 63 || !reBoundary(s, e) {
		return -1
	}
	return e
}

// tldListed reports whether tld, lower-case ASCII, is one of
// obfuscatedTLDs.
func tldListed(tld []byte) bool { return inList(tld, obfuscatedTLDList) }

// honorifics are the titles before a person's name: "Mr. Smith . Com" is
// a person and a word, not a name of a site.
var honorifics = []string{"mr", "mrs", "ms", "dr", "prof", "sir", "st"}

// proseName reports whether text[start:end], a name a pattern read
// before a dot or "dot", is a word of prose rather than a name of a site:
// a function word ("the dot com bubble", "the file ends in .com") or a
// name after an honorific ("Mr. Smith . Com").
func proseName(text string, start, end int) bool {
	var word [8]byte
	if end-start <= len(word) {
		lower, _, ok := deleet(text[start:end], word[:])
		if ok && spelledFunctionWords[string(lower)] {
			return true // (a look-up by string(bytes) allocates nothing)
		}
	}
	j := skipSpacesBackUpTo(text, start, 1)
	if j == start {
		return false
	}
	if j > 0 && text[j-1] == '.' {
		j--
	}
	w := j
	for w > 0 && j-w < 5 && isASCIIAlnum(text[w-1]) {
		w--
	}
	if w == j || w > 0 && isWordByte(text[w-1]) {
		return false
	}
	var buf [5]byte
	lower, _, ok := deleet(text[w:j], buf[:])
	return ok && inList(lower, honorifics)
}

// dotComEra are the words after "dot com" that name the trade of the
// late 1990s, not a site: "dot com bubble", "dot com companies".
var dotComEra = lowerSet([]string{"bubble", "boom", "bust", "crash", "era", "company", "companies", "startup", "startups",
	"days", "mania", "millionaire", "millionaires", "age", "collapse", "burst"})

// dotSpelledName keeps a match of "example dot com" whose name is no
// word of prose (proseName) and which is not "dot com" before a word of
// the dot-com era ("a dot com bubble"). When it does not keep it, the
// search goes on after the name.
func dotSpelledName(text string, start, end int) (bool, int) {
	name := start
	for name < end && (isASCIIAlnum(text[name]) || text[name] == '-') {
		name++
	}
	if name > start && proseName(text, start, name) {
		return false, name - start
	}
	if w := skipSpacesUpTo(text, end, 1); w > end {
		e := w
		for e < len(text) && e-w <= 12 && 'a' <= text[e]|0x20 && text[e]|0x20 <= 'z' {
			e++
		}
		if strings.EqualFold(text[end-3:end], "com") && e-w <= 12 && dotComEra[strings.ToLower(text[w:e])] {
			return false, max(1, name-start)
		}
	}
	return true, 0
}
