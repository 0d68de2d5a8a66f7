package moderation

import (
	"fmt"
	"strings"
	"time"
)

// Weights of the form checks, in units of HoldScore.
const (
	// honeypotWeight: a person never sees the honeypot field and a form
	// token cannot be forged without the key; only a bot does either.
	// Twice HoldScore is meant to reach RejectScore with the defaults.
	honeypotWeight = 2.0
	// missingTokenWeight: no token at all may also be a page cached from
	// before the form checks were turned on; held, not rejected.
	missingTokenWeight = 1.0
	// tooFastWeight: held, since a person may paste a prepared text.
	tooFastWeight = 1.0
	// usedTokenWeight: a token sent twice is a script replaying one form
	// it fetched (which makes MinSubmitTime no obstacle), or a person
	// sending the same form again (a double click, the back button): held,
	// not rejected.
	usedTokenWeight = 1.0
)

// formFlags returns the flags of the form checks, when Config.FormKey is
// set: CodeHoneypot for a filled honeypot field, for a missing or forged
// token and for a token sent before (used), CodeTooFast for a form sent
// back sooner than MinSubmitTime after it was rendered or later than
// MaxFormAge. tok and tokErr are what parseFormToken made of the token.
func (s *stateSettings) formFlags(tok formToken, tokErr error, honeypot string, now time.Time, used bool) []Flag {
	if s.formKey == nil {
		return nil
	}
	var out []Flag
	if strings.TrimSpace(honeypot) != "" {
		out = append(out, Flag{Code: CodeHoneypot, Score: honeypotWeight * s.unit, Detail: "A field hidden from people was filled in."})
	}
	switch {
	case tokErr == errTokenMissing:
		out = append(out, Flag{Code: CodeHoneypot, Score: missingTokenWeight * s.unit, Detail: "The comment did not come from the site's comment form (no form token)."})
	case tokErr != nil:
		out = append(out, Flag{Code: CodeHoneypot, Score: honeypotWeight * s.unit, Detail: "The comment form's token was not issued by this site."})
	default:
		if used {
			out = append(out, Flag{Code: CodeHoneypot, Score: usedTokenWeight * s.unit, Detail: "This comment form was sent before; each form sends one comment."})
		}
		age := now.Sub(tok.rendered)
		switch {
		case age < -formClockSkew || (s.minSubmit > 0 && age < s.minSubmit):
			out = append(out, Flag{Code: CodeTooFast, Score: tooFastWeight * s.unit,
				Detail: fmt.Sprintf("The form was sent %s after it was shown; a person takes at least %s.", durationText(max(age, 0).Round(time.Second)), durationText(s.minSubmit))})
		case s.maxFormAge > 0 && age > s.maxFormAge:
			out = append(out, Flag{Code: CodeTooFast, Score: tooFastWeight * s.unit,
				Detail: fmt.Sprintf("The form was shown %s before it was sent; forms expire after %s.", durationText(age.Round(time.Minute)), durationText(s.maxFormAge))})
		}
	}
	return out
}
