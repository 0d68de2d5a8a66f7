package moderation

import (
	"context"
	"fmt"
	"sync/atomic"
)

// newStateSettings reads the state fields of cfg, whose HoldScore is set,
// with their defaults.
func newStateSettings(cfg Config) (*stateSettings, error) {
	s := &stateSettings{
		store:         cfg.Store,
		floodMax:      orDefault(cfg.FloodMax, DefaultFloodMax),
		repeatAuthors: orDefault(cfg.RepeatHostAuthors, DefaultRepeatHostAuthors),
		trustAfter:    orDefault(cfg.TrustAfter, DefaultTrustAfter),
		newAuthorOff:  cfg.DisableNewAuthor,
		bayesMin:      int64(orDefault(cfg.BayesMinLearned, DefaultBayesMinLearned)),
		formKey:       cloneBytes(cfg.FormKey),
		minSubmit:     orDefault(cfg.MinSubmitTime, DefaultMinSubmitTime),
		maxFormAge:    orDefault(cfg.MaxFormAge, DefaultMaxFormAge),
		holdOnFailure: cfg.HoldOnStateFailure,
		timeout:       orDefault(cfg.StateTimeout, DefaultStateTimeout),
		hold:          cfg.HoldScore,
		unit:          weightUnit(cfg.HoldScore),
		windows: Windows{
			Duplicate: orDefault(cfg.DuplicateWindow, DefaultDuplicateWindow),
			Interval:  orDefault(cfg.FloodInterval, DefaultFloodInterval),
			Flood:     orDefault(cfg.FloodWindow, DefaultFloodWindow),
			Hosts:     orDefault(cfg.RepeatHostWindow, DefaultRepeatHostWindow),
			History:   orDefault(cfg.History, DefaultHistory),
		},
		modelReady: new(atomic.Bool),
	}
	s.mayBeReady()
	if s.formKey != nil {
		// A used token is remembered for as long as it could be sent
		// again: its MaxFormAge, or the default when forms never expire
		// (a bound, so the Store does not grow without one).
		s.windows.Form = DefaultMaxFormAge
		if s.maxFormAge > 0 {
			s.windows.Form = s.maxFormAge
		}
		s.windows.Form += formClockSkew
	}
	if s.store == nil {
		s.store = NewMemStore(MemStoreOptions{})
	}
	if s.repeatAuthors > MaxDomainPosters+1 {
		return nil, fmt.Errorf("%w: RepeatHostAuthors %d is over %d, the most authors a Store remembers per domain (MaxDomainPosters) and this one's", ErrConfig, s.repeatAuthors, MaxDomainPosters+1)
	}
	if s.repeatAuthors > 0 && s.windows.Hosts <= 0 {
		return nil, fmt.Errorf("%w: RepeatHostWindow %v is negative but RepeatHostAuthors is on", ErrConfig, cfg.RepeatHostWindow)
	}
	if s.windows.History < 0 {
		return nil, fmt.Errorf("%w: History %v is negative; learned history needs a lifetime", ErrConfig, cfg.History)
	}
	if s.trustAfter < 0 {
		s.trustAfter = int(^uint(0) >> 1) // never trusted
	}
	s.allowed = newAllowedSet(cfg.AllowedDomains)
	s.dupDetails = [2]string{duplicateDetail(false, s.windows.Duplicate), duplicateDetail(true, s.windows.Duplicate)}
	if _, mem := s.store.(*MemStore); mem || s.timeout < 0 {
		// A MemStore answers from memory and cannot block: a timer per
		// Store call (two per Check) would cost it and bound nothing.
		s.timeout = 0
	}
	return s, nil
}

// weightUnit is what the state flags' weights are multiplied by: the
// HoldScore, so that a weight of 1 holds a comment whatever the scale of
// the site's scores. A HoldScore at or below zero (every comment held)
// cannot be that unit, since it would turn the flags' weights negative
// and a bot filling the honeypot would be approved: DefaultHoldScore is
// used instead.
func weightUnit(holdScore float64) float64 {
	if holdScore <= 0 {
		return DefaultHoldScore
	}
	return holdScore
}

func cloneBytes(b []byte) []byte {
	if b == nil {
		return nil
	}
	return append([]byte{}, b...)
}

// loadStateIn reads, in one Store call, what the checks that remember
// need, into v.State. A Store that fails or a ctx that ends is not an
// error of Check: v.State.Err records it and the flags say so. The State,
// and the Snapshot of a MemStore, are in room, a cleared checkRoom, or
// allocated when room is nil.
func (m *Moderator) loadStateIn(ctx context.Context, v *View, room *checkRoom) {
	// With no checks, prepare did not fold; the duplicate check and a
	// ready model need the words.
	if m.state.windows.Duplicate > 0 || m.state.modelReady.Load() {
		m.fold(v)
	}
	in := formInput{Time: v.Comment.Time, FormToken: v.Comment.FormToken, Honeypot: v.Comment.Honeypot}
	if room != nil {
		v.State = m.state.loadIn(ctx, v, in, &room.state, &room.snap, &room.tokens)
		return
	}
	v.State = m.state.loadIn(ctx, v, in, new(State), nil, nil)
}

// stateFlags adds the flags of the checks that remember to the flags of
// the other checks, weighs them by the author's history, and returns them
// with their total score.
//
// A home-page link (CodeHomeLink), an offer beside a link (CodeOffer) and
// a link to a site named to sell (CodeSalesDomain) weigh together at most
// what lifts the score to Config.HoldScore: each is
// a sign that turns a link into a hold, and never what rejects. Readers
// recommend a shop or a project by its home page in the words spam uses
// ("Check out https://www.ifixit.com, they have a guide"): with the call
// to action and the link that was 2.0, a reject, where the two alone
// hold; and a reader passes on a deal ("Grab it now, 30% off: <link>") in
// an offer's words.
func (m *Moderator) stateFlags(v *View, flags []Flag) ([]Flag, float64) {
	if v.State != nil {
		flags = m.state.judge(v, v.State, flags)
	}
	var score float64
	capped := [3]int{-1, -1, -1} // the first home_link, offer and sales_domain
	for i, f := range flags {
		if f.Score > 0 {
			if k := holdOnly(f.Code); k >= 0 && capped[k] < 0 {
				capped[k] = i
				continue
			}
		}
		score += f.Score
	}
	for _, i := range capped {
		if i >= 0 {
			f := &flags[i]
			f.Score = min(f.Score, max(0, m.cfg.HoldScore-score))
			score += f.Score
		}
	}
	return flags, score
}

// holdOnly returns which of the codes that never weigh more than lifts a
// score to a hold code is (0 CodeHomeLink, 1 CodeOffer, 2
// CodeSalesDomain), or -1.
func holdOnly(code string) int {
	switch code {
	case CodeHomeLink:
		return 0
	case CodeOffer:
		return 1
	case CodeSalesDomain:
		return 2
	}
	return -1
}

// recordState writes, in one Store call, what this comment leaves behind
// for the checks of later ones. When the write fails the verdict stands;
// the Result then carries CodeStateUnavailable and, with
// Config.HoldOnStateFailure, is held.
func (m *Moderator) recordState(ctx context.Context, v *View, res *Result) {
	if v.State == nil || v.State.Err != nil {
		return
	}
	if err := m.state.record(ctx, v.State); err != nil {
		f := m.state.unavailableFlag(err, true)
		res.Flags = append(res.Flags, f)
		res.Score += f.Score
		res.Action = m.verdict(res.Score)
	}
}
