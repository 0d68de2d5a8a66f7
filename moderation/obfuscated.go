package moderation

import (
	"context"
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/publicsuffix"
)

// ObfuscatedLinkCheck flags links written so that a link finder misses
// them (CodeObfuscatedLink): "example dot com", "example (dot) com",
// "site[.]com", "kidsmediausa . com", "e x a m p l e . c o m",
// "w w w . site . com", "hxxp://",
// "Authenticviews*com", YouTube links with their host cut off
// ("watch?v=…"), and links written in full-width or ideographic forms
// ("bit。ly/abc123", "ｂｉｔ．ｌｙ/abc123", "bob＠gmail.com"; not a URL
// with a full stop for a dot that is linked anyway, "https://go。dev/doc/")
// or with a
// dot-like sign for a dot ("spamsite·com"): see widths.go; and, in
// obfuscated_spelled.go, digits for the letters of a top-level domain or
// of "dot" ("m0vieflix(dot)c0m", "site d0t com"), a two-label suffix
// with both dots spelled out ("rentfair dot co dot uk") and a scheme
// spelled out with spaces ("h t t p s : / /"). In a comment
// written in Chinese, Japanese or Korean, full-width letters, the
// ideographic full stop and the katakana middle dot are how the text is
// typed, and a name written with them is no disguise (it is still a
// link). Disguising a link is done to get past a filter, so it
// weighs more than a plain link.
type ObfuscatedLinkCheck struct {
	Score float64
}

// ObfuscatedLinks returns the disguised-link check (CodeObfuscatedLink,
// score ObfuscatedLinkScore).
func ObfuscatedLinks() *ObfuscatedLinkCheck { return &ObfuscatedLinkCheck{Score: ObfuscatedLinkScore} }

// Codes returns the codes the check raises.
func (c *ObfuscatedLinkCheck) Codes() []string { return []string{CodeObfuscatedLink} }

// obfuscatedTLDs are the top-level domains a disguised link is recognised
// by: the most registered generic and country domains (Verisign's Domain
// Name Industry Brief) and those common in link spam. A longer list would
// only add false matches on ordinary words, since the domain before it is
// free text.
const obfuscatedTLDs = `com|net|org|info|biz|co|io|me|tv|us|uk|ru|de|fr|pl|br|in|ly|xyz|online|site|top|club|shop|store`

// spacedTLDs are those recognised after "dot" or after a dot with spaces
// around it, where the dot may be a full stop: not the ones that are also
// short English words ("so . me too", "it . in the end").
const spacedTLDs = `com|net|org|info|biz|ru|xyz`

// obfuscatedPatterns are the disguises, each with a cheap test that must
// pass before it is looked for: ordinary text skips every one. The
// regexps are compiled once; RE2 runs in time linear in the text.
//
// A regexp is never run over the whole text, though: at some 100 ns a
// byte, Go's regexps cost 30 times what the rest of a Check does, and one
// word like "dot" would let an attacker have them read 64 KiB. find runs
// re only on a few bytes around each place a match must pass through (a
// "dot", a dot with a bracket after it, a "//"), after testing by hand
// that a match could pass there; find(s) is re.FindStringIndex(s) for
// every s (TestObfuscatedFindersMatchRegexps, FuzzObfuscatedFinders).
var obfuscatedPatterns = []struct {
	may  func(v *View, w wordHints) bool
	re   *regexp.Regexp
	find func(re *regexp.Regexp, s string) []int
	what string
	// keep, when set, tells a match text[start:end] that is a disguise
	// from one that only looks like it (see spacedDotName); the search
	// goes on after a match it does not keep, from start+next.
	keep func(text string, start, end int) (ok bool, next int)
}{
	// "example dot com", "example (dot) com", "example [dot] com",
	// "example -dot- com": a hyphen stands for a bracket before a common
	// top-level domain. A closing one only after an opening one: "a
	// famous dot-com failure" is the English word.
	{func(_ *View, w wordHints) bool { return w.dot },
		regexp.MustCompile(`(?i)\b[a-z0-9][a-z0-9-]*\s*(?:[\(\[\{-]?\s*\bdot\b\s*[\)\]\}]?|-\s*\bdot\b\s*-)\s*(?:` + spacedTLDs + `)\b`),
		findDotSpelled,
		"a domain with “dot” spelled out", dotSpelledName},
	// "bestdeals(dot)shop", "fastmail[DOT]fm": "dot" in brackets before
	// any top-level domain (bracketDotTLD). Prose has "dot" before words
	// that are top-level domains too ("polka dot top", "dot pro tips",
	// "dot star"), so spelled "dot" without brackets keeps spacedTLDs;
	// in brackets it is the way an address is hidden from harvesters,
	// and in 9 million lines of changelogs, manuals and Go sources every
	// "(dot)" or "[DOT]" before a top-level domain named one.
	{func(_ *View, w wordHints) bool { return w.dot },
		regexp.MustCompile(`(?i)\b[a-z0-9][a-z0-9-]*\s*[\(\[\{]\s*\bdot\b\s*[\)\]\}]\s*(?-i:[a-zA-Z]{2,63})\b`),
		findDotBracketed,
		"a domain with “dot” spelled out in brackets", bracketDotTLD},
	// "site[.]com", "site(.)com", "spinwin{.}bet": a dot in brackets
	// before any top-level domain (bracketDotTLD), as "(dot)" is.
	{func(_ *View, w wordHints) bool { return w.bracketDot },
		regexp.MustCompile(`(?i)\b[a-z0-9][a-z0-9-]*\s*[\(\[\{]\.[\)\]\}]\s*(?-i:[a-zA-Z]{2,63})\b`),
		findBracketDot,
		"a domain with its dot in brackets", bracketDotTLD},
	// "kidsmediausa . com", "weebly .com": a space before the dot.
	{func(_ *View, w wordHints) bool { return w.spacedDot },
		regexp.MustCompile(`(?i)\b[a-z0-9][a-z0-9-]*\s+\.\s*(?:` + spacedTLDs + `)\b`),
		findSpacedDot,
		"a domain with spaces around its dot", spacedDotName},
	// "pimpmyviews. com": a space after the dot, before "com" only (after
	// a sentence's full stop, "Net" or "Co" can start the next one).
	{func(_ *View, w wordHints) bool { return w.spaceCom },
		regexp.MustCompile(`(?i)\b[a-z0-9][a-z0-9-]+[a-z0-9]\.\s+com\b`),
		findSpaceCom,
		"a domain with a space after its dot", nil},
	// "Authenticviews*com", "site,com".
	{func(_ *View, w wordHints) bool { return w.replacedCom },
		regexp.MustCompile(`(?i)\b[a-z0-9][a-z0-9-]+[a-z0-9][\*,]com\b`),
		findReplacedCom,
		"a domain with its dot replaced", nil},
	// "e x a m p l e . c o m": a domain spelled out letter by letter.
	{func(_ *View, w wordHints) bool { return w.spacedTLD },
		regexp.MustCompile(`(?i)\b(?:[a-z0-9]\s+){2,}[a-z0-9]\s*(?:\.|\bdot\b)\s*(?:c\s+o\s+m|n\s+e\s+t|o\s+r\s+g)\b`),
		findSpelledDomain,
		"a domain spelled out letter by letter", nil},
	// "w w w . site", "w w w site".
	{func(_ *View, w wordHints) bool { return w.w },
		regexp.MustCompile(`(?i)\bw\s+w\s+w\b`),
		findSpacedWWW,
		"a spaced-out “www”", nil},
	// "hxxp://", "hxxps://", "h**p://", "ht tp://".
	{func(_ *View, w wordHints) bool { return w.oddScheme },
		regexp.MustCompile(`(?i)\b(?:hxxps?|h\*\*ps?|ht\s+tps?|htt\s+ps?)\s*:\s*//`),
		findOddScheme,
		"a disguised “http://”", nil},
	// A YouTube link without its host: "watch?v=…", "youtu be/…".
	{func(v *View, w wordHints) bool { return w.youtube || strings.Contains(v.Text, "?v=") },
		regexp.MustCompile(`(?:^|[^\w.])/?watch\?v=[\w-]{6}|(?i)\byoutu\s+be/[\w-]{6}|(?i)\byoutube\s*\.\s+com\b`),
		findHostlessYouTube,
		"a YouTube link with its host cut off", nil},
}

// Check implements Checker.
func (c *ObfuscatedLinkCheck) Check(_ context.Context, v *View) []Flag {
	hints := hintsOf(v)
	for _, o := range obfuscatedPatterns {
		if !o.may(v, hints) {
			continue
		}
		if m := matchOutsideLinks(o.re, o.find, o.keep, v); m != "" {
			return c.flag(v, o.what, strings.TrimSpace(m))
		}
	}
	if hints.spacedDot || hints.dot {
		if m, what := namedDomain(v, hints.spacedDot, hints.dot); m != "" {
			return c.flag(v, what, m)
		}
	}
	if hints.dot || hints.spacedDot || hints.bracketDot || v.textFacts().disguise || v.hasLeetDigit() {
		if m, what := spelledDomain(v, hints.dot); m != "" {
			return c.flag(v, what, m)
		}
	}
	if m := spacedScheme(v.Text, v); m != "" {
		return c.flag(v, "a URL with its scheme spelled out with spaces", m)
	}
	if f := v.textFacts(); f.disguise || f.wideLink {
		// A link written in full-width or ideographic forms, which
		// Moderator.fold added to the links (disguisedLinks), or one
		// with a scheme that linkify found so written.
		cjk := -1 // whether the comment stands in CJK text, once known
		for i := range v.Links {
			if what := linkDisguise(v.Links[i]); what != "" && !typedStop(v.Links[i]) && !capsName(v.Links[i]) && !wordStop(v.Text, v.Links[i]) {
				if cjk < 0 {
					cjk = b2i(cjkText(v))
				}
				if cjk == 0 || !cjkLeadIn(v.Text, v.Links[i].Start) {
					return c.flag(v, what, v.Links[i].Text)
				}
			}
		}
		if m := bracketStopDomain(v); m != "" {
			return c.flag(v, "a domain with its dot in brackets", m)
		}
		if m, sign := dotSignDomain(v); m != "" {
			if !cjkTyped(sign) || cjk == 0 || cjk < 0 && !cjkText(v) {
				return c.flag(v, "a domain with a dot-like sign for its dot", m)
			}
		}
	}
	return nil
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// flag returns the check's flag for a disguise, what, seen in m. A
// disguised link that stands inside a quotation, in a comment that calls
// what it quotes a scam or warns of it (reportsScam), is a reader's
// report of what someone sent them ("Got a text: 'claim your refund at
// refund-hmrc dot co'. Obviously fake"), as a shortened link so quoted
// is (ShortenerCheck): it weighs nothing. A spammer who quotes his own
// disguised link makes no warning of it.
func (c *ObfuscatedLinkCheck) flag(v *View, what, m string) []Flag {
	f := Flag{Code: CodeObfuscatedLink, Score: c.Score, Detail: "a disguised link: " + what + " (" + quote(m) + ")"}
	if quotedIn(v.Text, v.quotes, m) && reportsScam(v.words()) {
		f.Score, f.Detail = 0, f.Detail+" (quoted in a warning of a scam)"
	}
	return []Flag{f}
}

// wordHints says which words and dots that a disguised link needs are in
// a comment, found from the words' facts and in one pass over its dots.
// spaceCom: the folded text has ". com" or ".  com"; replacedCom: "*com"
// or ",com".
type wordHints struct {
	dot, com, w, youtube, spacedTLD, spacedDot, bracketDot, oddScheme bool
	spaceCom, replacedCom                                             bool
}

func hintsOf(v *View) wordHints {
	words := v.wordFacts()
	h := wordHints{dot: words.dot, com: words.com, w: words.w, youtube: words.youtube, spacedTLD: words.spacedTLD}
	text := v.Text
	// Comments with a .com link have the word "com", so its tests run
	// often. They look at what follows each dot, comma and star of the
	// folded text rather than at what precedes each "com": a search stops
	// at every "c", twice as often (TestHintsOfSame).
	f := v.Folded
	if v.foldedDots() {
		// The folded text has the text's dots with their neighbours: one
		// pass over them serves the tests of both.
		h.spacedDot, h.bracketDot, h.spaceCom = dotHints(f, h.com)
	} else {
		h.spacedDot, h.bracketDot, _ = dotHints(text, false)
		h.spaceCom = h.com && (strings.Contains(f, ". com") || strings.Contains(f, ".  com"))
	}
	if h.com {
		// strings.Contains, not a loop over the commas with a test after
		// each: it tests the byte after a comma inline, and prose has
		// a comma every few words.
		h.replacedCom = strings.Contains(f, ",com") || strings.Contains(f, "*com")
	}
	// "://" after something other than a plain scheme: "hxxp://", "h**p://".
	for i := strings.Index(text, "://"); i >= 0; {
		start := i
		for start > 0 && i-start < 8 && text[start-1] != '\n' && text[start-1] != '/' && text[start-1] != '"' && text[start-1] != '(' && text[start-1] != '<' && !(text[start-1] == ' ' && (i-start >= 4 || start < 2 || text[start-2] == ' ')) {
			start--
		}
		switch strings.ToLower(text[start:i]) {
		case "http", "https", "ftp", "ws", "wss", "":
		default:
			h.oddScheme = true
		}
		next := strings.Index(text[i+3:], "://")
		if next < 0 {
			break
		}
		i += 3 + next
	}
	return h
}

// dotHints reports whether some dot of s has white space before it
// (spaced), a closing bracket after it (bracket) and, when com is asked
// for, " com" or "  com" after it.
func dotHints(s string, com bool) (spaced, bracket, spaceCom bool) {
	for i := strings.IndexByte(s, '.'); i >= 0; {
		if i > 0 && (s[i-1] == ' ' || s[i-1] == '\t' || s[i-1] == '\n') {
			spaced = true
		}
		if i+1 < len(s) && (s[i+1] == ']' || s[i+1] == ')' || s[i+1] == '}') {
			bracket = true
		}
		if com && !spaceCom {
			spaceCom = strings.HasPrefix(s[i+1:], " com") || strings.HasPrefix(s[i+1:], "  com")
		}
		next := strings.IndexByte(s[i+1:], '.')
		if next < 0 {
			break
		}
		i += 1 + next
	}
	return spaced, bracket, spaceCom
}

// matchOutsideLinks returns the first match of re in v.Text, as find
// finds it, that overlaps none of v.Links, or "". It searches on from the
// end of each link a match falls in, so no part of the text is searched
// twice, and it stops at the first match outside the links that keep, if
// set, keeps; after one it does not keep, it searches on from where keep
// says, inside the match.
func matchOutsideLinks(re *regexp.Regexp, find func(*regexp.Regexp, string) []int, keep func(string, int, int) (bool, int), v *View) string {
	text := v.Text
	k, pos := 0, 0
	for pos <= len(text) {
		m := find(re, text[pos:])
		if m == nil {
			return ""
		}
		start, end := pos+m[0], pos+m[1]
		if overlapsLink(v.Links, &k, start, end) {
			// Inside a link the link finder found: go on after it.
			pos = max(v.Links[k].End, start+1)
			continue
		}
		if keep != nil {
			if ok, next := keep(text, start, end); !ok {
				pos = start + max(1, next)
				continue
			}
		}
		return text[start:end]
	}
	return ""
}

// Finding a disguised link without running its regexp over the text.
//
// Each finder below returns what its regexp's FindStringIndex would. It
// looks for the keys of its pattern, the places every match passes
// through (a "dot", a dot between brackets, a "//"), and tests by hand,
// in a few bytes, whether a match could go through each. Only then does
// it run the regexp, on a window from the earliest start such a match
// could have to where it would end (windowMatch). That gives the regexp's
// answer because:
//   - the window's edges ask nothing different of it: the bytes outside
//     are no word bytes, so \b reads the same there (widenWindow), and
//     no window but one at 0 starts where ^ could begin a match;
//   - a window holds every way a match from its starts could go, so the
//     regexp, which prefers one way over another in the same order in
//     the window as in the text, chooses the same one;
//   - the starts allowed by successive keys come in order and do not
//     overlap, and a key whose test fails allows no match: the first
//     window whose match starts where its key allows has the leftmost
//     match.
//
// A test that lets too much through costs time, never a result; one that
// stops a match would lose it. TestObfuscatedFindersMatchRegexps and
// FuzzObfuscatedFinders hold every finder to its regexp.

// windowMatch runs re on s[a:e], widened by widenWindow, and returns the
// indices of its leftmost match in s, as FindStringSubmatchIndex gives
// them, when that match starts at hi or before; otherwise nil.
func windowMatch(re *regexp.Regexp, s string, a, e, hi int) []int {
	a, e = widenWindow(s, a, e)
	m := re.FindStringSubmatchIndex(s[a:e])
	if m == nil || a+m[0] > hi {
		return nil
	}
	for i := range m {
		if m[i] >= 0 {
			m[i] += a
		}
	}
	return m
}

// widenWindow widens s[a:e] until the bytes just outside it are no word
// bytes, so that \b holds at its edges in it as in s, and, unless a is
// 0, until it does not start with "watch?v=" or "/watch?v=", the only
// text a match could begin with from ^.
func widenWindow(s string, a, e int) (int, int) {
	for {
		for a > 0 && isWordByte(s[a-1]) {
			a--
		}
		if a == 0 || !strings.HasPrefix(s[a:], "watch?v=") && !strings.HasPrefix(s[a:], "/watch?v=") {
			break
		}
		_, size := utf8.DecodeLastRuneInString(s[:a])
		a -= size
	}
	for e < len(s) && isWordByte(s[e]) {
		e++
	}
	return a, e
}

// isWordByte reports whether c is a byte of \w: Go's regexps read word
// characters as ASCII ones.
func isWordByte(c byte) bool { return wordBytes[c] }

var wordBytes = func() (t [256]bool) {
	for c := range t {
		t[c] = c == '_' || isASCIIAlnum(byte(c))
	}
	return t
}()

// reBoundary reports whether \b holds at s[i].
func reBoundary(s string, i int) bool {
	return (i > 0 && isWordByte(s[i-1])) != (i < len(s) && isWordByte(s[i]))
}

// isRESpace reports whether c is a byte of \s.
func isRESpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' }

// skipRESpace returns where the run of \s from s[i] on ends.
func skipRESpace(s string, i int) int {
	for i < len(s) && isRESpace(s[i]) {
		i++
	}
	return i
}

// skipRESpaceBack returns where the run of \s that ends at s[i] starts.
func skipRESpaceBack(s string, i int) int {
	for i > 0 && isRESpace(s[i-1]) {
		i--
	}
	return i
}

// The letters beyond ASCII that (?i) matches to ASCII ones: the long s
// (ſ) folds to s and the Kelvin sign (K) to k.
const (
	longS  = "\u017f"
	kelvin = "\u212a"
)

// foldAlnumBefore returns the size of the character that ends at s[i]
// when (?i)[a-z0-9] matches it, or else 0.
func foldAlnumBefore(s string, i int) int {
	switch {
	case i <= 0:
		return 0
	case isASCIIAlnum(s[i-1]):
		return 1
	case strings.HasSuffix(s[:i], longS):
		return len(longS)
	case strings.HasSuffix(s[:i], kelvin):
		return len(kelvin)
	}
	return 0
}

// foldLitAt returns where lit, lower-case ASCII, ends when it is at s[i]
// as (?i) matches it, or -1.
func foldLitAt(s string, i int, lit string) int {
	if i+len(lit) <= len(s) {
		// Most often s is ASCII there: a byte that is not lit's, nor
		// its capital, ends the match, as ſ and K are no ASCII.
		k := 0
		for k < len(lit) && (s[i+k] == lit[k] || s[i+k]|0x20 == lit[k] && 'a' <= lit[k] && lit[k] <= 'z') {
			k++
		}
		if k == len(lit) {
			return i + k
		}
		if s[i+k] < utf8.RuneSelf {
			return -1
		}
	}
	for k := 0; k < len(lit); k++ {
		c := lit[k]
		if i < len(s) && (s[i] == c || 'a' <= c && c <= 'z' && s[i]|0x20 == c) {
			i++
			continue
		}
		switch {
		case c == 's' && strings.HasPrefix(s[i:], longS):
			i += len(longS)
		case c == 'k' && strings.HasPrefix(s[i:], kelvin):
			i += len(kelvin)
		default:
			return -1
		}
	}
	return i
}

// foldLitBefore returns where lit starts when it ends at s[i] as (?i)
// matches it, or -1.
func foldLitBefore(s string, i int, lit string) int {
	for k := len(lit) - 1; k >= 0; k-- {
		c := lit[k]
		switch {
		case i > 0 && (s[i-1] == c || 'a' <= c && c <= 'z' && s[i-1] == c-'a'+'A'):
			i--
		case c == 's' && strings.HasSuffix(s[:i], longS):
			i -= len(longS)
		case c == 'k' && strings.HasSuffix(s[:i], kelvin):
			i -= len(kelvin)
		default:
			return -1
		}
	}
	return i
}

// domainStart returns the earliest start of a match of
// (?i)\b[a-z0-9][a-z0-9-]* of n characters or more that ends at s[g], or
// -1. It reads the run of such characters that ends there once.
func domainStart(s string, g, n int) int {
	start, count := -1, 0
	for i := g; i > 0; {
		size := foldAlnumBefore(s, i)
		if size == 0 && s[i-1] != '-' {
			break
		}
		if size == 0 {
			i--
			count++
			continue
		}
		i -= size
		count++
		if count >= n && reBoundary(s, i) {
			start = i
		}
	}
	return start
}

// The top-level domains of the patterns, one by one.
var (
	spacedTLDList     = strings.Split(spacedTLDs, "|")
	obfuscatedTLDList = strings.Split(obfuscatedTLDs, "|")
)

// tldAt returns where the longest of tlds that is at s[i], followed by
// \b, ends, or -1.
func tldAt(s string, i int, tlds []string) int {
	end := -1
	for _, t := range tlds {
		if i < len(s) && s[i] < utf8.RuneSelf && s[i]|0x20 != t[0] {
			continue // not its first letter, nor one (?i) folds to it
		}
		if e := foldLitAt(s, i, t); e > end && reBoundary(s, e) {
			end = e
		}
	}
	return end
}

func isOpenBracket(c byte) bool  { return c == '(' || c == '[' || c == '{' }
func isCloseBracket(c byte) bool { return c == ')' || c == ']' || c == '}' }

// findDotSpelled finds "example dot com": its key is the word "dot".
func findDotSpelled(re *regexp.Regexp, s string) []int {
	ds := newLetterScan(s, 'd')
	for d := ds.next(); d >= 0; d = ds.next() {
		if foldLitAt(s, d, "dot") != d+3 || !reBoundary(s, d) || !reBoundary(s, d+3) {
			continue
		}
		j := skipRESpace(s, d+3)
		closeHyphen := false
		if j < len(s) && (isCloseBracket(s[j]) || s[j] == '-') {
			closeHyphen = s[j] == '-'
			j++
		}
		end := tldAt(s, skipRESpace(s, j), spacedTLDList)
		if end < 0 {
			continue
		}
		g := skipRESpaceBack(s, d)
		if closeHyphen && (g == 0 || s[g-1] != '-') {
			continue // "dot-com", the word: a closing hyphen needs an opening one
		}
		if g > 0 && (isOpenBracket(s[g-1]) || s[g-1] == '-') {
			g--
		}
		g = skipRESpaceBack(s, g)
		if p := domainStart(s, g, 1); p >= 0 {
			if m := windowMatch(re, s, p, end, g-1); m != nil {
				return m
			}
		}
	}
	return nil
}

// findDotBracketed finds "bestdeals(dot)shop": its key is the word "dot"
// with an opening bracket before it and a closing one after it, each past
// white space, and a word of 2 to 63 ASCII letters after those.
func findDotBracketed(re *regexp.Regexp, s string) []int {
	ds := newLetterScan(s, 'd')
	for d := ds.next(); d >= 0; d = ds.next() {
		if foldLitAt(s, d, "dot") != d+3 || !reBoundary(s, d) || !reBoundary(s, d+3) {
			continue
		}
		j := skipRESpace(s, d+3)
		if j >= len(s) || !isCloseBracket(s[j]) {
			continue
		}
		end := asciiLettersAt(s, skipRESpace(s, j+1), 2, 63)
		g := skipRESpaceBack(s, d)
		if end < 0 || g == 0 || !isOpenBracket(s[g-1]) {
			continue
		}
		g = skipRESpaceBack(s, g-1)
		if p := domainStart(s, g, 1); p >= 0 {
			if m := windowMatch(re, s, p, end, g-1); m != nil {
				return m
			}
		}
	}
	return nil
}

// asciiLettersAt returns where a run of min to max ASCII letters at s[i],
// followed by \b, ends, or -1.
func asciiLettersAt(s string, i, min, max int) int {
	e := i
	for e < len(s) && e-i <= max && 'a' <= s[e]|0x20 && s[e]|0x20 <= 'z' {
		e++
	}
	if e-i < min || e-i > max || !reBoundary(s, e) {
		return -1
	}
	return e
}

// bracketDotTLD keeps a match of "name(dot)word" or "name[.]word" whose word is a
// top-level domain of the ICANN section of the public suffix list (shop,
// pro, fm; not product or vector); after another it searches on from the
// word, which may begin a name.
//
// A name that is a word of prose (proseName) is none. A dot in brackets
// with blanks on both sides ("foldr (.) id") is
// Haskell's composition operator, and a word after it is code: there the
// word must be one of obfuscatedTLDs ("mysite (.) com").
func bracketDotTLD(text string, start, end int) (bool, int) {
	m := text[start:end]
	tld := len(m)
	for tld > 0 && 'a' <= m[tld-1]|0x20 && m[tld-1]|0x20 <= 'z' {
		tld--
	}
	if !isICANNTLD(m[tld:]) {
		return false, tld
	}
	name := 0
	for name < len(m) && (isASCIIAlnum(m[name]) || m[name] == '-') {
		name++
	}
	if proseName(text, start, start+name) {
		return false, tld // "with (.) in Haskell"
	}
	if ob := strings.IndexAny(m, "([{"); ob > 0 && ob+3 < len(m) && m[ob+1] == '.' && isRESpace(m[ob-1]) && isRESpace(m[ob+3]) {
		var buf [63]byte
		if lower, _, _ := deleet(m[tld:], buf[:]); !tldListed(lower) {
			return false, tld
		}
	}
	return true, 0
}

// isICANNTLD reports whether label is a top-level domain of the ICANN
// section of the public suffix list, in any case.
func isICANNTLD(label string) bool {
	if label == "" || len(label) > 63 {
		return false
	}
	var buf [63]byte
	lower := buf[:len(label)]
	for i := 0; i < len(label); i++ {
		lower[i] = label[i] | 0x20
	}
	suffix, icann := publicsuffix.PublicSuffix(string(lower))
	return icann && suffix == string(lower)
}

// letterScan finds, in order, each byte of s that is a lower-case ASCII
// letter or its capital: it searches for each with strings.IndexByte,
// which reads ordinary text many bytes at a time.
type letterScan struct {
	s            string
	lower, upper byte
	nl, nu       int // the next of each at or after the last found, or -1
}

func newLetterScan(s string, lower byte) letterScan {
	return letterScan{s: s, lower: lower, upper: lower - 'a' + 'A',
		nl: strings.IndexByte(s, lower), nu: strings.IndexByte(s, lower-'a'+'A')}
}

// next returns the index of the next such byte, or -1.
func (l *letterScan) next() int {
	i := l.nl
	if i < 0 || l.nu >= 0 && l.nu < i {
		i = l.nu
		if i >= 0 {
			l.nu = indexByteFrom(l.s, i+1, l.upper)
		}
		return i
	}
	l.nl = indexByteFrom(l.s, i+1, l.lower)
	return i
}

// hasLeetDigit reports whether text has a digit that spelledDomain reads
// as a letter of a top-level domain (0, 1, 3, 4, 5, 7: "c0m", "inf0").
// Without one, and with no "dot", no dot with a blank before it or a
// bracket after it, and no dot-like sign (the hints and facts that call
// it), no dot of a text can be one spelledDomain reads: a comment of
// plain prose and links, most of them, skips its walk over every dot.
func hasLeetDigit(text string) bool {
	for _, c := range [...]byte{'0', '1', '3', '4', '5', '7'} {
		if strings.IndexByte(text, c) >= 0 {
			return true
		}
	}
	return false
}

// indexByteFrom returns the index of the first c in s from s[i] on, or -1.
func indexByteFrom(s string, i int, c byte) int {
	if k := strings.IndexByte(s[i:], c); k >= 0 {
		return i + k
	}
	return -1
}

// eachByte calls f with the index of each byte of s that is in set, in
// order, until f returns a match.
func eachByte(s, set string, f func(i int) []int) []int {
	for off := 0; off < len(s); {
		k := strings.IndexAny(s[off:], set)
		if k < 0 {
			return nil
		}
		i := off + k
		off = i + 1
		if m := f(i); m != nil {
			return m
		}
	}
	return nil
}

// findBracketDot finds "site[.]com" and "spinwin[.]bet": its key is a
// dot between brackets.
func findBracketDot(re *regexp.Regexp, s string) []int {
	return eachByte(s, ".", func(i int) []int {
		if i == 0 || i+1 >= len(s) || !isOpenBracket(s[i-1]) || !isCloseBracket(s[i+1]) {
			return nil
		}
		end := asciiLettersAt(s, skipRESpace(s, i+2), 2, 63)
		if end < 0 {
			return nil
		}
		g := skipRESpaceBack(s, i-1)
		if p := domainStart(s, g, 1); p >= 0 {
			return windowMatch(re, s, p, end, g-1)
		}
		return nil
	})
}

// findSpacedDot finds "kidsmediausa . com": its key is a dot after a
// space.
func findSpacedDot(re *regexp.Regexp, s string) []int {
	return eachByte(s, ".", func(i int) []int {
		if i == 0 || !isRESpace(s[i-1]) {
			return nil
		}
		end := tldAt(s, skipRESpace(s, i+1), spacedTLDList)
		if end < 0 {
			return nil
		}
		g := skipRESpaceBack(s, i)
		if p := domainStart(s, g, 1); p >= 0 {
			return windowMatch(re, s, p, end, g-1)
		}
		return nil
	})
}

// spacedDotName keeps a match of "kidsmediausa . com" whose top-level
// domain reads as one (domainCase): not "$5,000 . Net" or "Jane Doe . Org
// design lead", where the dot is a full stop or a separator. When it does
// not keep m, next is where its domain starts, the earliest a match of
// another name may start (a name holds no spaces).
func spacedDotName(text string, start, end int) (bool, int) {
	m := text[start:end]
	name := strings.IndexFunc(m, func(r rune) bool { return r == '.' || isRESpace(byte(r)) })
	tld := len(m)
	for tld > 0 && isASCIIAlnum(m[tld-1]) {
		tld--
	}
	if name > 0 && (proseName(text, start, start+name) || !domainCase(m[:name], m[tld:])) {
		return false, tld
	}
	return true, 0
}

// findSpaceCom finds "pimpmyviews. com": its key is a dot before a
// space.
func findSpaceCom(re *regexp.Regexp, s string) []int {
	return eachByte(s, ".", func(i int) []int {
		if i+1 >= len(s) || !isRESpace(s[i+1]) {
			return nil
		}
		end := foldLitAt(s, skipRESpace(s, i+1), "com")
		if end < 0 || !reBoundary(s, end) || foldAlnumBefore(s, i) == 0 {
			return nil
		}
		if p := domainStart(s, i, 3); p >= 0 {
			return windowMatch(re, s, p, end, i-1)
		}
		return nil
	})
}

// findReplacedCom finds "Authenticviews*com": its key is the star or
// comma.
func findReplacedCom(re *regexp.Regexp, s string) []int {
	return eachByte(s, "*,", func(i int) []int {
		end := foldLitAt(s, i+1, "com")
		if end < 0 || !reBoundary(s, end) || foldAlnumBefore(s, i) == 0 {
			return nil
		}
		if p := domainStart(s, i, 3); p >= 0 {
			return windowMatch(re, s, p, end, i-1)
		}
		return nil
	})
}

// findSpelledDomain finds "e x a m p l e . c o m": its key is the
// spelled-out "c o m", "n e t" or "o r g".
func findSpelledDomain(re *regexp.Regexp, s string) []int {
	for i := 0; i < len(s); i++ {
		var second, third byte
		switch s[i] | 0x20 {
		case 'c':
			second, third = 'o', 'm'
		case 'n':
			second, third = 'e', 't'
		case 'o':
			second, third = 'r', 'g'
		default:
			continue
		}
		j := skipRESpace(s, i+1)
		if j == i+1 || j >= len(s) || s[j]|0x20 != second {
			continue
		}
		k := skipRESpace(s, j+1)
		if k == j+1 || k >= len(s) || s[k]|0x20 != third || !reBoundary(s, k+1) {
			continue
		}
		// Before it: \s*(?:\.|\bdot\b)\s*, then one character, X.
		q := skipRESpaceBack(s, i)
		switch {
		case q > 0 && s[q-1] == '.':
			q--
		case q >= 3 && foldLitBefore(s, q, "dot") == q-3 && reBoundary(s, q) && reBoundary(s, q-3):
			q -= 3
		default:
			continue
		}
		x := skipRESpaceBack(s, q)
		size := foldAlnumBefore(s, x)
		if size == 0 {
			continue
		}
		// Before X, two or more of (?:[a-z0-9]\s+); a match starts at
		// the first of them, at a \b.
		start, pos, reps := -1, x-size, 0
		for {
			w := skipRESpaceBack(s, pos)
			size := foldAlnumBefore(s, w)
			if w == pos || size == 0 {
				break
			}
			pos = w - size
			reps++
			if reps >= 2 && reBoundary(s, pos) {
				start = pos
			}
		}
		if start >= 0 {
			if m := windowMatch(re, s, start, k+1, x-1); m != nil {
				return m
			}
		}
	}
	return nil
}

// findSpacedWWW finds "w w w": its key is a "w" at a \b.
func findSpacedWWW(re *regexp.Regexp, s string) []int {
	ws := newLetterScan(s, 'w')
	for i := ws.next(); i >= 0; i = ws.next() {
		if !reBoundary(s, i) {
			continue
		}
		j := skipRESpace(s, i+1)
		if j == i+1 || j >= len(s) || s[j]|0x20 != 'w' {
			continue
		}
		k := skipRESpace(s, j+1)
		if k == j+1 || k >= len(s) || s[k]|0x20 != 'w' || !reBoundary(s, k+1) {
			continue
		}
		if m := windowMatch(re, s, i, k+1, i); m != nil {
			return m
		}
	}
	return nil
}

// findOddScheme finds "hxxp://": its key is the "//".
func findOddScheme(re *regexp.Regexp, s string) []int {
	for off := 0; off < len(s); {
		k := strings.Index(s[off:], "//")
		if k < 0 {
			return nil
		}
		i := off + k
		off = i + 1
		q := skipRESpaceBack(s, i)
		if q == 0 || s[q-1] != ':' {
			continue
		}
		if lo, hi := schemeStarts(s, skipRESpaceBack(s, q-1)); lo >= 0 {
			if m := windowMatch(re, s, lo, i+2, hi); m != nil {
				return m
			}
		}
	}
	return nil
}

// schemeStarts returns the first and last start, at a \b, of the
// disguised schemes that end at s[g] (hxxps?, h**ps?, ht\s+tps?,
// htt\s+ps?), or -1, -1.
func schemeStarts(s string, g int) (lo, hi int) {
	lo, hi = -1, -1
	add := func(st int) {
		if st >= 0 && reBoundary(s, st) {
			if lo < 0 || st < lo {
				lo = st
			}
			hi = max(hi, st)
		}
	}
	for _, withS := range [2]bool{false, true} {
		e := g
		if withS {
			if e = foldLitBefore(s, e, "s"); e < 0 {
				continue
			}
		}
		if e = foldLitBefore(s, e, "p"); e < 0 {
			continue
		}
		add(foldLitBefore(s, e, "hxx"))
		if e >= 2 && s[e-2:e] == "**" {
			add(foldLitBefore(s, e-2, "h"))
		}
		if t := foldLitBefore(s, e, "t"); t >= 0 {
			if w := skipRESpaceBack(s, t); w < t {
				add(foldLitBefore(s, w, "ht"))
			}
		}
		if w := skipRESpaceBack(s, e); w < e {
			add(foldLitBefore(s, w, "htt"))
		}
	}
	return lo, hi
}

// idRunesAt returns where n characters of [\w-] from s[i] on end, or -1;
// with fold, as (?i) reads the class.
func idRunesAt(s string, i, n int, fold bool) int {
	for ; n > 0; n-- {
		switch {
		case i < len(s) && (isWordByte(s[i]) || s[i] == '-'):
			i++
		case fold && strings.HasPrefix(s[i:], longS):
			i += len(longS)
		case fold && strings.HasPrefix(s[i:], kelvin):
			i += len(kelvin)
		default:
			return -1
		}
	}
	return i
}

// findHostlessYouTube finds "watch?v=…", "youtu be/…" and "youtube .
// com": its keys are "watch?v=" and "youtu".
func findHostlessYouTube(re *regexp.Regexp, s string) []int {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case 'w':
			// (?:^|[^\w.])/?watch\?v=[\w-]{6}, case-sensitive.
			if !strings.HasPrefix(s[i:], "watch?v=") || idRunesAt(s, i+len("watch?v="), 6, false) < 0 {
				continue
			}
			lo := 0
			if i > 0 {
				r, size := utf8.DecodeLastRuneInString(s[:i])
				if !notWordOrDot(r) {
					continue
				}
				lo = i - size
				if r == '/' && lo > 0 {
					if r2, size2 := utf8.DecodeLastRuneInString(s[:lo]); notWordOrDot(r2) {
						lo -= size2
					}
				}
			}
			if m := windowMatch(re, s, lo, i+len("watch?v=")+6, max(lo, i-1)); m != nil {
				return m
			}
		case 'y', 'Y':
			if foldLitAt(s, i, "youtu") < 0 || !reBoundary(s, i) {
				continue
			}
			end := -1
			// (?i)\byoutu\s+be/[\w-]{6}
			if j := skipRESpace(s, i+5); j > i+5 {
				if k := foldLitAt(s, j, "be/"); k >= 0 {
					end = idRunesAt(s, k, 6, true)
				}
			}
			// (?i)\byoutube\s*\.\s+com\b
			if k := foldLitAt(s, i+5, "be"); k >= 0 {
				if j := skipRESpace(s, k); j < len(s) && s[j] == '.' {
					if l := skipRESpace(s, j+1); l > j+1 {
						if t := foldLitAt(s, l, "com"); t >= 0 && reBoundary(s, t) {
							end = max(end, t)
						}
					}
				}
			}
			if end >= 0 {
				if m := windowMatch(re, s, i, end, i); m != nil {
					return m
				}
			}
		}
	}
	return nil
}

// notWordOrDot reports whether [^\w.] matches r.
func notWordOrDot(r rune) bool {
	return r != '.' && (r >= utf8.RuneSelf || !isWordByte(byte(r)))
}
