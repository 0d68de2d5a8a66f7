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
)

// formFlags returns the flags of the form checks, when Config.FormKey is
// set: CodeHoneypot for a filled honeypot field and for a missing or forged
// token, CodeTooFast for a form sent back sooner than MinSubmitTime after
// it was rendered or later than MaxFormAge.
func (s *stateSettings) formFlags(token, honeypot string, now time.Time) []Flag {
	if s.formKey == nil {
		return nil
	}
	var out []Flag
	if strings.TrimSpace(honeypot) != "" {
		out = append(out, Flag{Code: CodeHoneypot, Score: honeypotWeight * s.unit, Detail: "A field hidden from people was filled in."})
	}
	rendered, err := parseFormToken(s.formKey, token)
	switch {
	case err == errTokenMissing:
		out = append(out, Flag{Code: CodeHoneypot, Score: missingTokenWeight * s.unit, Detail: "The comment did not come from the site's comment form (no form token)."})
	case err != nil:
		out = append(out, Flag{Code: CodeHoneypot, Score: honeypotWeight * s.unit, Detail: "The comment form's token was not issued by this site."})
	default:
		age := now.Sub(rendered)
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
