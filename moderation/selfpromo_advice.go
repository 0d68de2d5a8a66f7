package moderation

import "strings"

// A reader of an article site gives advice about things of the world in
// the words of a call to action: "check out their Saturday storytime"
// (the library's), "if anyone wants to buy it" (the standard the link
// is to), "if anyone sees a 2017 vintage port at a fair price, buy it",
// "please check before walking out to the island" (the tide times),
// "please share this with older relatives" (a warning of a scam). A
// promoter's call to action invites the reader to the writer's own
// thing or a promoted person's ("check out his channel", "I did a cover
// if u want to check it out", "my videos… check them out"), or asks for
// likes, shares and votes of this video or page. readerAdvice tells the
// first from the second by grammar, and Check counts such advice for
// nothing: a topic would still hold it beside a link or a second topic
// ("free"), as the call to action did.
//
// Each shape is read only in a comment that speaks as no maker or seller
// (speaksAsMaker: no "my", "our", "we", "I made"…): a thing of the
// writer's own is never someone else's.
//
//   - a third party's thing, in the plural: "check them out", or a phrase
//     that sends the reader on (namesOthers) right before "their" ("check
//     out their side project's record"). The plural names a body, a band
//     or things (the library, the emulators); a promoter of one person
//     says "his" or "her" ("check out his channel", "check out her
//     video"), which still calls to action. Only in a comment with no
//     link: "check out their site: <link>" is the link drop's shape, and
//     stays a call to action held beside the link (namesOthers);
//   - the infinitive of a third party's want or need: "if anyone wants to
//     buy it", "someone needs to share this" (thirdWanters before a
//     word of wanting, then "to" and the call). "If you want to check it
//     out" still bids the reader, and "people need to share this" pushes
//     this video, as any call with "this" in it does;
//   - an imperative after a condition of coming across a thing ("if
//     anyone sees X at a fair price, buy it", "if you find one, buy it"):
//     advice about what the reader may meet in the world, not an
//     invitation to a thing the writer shows ("if you see this comment,
//     like it" is about this page, and still calls);
//   - "check" before a word that opens a clause ("please check before
//     walking out", "go check whether the road is open", "check if it's
//     load-bearing"): a fact checked, not a place visited. "check that
//     out" still sends the reader to it.
//
// Check itself reads a fifth shape, which needs the whole comment: a
// call to share in a comment that quotes promotion's words and calls
// them a scam or warns of them ("Please share this with older
// relatives: 'Grandma, I'm in jail… send gift cards to my lawyer'. It's
// always a scam.").
//
// Each shape reads a bounded number of words around the match (at most
// conditionReach before it), and speaksAsMaker walks the comment once,
// cached in maker: the check stays linear.

// thirdWanters are the subjects of a want that is not the reader's:
// "if anyone wants to buy it", "someone needs to share this".
var thirdWanters = newWordSet([]string{"anyone", "anybody", "someone", "somebody", "whoever", "people", "they", "he", "she", "one", "others"})

// wantWords are the verbs of wanting and needing before "to" and the
// call ("wants to buy it").
var wantWords = newWordSet([]string{"want", "wants", "wanted", "need", "needs", "needed", "wish", "wishes"})

// encounterVerbs are the verbs of coming across a thing in a condition
// ("if anyone sees", "if you find one"), and conditionSubjects the
// subjects and adverbs allowed between "if" and the verb.
var (
	encounterVerbs    = newWordSet([]string{"see", "sees", "saw", "find", "finds", "spot", "spots", "notice", "notices"})
	conditionSubjects = newWordSet([]string{"anyone", "anybody", "someone", "somebody", "you", "u", "ya", "ever", "one", "people"})
)

// conditionReach is how many words before a call readerAdvice looks for
// the "if" of a condition: a clause of a sentence, not the comment.
const conditionReach = 20

// clauseOpeners are the words that, right after "check", open the clause
// of a fact to check.
var clauseOpeners = newWordSet([]string{"before", "whether", "if", "that"})

// readerAdvice reports whether the call to action m (a cue, or a phrase
// recast as one by namesOthers) is a reader's advice about a third
// party's thing (see above). maker caches speaksAsMaker as freeAsFact
// does; linked tells whether the comment has a link.
func readerAdvice(words wordList, m phraseMatch, maker *int8, linked bool) bool {
	if !adviceShape(words, m, linked) {
		return false
	}
	if *maker&makerMask == 0 {
		known := int8(1)
		if speaksAsMaker(words) {
			known = 2
		}
		*maker |= known
	}
	return *maker&makerMask == 1
}

// adviceShape reports whether m has one of readerAdvice's shapes, the
// writer's voice not read yet.
func adviceShape(words wordList, m phraseMatch, linked bool) bool {
	n := words.len()
	last := words.at(m.End - 1)
	// A third party's thing, in the plural, with no link to send the
	// reader to.
	if !linked {
		for k := m.Start; k < m.End; k++ {
			if words.at(k) == "them" {
				return true
			}
		}
		if m.End < n && words.at(m.End) == "their" && namesOthers(words, m) {
			return true
		}
	}
	// "check" before the clause of a fact.
	if last == "check" && m.End < n && clauseOpeners.has(words.at(m.End)) {
		return words.at(m.End) != "that" || m.End+1 >= n || words.at(m.End+1) != "out"
	}
	// The writer's "this" is the video, the page or the comment itself,
	// which a push for likes and shares points at ("people need to share
	// this"): neither shape below reads it.
	for k := m.Start; k < m.End; k++ {
		if words.at(k) == "this" {
			return false
		}
	}
	// The infinitive of a third party's want.
	if m.Start >= 3 && words.at(m.Start-1) == "to" && wantWords.has(words.at(m.Start-2)) && thirdWanters.has(words.at(m.Start-3)) {
		return true
	}
	// An imperative after a condition of coming across a thing.
	for j := m.Start - 1; j >= 0 && j >= m.Start-conditionReach; j-- {
		if words.at(j) != "if" {
			continue
		}
		for k := j + 1; k < m.Start && k <= j+3; k++ {
			w := words.at(k)
			if encounterVerbs.has(w) {
				// "if you see this comment, like it" is about this page.
				return k+1 < m.Start && words.at(k+1) != "this"
			}
			if !conditionSubjects.has(w) {
				break
			}
		}
		return false
	}
	return false
}

// sharesOn reports whether the call to action m asks to share: a word of
// it is "share".
func sharesOn(words wordList, m phraseMatch) bool {
	for k := m.Start; k < m.End; k++ {
		if words.at(k) == "share" {
			return true
		}
	}
	return false
}

// sharePhrase reports whether the call to action phrase, as Check keeps
// it, asks to share.
func sharePhrase(phrase string) bool {
	for _, w := range strings.Fields(phrase) {
		if w == "share" {
			return true
		}
	}
	return false
}

// pageNouns are what a reader calls the page his comment is under: the
// article, the post, the story, an appeal.
var pageNouns = newWordSet([]string{"post", "article", "story", "piece", "appeal", "thread", "column"})

// concernedReaders are who a reader passes the page on to when it
// concerns them, after "share this with": "anyone" or "anybody" (then who
// it concerns: "anyone who has a dog", "anyone renting"). A chain letter
// or a giveaway asks for "everyone", "all your friends" or "3 friends".
var concernedReaders = newWordSet([]string{"anyone", "anybody"})

// sharesThePage reports whether the call to share m is a call to share
// the page the comment is under: "this" or "the" right after it (or the
// cue's own "this": "share this post") and then a word of pageNouns
// ("please share this post if you can", "share this article with
// anyone renting"). Sharing the site's own article is what the site
// wants, and promotes no one else; it counts as a topic, so beside a
// link or another sign it still holds. Not "this page" (a social page
// to like and share) nor "this video" (a video to push up the charts).
// "This" alone passed on to whom it concerns ("please share this with
// anyone who has a dog": concernedReaders) is the page too: what a
// reader passes on to those it concerns is what he just read.
func sharesThePage(words wordList, m phraseMatch) bool {
	i := m.End
	if words.at(i-1) != "this" {
		if i >= words.len() || words.at(i) != "this" && words.at(i) != "the" {
			return false
		}
		i++
	}
	if i+1 < words.len() && words.at(i-1) == "this" && words.at(i) == "with" && concernedReaders.has(words.at(i+1)) {
		return true
	}
	return i < words.len() && pageNouns.has(words.at(i))
}
