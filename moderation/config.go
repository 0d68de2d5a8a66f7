package moderation

import (
	"errors"
	"fmt"
	"math"
	"reflect"
	"slices"
	"strings"
	"time"

	"github.com/commentkit/commentkit/linkify"
	"github.com/microcosm-cc/bluemonday"
	"golang.org/x/net/idna"
	"golang.org/x/net/publicsuffix"
)

// The defaults of Config. They are the comment box this package was built
// for: "0 of 8192 characters used. No HTML is allowed in comments, but URLs
// will be hyperlinked."
const (
	// DefaultMaxBytes bounds the work one comment can cost before anything
	// is parsed: 64 KiB is twice the longest comment DefaultMaxLength
	// allows if every character took the 4 bytes of UTF-8, with room for
	// markup that stripping removes. A character of many code points (a
	// family emoji has 25 bytes) can meet this cap before MaxLength: the
	// commenter is then told the size in bytes, and asked to shorten it.
	DefaultMaxBytes = 64 << 10
	// DefaultMaxLength is the longest comment, in characters.
	DefaultMaxLength = 8192
	// DefaultMinLength is the shortest comment: anything at all.
	DefaultMinLength = 1
	// DefaultMaxCombiningMarks is how many combining marks one character
	// keeps. Real writing stacks at most three or four (Vietnamese tones,
	// Hebrew points with cantillation, Devanagari); "Zalgo" text stacks
	// dozens to spill over the lines around it.
	DefaultMaxCombiningMarks = 4
	// DefaultMaxLinks is how many links a comment may hold before
	// CodeTooManyLinks fires.
	DefaultMaxLinks = 2
)

// Unit is what the length of a comment is counted in.
type Unit int

const (
	// Graphemes counts characters as a person sees them (grapheme
	// clusters): "é", "👍🏽" and "🇫🇷" are one each. The default.
	Graphemes Unit = iota
	// Runes counts Unicode code points, as Go's utf8.RuneCountInString.
	Runes
	// UTF16 counts UTF-16 code units, as JavaScript's String.length and the
	// HTML maxlength attribute do; use it to match a browser-side counter.
	UTF16
	// Bytes counts bytes of UTF-8, to match a database column's size.
	Bytes
)

// String returns "graphemes", "runes", "utf16" or "bytes".
func (u Unit) String() string {
	switch u {
	case Graphemes:
		return "graphemes"
	case Runes:
		return "runes"
	case UTF16:
		return "utf16"
	case Bytes:
		return "bytes"
	}
	return fmt.Sprintf("Unit(%d)", int(u))
}

// Config sets up a Moderator. The zero Config is the documented defaults:
// every field's zero value means its default, never "strictest" or "off".
// Each field says how to turn it off where that makes sense.
//
// New copies what it needs: changing a Config (or the slices in it) after
// New has no effect on the Moderator.
type Config struct {
	// MaxBytes is the largest Body accepted, in bytes; a larger one is
	// ErrTooLarge before any parsing. Default DefaultMaxBytes (64 KiB). It
	// cannot be turned off, only raised: it bounds what one request costs.
	MaxBytes int

	// MaxLength is the longest comment, counted in Unit after HTML is
	// stripped and the text normalised; a longer one is ErrTooLong.
	// Default DefaultMaxLength (8192). Negative: no limit (MaxBytes still
	// holds).
	MaxLength int

	// MinLength is the shortest comment, in Unit. A comment with nothing
	// left is ErrEmpty; one shorter than MinLength is ErrTooShort.
	// Default DefaultMinLength (1). Negative: empty comments are accepted.
	MinLength int

	// Unit is what MaxLength and MinLength count. Default Graphemes.
	Unit Unit

	// Policy is the bluemonday policy that strips HTML from the Body.
	// Default: StripPolicy(), which is bluemonday.StrictPolicy (no HTML
	// kept) plus the structure stripping turns into text: block elements
	// and <br> become line breaks, and the URL of an <a href> is kept in
	// the text. A Policy that keeps that structure (<a href>, <br>, <p>,
	// <div> and <li>; bluemonday.UGCPolicy(), or one built from
	// StripPolicy()) is used as it is; block elements it drops beyond
	// those join the words on either side. Any other policy, such as
	// bluemonday.StrictPolicy() or NewPolicy().AllowElements("b", "i"),
	// is read only for the formatting elements it keeps (below): the
	// structure is read as with the default, so anchors are never lost
	// and words never glue.
	//
	// The formatting elements a Policy of your own keeps (say
	// StripPolicy().AllowElements("b", "i", "em", "strong", "code")) stay
	// in Result.HTML, around the text they were around, and only there:
	// "I <b>love</b> it" has Text "I love it" and HTML "I <b>love</b> it".
	// Result.Text, which is counted and checked, is the plain text it
	// would be if the policy dropped them; a site that shows the
	// formatting stores Result.HTML beside it. (Check records each
	// comment it sees: a second Check of a stored Body is a duplicate of
	// the first.)
	//
	// Only what the checks have read reaches a reader. So the elements
	// kept are the text-level ones that format text (b, strong, i, em, u,
	// s, del, ins, mark, small, sub, sup, code, kbd, samp, var, q, cite,
	// dfn, abbr, time, span, ruby, wbr and the like), with no attribute
	// but lang and datetime: an image, an image map, a form control, bdo,
	// and attributes that show text (title, alt), link or fetch (href,
	// src, cite), restyle or name a part of the page (style, class, id) or
	// turn text around (dir) are dropped even when the policy allows
	// them, their text kept. Links are the ones linkify finds in the Text.
	//
	// Result.HTML is well-formed whatever was typed: an element left
	// open is closed at the end, an end tag with nothing open to close is
	// dropped, misnested elements are closed and reopened, an element with
	// nothing inside is dropped, a tag inside a link moves to its end, and
	// at most 32 elements are open at once (deeper start tags are dropped).
	// A comment whose text composes a character across a tag
	// ("e<b>\u0301</b>") loses its tags. The other tags a policy keeps
	// become line breaks and links, as with StripPolicy, and no other
	// element reaches the HTML: block elements (p, div, blockquote, pre,
	// ul, ol, li, headings, tables) are line breaks, so a quote is no
	// longer set off from the commenter's words and a list loses its
	// bullets and numbers; <a> keeps only its URL, in the text. The content of
	// script, style, iframe, noscript, noembed, noframes, title and
	// textarea is neither text nor HTML even under a policy that keeps
	// them; that of other elements StripPolicy drops whole (svg, math,
	// select, object …) is read as text when a policy keeps them.
	//
	// Stripping cannot be turned off. The Moderator shares the policy: do
	// not change it after New.
	Policy *bluemonday.Policy

	// MaxCombiningMarks is how many combining marks one character keeps;
	// the rest of a longer stack ("Zalgo" text) is cut. Default
	// DefaultMaxCombiningMarks (4). Negative: no limit.
	MaxCombiningMarks int

	// Linkifier finds and renders the links in the text. Default: the zero
	// linkify.Linkifier (http, https and mailto, rel="nofollow ugc"; each
	// link dir="ltr"). New
	// keeps a copy with LineBreaks on (Result.HTML has <br> for each line
	// break) and of its Schemes, so changing it after New changes
	// nothing.
	//
	// It decides what is linked (Result.HTML, Result.Links), not what is
	// checked: the checks read the links the default Linkifier finds
	// (View.Links). A Linkifier that links fewer schemes (no mailto, so
	// that addresses are not harvested; only https) or no bare names
	// leaves those links as text, which readers can still copy, and the
	// checks read them as links; one that links more (tel:, sms:) has
	// them read as the default reads them, as text (a phone number for
	// the contact check).
	Linkifier *linkify.Linkifier

	// MaxLinks is how many links a comment may hold before CodeTooManyLinks
	// fires; links to AllowedDomains do not count. Default DefaultMaxLinks
	// (2). Negative: no limit.
	MaxLinks int

	// AllowedDomains are domains (the site's own, say) whose links never
	// count against a comment. A domain covers its subdomains. An entry
	// may be written as a URL ("https://example.com/"), with "*." or
	// "www." in front, or with international letters ("bücher.de"); one
	// that is not a domain is an error, and so is a public suffix ("com",
	// "co.uk", "github.io"), under which anyone may have a site: it would
	// allow them all. Default none.
	AllowedDomains []string

	// Phrases extends the embedded list of self-promotion phrases
	// (CodePromoPhrase), folded and matched as BlockedWords are, except
	// that a word "#" stands for any number, as in the embedded list ("if
	// i get # subscribers"). A phrase with no other word is an error.
	// Default none beyond the embedded list.
	Phrases []string

	// BlockedWords are words that reject a comment (CodeBlockedWord) and
	// HoldWords words that hold it (CodeHoldWord). Matched as whole words,
	// ignoring case, accents, leetspeak and look-alike letters. An entry is
	// folded as comment text is: punctuation and symbols in it are
	// dropped, so "#spam" matches the word "spam" (a "#" is not the wildcard
	// of Phrases here), and "c++" every "c". An entry with no letter or
	// digit is an error. A possessive or elided form of a word matches its
	// entry too ("acme's", "l'acme" match "acme"). Default none.
	BlockedWords []string
	HoldWords    []string

	// Checks are the checks run on every comment, in order; their flags
	// keep that order. Default (nil): DefaultChecks(cfg). A non-nil empty
	// slice runs none of them; the checks that remember earlier comments
	// (duplicate, flood, repeat_host, the form and the learned model) are
	// set by their own fields below and still run unless those turn them
	// off, so with an empty slice and those off, every comment of the right
	// length is approved.
	// To reweight or drop a built-in check, start from DefaultChecks and
	// edit the slice.
	//
	// DefaultChecks(cfg) reads MaxLinks, AllowedDomains, Phrases,
	// BlockedWords and HoldWords when it is called, and its checks keep
	// what they read. So with Checks set, New uses those fields of its
	// Config only for the checks that remember (AllowedDomains): set them
	// before calling DefaultChecks, as in
	//
	//	cfg := moderation.Config{BlockedWords: words}
	//	cfg.Checks = append(moderation.DefaultChecks(cfg), mine)
	Checks []Checker

	// HoldScore is the score from which a comment is held (Score >=
	// HoldScore). Default DefaultHoldScore, chosen with the weights of
	// DefaultChecks. To never hold, set it equal to RejectScore; to hold
	// every comment for a person, set it below zero. The checks that
	// remember weigh their flags in units of a positive HoldScore (a flood
	// weighs one HoldScore), of DefaultHoldScore otherwise.
	HoldScore float64

	// RejectScore is the score from which a comment is rejected. Default
	// DefaultRejectScore. To never reject, set it to math.Inf(1).
	RejectScore float64

	// The checks that remember earlier comments, and the learned model
	// (store.go, state.go). A zero field is its default; each says how to
	// turn its check off.

	// Store keeps what those checks remember and the learned model.
	// Default nil: a MemStore of its own (NewMemStore with the default
	// MemStoreOptions), enough for a site on one server. For many
	// servers, use package redisstore.
	Store Store

	// DuplicateWindow is how long a text is remembered for CodeDuplicate.
	// Default DefaultDuplicateWindow (24 h). Negative: off.
	DuplicateWindow time.Duration

	// FloodInterval is the shortest time between two comments of one IP
	// or author (CodeFlood). Default DefaultFloodInterval (15 s).
	// Negative: off.
	FloodInterval time.Duration

	// FloodMax is how many comments one IP or author may post within
	// FloodWindow (CodeFlood). Defaults DefaultFloodMax (20) and
	// DefaultFloodWindow (1 h). Negative FloodMax or FloodWindow: off.
	FloodMax    int
	FloodWindow time.Duration

	// RepeatHostAuthors is how many different authors with no approved
	// comments may link one domain with no approved comments within
	// RepeatHostWindow before CodeRepeatHost fires. Defaults
	// DefaultRepeatHostAuthors (3) and DefaultRepeatHostWindow (24 h).
	// Negative RepeatHostAuthors: off. At most MaxDomainPosters+1 (17).
	RepeatHostAuthors int
	RepeatHostWindow  time.Duration

	// TrustAfter is how many approved comments (Learn with Ham) make an
	// author trusted: their promotion and link flags weigh half. Default
	// DefaultTrustAfter (2). Negative: never trusted. CodeNewAuthor fires
	// for authors with none.
	TrustAfter int

	// DisableNewAuthor turns CodeNewAuthor off. By default an author with
	// no approved comments whose comment raises any promotion or link
	// flag, whatever its score, is lifted to a hold, and one with at least
	// as many comments labelled spam as approved is held; a site that reweights
	// those checks to let such comments through (its readers link their
	// social pages, say) sets it, and the flags then weigh what they
	// weigh. Trust (TrustAfter) still halves a regular's.
	DisableNewAuthor bool

	// BayesMinLearned is how many spam and how many ham comments the model
	// must have learned before CodeBayes fires. Default
	// DefaultBayesMinLearned (20). Negative: the model never flags.
	BayesMinLearned int

	// History is how long learned history (authors, approved domains, the
	// model) is kept after its last lesson. Default DefaultHistory (a
	// year). A MemStore keeps the model itself for its lifetime, bounded by
	// MemStoreOptions.MaxTokens.
	History time.Duration

	// FormKey is the site's secret for form tokens (NewFormToken); it
	// turns on CodeTooFast and CodeHoneypot. Default nil: off. An empty,
	// non-nil key is an error of New: anyone could sign with it.
	FormKey []byte

	// MinSubmitTime is the shortest time from rendering a form to
	// submitting it (CodeTooFast). Default DefaultMinSubmitTime (3 s).
	// Negative: no minimum.
	MinSubmitTime time.Duration

	// MaxFormAge is how long a form token stays valid (CodeTooFast), and
	// how long the Store remembers a token that was sent, to flag it if it
	// comes again (CodeHoneypot). Default DefaultMaxFormAge (24 h).
	// Negative: no expiry, and sent tokens are remembered for 24 h.
	MaxFormAge time.Duration

	// HoldOnStateFailure holds every comment checked while the Store
	// fails or after the ctx of Check has ended (CodeStateUnavailable then
	// weighs one unit of HoldScore, see there). Default false: the flag
	// is reported with no weight and the verdict of the checks that need
	// no state stands.
	//
	// A ctx that ends skips the checks that remember (flood, duplicate,
	// the form token, new_author, the learned model). A site that passes
	// Check its request's ctx (r.Context()) lets a commenter skip them by
	// closing the connection once the comment is sent: pass a ctx that
	// the client's hang-up does not end, with a deadline of its own
	// (context.WithoutCancel(r.Context()) under context.WithTimeout, as
	// examples/commentbox does), or set HoldOnStateFailure.
	HoldOnStateFailure bool

	// StateTimeout bounds each Store call of a Check when its ctx allows
	// longer. Default DefaultStateTimeout (500 ms). Negative: only the
	// ctx bounds it. A MemStore, which cannot block, is never timed.
	StateTimeout time.Duration
}

// ErrConfig is returned, wrapped, by New for a Config that cannot work.
var ErrConfig = errors.New("moderation: invalid Config")

// orDefault returns def for a zero v, v otherwise (a negative v turns the
// setting off where its field says so).
func orDefault[T int | time.Duration | float64](v, def T) T {
	if v == 0 {
		return def
	}
	return v
}

// nilStore reports whether st is a nil pointer (or map, slice, func,
// channel) in a non-nil Store: a *MemStore or *redisstore.Store declared
// and never made, whose every call would panic.
func nilStore(st Store) bool {
	if st == nil {
		return false
	}
	switch v := reflect.ValueOf(st); v.Kind() {
	case reflect.Pointer, reflect.Map, reflect.Slice, reflect.Func, reflect.Chan:
		return v.IsNil()
	}
	return false
}

// withDefaults returns cfg with every zero field set to its default, and
// an error if the result cannot work.
func (cfg Config) withDefaults() (Config, error) {
	cfg.MaxBytes = orDefault(cfg.MaxBytes, DefaultMaxBytes)
	cfg.MaxLength = orDefault(cfg.MaxLength, DefaultMaxLength)
	cfg.MinLength = orDefault(cfg.MinLength, DefaultMinLength)
	cfg.MaxCombiningMarks = orDefault(cfg.MaxCombiningMarks, DefaultMaxCombiningMarks)
	cfg.MaxLinks = orDefault(cfg.MaxLinks, DefaultMaxLinks)
	cfg.HoldScore = orDefault(cfg.HoldScore, DefaultHoldScore)
	cfg.RejectScore = orDefault(cfg.RejectScore, DefaultRejectScore)
	switch {
	case nilStore(cfg.Store):
		return cfg, fmt.Errorf("%w: Store is a nil %T; leave Store nil for the in-memory store", ErrConfig, cfg.Store)
	case cfg.MaxBytes < 0:
		return cfg, fmt.Errorf("%w: MaxBytes %d is negative; the size cap cannot be turned off", ErrConfig, cfg.MaxBytes)
	case cfg.Unit < Graphemes || cfg.Unit > Bytes:
		return cfg, fmt.Errorf("%w: unknown %v", ErrConfig, cfg.Unit)
	case cfg.MaxLength > 0 && cfg.MinLength > cfg.MaxLength:
		return cfg, fmt.Errorf("%w: MinLength %d is over MaxLength %d", ErrConfig, cfg.MinLength, cfg.MaxLength)
	case math.IsNaN(cfg.HoldScore) || math.IsNaN(cfg.RejectScore):
		return cfg, fmt.Errorf("%w: HoldScore and RejectScore must be numbers", ErrConfig)
	case cfg.HoldScore > cfg.RejectScore:
		return cfg, fmt.Errorf("%w: HoldScore %g is over RejectScore %g", ErrConfig, cfg.HoldScore, cfg.RejectScore)
	case cfg.FormKey != nil && len(cfg.FormKey) == 0:
		// Most often a key read from an unset variable: with an empty key
		// anyone could sign a form token, so the form checks would pass
		// every bot that knows this package.
		return cfg, fmt.Errorf("%w: FormKey is empty; leave it nil to turn the form checks off", ErrConfig)
	}
	for i, c := range cfg.Checks {
		if c == nil {
			return cfg, fmt.Errorf("%w: Checks[%d] is nil", ErrConfig, i)
		}
	}
	for i, d := range cfg.AllowedDomains {
		host, ok := canonicalHost(d)
		if !ok {
			return cfg, fmt.Errorf("%w: AllowedDomains[%d] %q is not a domain", ErrConfig, i, d)
		}
		if isPublicSuffix(host) || isPublicSuffix("x."+host) {
			shown := host
			if u, err := idna.ToUnicode(host); err == nil {
				shown = u
			}
			return cfg, fmt.Errorf("%w: AllowedDomains[%d] %q is a public suffix: the sites under it are not yours, and it would allow links to all of them; pass your own domain, such as example.%s", ErrConfig, i, d, shown)
		}
	}
	for i, p := range cfg.Phrases {
		// "" or "***" would match nothing, and "#" every number.
		if !slices.ContainsFunc(phraseForms(p)[0], func(w string) bool { return w != anyNumber }) {
			return cfg, fmt.Errorf("%w: Phrases[%d] %q has no word to match", ErrConfig, i, p)
		}
	}
	for _, list := range []struct {
		name    string
		entries []string
	}{{"BlockedWords", cfg.BlockedWords}, {"HoldWords", cfg.HoldWords}} {
		for i, e := range list.entries {
			if len(siteForms(e)[0]) == 0 {
				return cfg, fmt.Errorf("%w: %s[%d] %q has no letter or digit to match", ErrConfig, list.name, i, e)
			}
		}
	}
	return cfg, nil
}

// isPublicSuffix reports whether host, as canonicalHost gives it, is a
// suffix of the Public Suffix List (golang.org/x/net/publicsuffix) under
// which others register their domains: a top-level domain ("com"), a
// country's second level ("co.uk") or a listed hosting platform's
// ("github.io"). A single label the list does not know ("localhost", a
// name on an intranet) is no one else's and passes. New also asks it of
// "x." + the entry: a domain whose every subdomain is a suffix
// ("kawasaki.jp", under the list's "*.kawasaki.jp") holds others' sites
// too.
func isPublicSuffix(host string) bool {
	suffix, icann := publicsuffix.PublicSuffix(host)
	return suffix == host && (icann || strings.IndexByte(host, '.') >= 0)
}
