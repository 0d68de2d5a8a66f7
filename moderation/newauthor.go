package moderation

import (
	"fmt"
	"math"
)

// Defaults of CodeNewAuthor and of trust.
const (
	// DefaultTrustAfter is how many approved comments make an author
	// trusted: one may be luck or a slow start, two is a regular.
	DefaultTrustAfter = 2
	// trustedWeight scales the promotion and link flags of a trusted
	// author: a regular's link to their own post is usually welcome.
	trustedWeight = 0.5
)

// promotionCodes are the codes of the checks about promotion and links
// that hold a new author's comment. CodeExternalLink is not among them: a
// new author citing a source (a news site, Wikipedia) is welcome; nor is
// CodePromoTopic (talk about channels and subscribers is not promotion).
var promotionCodes = map[string]bool{
	CodeTooManyLinks:   true,
	CodeAuthorLink:     true,
	CodePromoPhrase:    true,
	CodeCallToAction:   true,
	CodePromoLink:      true,
	CodeBareLink:       true,
	CodeHomeLink:       true,
	CodeOffer:          true,
	CodeSalesDomain:    true,
	CodeHTMLLink:       true,
	CodeShortener:      true,
	CodeAffiliate:      true,
	CodeContact:        true,
	CodeObfuscatedLink: true,
	CodeRepeatHost:     true,
	CodeDuplicate:      true,
}

// trustedCode reports whether a flag weighs less for a trusted author:
// the promotion and link flags, external links included.
func trustedCode(code string) bool { return promotionCodes[code] || code == CodeExternalLink }

// authorFlags weighs flags by the author's history: a new author's
// comment that raised a promotion or link flag gets CodeNewAuthor with the
// weight that holds it (a weight of 0 when the other flags hold it
// already; no flag when the learned model vouches for the comment); an
// author with at least as many comments labelled spam as approved is
// held. Other flags of a new author weigh what they weigh: on a new site
// every author is new. A trusted author's promotion and link flags weigh
// trustedWeight of their score, and CodeHomeLink nothing. With
// Config.DisableNewAuthor only that trust applies.
func (s *stateSettings) authorFlags(st *State, flags []Flag) []Flag {
	a := st.Author
	if st.authorByName {
		a.Ham = 0 // anyone can type the name of an approved author
	}
	if a.Ham >= s.trustAfter && a.Ham > a.Spam {
		for i, f := range flags {
			switch {
			case f.Code == CodeHomeLink && f.Score > 0:
				// A regular recommending a tool or an organisation by
				// its home page is what regulars do; a link drop under
				// generic praise comes from a stranger.
				flags[i].Score = 0
				flags[i].Detail = fmt.Sprintf("%s (Weighs nothing: the author has %d approved comments.)", f.Detail, a.Ham)
			case trustedCode(f.Code) && f.Score > 0:
				flags[i].Score = f.Score * trustedWeight
				flags[i].Detail = fmt.Sprintf("%s (Weighs less: the author has %d approved comments.)", f.Detail, a.Ham)
			}
		}
		return flags
	}
	if a.Ham > a.Spam || s.newAuthorOff {
		return flags
	}
	var sum float64
	promo, vouched := false, false
	for _, f := range flags {
		sum += f.Score
		promo = promo || (promotionCodes[f.Code] && f.Score > 0)
		vouched = vouched || (f.Code == CodeBayes && f.Score < 0)
	}
	if vouched {
		// The learned model rates the comment like those moderators
		// approved: that outweighs not knowing its author, so the
		// comment's own flags decide (validated: one held ham fewer of
		// 527 in the 5-fold run, no spam passed).
		promo = false
	}
	switch {
	case a.Spam > 0 && a.Ham > 0:
		// One bland comment approved does not outweigh the spam
		// moderators deleted: standing is earned while the approved
		// comments outnumber it.
		return append(flags, Flag{Code: CodeNewAuthor, Score: s.unit,
			Detail: fmt.Sprintf("The author has %s labelled spam and %s approved.", countText(a.Spam, "comment"), countText(a.Ham, "comment"))})
	case a.Spam > 0:
		return append(flags, Flag{Code: CodeNewAuthor, Score: s.unit,
			Detail: fmt.Sprintf("The author has no approved comments, and %s labelled spam.", countText(a.Spam, "comment"))})
	case promo:
		// Reported even when the other flags hold the comment already
		// (with no weight then): a moderator deciding it is told that the
		// author is new, and every flag that fired is in the Result.
		// Rounded so that 1 - 0.9 does not print as 0.09999999999999998.
		return append(flags, Flag{Code: CodeNewAuthor, Score: math.Round(max(s.hold-sum, 0)*1e6) / 1e6,
			Detail: "The author has no approved comments yet, and the comment promotes or links."})
	}
	return flags
}
