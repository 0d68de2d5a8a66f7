package moderation

import "context"

// Checker is one check of a comment: it reads the prepared View and
// returns the flags it raises, or nil when it finds nothing.
//
// The contract:
//   - Check is called from many goroutines at once, on one Checker: it must
//     not change the View (or any slice in it) and must lock any state of
//     its own.
//   - Everything the comment holds is in the View, computed once; a check
//     must not re-parse Comment.Body.
//   - Each Flag has a stable Code programs can switch on (use a constant),
//     a Score added to the comment's total, and a Detail naming the
//     evidence for a person ("links through bit.ly, a URL shortener").
//     With the default thresholds a score of DefaultHoldScore holds a
//     comment and DefaultRejectScore rejects it; a negative score speaks
//     for the comment.
//   - A check that may block (one that asks a service) must stop when ctx
//     is done. A check reports no errors: one that cannot decide returns
//     no flag.
//
// The built-in checks are in DefaultChecks; Config.Checks replaces the
// list, so a site can drop, reweight or add checks.
type Checker interface {
	Check(ctx context.Context, v *View) []Flag
}

// CheckFunc adapts an ordinary function to a Checker, as http.HandlerFunc
// does for handlers.
type CheckFunc func(ctx context.Context, v *View) []Flag

// Check calls f(ctx, v).
func (f CheckFunc) Check(ctx context.Context, v *View) []Flag { return f(ctx, v) }

// oneFlagChecker is a built-in check that raises at most one flag and
// needs no ctx. Check takes its flag by value and appends it to the
// comment's flags itself: through Checker.Check each such check that
// fired allocated a slice of one flag, and the link checks fire on most
// comments with a link.
type oneFlagChecker interface {
	flag(v *View) (Flag, bool)
}

// oneFlagOf returns ch as a oneFlagChecker when it is one of this
// package's own link checks, else nil. A type assertion to the interface
// alone would not do: a type of the site's own that embeds one of these
// has its flag method too, promoted, while what must run is that type's
// own Check.
func oneFlagOf(ch Checker) oneFlagChecker {
	switch c := ch.(type) {
	case *MaxLinksCheck:
		return c
	case *AuthorLinkCheck:
		return c
	case *ShortenerCheck:
		return c
	case *PromoLinkCheck:
		return c
	case *AffiliateCheck:
		return c
	case *ExternalLinkCheck:
		return c
	case *BareLinkCheck:
		return c
	case *HomeLinkCheck:
		return c
	case *SalesDomainCheck:
		return c
	case *HTMLLinkCheck:
		return c
	}
	return nil
}

// flagSlice is the Checker.Check result of a oneFlagChecker's flag.
func flagSlice(f Flag, ok bool) []Flag {
	if !ok {
		return nil
	}
	return []Flag{f}
}
