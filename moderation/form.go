package moderation

import (
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
	// not rejected. For its sender's copy of the first text the flood
	// interval and the duplicate are then not added (judge, sameSend), or
	// the double click would be rejected.
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
		if f, ok := s.timeFlag(now.Sub(tok.rendered)); ok {
			out = append(out, f)
		}
	}
	return out
}

// timeFlag returns CodeTooFast for a form sent back age after it was
// rendered, when that is sooner than MinSubmitTime or later than
// MaxFormAge, or when its render time lies after the comment's time by
// more than the servers of a site disagree (formClockSkew).
//
// Within formClockSkew a negative age is a form rendered by a server whose
// clock is a little ahead and sent back at once: MinSubmitTime counts it as
// under a second, not as the minute the allowance would grant. Clocks kept
// by NTP agree within milliseconds, so the ages of a script that posts on
// render fall on both sides of zero: granting the allowance would let half
// of its posts through.
func (s *stateSettings) timeFlag(age time.Duration) (Flag, bool) {
	var detail string
	switch {
	case age < -formClockSkew:
		detail = "The form's render time is " + roughDuration(-age) + " after the time the comment was sent; a clock of the site is wrong."
	case s.minSubmit > 0 && age < 0:
		detail = "The form was sent back as soon as it was shown (its render time is " + roughDuration(-age) + " after the time the comment was sent); a person takes at least " + durationText(s.minSubmit) + "."
	case s.minSubmit > 0 && age < s.minSubmit:
		detail = "The form was sent " + roughDuration(age) + " after it was shown; a person takes at least " + durationText(s.minSubmit) + "."
	case s.maxFormAge > 0 && age > s.maxFormAge:
		sent := roughDuration(age)
		if truncDuration(age) <= s.maxFormAge {
			sent = "more than " + durationText(s.maxFormAge)
		}
		detail = "The form was sent " + sent + " after it was shown; forms expire after " + durationText(s.maxFormAge) + "."
	default:
		return Flag{}, false
	}
	return Flag{Code: CodeTooFast, Score: tooFastWeight * s.unit, Detail: detail}, true
}

// truncDuration rounds d down to what roughDuration writes: whole
// seconds under a minute, whole minutes under an hour, else whole hours.
func truncDuration(d time.Duration) time.Duration {
	switch {
	case d < time.Minute:
		return d.Truncate(time.Second)
	case d < time.Hour:
		return d.Truncate(time.Minute)
	}
	return d.Truncate(time.Hour)
}

// roughDuration writes a measured time as people say it, rounded down so
// that it never claims more than was measured: "less than a second", "2
// seconds" (for 2.9 s), "4 minutes", "25 hours".
func roughDuration(d time.Duration) string {
	if d < time.Second {
		return "less than a second"
	}
	return durationText(truncDuration(d))
}
