package moderation

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// The learned model is a naive Bayes text classifier in the form spam
// filters have used since Gary Robinson's "A Statistical Approach to the
// Spam Problem" (Linux Journal, 2003): each token's spam probability is
// smoothed towards a neutral prior by how often the token was seen, and the
// most telling tokens are combined with Fisher's chi-square method, which
// says "don't know" (0.5) instead of guessing when the evidence pulls both
// ways.
const (
	// DefaultBayesMinLearned is how many spam and how many ham comments the
	// model must have learned before it flags anything: with fewer, its
	// counts say more about the few comments it saw than about spam.
	DefaultBayesMinLearned = 20
	// bayesStrength and bayesNeutral are Robinson's s and x: a token seen
	// once moves only half-way from 0.5 towards what that one sighting
	// says.
	bayesStrength = 1.0
	bayesNeutral  = 0.5
	// bayesMinDeviation drops tokens whose probability is this close to
	// 0.5: they carry no evidence and only dilute the rest.
	bayesMinDeviation = 0.1
	// bayesMaxClues is how many of the most telling tokens are combined;
	// enough for a long comment, few enough that one long comment of
	// common words cannot drown its telling ones.
	bayesMaxClues = 150
	// bayesMinClues is how many telling tokens a verdict needs. One is
	// enough: a token that tells nothing is already left out (it is within
	// bayesMinDeviation of 0.5), and Fisher's method gives one clue's own
	// probability, which Robinson's smoothing keeps from the extremes until
	// the token was seen often. In validation (go run ./examples/evaluate
	// -validate) 1, 2 and 3 made the same errors, and 1 ranked the comments
	// best (see bayesGramWords).
	bayesMinClues = 1
	// bayesProbFloor keeps a token's probability inside (0, 1) so one token
	// seen only in one class cannot decide alone (log of zero).
	bayesProbFloor = 0.001
	// maxCommentTokens bounds the tokens one comment reads and learns, in
	// text order: linear work and one bounded Store read per comment.
	maxCommentTokens = 400
	// maxTokenBytes: a longer "word" is noise (a hash, a run of letters)
	// and is learned as one shared token.
	maxTokenBytes = 40
	// bayesGramWords: a comment of at most this many words is also read
	// as the character trigrams of its words (tokGram), so that a
	// comment too short for its words to be known ("I'm A SUBSCRIBER")
	// still shares something with those learned ("subscribe",
	// "subscribed"). Longer comments have words enough. Chosen by
	// validation inside the training part only (go run
	// ./examples/evaluate -validate): with the shapes of numbers
	// (tokNumber), trigrams of comments of up to 3 words took the 5-fold
	// run from 4 ham flagged and 20 spam missed to 4 and 18 (3 folds: 25
	// errors to 24; 10 folds: 27 to 25), the tail stayed at 1 and 2; up
	// to 4 words made the same errors and ranked the comments worse.
	// Trigrams without the shapes: up to 3 or 4 words, 4 and 19; 6 words,
	// 4 and 21; 8 words, 5 and 20; 10 words, 4 and 23; every comment,
	// 31 and 13. Bigrams (up to 3 words), 4 and 20; 4- and 5-grams, 4
	// and 19, and a worse ranking.
	bayesGramWords = 3
	// gramRunes is the length of a character n-gram, in characters.
	gramRunes = 3
	// maxNumberDigits: a number of this many digits or more is one shape
	// (tokNumber), like a phone number, a price in full, a view count.
	// In validation the shapes alone took the 5-fold run from 20 spam
	// missed to 19 (the same ham flagged, the same tail); one shape for
	// every number, whatever its digits, left the 5-fold errors as they
	// were and flagged one more ham in the tail, and a shape for every
	// word with a digit in it ("8bit", "2m19s") flagged 3 more ham.
	maxNumberDigits = 6
	// maxCodeBytes bounds the flag codes the model learns: a code is a
	// short name ("promo_link", "acme:casino"); 64 bytes leave room for a
	// site's own namespaced codes, and bound what one code costs every
	// Check that reads the model's codes.
	maxCodeBytes = 64
)

// Token prefixes keep the kinds of tokens apart in the model.
const (
	tokWord   = "w:"
	tokPair   = "p:"
	tokDomain = "d:"
	tokCode   = "f:"
	tokLong   = "w:\u2026"
	// From version 4 of the model file: how many digits a number has
	// ("n:3" for "600", "n:6" for six or more), beside the number as a
	// word, and the character trigrams of a short comment's words, each
	// word between spaces ("g: su", "g:sub", …, "g:er ").
	tokNumber = "n:"
	tokGram   = "g:"
)

// numberShapes are the tokNumber tokens by digits, from 1 to
// maxNumberDigits.
var numberShapes = func() []string {
	out := make([]string, maxNumberDigits+1)
	for i := 1; i <= maxNumberDigits; i++ {
		out[i] = tokNumber + strconv.Itoa(i)
	}
	return out
}()

// bayesTokens returns the classifier's tokens of a comment, without
// repeats, at most maxCommentTokens: its link domains, its folded words,
// the shapes of its numbers (tokNumber), its adjacent word pairs and, for
// a comment of at most bayesGramWords words, its words' character
// trigrams (tokGram). The flag codes are added separately
// (codeTokens), because they are known only after the checks. The tokens
// are written into one string and cut from it, in room's slices: one
// allocation for any number of tokens when room is reused (a Check with
// the MemStore), not one each.
func bayesTokens(words wordList, domains []string, room *tokenRoom) []string {
	n := min(2*maxCommentTokens, 2*words.len()+len(domains))
	var text strings.Builder
	text.Grow(16 * min(n, maxCommentTokens))
	ends := room.ends[:0]
	emit := func(parts ...string) {
		for _, p := range parts {
			text.WriteString(p)
		}
		ends = append(ends, int32(text.Len()))
	}
	// Domains first: they are few and among the most telling.
	for _, d := range domains {
		emit(tokDomain, d)
	}
	prev := ""
	for i := range words.len() {
		if len(ends) >= 2*maxCommentTokens {
			break // enough candidates for maxCommentTokens distinct ones
		}
		w := words.at(i)
		number, digits := isNumber(w), len(w)
		if len(w) > maxTokenBytes {
			w = ""
		}
		if w == "" {
			emit(tokLong)
		} else {
			emit(tokWord, w)
		}
		if number {
			emit(numberShapes[min(digits, maxNumberDigits)])
		}
		if prev != "" && w != "" {
			emit(tokPair, prev, " ", w)
		}
		prev = w
	}
	if words.len() <= bayesGramWords {
		for i := range words.len() {
			if len(ends) >= 2*maxCommentTokens {
				break
			}
			// The trigrams of " word ", written without making that
			// string: a, b, c and d are where the three characters of one
			// start and where it ends, counted in it. Cut at character
			// boundaries, each is as valid UTF-8 as the word.
			w := words.at(i)
			n := len(w) + 2
			next := func(at int) int { // where the character at "at" ends
				if at == 0 || at == n-1 {
					return at + 1 // a space
				}
				return at + runeBytes(w[at-1:])
			}
			a := 0
			b := next(a)
			c := next(b)
			for c < n && len(ends) < 2*maxCommentTokens {
				d := next(c)
				head, tail := "", ""
				if a == 0 {
					head = " "
				}
				if d == n {
					tail = " "
				}
				emit(tokGram, head, w[max(a-1, 0):min(d-1, len(w))], tail)
				a, b, c = b, c, d
			}
		}
	}
	room.ends = ends
	all := text.String()
	out := room.out[:0]
	// Repeats are found in an open-addressing set of 64-bit hashes: no
	// pointers for the garbage collector to scan, unlike a map of strings.
	// Two tokens with one hash (odds 2^-64 a pair) would count as one.
	size := 1
	for size < 2*len(ends) {
		size <<= 1
	}
	if cap(room.seen) < size {
		room.seen = make([]uint64, size)
	}
	seen := room.seen[:size]
	clear(seen)
	start := int32(0)
next:
	for _, end := range ends {
		t := all[start:end]
		start = end
		h := hashString(t) | 1 // 0 marks an empty slot
		i := h & uint64(size-1)
		for ; seen[i] != 0; i = (i + 1) & uint64(size-1) {
			if seen[i] == h {
				continue next
			}
		}
		seen[i] = h
		out = append(out, t)
		if len(out) == maxCommentTokens {
			break
		}
	}
	room.out = out
	return out
}

// runeBytes returns the length in bytes of the character s starts with:
// at least 1, so that a loop over s always moves on.
func runeBytes(s string) int {
	_, n := utf8.DecodeRuneInString(s)
	return max(n, 1)
}

// tokenRoom is bayesTokens' working memory. A checkRoom reused by the
// next Check (Moderator.reuse) keeps it, so that Check allocates only
// the tokens' text; the tokens it returns are room.out, valid until room
// is used again. It holds at most about 26 KB: the hash set of 2,048
// entries, 800 token ends and 400 tokens.
type tokenRoom struct {
	ends []int32  // where each candidate token ends in the text
	seen []uint64 // the hash set of the tokens so far
	out  []string // the tokens
}

// emptied returns r's memory to be used again, holding no token of the
// comment before: a pooled room keeps no comment's text alive.
func (r tokenRoom) emptied() tokenRoom {
	clear(r.out)
	return tokenRoom{ends: r.ends[:0], seen: r.seen, out: r.out[:0]}
}

// codeTokens returns the tokens of the codes of flags that the model
// learns (modelCode), without repeats.
func codeTokens(flags []Flag) []string {
	out := make([]string, 0, len(flags))
	for _, f := range flags {
		if !modelCode(f.Code) {
			continue
		}
		t := tokCode + f.Code
		if !slices.Contains(out, t) {
			out = append(out, t)
		}
	}
	return out
}

// codeBefore says whether a flag before flags[i] has its code.
func codeBefore(flags []Flag, i int) bool {
	for _, f := range flags[:i] {
		if f.Code == flags[i].Code {
			return true
		}
	}
	return false
}

// modelCode says whether the model learns a flag code: one that Export
// writes and Import reads back as it was. That is any code of 1 to
// maxCodeBytes bytes of UTF-8 (JSON would write other bytes as U+FFFD, a
// different code), colons and all: a code line keeps the code apart from
// the tokens, so a code needs no escaping. The model learns nothing of a
// flag whose code is empty, too long or not UTF-8.
func modelCode(code string) bool {
	return code != "" && len(code) <= maxCodeBytes && utf8.ValidString(code)
}

// spamProbability returns how likely a comment with tokens of the given
// counts is spam, from 0 (ham) through 0.5 (no evidence) to 1 (spam), for a
// model that learned learned comments.
func spamProbability(learned TokenCounts, counts []TokenCounts) float64 {
	return combineClues(appendClues(make([]float64, 0, len(counts)), learned, counts...))
}

// appendClues appends to clues the spam probability of each token of the
// given counts that tells something, each counted over learned comments:
// none when learned lacks a class.
func appendClues(clues []float64, learned TokenCounts, counts ...TokenCounts) []float64 {
	if learned.Spam <= 0 || learned.Ham <= 0 {
		return clues
	}
	for _, c := range counts {
		if c.Spam <= 0 && c.Ham <= 0 {
			continue
		}
		// Each class's frequency is relative to its own size, so a model
		// that has learned far more spam than ham is not biased to spam.
		ps := min(1, float64(max(c.Spam, 0))/float64(learned.Spam))
		ph := min(1, float64(max(c.Ham, 0))/float64(learned.Ham))
		p := ps / (ps + ph)
		n := float64(max(c.Spam, 0) + max(c.Ham, 0))
		f := (bayesStrength*bayesNeutral + n*p) / (bayesStrength + n)
		if math.Abs(f-bayesNeutral) < bayesMinDeviation {
			continue
		}
		clues = append(clues, min(max(f, bayesProbFloor), 1-bayesProbFloor))
	}
	return clues
}

// combineClues returns the spam probability of a comment with the token
// probabilities clues (appendClues), which it may reorder.
func combineClues(clues []float64) float64 {
	if len(clues) < bayesMinClues {
		return bayesNeutral
	}
	if len(clues) > bayesMaxClues {
		slices.SortFunc(clues, func(a, b float64) int {
			da, db := math.Abs(a-bayesNeutral), math.Abs(b-bayesNeutral)
			switch {
			case da > db:
				return -1
			case da < db:
				return 1
			}
			return 0
		})
		clues = clues[:bayesMaxClues]
	}
	lnSpam, lnHam := lnProducts(clues)
	n := len(clues)
	s := 1 - chi2Q(-2*lnSpam, 2*n)
	h := 1 - chi2Q(-2*lnHam, 2*n)
	return (s - h + 1) / 2
}

// lnProducts returns ln Π (1-f) and ln Π f over clues. The products are
// multiplied out and their binary exponents set aside whenever they grow
// small (math.Frexp), so that 150 clues cost two logarithms, not 300,
// and a long comment's products cannot underflow: each factor is at
// least bayesProbFloor, so a product is renormalised long before it
// nears the smallest float64.
func lnProducts(clues []float64) (lnSpam, lnHam float64) {
	const small = 0x1p-600
	spam, ham := 1.0, 1.0
	var spamExp, hamExp int
	for _, f := range clues {
		spam *= 1 - f
		ham *= f
		if spam < small {
			var e int
			spam, e = math.Frexp(spam)
			spamExp += e
		}
		if ham < small {
			var e int
			ham, e = math.Frexp(ham)
			hamExp += e
		}
	}
	return math.Log(spam) + float64(spamExp)*math.Ln2, math.Log(ham) + float64(hamExp)*math.Ln2
}

// chi2Q returns the probability that a chi-square variable with v (even)
// degrees of freedom is at least x2: e^-m Σ m^i/i! for i < v/2, where
// m = x2/2. The sum is built term by term, each the one before times
// m/i, and scaled down whenever it grows large; e^-m is applied once, in
// log space, so that a long comment's m, whose e^-m alone would
// underflow, still gives the right tail.
func chi2Q(x2 float64, v int) float64 {
	m := x2 / 2
	if m <= 0 {
		return 1
	}
	const large, lnLarge = 0x1p600, 600 * math.Ln2
	term, sum, lnScale := 1.0, 1.0, 0.0
	for i := 1; i < v/2; i++ {
		term *= m / float64(i)
		sum += term
		if sum > large {
			term /= large
			sum /= large
			lnScale += lnLarge
		}
	}
	return min(math.Exp(math.Log(sum)+lnScale-m), 1)
}

// How the model's probability becomes a flag. Every value was chosen by
// validation inside the training part of the YouTube Spam Collection
// (go run ./examples/evaluate -validate: 5-fold cross-validation and a
// held-out tail, both within the first 70% of each class of each file;
// never the test 30%). The flag's score rises with the model's
// confidence, so that what the model says weighs with the rules' flags:
// from bayesThreshold it is support (bayesThresholdScore, less than half
// a hold: it holds a comment with one link or a promotion cue), and from
// bayesSure it holds a comment on its own. The earlier rule (score p from
// p = 0.9) never held alone below p = 1 and ignored p < 0.9: 5 FP / 22 FN
// in the 5-fold run and 2 FP / 4 FN in the tail; this one gives 4 / 19
// and 1 / 2 (with the new_author change that the ham side brings).
const (
	// bayesThreshold is the probability from which the model flags spam,
	// with bayesThresholdScore × HoldScore; the score grows linearly with
	// p to a full HoldScore at bayesSure and stays there: the model alone
	// holds, it never rejects. In validation a threshold of 0.8 flagged 2
	// more ham, 0.88 or 0.9 missed 3 more spam; a score at the threshold
	// from 0.3 to 0.6 changed at most 2 comments, 0.4 the fewest errors;
	// a full hold from 0.98 held 2 more ham, from 0.995 the same as 0.99.
	bayesThreshold      = 0.85
	bayesThresholdScore = 0.4
	bayesSure           = 0.99
	// bayesHamThreshold is the probability up to which the model vouches
	// for a comment as like those moderators approved; the flag then
	// weighs -bayesHamWeight × HoldScore: it lowers a doubtful score, and
	// never cancels more than half a hold. A new author's comment the
	// model vouches for is not lifted to a hold by CodeNewAuthor. 0.2 and
	// 0.3 validated alike (one held ham fewer than 0.1 and 0.15).
	bayesHamThreshold = 0.2
	bayesHamWeight    = 0.5
)

// modelProbability returns the model's spam probability of the comment
// whose State is st and whose content checks raised content (see
// bayesFlags), or false when the model has not learned enough.
func (s *stateSettings) modelProbability(st *State, content []Flag) (float64, bool) {
	l := st.snap.Learned
	if !st.tokensRead {
		return 0, false // the model was not ready at the last Load: tokens were not read
	}
	if s.bayesMin <= 0 || l.Spam < s.bayesMin || l.Ham < s.bayesMin {
		return 0, false
	}
	clues := make([]float64, 0, len(st.snap.Tokens)+len(content)+1)
	clues = appendClues(clues, l, st.snap.Tokens...)
	// The codes of codeTokens, looked up without making its slice: a key
	// that is only looked up is built on the stack.
	flagged := false
	for i, f := range content {
		if !modelCode(f.Code) {
			continue
		}
		flagged = true
		if !codeBefore(content, i) {
			clues = appendClues(clues, l, st.snap.Codes[tokCode+f.Code])
		}
	}
	if nf := st.snap.NoFlag; !flagged && nf.Learned.Spam >= s.bayesMin && nf.Learned.Ham >= s.bayesMin {
		clues = appendClues(clues, nf.Learned, nf.Counts)
	}
	return combineClues(clues), true
}

// bayesSpamScore is the score, in units of HoldScore, of the flag for a
// spam probability p >= bayesThreshold.
func bayesSpamScore(p float64) float64 {
	return min(1, bayesThresholdScore+(1-bayesThresholdScore)*(p-bayesThreshold)/(bayesSure-bayesThreshold))
}

// bayesFlags returns CodeBayes when the model has learned enough and rates
// the comment, with the codes of the content flags it raised, as spam (a
// positive score) or as surely ham (a negative one).
//
// A comment that raised no content flag (no flag of the checks whose code
// the model learns: what Learn stores as a lesson without Codes) has no
// code to look up, yet that the rules found nothing is evidence too, and
// mostly of ham: for it the model adds one clue, "no content flag", from
// the Snapshot's NoFlagCounts (how many spam and ham comments raised no
// content flag, out of those learned while they were counted). It needs
// no threshold of its own. In validation (go run ./examples/evaluate
// -validate) it left the errors as they were (1 FP / 2 FN in the tail,
// 4 / 20 in the 5-fold run); with the model's probability of each 5-fold
// comment written out, it ranked them better (AUC 0.9874 to 0.9902) and
// was surer when right (log-loss 0.306 to 0.199), and of the ham that
// raised no content flag none was left at p ≥ 0.98, where two were.
// It is left out until NoFlagCounts.Learned holds bayesMin comments of
// each class, as the model is, so that counts that began after the model
// did (a model learned by an older version of commentkit, or imported
// from a file before version 3) are read only against the comments they
// were counted over.
func (s *stateSettings) bayesFlags(st *State, content []Flag) []Flag {
	p, ok := s.modelProbability(st, content)
	if !ok {
		return nil
	}
	switch {
	case p >= bayesThreshold:
		return []Flag{{
			Code:   CodeBayes,
			Score:  s.unit * bayesSpamScore(p),
			Detail: fmt.Sprintf("Comments like this one were labelled spam (%.0f%% likely).", 100*p),
		}}
	case p <= bayesHamThreshold:
		return []Flag{{
			Code:   CodeBayes,
			Score:  -bayesHamWeight * s.unit,
			Detail: fmt.Sprintf("Comments like this one were approved (spam %.0f%% likely).", 100*p),
		}}
	}
	return nil
}
