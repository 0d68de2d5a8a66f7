package moderation

import (
	"context"
	"regexp"
	"strings"
)

// ObfuscatedLinkCheck flags links written so that a link finder misses
// them (CodeObfuscatedLink): "example dot com", "example (dot) com",
// "site[.]com", "kidsmediausa . com", "e x a m p l e . c o m",
// "w w w . site . com", "hxxp://",
// "Authenticviews*com", and YouTube links with their host cut off
// ("watch?v=…"). Disguising a link is done to get past a filter, so it
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
const obfuscatedTLDs = `com|net|org|info|biz|co|io|me|tv|us|uk|ru|de|fr|pl|br|in|ly|xyz|online|site|top|club`

// spacedTLDs are those recognised after "dot" or after a dot with spaces
// around it, where the dot may be a full stop: not the ones that are also
// short English words ("so . me too", "it . in the end").
const spacedTLDs = `com|net|org|info|biz|ru|xyz`

// obfuscatedPatterns are the disguises, each with a cheap test that must
// pass before its regexp runs: ordinary text skips every regexp. The
// regexps are compiled once; RE2 runs in time linear in the text.
var obfuscatedPatterns = []struct {
	may  func(v *View, w wordHints) bool
	re   *regexp.Regexp
	what string
}{
	// "example dot com", "example (dot) com", "example [dot] com".
	{func(_ *View, w wordHints) bool { return w.dot },
		regexp.MustCompile(`(?i)\b[a-z0-9][a-z0-9-]*\s*[\(\[\{]?\s*\bdot\b\s*[\)\]\}]?\s*(?:` + spacedTLDs + `)\b`),
		"a domain with “dot” spelled out"},
	// "site[.]com", "site(.)com", "site{.}com".
	{func(_ *View, w wordHints) bool { return w.bracketDot },
		regexp.MustCompile(`(?i)\b[a-z0-9][a-z0-9-]*\s*[\(\[\{]\.[\)\]\}]\s*(?:` + obfuscatedTLDs + `)\b`),
		"a domain with its dot in brackets"},
	// "kidsmediausa . com", "weebly .com": a space before the dot.
	{func(_ *View, w wordHints) bool { return w.spacedDot },
		regexp.MustCompile(`(?i)\b[a-z0-9][a-z0-9-]*\s+\.\s*(?:` + spacedTLDs + `)\b`),
		"a domain with spaces around its dot"},
	// "pimpmyviews. com": a space after the dot, before "com" only (after
	// a sentence's full stop, "Net" or "Co" can start the next one).
	{func(_ *View, w wordHints) bool { return w.spaceCom },
		regexp.MustCompile(`(?i)\b[a-z0-9][a-z0-9-]+[a-z0-9]\.\s+com\b`),
		"a domain with a space after its dot"},
	// "Authenticviews*com", "site,com".
	{func(_ *View, w wordHints) bool { return w.replacedCom },
		regexp.MustCompile(`(?i)\b[a-z0-9][a-z0-9-]+[a-z0-9][\*,]com\b`),
		"a domain with its dot replaced"},
	// "e x a m p l e . c o m": a domain spelled out letter by letter.
	{func(_ *View, w wordHints) bool { return w.spacedTLD },
		regexp.MustCompile(`(?i)\b(?:[a-z0-9]\s+){2,}[a-z0-9]\s*(?:\.|\bdot\b)\s*(?:c\s+o\s+m|n\s+e\s+t|o\s+r\s+g)\b`),
		"a domain spelled out letter by letter"},
	// "w w w . site", "w w w site".
	{func(_ *View, w wordHints) bool { return w.w },
		regexp.MustCompile(`(?i)\bw\s+w\s+w\b`),
		"a spaced-out “www”"},
	// "hxxp://", "hxxps://", "h**p://", "ht tp://".
	{func(_ *View, w wordHints) bool { return w.oddScheme },
		regexp.MustCompile(`(?i)\b(?:hxxps?|h\*\*ps?|ht\s+tps?|htt\s+ps?)\s*:\s*//`),
		"a disguised “http://”"},
	// A YouTube link without its host: "watch?v=…", "youtu be/…".
	{func(v *View, w wordHints) bool { return w.youtube || strings.Contains(v.Text, "?v=") },
		regexp.MustCompile(`(?:^|[^\w.])/?watch\?v=[\w-]{6}|(?i)\byoutu\s+be/[\w-]{6}|(?i)\byoutube\s*\.\s+com\b`),
		"a YouTube link with its host cut off"},
}

// Check implements Checker.
func (c *ObfuscatedLinkCheck) Check(_ context.Context, v *View) []Flag {
	hints := hintsOf(v)
	for _, o := range obfuscatedPatterns {
		if !o.may(v, hints) {
			continue
		}
		if m := matchOutsideLinks(o.re, v); m != "" {
			return []Flag{{Code: CodeObfuscatedLink, Score: c.Score,
				Detail: "a disguised link: " + o.what + " (“" + strings.TrimSpace(m) + "”)"}}
		}
	}
	return nil
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
		h.spaceCom = h.com && followedBy(f, '.', " com", "  com")
	}
	if h.com {
		h.replacedCom = followedBy(f, ',', "com", "com") || followedBy(f, '*', "com", "com")
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

// followedBy reports whether some byte c of s is followed by next or by
// next2.
func followedBy(s string, c byte, next, next2 string) bool {
	for i := strings.IndexByte(s, c); i >= 0; {
		s = s[i+1:]
		if strings.HasPrefix(s, next) || strings.HasPrefix(s, next2) {
			return true
		}
		i = strings.IndexByte(s, c)
	}
	return false
}

// matchOutsideLinks returns the first match of re in v.Text that overlaps
// none of v.Links, or "". It searches on from the end of each link a match
// falls in, so no part of the text is searched twice, and it stops at the
// first match outside the links.
func matchOutsideLinks(re *regexp.Regexp, v *View) string {
	text := v.Text
	k, pos := 0, 0
	for pos <= len(text) {
		m := re.FindStringIndex(text[pos:])
		if m == nil {
			return ""
		}
		start, end := pos+m[0], pos+m[1]
		for k < len(v.Links) && v.Links[k].End <= start {
			k++
		}
		if k < len(v.Links) && v.Links[k].Start < end {
			// Inside a link the link finder found: go on after it.
			pos = max(v.Links[k].End, start+1)
			continue
		}
		return text[start:end]
	}
	return ""
}
