package moderation

import (
	"math/bits"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/commentkit/commentkit/linkify"
)

// Near-duplicate detection by shingles (Broder, 1997). A text's shingles
// are the hashes of its runs of dupShingleWords folded words; two texts
// that share most shingles are nearly the same. To find them with plain key
// lookups, only the dupKeys smallest shingle hashes of a text (a min-hash
// sketch) are looked up and stored, each holding the id of the text last
// seen with it. Texts that share at least half of their sketch are nearly
// the same; unrelated texts share a shingle or two at most ("check out
// my"). A text found to repeat an earlier one is stored under that text's
// id, so a series of small edits stays one cluster.
const (
	// DefaultDuplicateWindow is how long a text is remembered.
	DefaultDuplicateWindow = 24 * time.Hour
	// dupMinWords: shorter texts ("I love this song so much", "thanks
	// for sharing this", the "Title: link" a share button fills in) are
	// posted by many people in good faith and are not compared. A link
	// counts as one word (tokenShinglesInto). Measured on the YouTube
	// Spam Collection (examples/evaluate): when every piece of a URL was
	// a word, at 6 words 17 ham comments were held as duplicates, at 10
	// none; with a link one word, lowering the gate from 10 to 6 flags 10
	// more ham comments (to 8: 1 more) and catches no more spam.
	dupMinWords = 10
	// dupShingleWords: word triples; pairs are shared by too many unrelated
	// comments ("this song", "i love").
	dupShingleWords = 3
	// dupKeys is the size of the sketch: the Store reads this many keys
	// per comment.
	dupKeys = 8
	// dupMinShared is how many sketch keys must point at one earlier text
	// (or half the sketch of a shorter text).
	dupMinShared = 4
	// duplicateWeight, in units of HoldScore: a text posted again is held
	// for a person to look at.
	duplicateWeight = 1.0
)

// hashString returns a 64-bit hash of s, the same on every server and in
// every process (unlike hash/maphash, whose seed is random): shingles are
// looked up in a shared Store. It reads eight bytes at a time and mixes
// them with mix64; hashing every word of a comment is then a small part of
// a Check (FNV-1a, a byte at a time, was an eighth of it).
func hashString(s string) uint64 {
	h := uint64(len(s)) * 0x9e3779b97f4a7c15
	for len(s) >= 8 {
		h = mix64(h ^ le64(s))
		s = s[8:]
	}
	if len(s) > 0 {
		h = mix64(h ^ le64Short(s) ^ 0xff<<56) // the marker keeps "a" and "a\x00" apart
	}
	return h
}

// wordHash returns a 64-bit hash of a word for the shingles, the same on
// every server and in every process (shingles are looked up in a shared
// Store). A word of up to eight bytes, nearly every word, costs one
// 64×64→128-bit multiplication (hashString, two mix64 steps, cost twice
// as much). It reads a word as wyhash does: up to 3 bytes, the first,
// middle and last; 4 to 8, the first four and the last four, which may
// overlap. Either way the bytes read determine the word once its length is
// known, and the length goes into the other factor.
func wordHash(s string) uint64 {
	n := len(s)
	var x uint64
	switch {
	case n > 8:
		return longWordHash(s)
	case n >= 4:
		x = le32(s) | le32(s[n-4:])<<32
	case n > 0:
		x = uint64(s[0]) | uint64(s[n/2])<<8 | uint64(s[n-1])<<16
	}
	return mum(x^wordSeed, uint64(n)^wordLenSeed)
}

// The constants wordHash mixes a word and its length with (wyhash's).
const (
	wordSeed    = 0x8ebc6af09c88c6e3
	wordLenSeed = 0x589965cc75374cc3
)

// longWordHash is wordHash for words of more than eight bytes (long words,
// run-together text): one multiplication per eight bytes, the last eight
// read overlapping the block before.
func longWordHash(s string) uint64 {
	h := uint64(0x1d8e4e27c47d124f)
	for i := 0; i+8 < len(s); i += 8 {
		h = mum(h^le64(s[i:])^0xa0761d6478bd642f, 0xe7037ed1a0b428db)
	}
	// The length goes in after the blocks: xor-ed into the first block,
	// it could cancel a difference there ("aaaaaaaaa", "baaaaaaaaa").
	return mum(le64(s[len(s)-8:])^wordSeed, h^uint64(len(s))^wordLenSeed)
}

// shingleHash returns the hash of a word triple from its words' hashes:
// one multiplication, where the rotation keeps the order of the first two
// words and both halves of the 128-bit product depend on every bit of the
// three. Min-hash needs it well mixed (TestShingleHashBits).
func shingleHash(w0, w1, w2 uint64) uint64 {
	return mum(w0^bits.RotateLeft64(w1, 21)^0xa0761d6478bd642f, w2^0xe7037ed1a0b428db)
}

// mum multiplies a and b into 128 bits and folds the halves together with
// xor (wyhash's mixing step): one multiplication that spreads every input
// bit over the output, where mix64 takes two.
func mum(a, b uint64) uint64 {
	hi, lo := bits.Mul64(a, b)
	return hi ^ lo
}

// le32 reads the first four bytes of s as a little-endian number.
func le32(s string) uint64 {
	_ = s[3]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24
}

// le64 reads the first eight bytes of s as a little-endian number (the
// compiler turns it into one load).
func le64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// le64Short reads the 1 to 7 bytes of s as a little-endian number, the
// value a byte-at-a-time loop would build, in two overlapping reads: most
// words are that short, and a loop whose length changes with every word
// mispredicts its exit nearly every time. From 4 bytes on, the first and
// the last four; below, bytes 0, n/2 and n-1. A byte both reads cover is
// put at the same place by each, so OR-ing them is exact.
func le64Short(s string) uint64 {
	n := len(s)
	if n >= 4 {
		lo := uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24
		hi := uint64(s[n-4]) | uint64(s[n-3])<<8 | uint64(s[n-2])<<16 | uint64(s[n-1])<<24
		return lo | hi<<(8*(n-4))
	}
	return uint64(s[0]) | uint64(s[n/2])<<(8*(n/2)) | uint64(s[n-1])<<(8*(n-1))
}

// shinglesInto returns the id of a text (a hash of all its words) and its
// sketch: its dupKeys smallest shingle hashes, ascending. A text of fewer
// than dupMinWords words has neither. The words are those of a View, and
// the sketch is kept in buf, so that the State of a Check holds it without an
// allocation of its own. Each word is hashed once; a shingle's hash mixes
// the hashes of its words. Every word is a token of its own: the state reads
// a comment through View.shingles, which makes each link one token.
func shinglesInto(words wordList, buf *[dupKeys]uint64) (uint64, []uint64) {
	return tokenShinglesInto(words, linkWords{}, buf)
}

// tokenShinglesInto is shinglesInto where the words of each link that
// links finds are one token, the link's (linkToken): what dupMinWords
// counts and the shingles are made of is the words a person wrote, plus
// one per link. A URL's pieces are not words: "Source:" and a link to a
// news site was eleven "words", and two such comments citing one site
// shared most of their word triples ("https www bbc", "www bbc co", …).
// The whole URL is the token, so the same link pasted again is the same
// token, and spam that posts one text with a new link each time still
// shares every triple its link is not part of.
func tokenShinglesInto(words wordList, links linkWords, buf *[dupKeys]uint64) (uint64, []uint64) {
	if words.len() < dupMinWords {
		return 0, nil // no more tokens than words
	}
	sh := shingler{sketch: buf[:0]}
	text, spans := words.text, words.spans
	i := 0
	for link := links.next(spans, 0); link.from >= 0; link = links.next(spans, i) {
		sh.addWords(text, spans[i:link.from])
		sh.add(link.token)
		i = link.to
	}
	sh.addWords(text, spans[i:])
	if sh.n < dupMinWords {
		return 0, nil
	}
	return textID(sh.id), sh.sketch
}

// shingler builds a text's id and sketch token by token.
type shingler struct {
	id, w0, w1 uint64 // the id so far, and the hashes of the last two tokens
	n          int    // tokens so far
	sketch     []uint64
}

// add adds the token whose hash is h.
func (sh *shingler) add(h uint64) {
	sh.id = nextTextID(sh.id, h)
	if sh.n+1 >= dupShingleWords {
		sh.sketch = insertSmallest(sh.sketch, shingleHash(sh.w0, sh.w1, h))
	}
	sh.n++
	sh.w0, sh.w1 = sh.w1, h
}

// addWords adds the words of spans, each a token. It works on copies of
// sh's fields, which stay in registers: most comments have no link, and
// this loop is where they spend their time.
func (sh *shingler) addWords(text string, spans []wordSpan) {
	id, w0, w1, n, sketch := sh.id, sh.w0, sh.w1, sh.n, sh.sketch
	for _, w := range spans {
		// wordHash, written out for the words of one to eight bytes
		// (nearly every word): wordHash is too big to be inlined, and the
		// call was about a seventh of this loop (TestShinglesEveryLength
		// holds the two to the same hash).
		var h uint64
		if s := text[w.start:w.end]; uint(len(s)-1) < 8 {
			var x uint64
			if m := len(s); m >= 4 {
				x = le32(s) | le32(s[m-4:])<<32
			} else {
				x = uint64(s[0]) | uint64(s[m/2])<<8 | uint64(s[m-1])<<16
			}
			h = mum(x^wordSeed, uint64(len(s))^wordLenSeed)
		} else {
			h = wordHash(s)
		}
		id = nextTextID(id, h)
		if n+1 >= dupShingleWords {
			sketch = insertSmallest(sketch, shingleHash(w0, w1, h))
		}
		n++
		w0, w1 = w1, h
	}
	sh.id, sh.w0, sh.w1, sh.n, sh.sketch = id, w0, w1, n, sketch
}

// shingles returns the id and sketch of v's text for the duplicate check
// (tokenShinglesInto): its folded words, each link one token.
func (v *View) shingles(buf *[dupKeys]uint64) (uint64, []uint64) {
	words := v.words()
	var links linkWords
	// The links' words are found by their offsets in the folded text,
	// which the spans of Moderator.fold index. A View built by hand,
	// whose words are strings of their own, keeps each piece of a URL a
	// word.
	if len(v.Links) > 0 && words.len() >= dupMinWords && len(words.text) == len(v.Folded) && words.text == v.Folded {
		links = linkWords{text: v.Text, folded: v.Folded, links: v.Links}
	}
	return tokenShinglesInto(words, links, buf)
}

// linkWords finds, link after link, which of a comment's folded words
// are the pieces of each of its links. The links' offsets are in the
// Text, the words' in the folded text; folding changes the length of few
// characters, nearly all of them beyond ASCII, so a link is first looked
// for where the link before it says it should be (its offset in the Text,
// moved by what folding added or took away before it), then where the end
// of the text says, by comparing the link's own bytes. Only when it is in
// neither place (an accented letter or an emoji
// before it, leetspeak undone in it) is the link folded by itself and
// searched for in the folded text, from the end of the link before. A
// link folded in the comment's context may read otherwise than alone (a
// word of look-alike letters, read as Latin alone, keeps its script in
// Russian text): when neither folding is found, no later link is
// searched for, only compared where it should be, so that a comment of
// many such links costs one search of its folded text, not one a link.
// The words of a link are found by binary search in the spans.
type linkWords struct {
	text   string         // View.Text, which the links' offsets index
	folded string         // View.Folded, which the words' spans index
	links  []linkify.Link // View.Links
	k      int            // the next link to find
	at     int            // folded[:at] is passed
	shift  int            // folded offset minus Text offset after the last link found
	lost   bool           // a link was not found: search no more
	// searched counts the folded bytes searched, at most three times
	// those of the text (TestLinkWordsLinear).
	searched int
}

// linkRun is one link as a token: its words are [from, to) of the spans.
type linkRun struct {
	from, to int
	token    uint64
}

// noLink is the linkRun past the last link: from is no word's index.
var noLink = linkRun{from: -1, to: -1}

// next returns the next link whose words are at or after spans[i], or
// noLink. A link that is not found in the folded text, or that holds no
// whole word, is skipped: its pieces stay words.
func (lw *linkWords) next(spans []wordSpan, i int) linkRun {
	for lw.k < len(lw.links) {
		l := &lw.links[lw.k]
		lw.k++
		if l.Start < 0 || l.End > len(lw.text) || l.Start >= l.End {
			continue // not offsets of Text: a View built by hand
		}
		raw := lw.text[l.Start:l.End]
		p, n := l.Start+lw.shift, len(raw)
		if !lw.foldedAt(raw, p) {
			// Where the end of the text says it should be: when folding
			// changed no length after the link (links come last in many
			// comments).
			p = l.Start + len(lw.folded) - len(lw.text)
		}
		if !lw.foldedAt(raw, p) {
			if lw.lost {
				continue
			}
			f := foldText(raw)
			j, m := lw.search(f)
			if j < 0 {
				if kept := foldKeepingScripts(raw); kept != f {
					j, m = lw.search(kept)
				}
			}
			if j < 0 {
				lw.lost = true
				continue
			}
			p, n = j, m
		}
		lw.at, lw.shift = p+n, p+n-l.End
		// The words wholly inside folded[p:p+n]: a word that runs on past
		// either end is partly the commenter's and stays a word.
		from := i + sort.Search(len(spans)-i, func(k int) bool { return int(spans[i+k].start) >= p })
		to := from + sort.Search(len(spans)-from, func(k int) bool { return int(spans[from+k].end) > p+n })
		if from == to {
			continue
		}
		return linkRun{from: from, to: to, token: linkToken(l)}
	}
	return noLink
}

// foldedAt reports whether the folded text has raw, folded, at p, from
// lw.at on.
func (lw *linkWords) foldedAt(raw string, p int) bool {
	return p >= lw.at && p+len(raw) <= len(lw.folded) && foldsASCII(raw, lw.folded[p:p+len(raw)])
}

// search returns where f is in the folded text from lw.at on, and its
// length, or -1.
func (lw *linkWords) search(f string) (int, int) {
	if f == "" {
		return -1, 0
	}
	rest := lw.folded[lw.at:]
	j := strings.Index(rest, f)
	if j < 0 {
		lw.searched += len(rest)
		return -1, 0
	}
	lw.searched += j + len(f)
	return lw.at + j, len(f)
}

// foldsASCII reports whether raw is ASCII and folded is raw lower-cased:
// what folding makes of raw when it changes no letter or digit of it.
func foldsASCII(raw, folded string) bool {
	if len(raw) != len(folded) {
		return false
	}
	if raw == folded {
		return true // most links are written in lower case: one comparison
	}
	for k := 0; k < len(raw); k++ {
		c := raw[k]
		if c >= utf8.RuneSelf {
			return false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != folded[k] {
			return false
		}
	}
	return true
}

// linkToken returns the hash a link stands for in the shingles: of its
// URL, normalised so that the same link written another way is the same
// token. The scheme ("https://", added where the commenter wrote none)
// and a host's "www." are dropped, the host is lower-case (Link.Host), a
// lone "/" path is none; the path, query and fragment keep their case,
// which tells one video or page from another. An e-mail address is its
// URL in lower case.
func linkToken(l *linkify.Link) uint64 {
	if l.Email || l.Host == "" {
		return mum(hashString(strings.ToLower(l.URL))^linkSeed, linkRestSeed)
	}
	rest := l.URL
	if i := afterScheme(rest); i >= 0 {
		rest = rest[i:]
	}
	i := 0 // the host (and port) end at the first '/', '?' or '#'
	for i < len(rest) && rest[i] != '/' && rest[i] != '?' && rest[i] != '#' {
		i++
	}
	if rest = rest[i:]; rest == "/" {
		rest = ""
	}
	return mum(hashString(strings.TrimPrefix(l.Host, "www."))^linkSeed, hashString(rest)^linkRestSeed)
}

// The constants linkToken mixes a link's host and the rest of its URL
// with: a link's token is no word's hash.
const (
	linkSeed     = 0x2d358dccaa6c78a5
	linkRestSeed = 0x8bb84b93962eacc9
)

// nextTextID adds the hash of the next word to a text's id. The id is a
// multiply-xor chain finished by one mix64 (textID): each step is one
// multiplication long, where a mix64 per word made every word wait for
// the previous one's two. Each step is a bijection of the id, so texts
// that differ in one word never share an id.
func nextTextID(id, h uint64) uint64 { return (id ^ h) * 0x9e3779b97f4a7c15 }

// textID finishes the id of a text.
func textID(id uint64) uint64 { return max(mix64(id), 1) } // 0 means "none" in a Snapshot

// mix64 is the finaliser of SplitMix64: it spreads every input bit over
// the output, so the smallest hashes are a fair sample of the shingles.
func mix64(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	return x ^ x>>31
}

// insertSmallest adds h to the ascending sketch if it is among the dupKeys
// smallest and not there yet.
func insertSmallest(sketch []uint64, h uint64) []uint64 {
	if len(sketch) == dupKeys && h >= sketch[dupKeys-1] {
		return sketch // once the sketch is full, nearly every shingle
	}
	i := 0
	for i < len(sketch) && sketch[i] < h {
		i++
	}
	if (i < len(sketch) && sketch[i] == h) || i == dupKeys {
		return sketch
	}
	if len(sketch) < dupKeys {
		sketch = append(sketch, 0)
	}
	copy(sketch[i+1:], sketch[i:len(sketch)-1])
	sketch[i] = h
	return sketch
}

// duplicateFlags appends CodeDuplicate to out when enough of the
// comment's sketch points at one earlier text. It then records the comment
// under that text's id.
func (s *stateSettings) duplicateFlags(out []Flag, st *State) []Flag {
	if len(st.shingles) == 0 {
		return out
	}
	var best uint64
	bestN := 0
	for i, id := range st.snap.Shingles {
		if id == 0 {
			continue
		}
		n := 0
		for _, other := range st.snap.Shingles[i:] {
			if other == id {
				n++
			}
		}
		if n > bestN {
			best, bestN = id, n
		}
	}
	if bestN < min(dupMinShared, (len(st.shingles)+1)/2) {
		return out
	}
	same := best == st.textID
	st.textID = best
	detail := s.dupDetails[0]
	if same {
		detail = s.dupDetails[1]
	}
	if detail == "" { // settings not made by newStateSettings
		detail = duplicateDetail(same, s.windows.Duplicate)
	}
	return append(out, Flag{Code: CodeDuplicate, Score: duplicateWeight * s.unit, Detail: detail})
}

// duplicateDetail is the Detail of CodeDuplicate for a text that is the
// same as an earlier one, or nearly, in a window.
func duplicateDetail(same bool, window time.Duration) string {
	what := "Nearly the same text"
	if same {
		what = "The same text"
	}
	return what + " was posted in the last " + durationText(window) + "."
}

// durationText writes a window as people say it: "24 hours", "15 seconds".
func durationText(d time.Duration) string {
	switch {
	case d >= time.Hour && d%time.Hour == 0:
		return countText(int(d/time.Hour), "hour")
	case d >= time.Minute && d%time.Minute == 0:
		return countText(int(d/time.Minute), "minute")
	case d >= time.Second && d%time.Second == 0:
		return countText(int(d/time.Second), "second")
	}
	return d.String()
}

// countText writes a count with its unit: "1 hour", "3 comments". The
// state flags' details are built by concatenation, not fmt: a flood or a
// repeated text raises them on every Check.
func countText(n int, unit string) string {
	if n == 1 {
		return "1 " + unit
	}
	return strconv.Itoa(n) + " " + unit + "s"
}
