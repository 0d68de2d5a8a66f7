package moderation

import (
	"embed"
	"net"
	"strings"
	"unicode/utf8"

	"github.com/rivo/uniseg"
	"golang.org/x/net/idna"
)

// The embedded lists, one entry a line; a line that starts with '#' is a
// comment. Each file's header says where its entries come from.
//
//go:embed lists/*.txt
var listFiles embed.FS

// readList returns the entries of an embedded list file. The files are part
// of the binary, so a missing one is a build mistake and panics at start-up
// (in the package's tests), never on input.
func readList(name string) []string {
	data, err := listFiles.ReadFile("lists/" + name)
	if err != nil {
		panic("moderation: embedded list " + name + ": " + err.Error())
	}
	var out []string
	for _, line := range strings.Split(string(data), "\n") {
		if line = strings.TrimSpace(line); line != "" && line[0] != '#' {
			out = append(out, line)
		}
	}
	return out
}

// hostSet is a set of hosts or domains, each covering its subdomains.
// An entry may be an exception instead (false): a subdomain that its
// parent's entry does not cover, nor its own subdomains. A list writes
// one as "!maps.app.goo.gl".
type hostSet map[string]bool

// newHostSet returns the set of the entries of lists. An entry of one
// list is not undone by an exception of another: a host one list covers
// is covered.
func newHostSet(lists ...[]string) hostSet {
	s := hostSet{}
	for _, l := range lists {
		for _, h := range l {
			except := strings.HasPrefix(h, "!")
			if h, ok := canonicalHost(strings.TrimPrefix(h, "!")); ok {
				s[h] = s[h] || !except
			}
		}
	}
	return s
}

// newAllowedSet returns the set of a site's allowed domains
// (Config.AllowedDomains, or the domains passed to ExternalLinks,
// MaxLinks, AuthorLink and Contact): a plain list, whose entries have no
// exceptions. An entry "!host", which Config rejects as no domain, is
// ignored, as it was before the built-in lists had exceptions: it does
// not uncover what another entry allows.
func newAllowedSet(domains []string) hostSet {
	s := hostSet{}
	for _, d := range domains {
		if h, ok := canonicalHost(d); ok {
			s[h] = true
		}
	}
	return s
}

// canonicalHost returns a domain as a site may write it (in
// Config.AllowedDomains, or a commenter in AuthorURL and AuthorEmail) in
// the form linkify gives a link's host: lower-case ASCII, an international
// name in its punycode form, without a scheme, user, port or path, and
// without a leading "*." or "www.". So "https://Example.com/", "*.example.com"
// and "example.com" are one domain, and "bücher.de" is "xn--bcher-kva.de".
// ok is false when what is left is not a host name, or is longer than
// DNS allows.
func canonicalHost(s string) (host string, ok bool) {
	s = strings.TrimSpace(s)
	if i := strings.Index(s, "://"); i >= 0 {
		s = s[i+3:]
	}
	if i := strings.IndexAny(s, "/?#"); i >= 0 {
		s = s[:i]
	}
	if i := strings.LastIndexByte(s, '@'); i >= 0 {
		s = s[i+1:]
	}
	if strings.IndexByte(s, ':') >= 0 { // SplitHostPort allocates its error for a host with no port
		if h, _, err := net.SplitHostPort(s); err == nil {
			s = h
		}
	}
	s = strings.TrimPrefix(s, "*.")
	if len(s) > 4*maxHost {
		// The commenter chooses AuthorURL and AuthorEmail, and both the
		// IDNA conversion below and hostSet.match take time that grows
		// faster than the length of the name: no name this long is a
		// domain (each character of an international one takes at most
		// four bytes), as linkify bounds the hosts of links.
		return "", false
	}
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			a, err := idna.Lookup.ToASCII(s)
			if err != nil {
				return "", false
			}
			s = a
			break
		}
	}
	s = normaliseHost(s)
	if s == "" || len(s) > maxHost || strings.Contains(s, "..") {
		return "", false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; !('a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '-' || c == '.') {
			return "", false
		}
	}
	return s, true
}

// maxHost is the longest domain name DNS allows, in its ASCII form.
const maxHost = 253

// normaliseHost lower-cases a host or domain and drops a leading "www." and
// the dots around it.
func normaliseHost(h string) string {
	if isNormalHost(h) {
		return h // linkify's hosts are lower-case already: no copy, no scans
	}
	h = strings.Trim(strings.ToLower(strings.TrimSpace(h)), ".")
	return strings.TrimPrefix(h, "www.")
}

// isNormalHost reports whether normaliseHost would return h unchanged:
// ASCII with no capital and no white space, no dot at either end, and no
// "www." in front. The link checks normalise the host of every link, and
// linkify's are nearly always so.
func isNormalHost(h string) bool {
	if h == "" || h[0] == '.' || h[len(h)-1] == '.' || strings.HasPrefix(h, "www.") {
		return false
	}
	for i := 0; i < len(h); i++ {
		if c := h[i]; c >= utf8.RuneSelf || c <= ' ' || ('A' <= c && c <= 'Z') {
			return false
		}
	}
	return true
}

// match returns the entry of s that covers host (host itself or one of its
// parent domains), or "". It hashes each of the host's suffixes, so its
// cost grows with the labels times the length: every host it is given is
// bounded (linkify's, and canonicalHost's at maxHost).
func (s hostSet) match(host string) string {
	if len(s) == 0 || host == "" {
		return ""
	}
	for {
		if covered, ok := s[host]; ok {
			if !covered {
				return "" // an exception
			}
			return host
		}
		i := strings.IndexByte(host, '.')
		if i < 0 {
			return ""
		}
		host = host[i+1:]
	}
}

// shapedHostSet is a hostSet with the shapes of its entries: for each
// first byte, a bit for each length (63 for any longer), as knownShapes
// has them for knownHosts. A suffix of a host whose first byte and length
// are those of no entry, as nearly every one, is told apart with one load,
// without hashing it for a map look-up: the built-in sets are looked up
// with each link's domain and each of its parents.
type shapedHostSet struct {
	set    hostSet
	shapes [256]uint64
}

func newShapedHostSet(set hostSet) *shapedHostSet {
	s := &shapedHostSet{set: set}
	for h := range set {
		if h != "" {
			s.shapes[h[0]] |= 1 << min(len(h), 63)
		}
	}
	return s
}

// covers reports whether an entry covers host: s.set.match(host) != "".
func (s *shapedHostSet) covers(host string) bool {
	for host != "" {
		if s.shapes[host[0]]&(1<<min(len(host), 63)) != 0 {
			if covered, ok := s.set[host]; ok {
				return covered
			}
		}
		i := strings.IndexByte(host, '.')
		if i < 0 {
			return false
		}
		host = host[i+1:]
	}
	return false
}

// phraseSet matches phrases (sequences of whole words) against the words
// of a View. It is a trie keyed by word, built once; matching walks at most
// maxLen words from each position, so its cost is linear in the comment.
type phraseSet struct {
	root   *phraseNode
	maxLen int
	// Two tests that let most words of a comment skip the trie's map
	// lookup, which hashes the whole word. first[c] has bit n set when
	// some phrase starts with a word of n bytes (n capped at 63)
	// beginning with byte c: one load, enough for a short list. For the
	// words that pass it, starts has the bit startKey(w) set for the
	// first word w of every phrase: a Bloom filter of one hash that tells
	// apart the words of a long list (self-promotion) that share a first
	// letter and a length with common words.
	first       [256]uint64
	starts      [startBits / 64]uint64
	numberFirst bool // some phrase starts with anyNumber
	// Common words start phrases too ("i", "our", "to", "for"), and the
	// trie's lookups for them (two map lookups, two hashes of a word)
	// were most of a walk. Two more Bloom filters, of the same one hash,
	// let a word that passes first and starts go on to the trie only
	// when it could match there: singles has the key of every one-word
	// phrase, pairs the key of the first two words of every longer
	// phrase ("i wrote", not "i read").
	singles [startBits / 64]uint64
	pairs   pairFilter
}

type phraseNode struct {
	next   map[string]*phraseNode
	phrase string // the phrase that ends here, folded; "" if none
	kind   int    // what the caller added it as (see addKind)
}

// newPhraseSet folds each phrase as comment text is folded and adds it.
// Phrases that fold to no words are skipped. A word "#" in a phrase stands
// for any number ("if i get # subscribers").
func newPhraseSet(phrases ...[]string) *phraseSet {
	s := &phraseSet{root: &phraseNode{}}
	for _, list := range phrases {
		for _, p := range list {
			s.add(p)
		}
	}
	return s
}

func (s *phraseSet) add(phrase string) { s.addKind(phrase, 0) }

// addKind adds phrase, from an embedded list, with a kind that find
// reports with it, so that one set (and one walk over the words) serves
// lists of different weight. A phrase already in the set keeps its first
// kind. A phrase that folds two ways (see foldVariants) is added both
// ways.
func (s *phraseSet) addKind(phrase string, kind int) {
	for _, words := range phraseForms(phrase) {
		s.addWords(words, kind)
	}
}

// phraseForms returns the folded words of a phrase, with anyNumber for
// each word "#", once for each way it folds (foldVariants).
func phraseForms(phrase string) [][]string {
	var forms [][]string
	for _, folded := range foldVariants(strings.ReplaceAll(phrase, anyNumber, " 0000 ")) {
		words := splitWords(folded)
		for i, w := range words {
			if w == "0000" { // how a "#" was written before folding
				words[i] = anyNumber
			}
		}
		forms = append(forms, words)
	}
	return forms
}

// siteForms returns the folded words of an entry of a site's own word
// list (Config.BlockedWords, HoldWords), once for each way it folds.
// Unlike in a phrase, a "#" in it is not a wildcard for any number: it is
// punctuation, dropped like the rest, so "#spam" is the word "spam" and
// never "3 spam".
func siteForms(entry string) [][]string {
	var forms [][]string
	for _, folded := range foldVariants(entry) {
		forms = append(forms, splitWords(folded))
	}
	return forms
}

// newSiteSet is newPhraseSet of a site's own word list. An entry that
// folds two ways (a word of look-alikes only, as "сок" or "ВОТ": see
// foldVariants) is added both ways, so that it matches Russian text and
// Latin in disguise alike; each way reports the entry as the comment
// folded it.
func newSiteSet(entries []string) *phraseSet {
	s := &phraseSet{root: &phraseNode{}}
	for _, e := range entries {
		for _, words := range siteForms(e) {
			s.addWords(words, 0)
		}
	}
	return s
}

// lookup returns the node of the trie at the end of words, or nil.
func (s *phraseSet) lookup(words []string) *phraseNode {
	n := s.root
	for _, w := range words {
		if n = n.next[w]; n == nil {
			return nil
		}
	}
	return n
}

// addWords adds a phrase of folded words (anyNumber for any number).
func (s *phraseSet) addWords(words []string, kind int) {
	if len(words) == 0 {
		return
	}
	if words[0] == anyNumber {
		s.numberFirst = true
	} else {
		s.first[words[0][0]] |= 1 << min(len(words[0]), 63)
		setBit(&s.starts, startKey(words[0]))
	}
	if len(words) == 1 {
		setBit(&s.singles, startKey(words[0]))
	} else {
		s.pairs.add(pairKey(words[0], words[1]))
	}
	n := s.root
	for _, w := range words {
		if n.next == nil {
			n.next = map[string]*phraseNode{}
		}
		c, ok := n.next[w]
		if !ok {
			c = &phraseNode{}
			n.next[w] = c
		}
		n = c
	}
	if n.phrase == "" {
		n.phrase = strings.Join(words, " ")
		n.kind = kind
	}
	if len(words) > s.maxLen {
		s.maxLen = len(words)
	}
}

// startBits is the size of phraseSet.starts, 1<<startLog bits: with the
// first words of the embedded lists, few other words pass the test. At
// 4096 bits the self-promotion set's filters had 412 starts set before
// session 21 added its entries, and a pair of ordinary prose ("same if")
// began to pass to the trie; 8192 bits halve the share of bits set, and
// so the words of prose that pass by chance. After session 21 604 of the
// 8192 are set, one in 14.
const (
	startLog  = 13
	startBits = 1 << startLog
)

// startKey is a fingerprint of a word from its length and three of its
// bytes (first, middle, last): cheap, and enough to tell apart the few
// words that start a phrase from the many that do not.
func startKey(w string) uint32 {
	h := uint32(len(w))<<24 ^ uint32(w[0])<<16 ^ uint32(w[len(w)/2])<<8 ^ uint32(w[len(w)-1])
	return (h * 0x9E3779B1) >> (32 - startLog) // Fibonacci hashing
}

// pairKey is the fingerprint of two words in a row, from their own.
func pairKey(a, b string) uint32 { return pairKeyOf(startKey(a), startKey(b)) }

// pairKeyOf is pairKey from the words' startKeys.
func pairKeyOf(a, b uint32) uint32 { return ((a<<startLog ^ b) * 0x9E3779B1) >> (32 - pairLog) }

// pairFilter is phraseSet.pairs, a Bloom filter of one hash (pairKey)
// over 1<<pairLog bits, four times the size of starts. In 4096 bits the
// first two words of the self-promotion lists' phrases set 664, one in
// six, so a pair of prose passed one time in six ("i would", "on arm",
// "anyone measured" on the plain benchmark input) and cost a walk of the
// trie: two walks in three on plain text. In 32768 bits they set 971
// after session 21's entries, one in 34.
type pairFilter [1 << pairLog / 64]uint64

const pairLog = 15

func (f *pairFilter) add(k uint32) { f[k/64] |= 1 << (k % 64) }

func (f *pairFilter) has(k uint32) bool { return f[k/64]&(1<<(k%64)) != 0 }

// anyNumberKey is the startKey of anyNumber.
var anyNumberKey = startKey(anyNumber)

func setBit(set *[startBits / 64]uint64, k uint32) { set[k/64] |= 1 << (k % 64) }

func hasBit(set *[startBits / 64]uint64, k uint32) bool { return set[k/64]&(1<<(k%64)) != 0 }

// mayMatchAt reports whether a phrase may start at the word w, whose
// startKey is k and which next follows ("" at the end): false for nearly
// every position where none does, true wherever one does. A number is
// tried as itself and as anyNumber, as find tries it. Each word's key is
// worked out once: a candidate's used to cost four startKeys (its own
// three times, and its successor's).
func (s *phraseSet) mayMatchAt(w, next string, k uint32) bool {
	// first[c] bit n: some phrase starts with a word of n bytes that
	// begins with c; the starts filter with the same key.
	asWord := s.first[w[0]]&(1<<min(len(w), 63)) != 0 && hasBit(&s.starts, k)
	asNumber := s.numberFirst && isNumber(w)
	if !asWord && !asNumber {
		return false
	}
	if (asWord && hasBit(&s.singles, k)) || (asNumber && hasBit(&s.singles, anyNumberKey)) {
		return true // a one-word phrase may be here
	}
	if next == "" {
		return false // the end of the comment
	}
	nk := startKey(next)
	nextNumber := isNumber(next)
	mayPair := func(first uint32) bool {
		return s.pairs.has(pairKeyOf(first, nk)) || (nextNumber && s.pairs.has(pairKeyOf(first, anyNumberKey)))
	}
	return (asWord && mayPair(k)) || (asNumber && mayPair(anyNumberKey))
}

// phraseMatch is one phrase found at words[Start:End].
type phraseMatch struct {
	Phrase     string
	Kind       int
	Start, End int
}

// anyNumber is the word of a phrase that matches any number.
const anyNumber = "#"

// find calls fn for every phrase found in words, longest first at each
// position, in order of position. A word with an apostrophe matches as
// itself or, failing that, as one of its formsOf ("acme's" as "acme").
func (s *phraseSet) find(words []string, fn func(phraseMatch)) { s.findIn(wordsOf(words), fn) }

// findIn is find for a wordList.
func (s *phraseSet) findIn(words wordList, fn func(phraseMatch)) {
	if s == nil || s.maxLen == 0 {
		return
	}
	if strings.IndexByte(words.text, '\'') >= 0 {
		// Some word may have other forms (formsOf), which need an
		// apostrophe. Most comments have none: one scan of the text (by
		// strings.IndexByte, many bytes at a time) keeps the loop below
		// as tight as it was before forms, which a test in it was not.
		s.findForms(words, fn)
		return
	}
	var found [8]phraseMatch               // phrases ending at one start, rarely more than one
	text, spans := words.text, words.spans // in registers, not read through words
	for i, sp := range spans {
		w := text[sp.start:sp.end]
		// The starts filter, here so that the most common case, a word
		// that starts no phrase, costs no call.
		k := startKey(w)
		if !hasBit(&s.starts, k) && !s.numberFirst && !mayReadLeet(w) {
			continue
		}
		next := ""
		if i+1 < len(spans) {
			next = text[spans[i+1].start:spans[i+1].end]
		}
		// The common words that start phrases ("i", "to", "the") pass
		// starts, a quarter of the words of prose, and nearly all of them
		// start no phrase with the word after: turned away here by the
		// pairs filter of mayMatchAt, without its call, unless a number
		// or leetspeak is to be read (TestFindInPairsFirst).
		if !s.numberFirst && !hasBit(&s.singles, k) && next != "" && !s.pairs.has(pairKeyOf(k, startKey(next))) &&
			next[0]-'0' >= 10 && !mayReadLeet(w) && !mayReadLeet(next) {
			continue
		}
		if !s.mayMatchAt(w, next, k) && !((mayReadLeet(w) || mayReadLeet(next)) && s.mayMatchLeet(w, next)) {
			continue // no phrase starts with this word
		}
		hits := s.matchesIn(words, i, found[:0])
		for k := len(hits) - 1; k >= 0; k-- {
			fn(hits[k])
		}
	}
}

// findForms is findIn for words of which some may have other forms
// (formsOf): the filters let a word through when it or a form of it may
// start a phrase, before next or a form of next. A word costs one more
// test of a few bytes (mayHaveForm) than in findIn.
func (s *phraseSet) findForms(words wordList, fn func(phraseMatch)) {
	var found [8]phraseMatch
	text, spans := words.text, words.spans
	for i, sp := range spans {
		w := text[sp.start:sp.end]
		k := startKey(w)
		if !hasBit(&s.starts, k) && !s.numberFirst && !mayHaveForm(w) && !mayReadLeet(w) {
			continue
		}
		next := ""
		if i+1 < len(spans) {
			next = text[spans[i+1].start:spans[i+1].end]
		}
		// findIn's pairs test, for a word with no other form before a
		// word with none (tested first: the words that pass starts for
		// their forms go on at once).
		if !mayHaveForm(w) && !mayHaveForm(next) && !s.numberFirst && !hasBit(&s.singles, k) && next != "" &&
			!s.pairs.has(pairKeyOf(k, startKey(next))) && next[0]-'0' >= 10 && !mayReadLeet(w) && !mayReadLeet(next) {
			continue
		}
		if !s.mayStartForms(w, next, k) && !((mayReadLeet(w) || mayReadLeet(next)) && s.mayMatchLeetForms(w, next)) {
			continue
		}
		hits := s.matchesIn(words, i, found[:0])
		for k := len(hits) - 1; k >= 0; k-- {
			fn(hits[k])
		}
	}
}

// mayMatchLeetForms is mayMatchLeet of w before next or one of next's
// formsOf ("pleas3 share's it": "please share").
func (s *phraseSet) mayMatchLeetForms(w, next string) bool {
	if s.mayMatchLeet(w, next) {
		return true
	}
	if !mayHaveForm(next) {
		return false
	}
	first, second := formsOf(next)
	return first != "" && s.mayMatchLeet(w, first) || second != "" && s.mayMatchLeet(w, second)
}

// mayStartForms is mayMatchAt with w and next each as itself or as one
// of its formsOf.
func (s *phraseSet) mayStartForms(w, next string, k uint32) bool {
	nextForms := mayHaveForm(next)
	if s.mayStartBefore(w, k, next, nextForms) {
		return true
	}
	if !mayHaveForm(w) {
		return false
	}
	first, second := formsOf(w)
	return first != "" && s.mayStartBefore(first, startKey(first), next, nextForms) ||
		second != "" && s.mayStartBefore(second, startKey(second), next, nextForms)
}

// mayStartBefore is mayMatchAt of w, with the starts filter first, before
// next or, when nextForms, one of next's formsOf.
func (s *phraseSet) mayStartBefore(w string, k uint32, next string, nextForms bool) bool {
	if !hasBit(&s.starts, k) && !s.numberFirst {
		return false
	}
	return s.mayMatchAt(w, next, k) || nextForms && s.mayMatchBeforeForms(w, k, next)
}

// mayMatchBeforeForms is mayMatchAt of w before one of next's formsOf.
func (s *phraseSet) mayMatchBeforeForms(w string, k uint32, next string) bool {
	first, second := formsOf(next)
	return first != "" && s.mayMatchAt(w, first, k) || second != "" && s.mayMatchAt(w, second, k)
}

// formsOf returns the words a folded word w may name when a list entry
// does not match w itself, in the order matching tries them ("" for
// none): w without a possessive 's at its end ("acme's" is "acme"), then
// also without an elided article or pronoun at its start, as French and Italian write
// them ("l'acme", "d'acme", "qu'il"; "l'oreal's" is "l'oreal", then
// "oreal"). Splitting keeps apostrophes inside words (View.Words has
// "acme's", as a check of the site's own may want), so the word lists try
// these forms instead. An entry is never cut: "it's" matches "it's", not
// "it".
//
// Only these forms, so that no piece of a word matches on its own: the
// "s" of "it's", the "l" of "l'acme" and the "t" of "don't" stay inside
// their words, and "it's" is "it", never "its". An elision comes off only
// before a vowel or h, where French and Italian elide: "c'mon" and
// "s'mores" stay whole. Folding has made every apostrophe in a word (’,
// ʼ) an ASCII one.
func formsOf(w string) (first, second string) {
	if n := len(w); n > 2 && w[n-2] == '\'' && w[n-1] == 's' {
		w = w[:n-2]
		first = w
	}
	elided := ""
	switch {
	case len(w) > 2 && w[1] == '\'' && elides[w[0]]&elidingLetter != 0 && elides[w[2]]&elidedVowel != 0:
		elided = w[2:] // l'acme
	case len(w) > 3 && w[2] == '\'' && w[0] == 'q' && w[1] == 'u' && elides[w[3]]&elidedVowel != 0:
		elided = w[3:] // qu'il
	}
	if first == "" {
		return elided, ""
	}
	return first, elided
}

// mayHaveForm reports whether w ends in 's or has an apostrophe where an
// elision ends, as formsOf looks for: a test cheap enough to inline, for
// every word of a comment with an apostrophe, that contractions ("don't",
// "we'll", "she'd") fail.
func mayHaveForm(w string) bool {
	n := len(w)
	return n > 2 && (w[n-2] == '\'' && w[n-1] == 's' || w[1] == '\'' || w[2] == '\'' && w[0] == 'q')
}

// elides tells, of each byte, whether it is a letter that ends an elided
// word (l', d', j', n', s', c', m', t'; qu' is told apart) and whether it
// is a vowel or h, before which French and Italian elide.
var elides = func() (t [256]uint8) {
	for _, c := range []byte("ldjnscmt") {
		t[c] |= elidingLetter
	}
	for _, c := range []byte("aeiouh") {
		t[c] |= elidedVowel
	}
	return t
}()

const (
	elidingLetter = 1 << iota
	elidedVowel
)

// matchesAt appends to hits the phrases that start at words[i], shortest
// first, by walking the trie.
func (s *phraseSet) matchesAt(words []string, i int, hits []phraseMatch) []phraseMatch {
	return s.matchesIn(wordsOf(words), i, hits)
}

// matchesIn is matchesAt for a wordList.
func (s *phraseSet) matchesIn(words wordList, i int, hits []phraseMatch) []phraseMatch {
	n := s.root
	for j := i; j < words.len() && j-i < s.maxLen; j++ {
		w := words.at(j)
		c, ok := n.next[w]
		if !ok && isNumber(w) {
			c, ok = n.next[anyNumber]
		}
		if !ok && mayHaveForm(w) {
			// The word as itself first, then its forms in order: an entry
			// "acme's" matches "acme's"; a trie walk takes one way, never
			// two.
			first, second := formsOf(w)
			if first != "" {
				c, ok = n.next[first]
			}
			if !ok && second != "" {
				c, ok = n.next[second]
			}
		}
		if !ok {
			// The word as itself first, then as leetspeak (see
			// leetReadings): "casin0" matches "casino". A word with no
			// reading stops at the first "", unlooked-up: no entry has an
			// empty word (splitWords makes none), and the walk of nearly
			// every word that starts no phrase ends here.
			for _, r := range leetReadings(w) {
				if r == "" {
					break
				}
				if c, ok = n.next[r]; ok {
					break
				}
			}
		}
		if !ok {
			break
		}
		n = c
		if n.phrase != "" {
			hits = append(hits, phraseMatch{n.phrase, n.kind, i, j + 1})
		}
	}
	return hits
}

// leetReadings returns w, a folded word, read as leetspeak when its digits
// all come at its end and are digits leetspeak uses (0 1 3 4 5 7), when it
// has two letters or more and four characters or more ("fr33", "sit3",
// "casin0"); none for other words. A 1 is read as i and, in a second reading, as
// l ("channe1"); the second is "" when w has no 1. Folding keeps such a word as it is (see
// unleetWord): written that way, most are model names, versions and
// codes, "mp3", "ps4", "win10", "i3", "a55", "gta5", which are no
// leetspeak. So the reading is only matched against the list entries,
// never put in the folded text: a word list's entry, or a phrase, matched
// only by "casin0", "fr33" or "visit my sit3" (review 16 M3), while "mp3"
// and "win10" stay themselves everywhere else, as the lists have no
// "mpe" or "winio".
//
// Two or three characters ("m3", "i7", "mp3", "ps4", "a55", "ti7") are
// never read: there the codes and the leetspeak of short words ("a55" is
// a phone, and "ass"; "M3" a car and a chip, and "me") cannot be told
// apart, and even inside a phrase they complete one by chance ("check M3
// out before you buy", "follow M3"; review 18 M1).
func leetReadings(w string) [2]string {
	var out [2]string
	if !mayReadLeet(w) {
		return out
	}
	k := len(w)
	for k > 0 && leetTail[w[k-1]] {
		k--
	}
	if k < 2 || len(w) < 4 || !allLetters(w[:k]) {
		return out // a number, a short code, or a digit that is no leet among the letters
	}
	b := []byte(w)
	for i := k; i < len(b); i++ {
		b[i] = leet[b[i]]
	}
	out[0] = string(b)
	if strings.IndexByte(w[k:], '1') >= 0 {
		for i := k; i < len(b); i++ {
			if w[i] == '1' {
				b[i] = 'l'
			}
		}
		out[1] = string(b)
	}
	return out
}

// mayReadLeet reports whether w may have a leetReading: it starts with a
// letter and ends in a digit leetspeak uses. One test of two bytes, for
// every word of a comment.
func mayReadLeet(w string) bool {
	return len(w) >= 4 && leetTail[w[len(w)-1]] && 'a' <= w[0] && w[0] <= 'z'
}

// leetTail tells the digits leetspeak uses for a letter.
var leetTail = [256]bool{'0': true, '1': true, '3': true, '4': true, '5': true, '7': true}

// mayMatchLeet is mayMatchAt with w and next each as itself or as one of
// its leetReadings, but not both as themselves (mayMatchAt tried that).
func (s *phraseSet) mayMatchLeet(w, next string) bool {
	lw := leetReadings(w)
	ln := leetReadings(next)
	for _, a := range [3]string{w, lw[0], lw[1]} {
		if a == "" {
			continue
		}
		for _, b := range [3]string{next, ln[0], ln[1]} {
			if (a != w || b != next) && (b != "" || next == "") && s.mayMatchAt(a, b, startKey(a)) {
				return true
			}
		}
	}
	return false
}

// isNumber reports whether w is all ASCII digits.
func isNumber(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return w != ""
}

// quoteList renders items as “a”, “b” and “c” for a Detail, naming at most
// max of them.
func quoteList(items []string, max int) string {
	var b strings.Builder
	n := len(items)
	if n > max {
		n = max
	}
	for i := 0; i < n; i++ {
		switch {
		case i == 0:
		case i == n-1 && n == len(items):
			b.WriteString(" and ")
		default:
			b.WriteString(", ")
		}
		b.WriteString(quote(items[i]))
	}
	if n < len(items) {
		b.WriteString(" and more")
	}
	return b.String()
}

// The most of a commenter's text a Detail quotes: its first quoteHead
// and last quoteTail characters (grapheme clusters), in at most
// quoteHeadBytes and quoteTailBytes. A Detail is a sentence for a
// moderator, and a word, link or address may be as long as the comment:
// quoted whole, a 60 KB "word" would make a 60 KB Detail in every stored
// Result and log line. The start of a link names its host and the start
// of a word its look; the end shows where it stops. The byte bounds
// leave room for the longest characters of ordinary scripts (a Hindi or
// Thai syllable, a flag, an emoji with a skin tone: up to 12 bytes).
const (
	quoteHead, quoteTail           = 40, 12
	quoteHeadBytes, quoteTailBytes = 12 * quoteHead, 12 * quoteTail
)

// quote returns s in quotation marks for a Detail, cut short by clip.
func quote(s string) string { return "“" + clip(s) + "”" }

// clip returns s whole when it has at most quoteHead+quoteTail+1
// characters in quoteHeadBytes+quoteTailBytes, else its first quoteHead
// and last quoteTail characters with "…" between them, as many of each
// as fit in their bytes. It cuts between characters, and inside one only
// when a single character (an endless chain of emoji joined by ZWJ is
// one) is longer than all its side may hold.
func clip(s string) string {
	const most = quoteHead + quoteTail + 1
	if len(s) <= most { // no more characters than bytes
		return s
	}
	// One pass: where the first quoteHead characters end (within their
	// bytes), and the ends of the last quoteTail+1 characters in a ring.
	var ends [quoteTail + 1]int
	headEnd, n := 0, 0
	rest, state, at := s, -1, 0
	for len(rest) > 0 {
		var c string
		c, rest, _, state = uniseg.FirstGraphemeClusterInString(rest, state)
		at += len(c)
		if n < quoteHead && at <= quoteHeadBytes {
			headEnd = at
		}
		ends[n%len(ends)] = at
		n++
	}
	if n <= most && len(s) <= quoteHeadBytes+quoteTailBytes {
		return s
	}
	// The tail: the last quoteTail characters, or as few as fit.
	tailStart := len(s)
	for k := min(n, quoteTail); k >= 1; k-- {
		start := 0
		if n > k {
			start = ends[(n-k-1)%len(ends)]
		}
		if len(s)-start <= quoteTailBytes {
			tailStart = start
			break
		}
	}
	// A first or last character longer than its side holds is cut
	// between code points.
	if headEnd == 0 {
		headEnd = quoteHeadBytes
		for headEnd > 0 && !utf8.RuneStart(s[headEnd]) {
			headEnd--
		}
	}
	if tailStart == len(s) {
		tailStart = len(s) - quoteTailBytes
		for tailStart < len(s) && !utf8.RuneStart(s[tailStart]) {
			tailStart++
		}
	}
	tailStart = max(tailStart, headEnd)
	return s[:headEnd] + "…" + s[tailStart:]
}
