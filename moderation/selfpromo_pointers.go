package moderation

import "strings"

// The entries of lists/promo-pointers.txt and the words that read them.
//
// A pointer ("search X on youtube") sends the reader to a channel or an
// artist that a link would name: the search words are entries of the
// self-promotion set (kind promoPointer), found by the one walk of a
// comment's words, and searchPointer reads the few words after one. The
// frames ("if you like this kind of music", "for more") are entries too
// (kind promoFrame), counted only beside a pointer.
var (
	promoPointers = readPointers("promo-pointers.txt")
	pointerPlaces = newWordSet(promoPointers["place"])
	pointerNamed  = foldedEntries(promoPointers["named"])
	pointerKin    = foldedEntries(promoPointers["kin"])
	pointerPerk   = foldedEntries(promoPointers["perk"])
	// kinTrades are the verbs right after a relative or friend that make
	// them the keeper of a business: "my cousin runs a garage", "my
	// sister owns a bakery", "my brother has a van hire firm".
	kinTrades = newWordSet([]string{"runs", "owns", "has", "opened", "started", "manages"})
	// searchedThings are the words that, right after a search verb,
	// make its object a thing or a question, not a name: "search the
	// live version on youtube", "busca como se baila en youtube".
	searchedThings = newWordSet([]string{"this", "how", "como", "what", "why", "where", "which"})
	pointerAts     = newWordSet(promoPointers["at"])
	ownChannelVerb = newWordSet([]string{"have", "started", "start", "made", "created", "opened", "launched", "got", "run", "own"})
	// notOwnChannel are the words that, between a possessive and
	// "channel", make it a channel the speaker watches, not one they
	// run: "my favourite channel", "our local news channel".
	notOwnChannel = newWordSet([]string{"favorite", "favourite", "fav", "fave", "favourites", "favorites", "usual", "local", "preferred", "go"})
)

// readPointers reads lists/promo-pointers.txt: each line a role and an
// entry of one or more words.
func readPointers(name string) map[string][]string {
	return readRoles(name, []string{"search", "named", "frame", "kin", "perk", "contest", "place", "at"}, func(string) bool { return true }, "an entry")
}

// foldedEntries returns the set of entries as a phraseSet names them
// (phraseMatch.Phrase): their folded words, one space between.
func foldedEntries(entries []string) map[string]bool {
	set := map[string]bool{}
	for _, e := range entries {
		for _, words := range phraseForms(e) {
			set[strings.Join(words, " ")] = true
		}
	}
	return set
}

// pointerWindow is how many words after a search verb searchPointer
// reads for the place: the name searched for is a few words long.
const pointerWindow = 8

// searchPointer reports whether the search verb m sends the reader to a
// name at a place of pointerPlaces, and the pointer's words for the Detail: the
// place right after the verb ("search youtube for"), or after a word of
// pointerAts within pointerWindow words ("busquen Andrea Voz en
// youtube"). A verb after an article or "quick" is the noun ("a quick
// search on youtube finds it"), no pointer. It reads at most
// pointerWindow words past m, and builds the Detail's words only for a
// pointer.
//
// A search under a name (role named: "búsquenla como Valeria Canta")
// names what to find with no place: a pointer as it is.
func searchPointer(words wordList, m phraseMatch) (string, bool) {
	if pointerNamed[m.Phrase] {
		return m.Phrase, true
	}
	if m.Start > 0 {
		if prev := words.at(m.Start - 1); promoDeterminers.has(prev) || prev == "quick" {
			return "", false
		}
	}
	at := -1
	if m.End < words.len() && pointerPlaces.has(words.at(m.End)) {
		at = m.End
	} else if m.End < words.len() && (promoDeterminers.has(words.at(m.End)) || searchedThings.has(words.at(m.End))) {
		return "", false // "search the live version on youtube": a thing, not a name
	}
	for i := m.End + 1; at < 0 && i < words.len() && i <= m.End+pointerWindow; i++ {
		if pointerPlaces.has(words.at(i)) && pointerAts.has(words.at(i-1)) {
			at = i
		}
	}
	if at < 0 {
		return "", false
	}
	verb := words.at(m.Start)
	for k := m.Start + 1; k < m.End; k++ {
		verb += " " + words.at(k)
	}
	if at == m.End {
		return verb + " " + words.at(at), true
	}
	return verb + " … " + words.at(at-1) + " " + words.at(at), true
}

// quotedSearch reports whether the search verb m is followed, within
// its first few words, by a quotation: the title to type ('search
// "Worth It flash mob Leeds"', 'Search Wild Pines "Horizon"'). Asked
// only of a comment with no link: beside one, the search is on the
// linked site ('the report is at <link> (search "regional house
// prices")'), and with none it is one the site cannot see. Readers send
// each other to titles so on any search engine ("For free help, search
// "Citizens Advice debt""), so the check counts it only beside an
// advert's frame or the writer's relative introduced before it. words are the spans of the folded text, where quotation
// marks show. It reads the gaps of at most quotedSearchWords words.
func quotedSearch(words wordList, m phraseMatch) (string, bool) {
	if m.Start > 0 && (promoDeterminers.has(words.at(m.Start-1)) || promoSubjects.has(words.at(m.Start-1))) {
		return "", false // "a search", "I search": not the imperative
	}
	for k := m.End; k < words.len() && k < m.End+quotedSearchWords; k++ {
		if strings.ContainsAny(words.text[words.spans[k-1].end:words.spans[k].start], "\"“”«") {
			verb := words.at(m.Start)
			for j := m.Start + 1; j < m.End; j++ {
				verb += " " + words.at(j)
			}
			return verb + " “…”", true
		}
	}
	return "", false
}

// quotedSearchWords is how many words after a search verb quotedSearch
// looks for the quotation in: the name before a title is short.
const quotedSearchWords = 4

// namedChannel reports whether the topic m, "channel", is followed by
// the channel's name, given as a search would give it: "a channel
// called FreddieLivesOn", "a channel named …", "his channel is called
// …", "Channel: RockVault". It is a pointer, a channel the reader is
// sent to find (searchPointer), and returns the pointer's words for the
// Detail. words are the spans of the folded text, where the colon
// shows. It reads at most three words after m.
func namedChannel(words wordList, m phraseMatch) (string, bool) {
	i := m.End
	if m.End-m.Start != 1 || i >= words.len() || words.at(m.Start) != "channel" {
		return "", false
	}
	w := words.at(i)
	if w == "is" && i+1 < words.len() {
		i++
		w = words.at(i)
	}
	if (w == "called" || w == "named" || w == "llamado") && i+1 < words.len() {
		return "channel " + w, true
	}
	if gap := words.text[words.spans[m.Start].end:words.spans[m.End].start]; gap != ":" && gap != ": " {
		return "", false
	}
	return "channel:", true
}

// ownChannel reports whether the topic m, "channel", is the speaker's
// own, told: a first person's possessive one or two words before it
// ("my football channel", "our own comedy channel"; "my channel" is a
// phrase of the list), or "a" up to two words before it after a verb of
// having or starting, itself after "I" or "we" ("I have a channel", "my
// friend and I started a comedy channel", "I've just started a gaming
// channel"). The words between must not make it a channel watched ("my
// favourite channel", "a local news channel") or someone else's ("my
// sister's channel"); and a channel that starts a compound adjective ("I
// have a channel-based design") is a thing of the design. It returns the
// index where the words start, and whether they are the object of a verb
// that promotes (channelPromoters: "grow my football channel", "support
// our little channel"), an invitation. Told alone, one's own channel is
// a topic, as "my own site" is: readers of an article site say they run
// one ("I have a small gardening channel and I did a video on exactly
// this"); beside an invitation to look or a name it holds.
func ownChannel(words wordList, joints *compounds, m phraseMatch) (start int, promoted, ok bool) {
	i := m.Start
	if m.End-i != 1 || words.at(i) != "channel" || joints.compoundAt(i) {
		return 0, false, false
	}
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		w := words.at(j)
		if promoPossessives.has(w) {
			return j, j > 0 && channelPromoters.has(words.at(j-1)), j < i-1
		}
		if w == "a" || w == "an" {
			return j, false, j >= 2 && ownChannelVerb.has(words.at(j-1)) && firstPersonBefore(words, j-1)
		}
		if notOwnChannel.has(w) || broadcasters.has(w) || othersPossessive(w) || promoDeterminers.has(w) {
			return 0, false, false
		}
	}
	return 0, false, false
}

// channelPromoters are the verbs whose object, the speaker's own
// channel, is being promoted (ownChannel). Not "join": "join our Slack
// channel" invites to a community, a topic that holds beside a link.
var channelPromoters = newWordSet([]string{"grow", "growing", "support", "visit", "check", "watch", "sub", "subscribe", "follow", "promote", "boost"})

// firstPersonBefore reports whether the verb at words[v] has "I" or "we"
// for its subject: right before it, or before one adverb or the "ve" of
// "I've" ("I just started", "I've got").
func firstPersonBefore(words wordList, v int) bool {
	first := func(w string) bool { return w == "i" || w == "we" }
	if v >= 1 && first(words.at(v-1)) {
		return true
	}
	return v >= 2 && first(words.at(v-2)) && firstPersonGap.has(words.at(v-1))
}

// firstPersonGap are the words between "I" or "we" and a verb that
// firstPersonBefore reads through.
var firstPersonGap = newWordSet([]string{"ve", "just", "also", "recently", "finally", "already", "now"})

// votedAbout reports whether one of the cues found is a vote word counted
// as a topic ("I'd vote for anyone", "the vote"): the comment talks about
// a vote, and a contest beside it is the same subject.
func votedAbout(cues []string, isCall []bool) bool {
	for k, cue := range cues {
		if !isCall[k] && strings.HasPrefix(cue, "vot") {
			return true
		}
	}
	return false
}
