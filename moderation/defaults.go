package moderation

import (
	"context"
	"slices"
)

// The verdict thresholds. A comment whose flags sum to DefaultHoldScore
// waits for a moderator; from DefaultRejectScore it is not published.
//
// The weights below are in these units: a score of 1 is one piece of
// evidence that on its own is enough to hold a comment for a person to
// look at (a self-promotion phrase, a shortened or affiliate link, a phone
// number). Rejecting needs twice that: two independent pieces of such
// evidence, or one with strong support, so that a moderator has nothing
// left to decide. On the YouTube Spam Collection, untrained (go run
// ./examples/evaluate), these defaults flag at most 1.5% of the good
// comments of any of its four files, and every comment they reject is
// spam.
const (
	DefaultHoldScore   = 1.0
	DefaultRejectScore = 2.0
)

// The weights of the built-in checks. Each is the Score of the flag its
// check raises; every check's type has it as a field to change.
const (
	// PromoPhraseScore is the first self-promotion phrase ("check out my",
	// "sub back"): it holds a comment on its own, as the box says comments
	// are not for promoting one's own things.
	PromoPhraseScore = 1.0
	// PromoMorePhraseScore is each further distinct phrase: "check out my
	// channel and subscribe back" is two phrases, and rejected.
	PromoMorePhraseScore = 0.5
	// PromoCueScore is each call to action or money word outside a phrase
	// ("check it out", "subscribers", "make money"): readers use them too,
	// so a cue holds a comment only with a second one, or with a link.
	PromoCueScore = 0.5
	// PromoShortWords is the longest comment, in words, in which a single
	// call to action scores as a phrase: "give it a like", "please
	// share" say nothing else.
	PromoShortWords = 6
	// PromoMaxScore caps the self-promotion flag, so that one long sales
	// pitch cannot outweigh what the other checks say about it.
	PromoMaxScore = 2.5

	// TooManyLinksScore holds a comment with more links than MaxLinks: a
	// reader rarely needs more than two sources (WordPress holds from two
	// links by default, for the same reason).
	TooManyLinksScore = 1.0
	// AuthorLinkScore holds a link to the commenter's own site: the box
	// says comments are not for promoting one's own articles.
	AuthorLinkScore = 1.0
	// ShortenerScore holds a shortened link: no one can see where it leads
	// without following it.
	ShortenerScore = 1.0
	// AffiliateScore holds an affiliate or referral link: it pays whoever
	// posted it.
	AffiliateScore = 1.0
	// PromoLinkScore is a link to a social profile, crowdfunding, an app
	// store and the like: readers share such links as sources too, so it
	// holds only with other evidence (a promotion phrase, a bare link).
	PromoLinkScore = 0.5
	// ExternalLinkScore is a link to another site: most comment spam is
	// there to carry one, but readers cite sources too, so a link holds a
	// comment only with other evidence (a call to action, a promotion
	// host).
	ExternalLinkScore = 0.5
	// BareLinkScore holds a comment that is only a link, with at most
	// BareLinkMaxWords other words: comment spam's oldest shape.
	BareLinkScore = 1.0
	// BareLinkMaxWords is how many words besides its links a comment may
	// have and still count as a bare link ("Help please!! <link>"); a
	// reader sharing a link says what it is in more words ("Katy Perry -
	// Roar (Official): <link>" has four).
	BareLinkMaxWords = 3
	// HomeLinkScore is a link to a site's home page rather than to a page
	// on it: with the external link it holds a comment (the shape of
	// generic praise above a site's address); a trusted author's weighs
	// nothing.
	HomeLinkScore = 0.5
	// SalesDomainScore is a link to a site named as throwaway sales sites
	// are: three or more words joined by hyphens ("discount-carp-gear.co"),
	// two with a pitch's word ("spinking-casino.com"), or a name under a
	// top-level domain that mostly carries them (".shop", ".xyz"). As HomeLinkScore, with the external link it holds, and it
	// never weighs more than lifts the score to a hold: a business whose
	// own site has such a name waits for a moderator, never more.
	SalesDomainScore = 0.5
	// OfferScore is a commercial offer beside a link: a call to act on it
	// with a gain or urgency ("Sign up with my link and we both get $50").
	// It counts only beside a link to another site, and with that link it
	// holds; as HomeLinkScore, it never weighs more than lifts the score to
	// a hold, so it never rejects.
	OfferScore = 0.5
	// HTMLLinkScore is link markup, which no policy keeps: pasted
	// spam carries it, but so does rich text copied from a page or app
	// (YouTube turns a timestamp into an anchor), so an anchor and the
	// link it carries (0.4 + 0.5) still fall short of a hold; one more
	// sign holds them (from an author with no approved comment yet,
	// new_author is that sign).
	HTMLLinkScore = 0.4
	// ContactScore holds a phone number, e-mail address or messenger
	// handle: an invitation to continue somewhere the site cannot see.
	ContactScore = 1.0
	// ObfuscatedLinkScore holds a disguised link ("site dot com"), and
	// weighs more than a plain one: disguising is done to evade filters.
	ObfuscatedLinkScore = 1.25

	// BlockedWordScore rejects a comment with a blocked word whatever else
	// it says: far above any RejectScore a site would set, but finite, so
	// that a Result's Score stays a number JSON can carry.
	BlockedWordScore = 100.0
	// HoldWordScore holds a comment with a word to review, and no more.
	HoldWordScore = DefaultHoldScore

	// MixedScriptScore is a word mixing Latin with look-alike letters, or
	// fancy text: deliberate evasion as a rule, a keyboard slip or a
	// stylish name at times, so it holds only with other evidence.
	MixedScriptScore = 0.75
	// MixedScriptMinLetters is the shortest word that counts as mixed:
	// "Οh" with a Greek capital is a slip, "frее" with a Cyrillic е is not.
	MixedScriptMinLetters = 3

	// ShoutingScore, RepetitionScore and EmojiScore are small: readers
	// shout, stretch words and cheer with emoji. They tip a doubtful
	// comment over a threshold, never hold one alone.
	ShoutingScore   = 0.25
	RepetitionScore = 0.25
	EmojiScore      = 0.25
	// ShoutingMinLetters: shorter comments ("LOL", "OMG WOW") are not
	// shouting. ShoutingRatio: the share of capitals among cased letters.
	ShoutingMinLetters = 20
	ShoutingRatio      = 0.7
	// RepetitionRun is a run of one character ("!!!!!!!!!!"), and
	// RepetitionWordRun one word in a row ("plz plz plz plz"), that count
	// as padding; a phrase of two or three words counts one time fewer
	// ("gardening tools gardening tools gardening tools").
	RepetitionRun     = 10
	RepetitionWordRun = 4
	// EmojiMin is how many emoji make "many".
	EmojiMin = 10
)

// DefaultChecks returns the built-in checks set up from cfg's fields
// (MaxLinks, AllowedDomains, Phrases, BlockedWords, HoldWords), in the
// order their flags are reported. It is the preset a nil Config.Checks
// stands for. To change it, start from it and set Config.Checks:
//   - drop checks with [Without] (by the codes they raise);
//   - reweight one by setting its exported Score fields (every built-in
//     check is a pointer to a struct, new on each call), or wrap it with
//     [Scaled];
//   - extend it by appending checks of your own ([CheckFunc]).
//
// See the example.
func DefaultChecks(cfg Config) []Checker {
	maxLinks := cfg.MaxLinks
	if maxLinks == 0 {
		maxLinks = DefaultMaxLinks
	}
	allowed := cfg.AllowedDomains
	promo := SelfPromotion(cfg.Phrases...)
	promo.links = newLinkChecker(allowed) // for CodeOffer
	checks := []Checker{
		promo,
		MaxLinks(maxLinks, allowed...),
		AuthorLink(allowed...),
		ExternalLinks(allowed...),
		BareLinks(allowed...),
		HomeLinks(allowed...),
		SalesDomains(allowed...),
		PromoLinks(allowed...),
		Shorteners(allowed...),
		Affiliate(allowed...),
		HTMLLinks(),
		Contact(allowed...),
		ObfuscatedLinks(),
	}
	if len(cfg.BlockedWords) > 0 || len(cfg.HoldWords) > 0 {
		checks = append(checks, Words(cfg.BlockedWords, cfg.HoldWords))
	}
	mixed := MixedScript(slices.Concat(cfg.BlockedWords, cfg.HoldWords, cfg.Phrases)...)
	return append(checks, mixed, Shouting(), Repetition(), Emoji())
}

// Scaled returns a check that runs c and multiplies the score of every
// flag it raises by factor: Scaled(Shouting(), 0) keeps the flag for the
// record but gives it no weight, Scaled(PromoLinks(), 2) makes a link to a
// social profile hold a comment on its own.
func Scaled(c Checker, factor float64) Checker {
	return &scaledCheck{c: c, factor: factor}
}

type scaledCheck struct {
	c      Checker
	factor float64
}

func (s *scaledCheck) Check(ctx context.Context, v *View) []Flag {
	flags := s.c.Check(ctx, v)
	if len(flags) == 0 {
		return flags
	}
	// A copy: the wrapped check may return a slice it keeps (a fixed
	// flag in a package variable), which scaling in place would scale
	// again on every call, from many goroutines at once.
	out := make([]Flag, len(flags))
	for i, f := range flags {
		f.Score *= s.factor
		out[i] = f
	}
	return out
}

// Codes returns the codes of the check it wraps.
func (s *scaledCheck) Codes() []string { return checkCodes(s.c) }

func (s *scaledCheck) without(drop map[string]bool) Checker {
	return &scaledCheck{c: dropCodes(s.c, drop), factor: s.factor}
}

// dropCodes returns c as it is without the codes of drop, for a check
// that can raise fewer codes otherwise than by having its flags dropped
// after it has run (one whose flag of a dropped code also carries
// evidence of a kept one), or else c itself. The concrete types, not a
// method: a site's check that embeds *SelfPromotionCheck would have the
// method too, and be replaced by the bare check it embeds.
func dropCodes(c Checker, drop map[string]bool) Checker {
	switch c := c.(type) {
	case *SelfPromotionCheck:
		return c.without(drop)
	case *scaledCheck:
		return c.without(drop)
	case *withoutCheck: // Without of Without
		return &withoutCheck{c: dropCodes(c.c, drop), drop: c.drop, codes: c.codes}
	}
	return c
}

// Without returns checks without the given codes: a check that raises
// only those codes is dropped, and one that raises some of them is kept,
// wrapped so that it raises only its others. So Without(DefaultChecks(cfg),
// CodeEmoji) drops the emoji check, and Without(checks, CodePromoPhrase)
// keeps the self-promotion check's call_to_action and promo_topic flags
// (that check then reads no entry of a dropped code, and their words as
// any others: "check out my channel, please share it" raises
// call_to_action, as "please share it" does).
// A check is known by its Codes() []string method, which every built-in
// check (and [Scaled] around one) has; a check without it is kept whole.
// The checks that remember (CodeDuplicate, CodeFlood, CodeNewAuthor, …)
// are not in the slice: their own Config fields turn them off
// (DuplicateWindow, FloodInterval, DisableNewAuthor, …).
func Without(checks []Checker, codes ...string) []Checker {
	drop := make(map[string]bool, len(codes))
	for _, c := range codes {
		drop[c] = true
	}
	out := make([]Checker, 0, len(checks))
	for _, c := range checks {
		var keep []string
		own := checkCodes(c)
		for _, code := range own {
			if !drop[code] {
				keep = append(keep, code)
			}
		}
		switch {
		case len(own) == 0 || len(keep) == len(own):
			out = append(out, c)
		case len(keep) > 0:
			out = append(out, &withoutCheck{c: dropCodes(c, drop), drop: drop, codes: keep})
		}
	}
	return out
}

// withoutCheck is a check with some of its codes dropped (Without).
type withoutCheck struct {
	c     Checker
	drop  map[string]bool // read only
	codes []string        // the codes it still raises
}

func (w *withoutCheck) Check(ctx context.Context, v *View) []Flag {
	var out []Flag
	for _, f := range w.c.Check(ctx, v) {
		if !w.drop[f.Code] {
			out = append(out, f) // a copy: the wrapped check may keep its slice
		}
	}
	return out
}

// Codes returns the codes the check still raises.
func (w *withoutCheck) Codes() []string { return slices.Clone(w.codes) }

func checkCodes(c Checker) []string {
	if k, ok := c.(interface{ Codes() []string }); ok {
		return k.Codes()
	}
	return nil
}
