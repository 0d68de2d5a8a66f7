package moderation

import (
	"context"
	"errors"
)

// unavailableFlag returns CodeStateUnavailable for a state that could not
// be loaded or, saving, for a comment whose Record failed. It weighs a
// hold (stateSettings.unit) when Config.HoldOnStateFailure is set and
// nothing otherwise, so the verdict of the checks that need no state
// stands.
func (s *stateSettings) unavailableFlag(err error, saving bool) Flag {
	f := Flag{Code: CodeStateUnavailable}
	if s.holdOnFailure {
		f.Score = s.unit
	}
	switch {
	case saving:
		f.Detail = "The comment store failed to save this comment; a later copy of it may not be recognised."
	case errors.Is(err, errStateTimeout), errors.Is(err, context.DeadlineExceeded):
		f.Detail = "The comment store did not answer in time; checks that remember earlier comments were skipped."
	case errors.Is(err, context.Canceled):
		f.Detail = "The request ended before the comment store answered; checks that remember earlier comments were skipped."
	default:
		f.Detail = "The comment store failed; checks that remember earlier comments were skipped."
	}
	return f
}
