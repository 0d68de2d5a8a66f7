package moderation

import (
	"context"
	"math"
)

// The codes of SelfPromotionCheck besides CodePromoPhrase, as stable as
// the others. Readers say such things too, so each weighs less than a hold
// unless several come together (or, for a call to action, it is nearly
// the whole comment).
const (
	// CodeCallToAction: a call to action ("check it out", "please share",
	// "give it a like") and no self-promotion phrase.
	CodeCallToAction = "call_to_action"
	// CodePromoTopic: what promotion talks about ("subscribers",
	// "channel", "make money", "free") and neither a phrase nor a call to
	// action.
	CodePromoTopic = "promo_topic"
)

// SelfPromotionCheck flags self-promotion (CodePromoPhrase): phrases that
// point readers at the commenter's own things or ask for subscribers and
// follows ("check out my", "subscribe to my", "sub back", "link in my
// bio"), counting the calls to action and money talk around them ("check
// it out", "subscribers", "make money"); such cues without any phrase are
// CodeCallToAction, or CodePromoTopic when none of them is a call to
// action.
//
// Phrases match whole words of the folded text, so "Check out MY channel",
// "chéck 0ut my channel" and "sub4sub" match, and "checkout myriad" does
// not. The score grows with the evidence: PhraseScore for the first
// phrase, MorePhraseScore for each other distinct phrase, CueScore for each
// distinct cue that is not part of a phrase already counted, at most
// MaxScore. In a comment of at most ShortWords words, a call to action
// scores as a phrase: it is then the whole point of the comment.
type SelfPromotionCheck struct {
	PhraseScore     float64
	MorePhraseScore float64
	CueScore        float64
	MaxScore        float64
	ShortWords      int

	set *phraseSet // the phrases and the cues, told apart by kind
}

// SelfPromotion returns the self-promotion check over the embedded lists
// lists/promo-phrases.txt, lists/promo-cues.txt and lists/promo-topics.txt
// (cues both, but only a call to action of promo-cues.txt makes a short
// comment's point), with extraPhrases
// (Config.Phrases) counted as phrases. Scores default to PromoPhraseScore,
// PromoMorePhraseScore, PromoCueScore, PromoMaxScore and
// PromoShortWords.
func SelfPromotion(extraPhrases ...string) *SelfPromotionCheck {
	set := defaultPromoSet
	if len(extraPhrases) > 0 {
		set = newPromoSet(extraPhrases)
	}
	return &SelfPromotionCheck{
		PhraseScore:     PromoPhraseScore,
		MorePhraseScore: PromoMorePhraseScore,
		CueScore:        PromoCueScore,
		MaxScore:        PromoMaxScore,
		ShortWords:      PromoShortWords,
		set:             set,
	}
}

// The kinds of entry in a self-promotion set.
const (
	promoPhrase = iota
	promoCue    // a call to action
	promoTopic  // what promotion talks about; never enough alone
)

var defaultPromoSet = newPromoSet(nil)

// newPromoSet builds one set of the phrases (with extra), the calls to
// action and the topics, so that a comment's words are walked once.
func newPromoSet(extra []string) *phraseSet {
	s := newPhraseSet(readList("promo-phrases.txt"), extra)
	for _, cue := range readList("promo-cues.txt") {
		s.addKind(cue, promoCue)
	}
	for _, topic := range readList("promo-topics.txt") {
		s.addKind(topic, promoTopic)
	}
	return s
}

// Codes returns the codes the check raises.
func (c *SelfPromotionCheck) Codes() []string {
	return []string{CodePromoPhrase, CodeCallToAction, CodePromoTopic}
}

// maxPromoEvidence bounds how many phrases a Detail names and the check
// collects: past it the score is at its maximum anyway.
const maxPromoEvidence = 8

// Check implements Checker.
func (c *SelfPromotionCheck) Check(_ context.Context, v *View) []Flag {
	words := v.words()
	if words.len() == 0 {
		return nil
	}
	// One walk finds both kinds, in order of position. A phrase counts at
	// once; a cue waits until every phrase that could cover one of its
	// words (one starting before the cue ends) has been seen, so that a
	// cue inside a phrase is not counted again. Only those waiting cues
	// are kept: memory stays small however many matches a comment has.
	var phrases, cues []string
	calls := 0 // cues that are calls to action, not topics
	var covered []bool
	var buf [16]phraseMatch
	pending := buf[:0]
	decide := func(m phraseMatch) {
		for i := m.Start; i < m.End; i++ {
			if covered[i] {
				return // inside a phrase, or a shorter cue where a longer one matched
			}
		}
		for i := m.Start; i < m.End; i++ {
			covered[i] = true
		}
		if len(cues) < maxPromoEvidence && !contains(cues, m.Phrase) && !contains(phrases, m.Phrase) {
			cues = append(cues, m.Phrase)
			if m.Kind == promoCue {
				calls++
			}
		}
	}
	flush := func(upTo int) {
		n := 0
		for n < len(pending) && pending[n].End <= upTo {
			decide(pending[n])
			n++
		}
		pending = append(pending[:0], pending[n:]...)
	}
	c.set.findIn(words, func(m phraseMatch) {
		if covered == nil {
			covered = make([]bool, words.len())
		}
		flush(m.Start)
		if m.Kind != promoPhrase {
			pending = append(pending, m)
			return
		}
		inside := true // a phrase inside a longer one found is no new evidence
		for i := m.Start; i < m.End; i++ {
			inside = inside && covered[i]
			covered[i] = true
		}
		if !inside && len(phrases) < maxPromoEvidence && !contains(phrases, m.Phrase) {
			phrases = append(phrases, m.Phrase)
		}
	})
	flush(words.len())
	if len(phrases) == 0 && len(cues) == 0 {
		return nil
	}
	score := float64(len(cues)) * c.CueScore
	if len(phrases) > 0 {
		score += c.PhraseScore + float64(len(phrases)-1)*c.MorePhraseScore
	} else if calls > 0 && words.len() <= c.ShortWords {
		// A call to action that is nearly the whole comment ("give it a
		// like", "subscribers please") is the comment's point.
		score = math.Max(score, c.PhraseScore)
	}
	score = math.Min(score, c.MaxScore)
	switch {
	case len(phrases) > 0 && len(cues) > 0:
		return []Flag{{Code: CodePromoPhrase, Score: score,
			Detail: "self-promotion: says " + quoteList(phrases, 4) + ", with " + quoteList(cues, 3)}}
	case len(phrases) > 0:
		return []Flag{{Code: CodePromoPhrase, Score: score, Detail: "self-promotion: says " + quoteList(phrases, 4)}}
	}
	if calls > 0 {
		what := "calls to action: "
		if len(cues) == 1 {
			what = "a call to action: "
		}
		return []Flag{{Code: CodeCallToAction, Score: score, Detail: what + quoteList(cues, 4)}}
	}
	return []Flag{{Code: CodePromoTopic, Score: score, Detail: "talks as promotion does: " + quoteList(cues, 4)}}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
