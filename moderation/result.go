package moderation

import (
	"fmt"

	"github.com/commentkit/commentkit/linkify"
)

// Action is the verdict on a comment.
type Action int

const (
	Approve Action = iota // publish
	Hold                  // wait for a moderator
	Reject                // do not publish
)

// String returns "approve", "hold" or "reject".
func (a Action) String() string {
	switch a {
	case Approve:
		return "approve"
	case Hold:
		return "hold"
	case Reject:
		return "reject"
	}
	return "unknown"
}

// MarshalText makes an Action read as its name in JSON and other text
// encodings ("approve", "hold", "reject").
func (a Action) MarshalText() ([]byte, error) { return []byte(a.String()), nil }

// UnmarshalText reads an Action written by MarshalText, so that a Result
// stored as JSON reads back as it was; any other name is an error, never
// Approve.
func (a *Action) UnmarshalText(text []byte) error {
	for _, b := range []Action{Approve, Hold, Reject} {
		if string(text) == b.String() {
			*a = b
			return nil
		}
	}
	return fmt.Errorf("moderation: %q is not an action (approve, hold or reject)", text)
}

// Flag is one reason a comment looks suspicious. Code is stable and meant
// for programs (switch on the Code constants); Detail is a sentence for
// people, naming the evidence, and may change between versions (a word or
// link it quotes is cut to its first 40 and last 12 characters). Score is
// what the flag adds to Result.Score; in a Result it is always a finite
// number: a check's NaN counts as 0, and ±Inf as ±1e9, which decides the
// verdict whatever the other flags weigh.
type Flag struct {
	Code   string  `json:"code"`
	Score  float64 `json:"score"`
	Detail string  `json:"detail"`
}

// The codes of the built-in checks. They are stable: programs may store
// them and switch on them.
const (
	CodeTooManyLinks   = "too_many_links"  // more than Config.MaxLinks links, not counting Config.AllowedDomains
	CodeAuthorLink     = "author_link"     // a link to the domain of the author's URL or (non-free-mail) e-mail
	CodePromoPhrase    = "promo_phrase"    // self-promotion: "check out my", "subscribe to my", …
	CodeHTMLLink       = "html_link"       // <a href>, [url=…] or [text](url) markup, which no policy keeps
	CodeShortener      = "shortener"       // a link through a URL shortener (bit.ly, tinyurl.com, …)
	CodeAffiliate      = "affiliate"       // an affiliate or referral link
	CodeContact        = "contact"         // a phone number, e-mail address or messenger handle in the text
	CodeObfuscatedLink = "obfuscated_link" // a disguised link: "example dot com", "hxxp://", "site[.]com", …
	CodeBlockedWord    = "blocked_word"    // a word from Config.BlockedWords
	CodeHoldWord       = "hold_word"       // a word from Config.HoldWords
	CodeMixedScript    = "mixed_script"    // a word mixing Latin with look-alike letters, or "fancy text"
	CodeShouting       = "shouting"        // mostly capital letters
	CodeRepetition     = "repetition"      // long runs of one character or of punctuation
	CodeEmoji          = "emoji"           // many emoji
)

// Result is what Check decides about one comment.
//
// HTML holds no element but <a> (with the Linkifier's schemes, by default
// http, https and mailto, rel="nofollow ugc" and dir="ltr"), <br> and the
// formatting elements a Config.Policy of the site's own keeps (see
// Config.Policy), each closed, in the order opened, and never across a
// link. Its text, unescaped and with <br> read as a line break, is exactly
// Text, with one exception, so that what a link shows names the host it
// goes to (see package linkify): a link whose host could pass for another
// (a label mixing scripts, such as a Cyrillic "а" in a Latin name, or
// holding a look-alike of a slash, a dot or a dash; package linkify lists
// the rules) is shown with its host in punycode, as browsers show it. A
// link typed with user info before its host, as in
// https://google.com@evil.example/, is linked from its host on (its href
// has no user info), and what comes before stays text.
//
// When Check returns an error that the commenter can fix (the errors of
// [LengthError]), the Result still carries Text, HTML and Length, so that a
// site can show the count and give back what was typed; its Action is then
// Reject, so that code which forgets the error never publishes the comment.
type Result struct {
	Action Action         `json:"action"`
	Score  float64        `json:"score"`  // the sum of the flag scores
	Flags  []Flag         `json:"flags"`  // every reason that fired, in the order of Config.Checks; empty, not nil, when none did
	Text   string         `json:"text"`   // plain text to store: HTML stripped, entities decoded, normalised
	HTML   string         `json:"html"`   // safe HTML to render: escaped Text, URLs linked, line breaks as <br> (see below)
	Length int            `json:"length"` // characters counted against the limit, in Config.Unit
	Links  []linkify.Link `json:"links"`  // the links in Text, in order; empty, not nil, when there are none
}
