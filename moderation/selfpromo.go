package moderation

import (
	"context"
	"math"
	"slices"
	"strings"
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
// not. A hyphen joins nothing, so "free-gift", "subscribe-now",
// "non-giveaway" and "sub-4-sub" count as the words they hold, except in
// the one compound shape of lists/promo-compounds.txt: the topic "free"
// as a suffix after a noun ("lock-free", "gluten-free": without, not at
// no cost) does not count, unless the noun is a cost or a trouble that
// the compound says is waived ("risk-free", "fee-free", "hassle-free": at
// no cost all the same). In a link a hyphen is a space. The idioms of
// lists/promo-idioms.txt ("feel free", "free speech") count for nothing,
// nor do the cues and topics inside them, nor a "channel" that is a
// broadcaster's ("the radio channel", "official channel";
// broadcastChannel).
//
// A phrase or a call to action that talks about promotion's things
// instead of inviting the reader counts as a topic, by the grammar words
// of lists/promo-grammar.txt (see talksAbout): "my channel" whose noun
// starts a compound adjective ("my channel-based worker pool": the
// speaker's pool) or, for a site or a blog, is the subject of a
// statement ("my website got hacked"), a call to action after a subject
// pronoun ("I'd buy it again"), and "subscribe to" an article or a number
// ("subscribe to the mailing list", "I subscribe to three papers"). On an
// article site these held honest comments on their own; as topics they
// still count beside a second sign ("my channel-style giveaway" is a
// topic and "giveaway", held), and a spammer who writes in these shapes
// gets a topic's weight. Words inside a quotation of five words or more,
// or of any length after a verb of saying ('Someone posted "DM me"';
// quotations), are someone else's, quoted to report or warn of them: all
// the entries found there count as one topic.
//
// Two shapes with words between are read by selfpromo_pointers.go: a
// search for a named channel without a link ("search Omar Beats on
// youtube", "busquen Andrea Voz en youtube", "búsquenla como Valeria
// Canta", 'search "Worth It flash mob"' in a comment with no link, "a
// channel called FreddieLivesOn", "Channel: RockVault";
// lists/promo-pointers.txt), a topic that becomes a call to action beside
// the advert's frame ("if you like this kind of music", "for more") or
// beside the writer's relative or friend named as the one to find ("my
// cousin … search Rafael Soto on youtube"); and one's own channel told with
// words between ("my football channel", "I started a comedy channel"), a
// topic, or a phrase as the object of a verb that promotes ("grow my
// football channel").
//
// The score grows with the evidence: PhraseScore for the first
// phrase, MorePhraseScore for each other distinct phrase, CueScore for each
// distinct cue that is not part of a phrase already counted, at most
// MaxScore. In a comment of at most ShortWords words, a call to action
// scores as a phrase: it is then the whole point of the comment.
//
// Beside a link, a writer who says in the link's sentence that the link
// is a work of their own ("I wrote a complete beginner's guide … here:
// <link>", "I've actually put together an ebook … It's here: <link>")
// counts as a topic too (authoredAtLink), and so does a link presented
// by a formula that names nothing ("You may also like <link>", "I found
// similar useful information here <link>"; formulaAtLink).
//
// The same walk of the words reads the offers of lists/offers.txt, for
// CodeOffer (OfferScore; see offerScan): a call to act on an offer with a
// gain or urgency, beside a link to another site. Its links are counted
// as the link checks count them, with the allowed domains DefaultChecks
// gives it (Config.AllowedDomains; none for SelfPromotion alone).
type SelfPromotionCheck struct {
	PhraseScore     float64
	MorePhraseScore float64
	CueScore        float64
	MaxScore        float64
	ShortWords      int
	OfferScore      float64

	set   *phraseSet // the phrases, the cues and the offers, told apart by kind
	vocab *wordSet   // every word of set's self-promotion entries (see compounds.exempt)
	// offerAlso is the offer role of the entries that are self-promotion
	// entries too ("promo code", "today only"): the set keeps the first
	// kind of a phrase.
	offerAlso map[string]int
	links     linkChecker // for CodeOffer: the links that count
	// skip says, by kind (promoPhrase, promoCue, promoTopic), which
	// entries the check does not read: those of the codes Without
	// dropped. Their words are then read as any others, so that the cues
	// inside a phrase still count. skipOffer: CodeOffer was dropped.
	skip      [promoIdiom]bool
	skipOffer bool
}

// SelfPromotion returns the self-promotion check over the embedded lists
// lists/promo-phrases.txt, lists/promo-cues.txt and lists/promo-topics.txt
// (cues both, but only a call to action of promo-cues.txt makes a short
// comment's point), and lists/promo-idioms.txt, with extraPhrases
// (Config.Phrases) counted as phrases. Scores default to PromoPhraseScore,
// PromoMorePhraseScore, PromoCueScore, PromoMaxScore and
// PromoShortWords.
func SelfPromotion(extraPhrases ...string) *SelfPromotionCheck {
	lists := defaultPromoLists
	if len(extraPhrases) > 0 {
		lists = newPromoLists(extraPhrases)
	}
	return &SelfPromotionCheck{
		PhraseScore:     PromoPhraseScore,
		MorePhraseScore: PromoMorePhraseScore,
		CueScore:        PromoCueScore,
		MaxScore:        PromoMaxScore,
		ShortWords:      PromoShortWords,
		OfferScore:      OfferScore,
		set:             lists.set,
		vocab:           lists.vocab,
		offerAlso:       lists.offerAlso,
		links:           newLinkChecker(nil),
	}
}

// The kinds of entry in a self-promotion set.
const (
	promoPhrase = iota
	promoCue    // a call to action
	promoTopic  // what promotion talks about; never enough alone
	promoIdiom  // words that hold a cue or a topic and mean something else
	// promoPointer: a search verb of lists/promo-pointers.txt, a topic
	// when a place follows it (searchPointer) and a call to action with a
	// frame beside it; promoFrame: what an advert says around its
	// pointer, a topic beside one.
	promoPointer
	promoFrame
	promoContest // a contest of lists/promo-pointers.txt, a topic unless a vote is talked about
	// promoOffer and above: an entry of lists/offers.txt only, of the role
	// promoOffer+offerAct, +offerGain… (see offerRoles).
	promoOffer
)

var (
	defaultPromoLists = newPromoLists(nil)
	defaultPromoSet   = defaultPromoLists.set
	defaultPromoVocab = defaultPromoLists.vocab
)

// promoLists is a self-promotion set and what is known of its entries.
type promoLists struct {
	set       *phraseSet
	vocab     *wordSet       // every word of the self-promotion entries (not of the offers)
	offerAlso map[string]int // the offer role of self-promotion entries that are offers too
}

// newPromoLists builds the set of newPromoSet with the offers of
// lists/offers.txt in it, so that one walk of a comment's words finds
// both. An offer entry that is a self-promotion entry already ("promo
// code") keeps its kind, with its role in offerAlso.
func newPromoLists(extra []string) promoLists {
	set := newPromoSet(extra)
	l := promoLists{set: set, vocab: vocabularyOf(set), offerAlso: map[string]int{}}
	// The pointers' words ("search", "for more") are not words of the
	// entries that vocab tells compounds by.
	for _, e := range promoPointers["search"] {
		set.addKind(e, promoPointer)
	}
	for _, e := range promoPointers["named"] {
		set.addKind(e, promoPointer)
	}
	for _, e := range promoPointers["frame"] {
		set.addKind(e, promoFrame)
	}
	for _, e := range promoPointers["kin"] {
		set.addKind(e, promoFrame) // a frame beside a pointer only, as the frames are
	}
	for _, e := range promoPointers["perk"] {
		set.addKind(e, promoFrame) // a pointer after a relative only (pointerPerk)
	}
	for _, e := range promoPointers["contest"] {
		set.addKind(e, promoContest)
	}
	for _, e := range offerEntries {
		for _, words := range phraseForms(e.phrase) {
			if n := set.lookup(words); n != nil && n.phrase != "" {
				l.offerAlso[n.phrase] = e.role
				continue
			}
			set.addWords(words, promoOffer+e.role)
		}
	}
	return l
}

// vocabularyOf returns every word of the entries of s (of every kind).
func vocabularyOf(s *phraseSet) *wordSet {
	var words []string
	var walk func(n *phraseNode)
	walk = func(n *phraseNode) {
		for w, next := range n.next {
			words = append(words, w)
			walk(next)
		}
	}
	walk(s.root)
	return newWordSet(words)
}

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
	for _, idiom := range readList("promo-idioms.txt") {
		s.addKind(idiom, promoIdiom)
	}
	return s
}

// promoKindCodes are the codes of the kinds of entry, by kind.
var promoKindCodes = [promoIdiom]string{CodePromoPhrase, CodeCallToAction, CodePromoTopic}

// Codes returns the codes the check raises.
func (c *SelfPromotionCheck) Codes() []string {
	var codes []string
	for k, code := range promoKindCodes {
		if !c.skip[k] {
			codes = append(codes, code)
		}
	}
	if !c.skipOffer {
		codes = append(codes, CodeOffer)
	}
	return codes
}

// without is the check for Without (see dropCodes): it reads no entry
// of a dropped code, rather than dropping the flag of a comment that has
// one, since each flag also counts the evidence of the other kinds. So
// without CodePromoPhrase "check out my channel, please share it" raises
// call_to_action, as "please share it" does (dropping the promo_phrase
// flag that counted "please share" passed it), and without
// CodeCallToAction "subscribers, free money, check it out" raises
// promo_topic for the topics.
func (c *SelfPromotionCheck) without(drop map[string]bool) Checker {
	d := *c
	for k, code := range promoKindCodes {
		d.skip[k] = d.skip[k] || drop[code]
	}
	d.skipOffer = d.skipOffer || drop[CodeOffer]
	if d.skip == c.skip && d.skipOffer == c.skipOffer {
		return c
	}
	return &d
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
	var callBuf [maxPromoEvidence]bool
	isCall := callBuf[:0] // parallel to cues: a call to action, not a topic
	calls := 0            // cues that are calls to action, not topics
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
		if contains(phrases, m.Phrase) {
			return
		}
		if k := slices.Index(cues, m.Phrase); k >= 0 {
			// The same words again count once, as what they say at their
			// strongest: "We share this. Share this video!" calls to
			// action as "Share this video! We share this." does.
			if m.Kind == promoCue && !isCall[k] {
				isCall[k] = true
				calls++
			}
			return
		}
		if len(cues) < maxPromoEvidence {
			cues = append(cues, m.Phrase)
			isCall = append(isCall, m.Kind == promoCue)
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
	var joints compounds // over the words as spans of v.Folded, where hyphens show
	var offers offerScan
	var quotes quotesOf  // found when a first entry is
	quotedTopic := false // a quotation's entry was counted, as a topic
	var maker int8       // speaksAsMaker, found when freeAsFact first asks
	var event lazyFact   // communityEvent, read when freeEntry first asks
	var warned lazyFact  // warnsOfScam, read when a quoted entry first asks
	var shared lazyFact  // scamNear and warnsOfScam, read when a passesWarningOn cue first asks
	offering := !c.skipOffer && c.links.besideSite(v, false)
	var pointer, frame string // the first search pointer an imperative sends, and the first frame
	pointerAt := 0            // where pointer starts
	kin, kinAt := "", -1      // the first relative or friend of the writer named (a kin frame), and where
	perk, perkAt := "", -1    // the first name-drop for a perk after kin ("mention my name"), and where
	kinRuns := false          // a relative or friend runs something ("my cousin runs a garage"; kinTrades)
	quoted, quotedAt := "", 0 // the first quoted title searched, and where
	var contest string        // the first contest named
	shareCall := false        // a call to share, outside a quotation
	c.set.findIn(words, func(m phraseMatch) {
		if m.Kind >= promoOffer && !offering {
			// An offer's entry with no link to offer: nothing to read,
			// and no spans to find ("we" and "our" are entries).
			return
		}
		if joints.words.text == "" {
			joints.words = spansOfFolded(v, words)
		}
		if m.Kind >= promoOffer {
			offers.see(&joints, m, m.Kind-promoOffer)
			return
		}
		if offering && len(c.offerAlso) > 0 {
			if role, ok := c.offerAlso[m.Phrase]; ok {
				offers.see(&joints, m, role)
			}
		}
		if m.Kind == promoFrame {
			if pointerKin[m.Phrase] {
				if kinAt < 0 {
					kin, kinAt = m.Phrase, m.Start
				}
				kinRuns = kinRuns || m.End < words.len() && kinTrades.has(words.at(m.End))
			} else if pointerPerk[m.Phrase] {
				if perkAt < 0 && kinRuns && !quotes.has(joints.words, m) {
					perk, perkAt = m.Phrase, m.Start
				}
			} else if frame == "" {
				frame = m.Phrase
			}
			return
		}
		if m.Kind == promoContest {
			if contest == "" && !c.skip[promoTopic] && !quotes.has(joints.words, m) {
				contest = m.Phrase
			}
			return
		}
		isPointer := m.Kind == promoPointer
		if isPointer {
			q, ok := searchPointer(words, m)
			if !ok && quoted == "" && len(v.Links) == 0 && !c.skip[promoTopic] {
				// A quoted title searched (quotedSearch): kept aside, a
				// pointer only beside a frame (below). Alone it is no
				// topic: "For free help, search "Citizens Advice
				// debt"" is a reader's advice.
				if q, ok := quotedSearch(joints.words, m); ok {
					quoted, quotedAt = q, m.Start
				}
				return
			}
			if !ok {
				return
			}
			// A topic: readers send each other to videos too ("search
			// 'Hubble deep field' on YouTube, it's stunning"). With a
			// frame it is the advert's call (below).
			m.Phrase, m.Kind = q, promoTopic
		}
		if m.Kind < promoIdiom && c.skip[m.Kind] {
			return
		}
		if m.Kind == promoIdiom && joints.hyphenBetween(m.End-1) {
			return // "gluten-free-robux": its last word is another compound's
		}
		if joints.exempt(c.vocab, m) {
			return // "lock-free": not the entry's word
		}
		if (m.Kind == promoCue || m.Kind == promoTopic) && heldAfter(words, m) {
			return // "the vote": no evidence
		}
		if m.Kind == promoPhrase && deniesOwn(words, m) {
			return // "not my channel": no evidence
		}
		if m.Kind == promoPhrase && asksThirdParty(words, m) {
			return // "Can the writer DM me the name?": a reader asks for a reply
		}
		if m.Kind == promoTopic && clickForbidden(words, m) {
			return // "don't click": a warning
		}
		if m.Kind == promoTopic && broadcastChannel(words, m) {
			return // "the radio channel": a broadcaster's
		}
		if m.Kind == promoTopic && triedAnAction(words, m) {
			return // "it crashed until I tried clearing the cache": a reader's fix
		}
		if m.Kind == promoTopic && (covered == nil || !covered[m.Start]) {
			if j, promoted, ok := ownChannel(words, &joints, m); ok {
				// "my football channel", "I started a comedy channel": the
				// speaker's own, told (a topic), or promoted ("grow my
				// football channel": a phrase, as "my channel" is).
				// Its span stays the channel's word, so that the evidence
				// before it ("i made a", "my youtube") still counts.
				if deniesOwn(words, phraseMatch{Start: j, End: m.End}) {
					return // "it's not my football channel"
				}
				m.Phrase = words.at(j) + " … channel"
				if promoted && !c.skip[promoPhrase] {
					m.Kind = promoPhrase
				}
			} else if q, ok := namedChannel(joints.words, m); ok {
				// "a channel called FreddieLivesOn", "Channel: RockVault":
				// named as a search names it, a pointer (still a topic).
				m.Phrase, isPointer = q, true
			}
		}
		if (m.Kind == promoPhrase && m.End-m.Start == 1 || m.Kind == promoCue) && promoOneWordPhrases.has(words.at(m.Start)) && (asksIfNeeded(words, m.Start) || writerSubscribes(words, m.Start)) {
			// "Do I need to subscribe to that sports channel?": a reader
			// asks whether it is required; no promoter asks that. No
			// evidence, not even a topic.
			return
		}
		if m.Kind == promoTopic && freeAsFact(words, m, &maker) {
			return // "Khan Academy is free": said of a thing, not offered
		}
		if m.Kind == promoTopic && freeReceived(words, m) {
			return // "they replaced our missing pieces for free": a customer's story
		}
		if m.Kind == promoTopic && (freeEntry(words, m) || words.at(m.Start) == "free" && m.End-m.Start == 1 || eventPointers[m.Phrase]) || m.Kind == promoPhrase && pluralVoice(words, m) {
			if event.get(func() bool { return communityEvent(v) }) {
				// "Carol concert 14 Dec at St Mary's, free entry", "the
				// society holds a free public watch on Saturday, updates
				// on our website", "open day on the 14th, details at
				// <link>": a community body's notice of its event.
				return
			}
		}
		if m.Kind == promoCue && passesWarningOn(m.Phrase) {
			// Read once, around the first such cue: a warning says what
			// it warns of near its "please share".
			if shared.get(func() bool { return scamNear(words, m.Start) && warnsOfScam(words) }) {
				return // "It's a scam. Please share this with older relatives": the warning passed on
			}
		}
		if m.Kind < promoIdiom && quotes.has(joints.words, m) {
			// Someone else's words, quoted: one topic, whatever they
			// say ("Someone posted 'check out my channel for free
			// robux' again").
			if quotedTopic || c.skip[promoTopic] {
				return
			}
			if warned.get(func() bool { return warnsOfScam(words) }) {
				// Quoted by a comment that calls it a scam and bids no
				// one be written to (warnsOfScam): the scam's words,
				// passed on as a warning, weigh nothing, as a number
				// quoted so does in ContactCheck.
				return
			}
			quotedTopic, m.Kind, isPointer = true, promoTopic, false
		}
		if (m.Kind == promoPhrase || m.Kind == promoCue) && talksAbout(words, &joints, m) {
			m.Kind = promoTopic // "I subscribe to three papers": no invitation
			if c.skip[promoTopic] {
				return
			}
		}
		if m.Kind == promoPhrase && namesOthers(words, m) {
			// "check out Jenny's channel", "subscribe to their
			// newsletter": the reader is sent to someone else's thing.
			// That is a call to action, held beside a link or another
			// cue, not the commenter's own promotion, which alone with a
			// link would reject a reader's recommendation.
			m.Kind = promoCue
		}
		if m.Kind == promoCue && readerAdvice(words, m, &maker, len(v.Links) > 0) {
			return // "check out their Saturday storytime": a reader's advice (selfpromo_advice.go)
		}
		if m.Kind == promoCue && sharesOn(words, m) && sharesThePage(words, m) {
			m.Kind = promoTopic // "please share this post": the article the comment is under
			if c.skip[promoTopic] {
				return
			}
		}
		if m.Kind == promoCue && sharesOn(words, m) {
			shareCall = true // a warning may pass quoted words on (below)
		}
		if isPointer && pointer == "" && (m.Start == 0 || !promoSubjects.has(words.at(m.Start-1))) {
			pointer, pointerAt = m.Phrase, m.Start // an imperative, not "I search it on youtube"
		}
		if covered == nil {
			covered = make([]bool, words.len())
		}
		flush(m.Start)
		if m.Kind == promoCue || m.Kind == promoTopic {
			pending = append(pending, m)
			return
		}
		// A phrase inside a longer one found is no new evidence; an idiom
		// is none at all, and the cues and topics inside it are not
		// counted ("feel free" offers nothing free).
		inside := true
		for i := m.Start; i < m.End; i++ {
			inside = inside && covered[i]
			covered[i] = true
		}
		if m.Kind == promoPhrase && !inside && len(phrases) < maxPromoEvidence && !contains(phrases, m.Phrase) {
			phrases = append(phrases, m.Phrase)
		}
	})
	flush(words.len())
	if shareCall && quotedTopic && (warns(words) || namesHarm(words)) {
		// "Please share this with older relatives: 'Grandma, I'm in
		// jail… send gift cards'. It's always a scam.": the call passes a
		// warning of the quoted words on, and counts for nothing.
		n := 0
		for k, cue := range cues {
			if isCall[k] && sharePhrase(cue) {
				calls--
				continue
			}
			cues[n], isCall[n] = cue, isCall[k]
			n++
		}
		cues, isCall = cues[:n], isCall[:n]
	}
	if contest != "" && (len(cues) > 0 || len(phrases) > 0) && len(cues) < maxPromoEvidence && !contains(cues, contest) && !votedAbout(cues, isCall) {
		// A contest is a topic only beside another sign of promotion (a
		// vote asked for, "it would mean the world"): named beside
		// nothing but a link, it is news ("The leadership contest rules
		// are explained here: <link>").
		cues = append(cues, contest) // a topic
		isCall = append(isCall, false)
	}
	if pointer == "" && quoted != "" && (frame != "" || kinAt >= 0 && kinAt < quotedAt) && len(cues) < maxPromoEvidence {
		// A quoted title searched, beside a frame or after the writer's
		// relative ('my cousin … search Lil Dre "Cold Summer"'): the
		// pointer the frame makes a call to action, as below.
		pointer, pointerAt = quoted, quotedAt
		cues = append(cues, quoted)
		isCall = append(isCall, false)
	}
	if pointer == "" && perkAt >= 0 && len(cues) < maxPromoEvidence && !c.skip[promoTopic] {
		// A name to drop for a perk at the business of the writer's
		// relative or friend, named before it ("my cousin runs a garage
		// … mention my name for 10% off", "tell them I sent you"): where
		// to go and why, as a pointer says, and the relative its frame
		// (below). Only after a relative who runs or owns something
		// (kinTrades): without one, "mention my name" is a friend's
		// favour ("my friend volunteers at the food bank, mention my
		// name"), no advert.
		pointer, pointerAt = perk, perkAt
		cues = append(cues, perk)
		isCall = append(isCall, false)
	}
	if frame == "" && kinAt >= 0 && kinAt < pointerAt {
		// The writer's relative or friend introduced, then where to find
		// them ("my cousin sings like Enrique! search Rafael Soto on
		// youtube"): the advert's frame. Named after the pointer ("search
		// it on youtube, my dad loves it") the relative is the
		// audience.
		frame = kin
	}
	if frame != "" && pointer != "" && len(cues) < maxPromoEvidence {
		if k := slices.Index(cues, pointer); k >= 0 && !isCall[k] && !contains(cues, frame) {
			// The advert's frame beside its pointer ("if you like this
			// kind of music, search … on youtube"): the pointer is its
			// call to action, and the frame a second sign.
			isCall[k] = true
			calls++
			cues = append(cues, frame)
			isCall = append(isCall, false)
		}
	}
	// The readers of the sentence before a link each need a word of
	// linkReaderWords: a comment with none has no sentence to read.
	readLinks := offering && v.saysLinkReaderWord()
	if readLinks && !c.skip[promoTopic] && len(cues) < maxPromoEvidence && !toldOfMaking(cues) {
		if q, ok := authoredAtLink(v, c.links); ok {
			// The writer's own work at the link (selfpromo_authored.go):
			// a topic, counted once with an entry that tells of making
			// it already ("i made a").
			cues = append(cues, q)
			isCall = append(isCall, false)
		}
	}
	if readLinks && !c.skip[promoTopic] && len(cues) < maxPromoEvidence && !namesOwnSite(cues) {
		if q, ok := ownSiteAtLink(v, c.links); ok && !contains(cues, q) {
			// The link called the writer's own site by its kind ("on my
			// food blog, with a vegan twist: <link>"), which the list's
			// "my blog" does not match: a topic, once with such an entry.
			cues = append(cues, q)
			isCall = append(isCall, false)
		}
	}
	if readLinks && !c.skip[promoTopic] && len(cues) < maxPromoEvidence {
		if q, ok := formulaAtLink(v, c.links); ok && !contains(cues, q) && !toldOfMaking(cues) {
			// A link presented by a formula that names nothing
			// (selfpromo_formula.go): a topic, once with the writer's
			// own work ("i wrote a detailed guide" is both).
			cues = append(cues, q)
			isCall = append(isCall, false)
		}
	}
	if !c.skip[promoTopic] && len(cues) < maxPromoEvidence && v.Comment.Author != "" {
		if q := tradeSignature(v.Comment.Author); q != "" {
			// Signed with a trade's search words (selfpromo_signature.go),
			// and, a second topic, over a comment of nothing but generic
			// praise.
			cues = append(cues, q)
			isCall = append(isCall, false)
			if barePraise(v, words) {
				cues = append(cues, "praise that names nothing")
				isCall = append(isCall, false)
			}
		}
	}
	var offer Flag
	if offering && offers.offer(joints.words, func() bool { return c.links.besideSite(v, true) }) {
		offer = Flag{Code: CodeOffer, Score: c.OfferScore, Detail: offers.detail()}
	}
	if len(phrases) > 0 {
		// A phrase recast as a topic before the same phrase was found as
		// an invitation counts once, as the phrase, in either order.
		n := 0
		for k, cue := range cues {
			if !contains(phrases, cue) {
				cues[n], isCall[n] = cue, isCall[k]
				n++
			} else if isCall[k] {
				calls--
			}
		}
		cues, isCall = cues[:n], isCall[:n]
	}
	if len(phrases) == 0 && len(cues) == 0 {
		if offer.Code != "" {
			return []Flag{offer}
		}
		return nil
	}
	score := float64(len(cues)) * c.CueScore
	if len(phrases) > 0 {
		score += c.PhraseScore + float64(len(phrases)-1)*c.MorePhraseScore
	} else if calls > 0 && words.len() <= c.ShortWords {
		// A call to action that is nearly the whole comment ("give it a
		// like", "please share") is the comment's point.
		score = math.Max(score, c.PhraseScore)
	}
	score = math.Min(score, c.MaxScore)
	var promo Flag
	switch {
	case len(phrases) > 0 && len(cues) > 0:
		promo = Flag{Code: CodePromoPhrase, Score: score,
			Detail: "self-promotion: says " + quoteList(phrases, 4) + ", with " + quoteList(cues, 3)}
	case len(phrases) > 0:
		promo = Flag{Code: CodePromoPhrase, Score: score, Detail: "self-promotion: says " + quoteList(phrases, 4)}
	case calls > 0:
		what := "calls to action: "
		if len(cues) == 1 {
			what = "a call to action: "
		}
		promo = Flag{Code: CodeCallToAction, Score: score, Detail: what + quoteList(cues, 4)}
	default:
		promo = Flag{Code: CodePromoTopic, Score: score, Detail: "talks as promotion does: " + quoteList(cues, 4)}
	}
	if offer.Code != "" {
		return []Flag{promo, offer}
	}
	return []Flag{promo}
}

// The roles of lists/promo-grammar.txt: the possessives that start a
// phrase, the second halves of compound adjectives, the subject pronouns
// that make a call to action a statement, the determiners that name any
// thing after "subscribe to", the auxiliary and modal verbs that make a
// possessive phrase of a narrated noun (a site, a blog) the subject of a
// statement, the topics that after a determiner name a thing held
// (heldAfter), the third persons' possessives and the contractions of
// "is" that namesOthers tells apart, and the particles that end a
// phrasal verb ("check out").
var (
	promoGrammar     = readGrammar("promo-grammar.txt")
	promoPossessives = promoGrammar["possessive"]
	promoAdjectives  = promoGrammar["adjective"]
	promoSubjects    = promoGrammar["subject"]
	promoDeterminers = promoGrammar["determiner"]
	promoPredicates  = promoGrammar["predicate"]
	promoNarrated    = promoGrammar["narrated"]
	promoHeld        = promoGrammar["held"]
	promoOthers      = promoGrammar["others"]
	promoContracted  = promoGrammar["contracted"]
	promoParticles   = promoGrammar["particle"]
	promoDenials     = promoGrammar["denial"]
)

// promoOneWordPhrases are the phrases of one word of
// lists/promo-phrases.txt ("subscribe" and its misspellings), which the
// rule for "subscribe to" an article or a number is about: not a word a
// site adds to Config.Phrases ("donate to the fund" is not "subscribe to
// the list").
var promoOneWordPhrases = oneWordEntries(readList("promo-phrases.txt"))

func oneWordEntries(entries []string) *wordSet {
	var one []string
	for _, e := range entries {
		if w := splitWords(foldText(e)); len(w) == 1 {
			one = append(one, w[0])
		}
	}
	return newWordSet(one)
}

// grammarRoles are the roles of lists/promo-grammar.txt.
var grammarRoles = []string{"possessive", "adjective", "subject", "determiner", "predicate", "narrated", "held", "others", "contracted", "particle", "denial"}

// readGrammar reads a list of grammar words, each line a role and a
// folded word, into a set of words for each role.
func readGrammar(name string) map[string]*wordSet { return readRoleSets(name, grammarRoles) }

// readRoles reads a list whose lines are a role and an entry into the
// entries of each role; the list must give every role of want, and no
// other, and every entry must pass valid (what it is told of in a panic).
func readRoles(name string, want []string, valid func(entry string) bool, what string) map[string][]string {
	roles := map[string][]string{}
	for _, e := range readList(name) {
		role, entry, ok := strings.Cut(e, " ")
		if !ok || entry == "" || !valid(entry) {
			panic("moderation: " + name + ": " + e + " is not a role and " + what)
		}
		roles[role] = append(roles[role], entry)
	}
	for _, r := range want {
		if len(roles[r]) == 0 {
			panic("moderation: " + name + ": no " + r)
		}
	}
	if len(roles) != len(want) {
		panic("moderation: " + name + ": a role other than " + strings.Join(want, ", "))
	}
	return roles
}

// readRoleSets reads a list whose lines are a role and a folded word into
// a set of words for each role (readRoles).
func readRoleSets(name string, want []string) map[string]*wordSet {
	roles := readRoles(name, want, func(w string) bool {
		return w == foldText(w) && !strings.ContainsAny(w, " \t")
	}, "one folded word")
	sets := make(map[string]*wordSet, len(want))
	for _, r := range want {
		sets[r] = newWordSet(roles[r])
	}
	return sets
}

// eventPointers are the topics of promo-topics.txt that point at where
// an event's details are: a community's notice of its event says them of
// its programme as a business says them of its prices.
var eventPointers = map[string]bool{
	"details at": true, "more details at": true, "full details at": true,
	"for more info visit": true, "for more information visit": true,
}

// pluralWords are the first person plural a promotion phrase speaks in
// ("follow us", "our website", "join us").
var pluralWords = newWordSet([]string{"us", "our", "we"})

// pluralVoice reports whether the phrase m speaks in the first person
// plural: a community body's "us" and "our" as much as a firm's, which
// SelfPromotionCheck reads apart by communityEvent.
func pluralVoice(words wordList, m phraseMatch) bool {
	for k := m.Start; k < m.End; k++ {
		if pluralWords.has(words.at(k)) {
			return true
		}
	}
	return false
}

// heldAfter reports whether the call to action or topic m starts with a
// word of the role "held" right after a determiner: the noun, one such
// thing held ("the vote on the housing plan was 7 to 4", "a vote for
// mayor"), not a request for one ("vote for", "please vote", "your
// vote"); or whether the topic m is such a word alone after "to", with a
// word of need or ability (actNeeds) among the six words before that:
// the act, in an infinitive ("you
// need photo ID to vote now", "old enough to vote", "how to vote"),
// which neither the bid "to vote for" (a call to action) nor a purpose
// ("share to vote!") is. It counts as nothing, as an idiom's words do.
func heldAfter(words wordList, m phraseMatch) bool {
	if m.Start == 0 || !promoHeld.has(words.at(m.Start)) {
		return false
	}
	before := words.at(m.Start - 1)
	if promoDeterminers.has(before) {
		return true
	}
	if nounModified(words, m.Start) {
		return true // "the council vote", "a second vote": the noun, modified
	}
	if before != "to" || m.Kind != promoTopic || m.End-m.Start != 1 || m.End < words.len() && words.at(m.End) == "for" {
		return false
	}
	for j := m.Start - 2; j >= 0 && j >= m.Start-7; j-- {
		if actNeeds.has(words.at(j)) {
			return true
		}
	}
	return false
}

// actNeeds are the words of need, ability or manner before "to" and an
// act (heldAfter): "need to vote", "old enough to vote", "how to vote".
var actNeeds = newWordSet([]string{
	"need", "needs", "needed", "enough", "able", "eligible", "allowed", "entitled", "how", "where", "when",
	"required", "want", "wants", "going", "have", "has", "had",
})

// broadcasters are the words that make a channel a broadcaster's when
// they stand right before it: the official one, a radio's, a TV's, a
// news or sports network's, a streaming platform's ("the radio channel",
// "that sports channel", "(official channel, not a reupload)", "Twitch
// channel is the usual one"). A promoter's channel is his own ("my
// channel", "check out our music channel"), or one he made ("I made a
// gaming channel"): none of these is a broadcaster's word.
var broadcasters = newWordSet([]string{"official", "radio", "tv", "television", "sports", "news", "twitch", "bbc", "itv", "cable"})

// broadcastChannel reports whether the topic m, "channel", is a
// broadcaster's: right after a word of broadcasters, with no possessive
// of the speaker's or the reader's (promoPossessives: "my", "our",
// "your"…) among the two words before that ("my official channel" is
// the speaker's). It counts as nothing, as "the vote" does (heldAfter).
func broadcastChannel(words wordList, m phraseMatch) bool {
	if m.End-m.Start != 1 || m.Start == 0 || words.at(m.Start) != "channel" || !broadcasters.has(words.at(m.Start-1)) {
		return false
	}
	for j := m.Start - 2; j >= 0 && j >= m.Start-3; j-- {
		if promoPossessives.has(words.at(j)) {
			return false
		}
	}
	return true
}

// deniesOwn reports whether the phrase m, a possessive and a noun, comes
// right after a denial ("not my channel", "it isn't my site"): the
// speaker says the thing is not theirs. It counts as nothing, as an
// idiom's words do; a topic word inside it is still found on its own.
func deniesOwn(words wordList, m phraseMatch) bool {
	return m.Start > 0 && m.End-m.Start > 1 && promoPossessives.has(words.at(m.Start)) && promoDenials.has(words.at(m.Start-1))
}

// talksAbout reports whether the phrase or call to action found, m, talks
// about what promotion talks about instead of inviting the reader, so
// that it counts as a topic (lists/promo-grammar.txt says why each shape
// is no invitation):
//   - a phrase of a possessive and a noun whose noun is the first half of
//     a compound adjective, outside a link: "my channel-based worker pool"
//     is the speaker's pool ("my channel-page" is still the phrase);
//   - a phrase of a possessive and a noun followed by "of choice": "my
//     channel of choice used to be the BBC" names the writer's
//     preference, which is someone else's thing, not his own;
//   - a phrase of a possessive and a narrated noun (a site or a blog)
//     followed by an auxiliary or modal verb: "my website got hacked",
//     "our website was down" tell what happened to the thing, as its
//     subject ("my new song is out" still announces);
//   - a call to action right after a subject pronoun: "I'd buy it again"
//     is a statement, "buy it" an imperative; or right after "used to",
//     a past habit ("it used to take 2 minutes", "we used to share this
//     flat"), which no one says to invite; or right after "happy to",
//     "glad to" (gladTo), the writer's own act ("happy to share this with
//     my class");
//   - "subscribe to" (the call to action, or a one-word phrase before
//     "to") followed by an article or a number: "subscribe to the
//     mailing list", "I subscribe to three local papers"; and so "vote
//     for": "vote for the library levy on Tuesday" names a measure or a
//     list of the world, where a push names its own ("vote for my
//     sister", "vote for us");
//   - a call to take a moment or a minute not followed by what it is
//     for (takeFor): "they take 5 minutes once you get the hang of it"
//     tells a duration;
//   - "subscribe" (the phrase or "subscribe to") asked as a need, after
//     "do you have to" or "did I need to" (asksIfNeeded): "do you have
//     to subscribe to read the review?" asks, it does not bid. Check
//     counts such a question for nothing before it asks talksAbout.
//
// Each shape reads at most two words past the match and one before it,
// so the check stays linear. A topic still counts: beside a second sign
// it holds the comment, so a spammer who writes "subscribe to the
// channel" is held for "subscribe to" and "channel" together.
func talksAbout(words wordList, joints *compounds, m phraseMatch) bool {
	switch m.Kind {
	case promoPhrase:
		if m.End-m.Start == 1 {
			if promoOneWordPhrases.has(words.at(m.Start)) && asksIfNeeded(words, m.Start) {
				return true // "do you have to subscribe to read it?"
			}
			return promoOneWordPhrases.has(words.at(m.Start)) && m.End < words.len() && words.at(m.End) == "to" && namesAnyThing(words, m.End+1)
		}
		if promoParticles.has(words.at(m.End-1)) && m.End < words.len() && words.at(m.End) == "the" {
			return true // "check out the weather before you go"
		}
		if !promoPossessives.has(words.at(m.Start)) {
			return false
		}
		if joints.compoundAt(m.End - 1) {
			return true
		}
		if m.End+1 < words.len() && words.at(m.End) == "of" && words.at(m.End+1) == "choice" {
			return true // "my channel of choice was the BBC": a preference, someone else's
		}
		return m.End < words.len() && promoNarrated.has(words.at(m.End-1)) && promoPredicates.has(words.at(m.End))
	case promoCue:
		if promoOneWordPhrases.has(words.at(m.Start)) && asksIfNeeded(words, m.Start) {
			return true // "do you have to subscribe to read it?"
		}
		if words.at(m.Start) == "take" && m.End < words.len() && !takeFor.has(words.at(m.End)) {
			return true // a duration: "the fluids take 5 minutes once you get the hang of it"
		}
		if m.Start > 0 && promoSubjects.has(words.at(m.Start-1)) {
			return true
		}
		if m.Start > 1 && words.at(m.Start-1) == "to" && words.at(m.Start-2) == "used" {
			return true // a past habit: "it used to take 2 minutes"
		}
		if m.Start > 1 && words.at(m.Start-1) == "to" && gladTo.has(words.at(m.Start-2)) {
			return true // the writer's own act: "happy to share this with my class"
		}
		last := words.at(m.End - 1)
		return (last == "to" || last == "for" && words.at(m.Start) == "vote") && namesAnyThing(words, m.End)
	}
	return false
}

// gladTo are the adjectives before "to" that tell a call to action as
// the writer's own glad act ("happy to share this with my year group",
// "glad to vote for it"): a statement of what he does, not a bid to the
// reader, as the call after "I" is.
var gladTo = newWordSet([]string{"happy", "glad", "pleased"})

// takeFor are the words that, right after "take a minute" or "take 30
// seconds", say what the time is to be taken for: the call to act goes
// on ("take a second and watch it", "take 30 seconds to visit", "take a
// second of your life", "take a minute out"). Any other word after it
// tells how long something takes ("they take 5 minutes once you get the
// hang of it"): a statement, counted as a topic. At a comment's end the
// call stands alone, and counts.
var takeFor = newWordSet([]string{"and", "to", "of", "out", "please", "n", "&"})

// asksIfNeeded reports whether the verb at words[i] ends a question of
// need: "do", "does" or "did", a subject pronoun or "you", then "have to"
// or "need to" ("do you have to subscribe", "did I need to subscribe"). The
// reader asks whether something is required; an invitation bids.
func asksIfNeeded(words wordList, i int) bool {
	if i < 4 || words.at(i-1) != "to" {
		return false
	}
	if need := words.at(i - 2); need != "have" && need != "need" {
		return false
	}
	subject := words.at(i - 3)
	if subject != "you" && (!promoSubjects.has(subject) || strings.HasSuffix(subject, "'d")) {
		return false
	}
	switch words.at(i - 4) {
	case "do", "does", "did":
		return true
	}
	return false
}

// subscriberSubjects are the writer as the one who subscribes: "I
// subscribe to the weekend edition", "we subscribe the whole school".
var subscriberSubjects = newWordSet([]string{"i", "we"})

// subscriberAdverbs may stand between the writer and the verb ("we all
// subscribe", "I also subscribe").
var subscriberAdverbs = newWordSet([]string{"all", "also", "both", "still", "just", "already", "now", "only"})

// subscribeTrades after "subscribe" make it the writer's half of a trade
// of subscriptions ("subscribe me and I subscribe you back").
var subscribeTrades = newWordSet([]string{"you", "u", "ya", "back", "yours", "urs"})

// writerSubscribes reports whether the verb at words[i] ("subscribe")
// tells the writer as the subscriber: "I" or "we" its subject, an adverb
// between allowed ("we all subscribe to the council's newsletter"), or
// shown or taught how to ("my grandson showed me how to subscribe"). A
// promoter bids others subscribe ("subscribe to my channel", "please
// subscribe"); a reader says what he reads. Only the one-word verb is
// read so: "I subscribe back" and "subscribe to me" are phrases of
// their own, and still count; so does "I subscribe you", the offer of a
// trade (subscribeTrades).
func writerSubscribes(words wordList, i int) bool {
	if i+1 < words.len() && subscribeTrades.has(words.at(i+1)) {
		return false // "I subscribe you back": a trade of subscriptions
	}
	j := i - 1
	if j >= 0 && subscriberAdverbs.has(words.at(j)) {
		j--
	}
	if j >= 0 && subscriberSubjects.has(words.at(j)) {
		return true
	}
	// "showed me how to subscribe", "taught us how to subscribe"
	return i >= 3 && words.at(i-1) == "to" && words.at(i-2) == "how" && (words.at(i-3) == "me" || words.at(i-3) == "us")
}

// namesOthers reports whether the phrase m sends the reader to someone
// else's thing: it names no thing of the commenter's ("my remix to
// Tyga's song" is theirs), and the words after it start with a third
// person's possessive ("his", "their") or a name's, with an article or
// not ("Jenny's", "the council's"), after the "to" of "subscribe" or not.
func namesOthers(words wordList, m phraseMatch) bool {
	for k := m.Start; k < m.End; k++ {
		if promoPossessives.has(words.at(k)) {
			return false
		}
	}
	i := m.End
	if i < words.len() && words.at(i) == "to" && m.End-m.Start == 1 && promoOneWordPhrases.has(words.at(m.Start)) {
		i++
	}
	if i < words.len() && words.at(i) == "the" {
		i++
	}
	if i >= words.len() {
		return false
	}
	return othersPossessive(words.at(i))
}

// othersPossessive reports whether w, in lower case, is a third person's
// possessive determiner ("his", "their", role others) or a name's
// ("jenny's", "prusa’s"), not a contraction of "is" or "us" ("it's",
// "let's", role contracted). Folded words have the ASCII apostrophe
// already; a word read as typed may have the typographic one.
func othersPossessive(w string) bool {
	if promoOthers.has(w) {
		return true
	}
	if base, ok := strings.CutSuffix(w, "\u2019s"); ok {
		w = base + "'s"
	}
	return len(w) > 2 && strings.HasSuffix(w, "'s") && !promoContracted.has(w)
}

// namesAnyThing reports whether the ith word, if any, is an article or a
// number: what follows names a thing of the world, not the commenter's.
func namesAnyThing(words wordList, i int) bool {
	if i >= words.len() {
		return false
	}
	w := words.at(i)
	return promoDeterminers.has(w) || isNumber(w)
}

// The suffixes of lists/promo-compounds.txt (listed as "-free") and its
// compounds that still count (listed whole, "risk-free").
var promoSuffixes, promoOffers = readCompoundParts("promo-compounds.txt")

// compoundKey is a compound of a suffix: the word before the hyphen and
// the suffix, folded.
type compoundKey struct{ before, suffix string }

// readCompoundParts reads a list of compound parts: the suffix words,
// written with their hyphen ("-free"), and the compounds of them that
// still count, written whole ("risk-free"), folded as comment text is.
func readCompoundParts(name string) (suffixes *wordSet, offers map[compoundKey]bool) {
	var s []string
	var whole []compoundKey
	for _, e := range readList(name) {
		i := strings.LastIndexByte(e, '-')
		switch {
		case i == 0:
			s = append(s, foldText(e[1:]))
		case 0 < i && i < len(e)-1:
			whole = append(whole, compoundKey{foldText(e[:i]), foldText(e[i+1:])})
		default:
			panic("moderation: " + name + ": " + e + " is neither a suffix (-free) nor a compound (risk-free)")
		}
	}
	suffixes, offers = newWordSet(s), map[compoundKey]bool{}
	for _, k := range whole {
		if !suffixes.has(k.suffix) {
			panic("moderation: " + name + ": the suffix of " + k.before + "-" + k.suffix + " is not listed")
		}
		offers[k] = true
	}
	return suffixes, offers
}

// wordSet is a small set of words, looked up without hashing the word: in
// a run of compounds every entry found asks whether the words around it
// are listed, and most are not. A Bloom filter of one startKey rules out
// nearly every other word; the rest are compared with the words of their
// first byte.
type wordSet struct {
	keys    [startBits / 64]uint64 // the startKey of every word
	byFirst [256][]string          // the words, by their first byte
}

func newWordSet(words []string) *wordSet {
	s := &wordSet{}
	for _, w := range words {
		if w != "" && !s.has(w) {
			setBit(&s.keys, startKey(w))
			s.byFirst[w[0]] = append(s.byFirst[w[0]], w)
		}
	}
	return s
}

// all returns the words of s.
func (s *wordSet) all() []string {
	var out []string
	for _, ws := range s.byFirst {
		out = append(out, ws...)
	}
	return out
}

func (s *wordSet) has(w string) bool {
	if w == "" || !hasBit(&s.keys, startKey(w)) {
		return false
	}
	for _, x := range s.byFirst[w[0]] {
		if x == w {
			return true
		}
	}
	return false
}

// compounds tells which entries found in a comment sit in a hyphenated
// compound of a known harmless shape (lists/promo-compounds.txt). It
// remembers the stretch of the text it last found free of white space and
// of any sign of a link, and does not read it again: in one long run of
// hyphenated words, each hyphen's look around it reads only what the look
// before did not, so the whole comment costs linear time with a small
// constant, not linkLook bytes each way for every hyphen.
type compounds struct {
	words        wordList
	clean, until int // words.text[clean:until] has no white space and no sign of a link
}

// exempt reports whether the entry found, m, is part of a compound that
// means something else than the entry says; vocab holds every word of the
// entries of the lists. Only one shape: a one-word topic that is a listed
// suffix, after a hyphen and a noun it makes an adjective of "without":
// "free" in "lock-free" and "gluten-free". The word before must be in no
// entry, have no digit and not end in -ly, and the compound must not be
// one that still counts (lists/promo-compounds.txt): in "get-free",
// "subscribe-free", "100-free", "totally-free", "risk-free", "fee-free",
// "hassle-free" or "all-free" it is still an offer. Nor is it when a
// hyphen joins it to the word after ("gluten-free-robux").
//
// Every other hyphen joins nothing, so a spammer hides no entry by
// choosing a compound: "non-giveaway", "subscribe-based", "free-gift"
// count as the words they hold. That includes harmless compounds of the
// same look ("non-free firmware", "cross-channel"): any shape that spared
// them could be written by a spammer to mean the entry. (A set phrase of
// another sense is an idiom of lists/promo-idioms.txt instead, hyphen or
// not: "side-channel attack", "free software".) A phrase of a
// possessive and a noun that starts a compound adjective ("my
// channel-based worker pool") is not dropped either: it counts as a topic
// (talksAbout), so "my channel-style giveaway" still holds.
func (c *compounds) exempt(vocab *wordSet, m phraseMatch) bool {
	i := m.Start
	if m.Kind != promoTopic || m.End-i != 1 || i == 0 || !c.hyphenBetween(i-1) {
		return false
	}
	w, before := c.words.at(i), c.words.at(i-1)
	return promoSuffixes.has(w) && modifiesAsNoun(before, vocab) && !promoOffers[compoundKey{before, w}] &&
		!c.hyphenBetween(i) && !c.inLinkAt(i-1)
}

// modifiesAsNoun reports whether w, the word before a hyphen and a
// suffix ("lock" of "lock-free"), may be the noun the compound is made
// of: a word of no entry of the lists (vocab), with no digit, and not an
// adverb in -ly ("totally-free" is "totally free").
func modifiesAsNoun(w string, vocab *wordSet) bool {
	if vocab.has(w) || strings.HasSuffix(w, "ly") {
		return false
	}
	for i := 0; i < len(w); i++ {
		if '0' <= w[i] && w[i] <= '9' {
			return false
		}
	}
	return true
}

// spansOfFolded returns words, the words of v, as spans of v.Folded,
// where the hyphens between them show. Check's own words are so already;
// those of a View built by hand (View.Words) are found again in Folded,
// and when they are not its words, no two of them are joined.
func spansOfFolded(v *View, words wordList) wordList {
	if words.text == v.Folded || v.Folded == "" {
		return words
	}
	spans := appendWordSpans(nil, v.Folded)
	if len(spans) != words.len() {
		return words
	}
	for i, sp := range spans {
		if v.Folded[sp.start:sp.end] != words.at(i) {
			return words
		}
	}
	return wordList{text: v.Folded, spans: spans}
}

// hyphenBetween reports whether the ith word and the next have a hyphen,
// and nothing else, between them: hyphenated without the look for a link,
// to ask first.
func (c *compounds) hyphenBetween(i int) bool {
	l := c.words
	if i+1 >= len(l.spans) {
		return false
	}
	between := l.text[l.spans[i].end:l.spans[i+1].start]
	return between == "-" || between == "\u2010" || between == "\u2011" // hyphen-minus, hyphen, non-breaking hyphen
}

// compoundAt reports whether the ith word is the first half of a
// compound adjective: a hyphen joins it to a next word that is the second
// half of one in lists/promo-grammar.txt ("channel-based", "site-wide";
// not "channel-page" nor "sub-4-sub"), outside a link.
func (c *compounds) compoundAt(i int) bool {
	return c.hyphenBetween(i) && promoAdjectives.has(c.words.at(i+1)) && !c.inLinkAt(i)
}

// inLinkAt is inLink of what lies between the ith word and the next. In
// a link or an address a hyphen stands for a space
// ("free-vbucks-generator.xyz", "/click-100012345"): there the words are
// separate.
func (c *compounds) inLinkAt(i int) bool {
	return c.inLink(int(c.words.spans[i].end), int(c.words.spans[i+1].start))
}

// inLink reports whether text[start:end] lies in a run of text without
// white space that has a slash, an @, or a dot between two characters
// of words: a link, a host or an address, not prose. It looks at most
// linkLook bytes to each side and stops at the first white space or
// sign.
func inLink(text string, start, end int) bool {
	c := compounds{words: wordList{text: text}}
	return c.inLink(start, end)
}

// inLink is inLink of c's text, which skips the stretch c remembers as
// clean and remembers the one it finds.
func (c *compounds) inLink(start, end int) bool {
	text := c.words.text
	lo, hi := max(start-linkLook, 0), min(end+linkLook, len(text))
	from, to := lo, hi // the clean stretch around the hyphen, as far as it was read
left:
	for i := start - 1; i >= lo; i-- {
		if c.clean <= i && i < c.until {
			i = c.clean // clean already: the loop steps below it
			continue
		}
		switch linkBytes[text[i]] {
		case linkSpace:
			from = i + 1
			break left // the run starts here
		case linkSign:
			return true
		case linkDot:
			if dotInName(text, i) {
				return true
			}
		}
	}
right:
	for i := end; i < hi; i++ {
		if c.clean <= i && i < c.until {
			i = c.until - 1 // clean already: the loop steps past it
			continue
		}
		switch linkBytes[text[i]] {
		case linkSpace:
			to = i
			break right // the run ends here
		case linkSign:
			return true
		case linkDot:
			if dotInName(text, i) {
				return true
			}
		}
	}
	if from <= c.until && c.clean <= to {
		c.clean, c.until = min(c.clean, from), max(c.until, to) // the two stretches meet
	} else {
		c.clean, c.until = from, to
	}
	return false
}

// dotInName reports whether the dot at text[i] stands between two
// characters of words, as in a host name ("example.com"), not at the end
// of a sentence.
func dotInName(text string, i int) bool {
	return 0 < i && i+1 < len(text) && asciiWordByte[text[i-1]] && asciiWordByte[text[i+1]]
}

// linkLook is how far inLink looks for a sign of a link: farther than
// the slash or dot before a word in nearly every link, whose path
// segments and host labels are short.
const linkLook = 64

// What inLink makes of a byte.
const (
	linkOther = iota
	linkSpace // white space: the run of text ends
	linkSign  // a slash or an @: a link or an address
	linkDot   // a dot: a host name, if it stands between word characters
)

var linkBytes = func() (t [256]uint8) {
	t[' '], t['\n'], t['\t'] = linkSpace, linkSpace, linkSpace
	t['/'], t['@'] = linkSign, linkSign
	t['.'] = linkDot
	return t
}()

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// quotesOf is the quotations of a comment's words, found when first asked
// for: most comments have no phrase to ask about.
type quotesOf struct {
	done  bool
	spans []quoteSpan
}

// has reports whether the words of the match m lie inside a quotation of
// words.text: someone else's words, quoted ("Someone posted 'DM me' under
// every article"), which talk about promotion and invite no one.
func (q *quotesOf) has(words wordList, m phraseMatch) bool {
	if !q.done {
		q.done, q.spans = true, quotations(words.text)
	}
	return len(q.spans) > 0 && quoted(q.spans, int(words.spans[m.Start].start), int(words.spans[m.End-1].end))
}

// passesWarningOn reports whether phrase is a call to action that, in a
// comment that calls something a scam near the first of them (scamNear)
// and bids no one be written to (warnsOfScam), asks the reader to pass
// the warning on ("It's a scam. Please share this with older
// relatives"), not to spread the writer's own thing: it weighs nothing
// there. "Like and share" asks for the writer's own reach, and still
// counts. A switch, not a map: it is asked of every cue.
func passesWarningOn(phrase string) bool {
	switch phrase {
	case "please share", "share this", "plz share":
		return true
	}
	return false
}

// scamNearWords is how far on either side of a "please share" scamNear
// reads.
const scamNearWords = 30

// scamNear reports whether a word of scamWords, or "lost" or "pay" (as
// warnsOfScam reads them), stands within scamNearWords words of
// words[i]: the cheap test before warnsOfScam reads the whole comment,
// so that a comment full of "share this" costs one window, not passes.
func scamNear(words wordList, i int) bool {
	for k := max(0, i-scamNearWords); k < words.len() && k <= i+scamNearWords; k++ {
		if w := words.at(k); scamWords.has(w) || w == "lost" || w == "pay" || warningFirsts.has(w) {
			return true
		}
	}
	return false
}

// replyVerbs are the first words of the phrases that ask to be written
// to ("dm me", "pm me", "inbox me", "message me").
var replyVerbs = newWordSet([]string{"dm", "pm", "inbox", "message", "email", "text"})

// askedParties are who a reader asks, in a question, to write to him:
// someone, anyone, or the article's writer, editor or a moderator ("Can
// the writer DM me the name of that bakery?", "Could someone message me
// the form?"). Not "you": "can you DM me" is a bid to the reader.
var askedParties = newWordSet([]string{
	"someone", "somebody", "anyone", "anybody", "writer", "author", "editor", "op",
	"reporter", "journalist", "mod", "mods", "moderator", "moderators", "admin", "admins",
})

// askedArticles may stand before an asked party ("the writer", "a mod").
var askedArticles = newWordSet([]string{"the", "a", "an", "this", "your"})

// asksThirdParty reports whether the phrase m, one that asks to be
// written to ("dm me", "message me"), is the verb of a question that asks
// a third party (askedParties) to do so: "can", "could", "would" or
// "will", the party, with an article or not, and the phrase ("Can the
// writer DM me", "could someone message me"). A reader who wants a
// name or a form asks someone for it; a promoter bids the reader write
// to him ("DM me for prices", "you can message me", "can you DM me").
func asksThirdParty(words wordList, m phraseMatch) bool {
	switch m.Phrase { // a switch first: it is asked of every phrase found
	case "dm me", "pm me", "inbox me", "message me", "message me on", "email me", "text me":
	default:
		return false
	}
	if m.End-m.Start < 2 || !replyVerbs.has(words.at(m.Start)) || words.at(m.End-1) != "me" && words.at(m.Start+1) != "me" {
		return false
	}
	i := m.Start - 1
	if i < 1 || !askedParties.has(words.at(i)) {
		return false
	}
	if askedArticles.has(words.at(i - 1)) {
		i--
	}
	if i < 1 {
		return false
	}
	switch words.at(i - 1) {
	case "can", "could", "would", "will":
		return true
	}
	return false
}

// modifierBars are the words that, between a determiner and a word of
// role held, show the word is a verb of a clause, not a noun with its
// modifiers: "the people who vote", "the members can vote", "the
// video, please vote".
var modifierBars = newWordSet([]string{
	"who", "which", "that", "to", "can", "could", "will", "would", "should", "must", "may",
	"and", "or", "please", "not", "you", "i", "we", "they", "he", "she", "it", "my", "your", "our", "me",
})

// nounModified reports whether the word at words[i] follows a
// determiner (role determiner of promo-grammar.txt) and one or two
// modifiers, none of modifierBars, and is not followed by "for", "us"
// or "me" ("the battle of the bands! Vote for us": the words carry no
// punctuation, and a bid's object tells it): "the council vote", "a
// second vote", "the final public vote". A plural right before the word
// makes it a verb with its subject ("the members vote"). The determiner's reading of heldAfter ("the
// vote") holds with the noun's modifiers between.
func nounModified(words wordList, i int) bool {
	if i+1 < words.len() && (words.at(i+1) == "for" || words.at(i+1) == "us" || words.at(i+1) == "me") {
		return false // "vote for", "vote us": a bid, whatever stands before it
	}
	if i > 0 {
		// A plural right before it is the verb's subject ("the members
		// vote", "the bands vote"), not a modifier ("the council vote").
		if w := words.at(i - 1); len(w) > 3 && w[len(w)-1] == 's' && w[len(w)-2] != 's' {
			return false
		}
	}
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		if modifierBars.has(words.at(k)) {
			return false
		}
		if k-1 >= 0 && promoDeterminers.has(words.at(k-1)) {
			return true
		}
	}
	return false
}
