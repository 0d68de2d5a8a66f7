package moderation

import "fmt"

// Defaults of CodeNewAuthor and of trust.
const (
	// DefaultTrustAfter is how many approved comments make an author
	// trusted: one may be luck or a slow start, two is a regular.
	DefaultTrustAfter = 2
	// newAuthorWeight, in units of HoldScore, is what a new author adds to
	// a comment that raised a flag that is not about promotion or links.
	newAuthorWeight = 0.25
	// trustedWeight scales the promotion and link flags of a trusted
	// author: a regular's link to their own post is usually welcome.
	trustedWeight = 0.5
)

// promotionCodes are the codes of the checks about promotion and links. A
// new author who trips one of them is held; a trusted author's weigh less.
var promotionCodes = map[string]bool{
	"too_many_links":  true,
	"author_link":     true,
	"promo_phrase":    true,
	"html_link":       true,
	"shortener":       true,
	"affiliate":       true,
	"contact":         true,
	"obfuscated_link": true,
	CodeRepeatHost:    true,
	CodeDuplicate:     true,
}

// authorFlags weighs flags by the author's history: a new author's
// comment that raised a promotion or link flag gets CodeNewAuthor with the
// weight that holds it; one that raised another flag a little weight; an
// author whose labelled comments were all spam is held. A trusted author's
// promotion and link flags weigh trustedWeight of their score.
func (s *stateSettings) authorFlags(st *State, flags []Flag) []Flag {
	a := st.Author
	if a.Ham >= s.trustAfter && a.Ham > a.Spam {
		for i, f := range flags {
			if promotionCodes[f.Code] && f.Score > 0 {
				flags[i].Score = f.Score * trustedWeight
				flags[i].Detail = fmt.Sprintf("%s (Weighs less: the author has %d approved comments.)", f.Detail, a.Ham)
			}
		}
		return flags
	}
	if a.Ham > 0 {
		return flags
	}
	var sum float64
	promo := false
	for _, f := range flags {
		sum += f.Score
		promo = promo || (promotionCodes[f.Code] && f.Score > 0)
	}
	switch {
	case a.Spam > 0:
		return append(flags, Flag{Code: CodeNewAuthor, Score: s.hold,
			Detail: fmt.Sprintf("The author has no approved comments, and %s labelled spam.", countText(a.Spam, "comment"))})
	case promo:
		return append(flags, Flag{Code: CodeNewAuthor, Score: max(newAuthorWeight*s.hold, s.hold-sum),
			Detail: "The author has no approved comments yet, and the comment promotes or links."})
	case sum > 0:
		return append(flags, Flag{Code: CodeNewAuthor, Score: newAuthorWeight * s.hold,
			Detail: "The author has no approved comments yet."})
	}
	return flags
}
