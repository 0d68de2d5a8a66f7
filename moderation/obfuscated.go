package moderation

import (
	"context"
	"regexp"
	"strings"
)

// ObfuscatedLinkCheck flags links written so that a link finder misses
// them (CodeObfuscatedLink): "example dot com", "example (dot) com",
// "site[.]com", "kidsmediausa . com", "w w w . site . com", "hxxp://",
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
// only add false matches on ordinary words ("the end dot"), since the
// domain before it is free text.
const obfuscatedTLDs = `com|net|org|info|biz|co|io|me|tv|us|uk|ru|de|fr|pl|br|in|ly|xyz|online|site|top|club`

// spacedTLDs are those recognised after "dot" or after a dot with spaces
// around it, where the dot may be a full stop: not the ones that are also short English
// words ("so . me too", "it . in the end").
const spacedTLDs = `com|net|org|info|biz|ru|xyz`

var obfuscatedREs = []struct {
	re   *regexp.Regexp
	what string
}{
	// "example dot com", "example (dot) com", "example [dot] com".
	{regexp.MustCompile(`(?i)\b[a-z0-9][a-z0-9-]{1,62}\s*[\(\[\{]?\s*\bdot\b\s*[\)\]\}]?\s*(?:` + spacedTLDs + `)\b`), "a domain with “dot” spelled out"},
	// "site[.]com", "site(.)com", "site{.}com".
	{regexp.MustCompile(`(?i)\b[a-z0-9][a-z0-9-]{1,62}\s*[\(\[\{]\.[\)\]\}]\s*(?:` + obfuscatedTLDs + `)\b`), "a domain with its dot in brackets"},
	// "kidsmediausa . com", "weebly .com": a space before the dot.
	{regexp.MustCompile(`(?i)\b[a-z0-9][a-z0-9-]{1,62}\s+\.\s*(?:` + spacedTLDs + `)\b`), "a domain with spaces around its dot"},
	// "pimpmyviews. com": a space after the dot, before "com" only (after
	// a sentence's full stop, "Net" or "Co" can start the next one).
	{regexp.MustCompile(`(?i)\b[a-z0-9][a-z0-9-]{2,62}\.\s+com\b`), "a domain with a space after its dot"},
	// "Authenticviews*com", "site,com".
	{regexp.MustCompile(`(?i)\b[a-z0-9][a-z0-9-]{2,62}[\*,]com\b`), "a domain with its dot replaced"},
	// "w w w . site", "w w w site".
	{regexp.MustCompile(`(?i)\bw\s+w\s+w\b`), "a spaced-out “www”"},
	// "hxxp://", "hxxps://", "h**p://", "ht tp://".
	{regexp.MustCompile(`(?i)\b(?:hxxps?|h\*\*ps?|ht\s+tps?|htt\s+ps?)\s*:\s*//`), "a disguised “http://”"},
	// A YouTube link without its host: "watch?v=…", "youtu be/…".
	{regexp.MustCompile(`(?i)(?:^|[^\w.])/?watch\?v=[\w-]{6,}|\byoutu\s+be/[\w-]{6,}|\byoutube\s*\.\s+com\b`), "a YouTube link with its host cut off"},
}

// Check implements Checker.
func (c *ObfuscatedLinkCheck) Check(_ context.Context, v *View) []Flag {
	for _, o := range obfuscatedREs {
		if m := matchOutsideLinks(o.re, v); m != "" {
			return []Flag{{Code: CodeObfuscatedLink, Score: c.Score,
				Detail: "a disguised link: " + o.what + " (“" + strings.TrimSpace(m) + "”)"}}
		}
	}
	return nil
}

// matchOutsideLinks returns the first match of re in v.Text that overlaps
// none of v.Links, or "". Links and matches are both in order, so one pass
// over each is enough.
func matchOutsideLinks(re *regexp.Regexp, v *View) string {
	k := 0
	for _, m := range re.FindAllStringIndex(v.Text, -1) {
		for k < len(v.Links) && v.Links[k].End <= m[0] {
			k++
		}
		if k < len(v.Links) && v.Links[k].Start < m[1] {
			continue // inside a link the link finder found
		}
		return v.Text[m[0]:m[1]]
	}
	return ""
}
