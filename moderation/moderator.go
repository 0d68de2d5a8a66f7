package moderation

import (
	"context"
	"fmt"
	"math"
	"strings"
	"sync"

	"github.com/commentkit/commentkit/linkify"
)

// Moderator checks comments. Build one with New and share it: it is
// immutable and safe for concurrent use, and Check compiles nothing.
type Moderator struct {
	cfg     Config // with defaults filled in; slices are New's own copies
	strip   stripper
	linkify *linkify.Linkifier // what is linked: Result.HTML and Result.Links
	// finder finds the links the checks read (View.Links): linkify
	// itself unless it leaves some links of the default Linkifier as
	// text (see checkedLinks).
	finder *linkify.Linkifier
	checks []Checker
	// oneFlag holds, parallel to checks, each check that is a
	// oneFlagChecker, nil for the others.
	oneFlag []oneFlagChecker
	// ownChecks: the checks are New's own defaults, which read the words
	// as spans of View.Folded; View.Words, for checks of the site's own,
	// is then left nil (see Moderator.fold).
	ownChecks bool
	// reuse: the View, State and Snapshot of a Check come from checkRooms
	// and go back after the verdict. Only with New's own checks, which
	// keep nothing of a View, or with none at all (a site that uses
	// Check to render and link, and for the checks that remember), and
	// the MemStore, which keeps nothing of a Query: a check or a Store of
	// the site's own may keep them.
	reuse    bool
	maxBytes int
	state    *stateSettings // the checks that remember, and the learned model
}

// New returns a Moderator for cfg. The zero Config gives the documented
// defaults; the error (which wraps ErrConfig) is only for a Config that
// cannot work, such as a MinLength over the MaxLength.
func New(cfg Config) (*Moderator, error) {
	cfg, err := cfg.withDefaults()
	if err != nil {
		return nil, err
	}
	cfg.AllowedDomains = clone(cfg.AllowedDomains)
	cfg.Phrases = clone(cfg.Phrases)
	cfg.BlockedWords = clone(cfg.BlockedWords)
	cfg.HoldWords = clone(cfg.HoldWords)
	ownChecks := cfg.Checks == nil
	if ownChecks {
		cfg.Checks = DefaultChecks(cfg)
	}
	cfg.Checks = clone(cfg.Checks)
	// Only a policy of the site's own may keep inline elements.
	policy, inline := sitePolicy(cfg.Policy)
	// A policy sitePolicy built without inline elements is StripPolicy.
	inert := policy != cfg.Policy && !inline
	cfg.Policy = policy
	if cfg.Linkifier == nil {
		cfg.Linkifier = new(linkify.Linkifier)
	}
	// Result.HTML has its line breaks as <br>, written while escaping; a
	// copy, so as not to change the caller's Linkifier.
	lf := *cfg.Linkifier
	lf.LineBreaks = true
	lf.Schemes = clone(lf.Schemes)
	finder := checkedLinks(&lf)
	state, err := newStateSettings(cfg)
	if err != nil {
		return nil, err
	}
	oneFlag := make([]oneFlagChecker, len(cfg.Checks))
	for i, ch := range cfg.Checks {
		oneFlag[i] = oneFlagOf(ch)
	}
	_, mem := state.store.(*MemStore)
	return &Moderator{
		reuse:     (ownChecks || len(cfg.Checks) == 0) && mem,
		oneFlag:   oneFlag,
		state:     state,
		cfg:       cfg,
		strip:     stripper{policy: cfg.Policy, inline: inline, inert: inert},
		linkify:   &lf,
		finder:    finder,
		checks:    cfg.Checks,
		ownChecks: ownChecks,
		maxBytes:  cfg.MaxBytes,
	}, nil
}

// checkedLinks returns the Linkifier whose links the checks read: the
// links the default Linkifier finds (http, https and mailto, and bare
// names such as bit.ly/x), whatever the site links. A site's Linkifier
// decides what is linked, in Result.HTML and Result.Links. What it leaves
// as text (an e-mail address on a site that links no mailto, an http://
// link on one that links only https) is still read by readers, who may
// copy it, and so by the checks; and what it links beyond the default (a
// tel: or sms: link) is read by the checks as the default reads it, as
// text: a phone number for the contact check, not an external link. It
// returns lf itself when lf finds the same links.
func checkedLinks(lf *linkify.Linkifier) *linkify.Linkifier {
	switch strings.ToLower(lf.DefaultScheme) {
	case "", "https", "http":
		if len(lf.Schemes) == 0 {
			return lf
		}
	}
	return new(linkify.Linkifier)
}

func clone[S ~[]E, E any](s S) S {
	if s == nil {
		return nil
	}
	return append(S{}, s...)
}

// Check moderates one comment: it strips, normalises and measures the
// Body, finds its links, runs every check and returns the verdict.
//
// A comment of the wrong size is an error, not a verdict: a *LengthError
// wrapping ErrTooLarge, ErrEmpty, ErrTooShort or ErrTooLong, whose message
// can be shown to the commenter. With it the Result still holds Text,
// HTML and Length (all empty for ErrTooLarge, which is not parsed), so the
// site can show the count and give back what was typed; its Action is
// Reject. Check also returns an error wrapping ErrConfig for a Moderator
// not made by New. A Check that returns an error has read and recorded
// nothing, its form token included: a site that shows the form again for
// the commenter to fix the comment may keep the token in it.
//
// A Store that fails, or a ctx that ends (before Check or while the Store
// is asked), is not an error: the Result is the verdict of the checks
// that need no state, with the flag CodeStateUnavailable (which holds the
// comment with Config.HoldOnStateFailure), and Check records nothing.
// The checks that need no state do not wait, so a ctx that has ended
// costs a Check no more time than one that has not.
//
// Check remembers the comment for the checks of later ones (duplicate,
// flood, repeat_host): call it once per submitted comment, not for a
// preview.
func (m *Moderator) Check(ctx context.Context, c Comment) (Result, error) {
	res, err := m.check(ctx, c)
	// Empty, not nil, so that a Result encoded as JSON has "flags": [] and
	// "links": [] for a page's script to read, never null. (An empty
	// slice literal allocates nothing.)
	if res.Flags == nil {
		res.Flags = []Flag{}
	}
	if res.Links == nil {
		res.Links = []linkify.Link{}
	}
	return res, err
}

// check is Check, with Result.Flags and Result.Links nil when empty.
func (m *Moderator) check(ctx context.Context, c Comment) (Result, error) {
	if err := m.built(); err != nil {
		return Result{Action: Reject}, err
	}
	var room *checkRoom
	if m.reuse {
		room = checkRooms.Get().(*checkRoom)
	}
	v, res, err := m.prepareIn(room, c)
	if err != nil {
		return res, err
	}
	m.loadStateIn(ctx, v, room)
	res.Flags, res.Score = m.stateFlags(v, m.runChecks(ctx, v))
	res.Action = m.verdict(res.Score)
	m.recordState(ctx, v, &res)
	m.release(v)
	if room != nil {
		// Cleared, so that the pool keeps no comment alive, and so that
		// the next Check finds it as new; the tokens' working memory is
		// kept, emptied.
		*room = checkRoom{tokens: room.tokens.emptied()}
		checkRooms.Put(room)
	}
	return res, nil
}

// errNotBuilt is what the methods of a Moderator not made by New return:
// a programming error, which must not read as the commenter's (a zero
// Moderator has a size cap of 0 bytes).
var errNotBuilt = fmt.Errorf("%w: the Moderator was not made by New", ErrConfig)

// built returns errNotBuilt for a nil or zero Moderator.
func (m *Moderator) built() error {
	if m == nil || m.state == nil {
		return errNotBuilt
	}
	return nil
}

// checkRoom is the memory of one Check that does not outlive it, when the
// Moderator may reuse it (Moderator.reuse): the View, the State and the
// MemStore's Snapshot, about 1.6 KB that each Check allocated and the GC
// then had to find dead, and the model's token room (up to about 26 KB
// with a learned model), which a Check keeps emptied for the next.
type checkRoom struct {
	view   View
	state  State
	snap   memSnapshot
	tokens tokenRoom
}

var checkRooms = sync.Pool{New: func() any { return new(checkRoom) }}

// prepare builds the View of c that every check reads, and the Result
// that Check fills in. A comment of the wrong size is an error; the Result
// then holds what Check returns with it.
func (m *Moderator) prepare(c Comment) (*View, Result, error) { return m.prepareIn(nil, c) }

// prepareIn is prepare with the View in room, a cleared checkRoom, or
// allocated when room is nil.
func (m *Moderator) prepareIn(room *checkRoom, c Comment) (*View, Result, error) {
	if len(c.Body) > m.maxBytes {
		return nil, Result{Action: Reject}, &LengthError{Err: ErrTooLarge, Length: len(c.Body), Limit: m.maxBytes, Unit: Bytes}
	}
	var v *View
	if room != nil {
		v = &room.view
		v.Comment = c
	} else {
		v = &View{Comment: c}
	}
	var in *inlineTags // the inline tags the policy keeps, if it may keep any
	if m.strip.inline {
		in = new(inlineTags)
	}
	if text := m.strip.strip(c.Body, &v.Markup, in); in == nil || len(in.tags) == 0 {
		v.Text = normalise(text, m.cfg.MaxCombiningMarks)
	} else {
		v.Text = in.normalise(text, m.cfg.MaxCombiningMarks)
	}
	v.Length = length(v.Text, m.cfg.Unit)
	linked := m.linkify.Find(v.Text)
	v.Links = linked
	if m.finder != m.linkify {
		v.Links = m.finder.Find(v.Text)
	}
	var html string
	if in == nil || len(in.tags) == 0 {
		html = m.linkify.HTMLOf(v.Text, linked)
	} else {
		html = inlineHTML(m.linkify, v.Text, linked, in)
	}
	res := Result{
		Text:   v.Text,
		HTML:   html,
		Length: v.Length,
		Links:  linked,
	}
	if err := m.checkLength(v.Length); err != nil {
		res.Action = Reject
		return v, res, err
	}
	if len(m.checks) > 0 { // no check, no reader of the folded form
		m.fold(v)
	}
	return v, res, nil
}

// runChecks returns the flags of the checks (not of those that remember),
// in their order.
func (m *Moderator) runChecks(ctx context.Context, v *View) []Flag {
	var flags []Flag
	for i, ch := range m.checks {
		if one := m.oneFlag[i]; one != nil {
			if f, ok := one.flag(v); ok {
				flags = appendFlag(flags, f)
			}
			continue
		}
		for _, f := range ch.Check(ctx, v) {
			flags = appendFlag(flags, f)
		}
	}
	return flags
}

// flagRoom is the room the flags of a comment get with their first: a
// comment that raises one flag usually raises a few (links raise
// external_link and too_many_links, and the checks that remember add
// theirs), and growing the slice one, two, four was three allocations.
const flagRoom = 4

// maxFlagScore bounds the Score of one flag: a check of the site's own
// may weigh a flag ±Inf to decide the verdict, but an infinite Score made
// the sum NaN (+Inf and -Inf) and a Result that json.Marshal refuses.
// Far beyond any weight, it decides all the same; +Inf and -Inf cancel.
const maxFlagScore = 1e9

// appendFlag appends f to flags, with a Score that is a finite number.
func appendFlag(flags []Flag, f Flag) []Flag {
	if math.IsNaN(f.Score) {
		f.Score = 0 // a broken weight must not hide the other flags
	}
	f.Score = min(max(f.Score, -maxFlagScore), maxFlagScore)
	if flags == nil {
		flags = make([]Flag, 0, flagRoom)
	}
	return append(flags, f)
}

// verdict turns a score into an Action.
func (m *Moderator) verdict(score float64) Action {
	switch {
	case score >= m.cfg.RejectScore:
		return Reject
	case score >= m.cfg.HoldScore:
		return Hold
	}
	return Approve
}

// The state seam. Stateful checks (duplicates, floods, a learned model)
// need what earlier comments left in a store. So that a store is read and
// written once per comment, not once per check:
//   - loadStateIn runs after the View is built and before any check, and
//     loads in one batch whatever state the checks will read into the View;
//   - recordState runs once after the verdict and writes what this comment
//     adds to the state.
//
// Between them, stateFlags adds the flags of the checks that remember and
// weighs the flags by the author's history. All three are in statewire.go.
// Learn (learn.go) shares prepare and runChecks with Check but none of
// the three: the model learns the flags of the checks alone.
