package moderation

import (
	"encoding/binary"
	"math/bits"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Folding turns a comment's Text into the form the word checks match on,
// so that "FREE", "Frée", "fr3e", "ƒree", "frее" (with a Cyrillic е) and
// "𝗳𝗿𝗲𝗲" all read "free". It runs once per comment, in time linear in the
// text, and allocates one string (none for lower-case ASCII text).
//
// The steps, in order:
//   - lower case;
//   - accents dropped (é → e), ligatures and compatibility forms spelled out
//     (ﬁ → fi, ＦＲＥＥ → free, and the "fancy text" styles: 𝗳𝗿𝗲𝗲, 𝒻𝓇ℯℯ,
//     ⓕⓡⓔⓔ, ⒡⒭⒠⒠, 🅕🅡🅔🅔, 🅵🆁🅴🅴, ᶠʳᵉᵉ and ⅴ for v: see latinFold), while
//     symbols that abbreviate (™, №) stay; Greek loses its accents too
//     (καλημέρα → καλημερα, as "ΚΑΛΗΜΕΡΑ" is written without them) and
//     its final sigma (ς → σ, as "ΛΟΓΟΣ" has none), and Russian ё reads е
//     (most Russian text is typed without ё); й, ї, ў and other letters
//     that their alphabets list apart stay letters of their own;
//   - look-alike letters from Cyrillic, Greek, Cherokee, Armenian and
//     Lisu mapped to the Latin letter they imitate (see lookalike), in a
//     word that also has Latin letters ("frее" with a Cyrillic е, "ϲasino"
//     with a Greek lunate sigma, "casinօ" with an Armenian օ), or in a
//     word made of look-alikes only ("ѕех", "ВОТ"; not in Armenian, whose
//     words keep their letters) unless the comment stands in text of that script: its letters of
//     that script outnumber its Latin letters, and one of them at least
//     is no look-alike (see lookalikeContext). So Russian and Greek text
//     keeps its letters ("ВОТ ЭТО ДА" is "вот это да", not "bot это да":
//     Э and Д are no Latin letters; "ВОТ это cool" is "вот это cool"),
//     while a Latin word spelled in look-alikes in a Latin comment is read
//     as Latin, whatever Cyrillic letter or word is added to it ("hot ѕех
//     at mysite ж" is "hot sex at mysite ж");
//   - leetspeak undone inside a word (fr3e → free, h4ck3r → hacker,
//     @ss → ass, 0ut → out), but not in numbers (2015), in words that
//     merely end in digits (mp3, ps4) or in a number with its unit (4th,
//     1080p, 100k); a lone 4 or 2 between two words reads "for" or "to"
//     (sub4sub → sub for sub). The word lists also read a word of four
//     characters or more whose digits all come at its end as leetspeak
//     ("fr33", "casin0"), where that completes an entry: see
//     leetReadings.
//
// Everything else (digits, punctuation, emoji, letters of other scripts)
// is kept, lower-cased.

// foldText returns text folded for matching: see the steps above.
func foldText(text string) string {
	folded, _ := foldTextIn(text, lookalikeContext{})
	return folded
}

// foldKeepingScripts is foldText as if text stood in Russian or Greek
// prose: a word made of look-alikes only keeps its letters. An entry of a
// word list is folded both ways (see foldVariants), as a comment may hold
// it either way: "ВОТ" alone reads "bot", in "ВОТ ЭТО ДА" it reads "вот".
func foldKeepingScripts(text string) string {
	folded, _ := foldTextIn(text, lookalikeContext{fixed: classOtherCyrillic | classOtherGreek, keep: classOtherCyrillic | classOtherGreek})
	return folded
}

// foldVariants returns text folded as foldText does and, when different,
// as foldKeepingScripts does.
func foldVariants(text string) []string {
	folded, kept := foldText(text), foldKeepingScripts(text)
	if folded == kept {
		return []string{folded}
	}
	return []string{folded, kept}
}

// foldInfo is what foldTextMarks learns about a text while folding it.
type foldInfo struct {
	// dropped: some character folded to nothing (a combining mark).
	dropped bool
	// valid: the text is valid UTF-8.
	valid bool
	// text: the facts textFactsOf finds, from the characters beyond ASCII
	// that folding decodes anyway: a second scan of every byte saved.
	text textFacts
	// leetDigit: the folded text, before leetspeak was undone, has a
	// digit of hasLeetDigit's. Folding keeps every ASCII byte but the
	// capitals, so without one there the text has none either: undoing
	// leetspeak reads every digit of the folded text anyway, which saves
	// ObfuscatedLinkCheck six scans of the text (View.hasLeetDigit).
	leetDigit bool
	// capitalsMax: the text has at most this many capitals as
	// countCased counts them: its ASCII capitals, which lower-casing
	// finds eight bytes at a time, and every character beyond ASCII.
	// ShoutingCheck stops reading a text once its letters are too many
	// for that many capitals to make it shouting (View.capitalsAtMost).
	capitalsMax int
}

// foldTextMarks is foldText, and what it learnt of text (foldInfo): whether
// some character folded to nothing (a combining mark); when none did, the
// folded text has the dots
// of text, in the same order, with the same white space before each and
// the same closing bracket after each: every other character folds to
// one byte or more, none of them white space, a dot or a bracket, and
// undoing leetspeak changes only letters and digits (the spaces of "sub
// for sub" go between letters). hintsOf reads the dots there. Folding
// decodes every character beyond ASCII, so it also tells whether text is
// valid UTF-8 and works out its textFacts.
func foldTextMarks(text string) (folded string, info foldInfo) {
	return foldTextIn(text, lookalikeContext{})
}

// foldTextIn is foldTextMarks, with ctx to tell whether a word made of
// look-alikes only stands in Russian or Greek text.
func foldTextIn(text string, ctx lookalikeContext) (folded string, info foldInfo) {
	info.valid = true
	i := capitalOrNonASCII(text)
	if i == len(text) {
		folded, info.leetDigit = undoLeetDigits(text) // lower-case ASCII: no copy
		return folded, info
	}
	bp, _ := foldPool.Get().(*[]byte)
	if bp == nil || cap(*bp) < len(text)+8 {
		b := make([]byte, 0, len(text)+8)
		bp = &b
	}
	b := append((*bp)[:0], text[:i]...)
	// letters counts the Cyrillic letters of text (low half) and its Greek
	// ones (high half), for lookalikeContext.confirm.
	var letters uint64
	first := i // text[:first] is lower-case ASCII, copied to b already
	for i < len(text) {
		// ASCII folds the same in every word: lower-case the stretch up to
		// the next non-ASCII character in one go.
		var n, capitals int
		b, n, capitals = appendLowerASCII(b, text[i:])
		info.capitalsMax += capitals
		j := i + n
		if j == len(text) {
			break
		}
		r, size := utf8.DecodeRuneInString(text[j:])
		if runeClassOf(r)&classWordLetter == 0 {
			// Every byte that is not UTF-8 is decoded here: it is no word
			// letter, so a word of the loop below ends before it.
			info.valid = info.valid && (r != utf8.RuneError || size > 1)
			info.text.add(text, j, r)
			info.capitalsMax++
			n := len(b)
			b = appendFoldedRune(b, r, false)
			info.dropped = info.dropped || len(b) == n
			i = j + size
			continue
		}
		// A word with a non-ASCII letter, which may start with ASCII ones
		// (written already, as they fold the same): decide once, from the
		// whole word, whether its look-alikes read as Latin. It starts
		// after the word before, or in the lower-case ASCII the text
		// starts with ("casհ" is one word, not "cas" and "հ").
		lo := i
		if i == first {
			lo = 0
		}
		start := j
		for start > lo && asciiWordByte[text[start-1]] {
			start--
		}
		end := start
		latin := false    // the word has an ASCII letter
		digits := false   // and an ASCII digit before the first one
		var classes uint8 // of the word's non-ASCII characters, together
		for end < len(text) {
			if c := text[end]; c < utf8.RuneSelf {
				if !asciiWordByte[c] {
					break
				}
				if !latin {
					// Before the first ASCII letter, which makes the word
					// Latin, note a digit: it is counted apart (below).
					latin = asciiCase[c] != 0
					digits = digits || !latin
				}
				end++
				continue
			}
			r, size := utf8.DecodeRuneInString(text[end:])
			class := runeClassOf(r)
			if class&classWordLetter == 0 {
				break
			}
			classes |= class
			end += size
		}
		// Fancy letters fold to Latin ones, so they count as Latin. The
		// rest is for words of Greek and Cyrillic letters only.
		mapLookalikes := latin || classes&classLatin != 0
		if !mapLookalikes {
			ctx.others |= classes & (classOtherCyrillic | classOtherGreek)
			mapLookalikes = classes&classOtherLetter == 0 && !ctx.keeps(classes, text)
			// Count the word's Cyrillic and Greek letters. A word of
			// one script's letters only, as nearly every Russian or
			// Greek word is, has one every two bytes (classApart marks
			// every other character, and the word has no ASCII letter,
			// so no ASCII character when it has no digit); any other is
			// counted character by character.
			n := uint64(end-j) / 2
			switch {
			case classes&(cyrillicLetter|greekLetter) == 0:
				n = 0 // Chinese, Arabic…
			case !digits && classes&^(classWordLetter|classOtherLetter|cyrillicLetter) == 0:
			case !digits && classes&^(classWordLetter|classOtherLetter|greekLetter) == 0:
				n <<= 32
			default:
				n = scriptLettersIn(text[j:end])
			}
			letters += n
		} else if classes&(cyrillicLetter|greekLetter) != 0 {
			letters += scriptLettersIn(text[j:end]) // "frее", "vжery"
		}
		for k, r := range text[j:end] {
			if r >= utf8.RuneSelf {
				info.text.add(text, j+k, r)
				info.capitalsMax++
			} else if 'A' <= r && r <= 'Z' {
				info.capitalsMax++ // after a letter beyond ASCII: "éA"
			}
			n := len(b)
			b = appendFoldedRune(b, r, mapLookalikes)
			info.dropped = info.dropped || len(b) == n
		}
		i = end
	}
	// The words that kept their letters stood on a guess (see
	// lookalikeContext): the counts confirm it, or the text is folded
	// again with each script's way known.
	var keep uint8
	if ctx.kept != 0 {
		keep = ctx.confirm(text, letters)
	}
	redo := ctx.kept&^keep != 0
	if !redo {
		folded = string(b)
	}
	if cap(b) <= maxPooledFold {
		*bp = b
		foldPool.Put(bp)
	}
	if redo {
		return foldTextIn(text, lookalikeContext{fixed: classOtherCyrillic | classOtherGreek, keep: keep})
	}
	folded, info.leetDigit = undoLeetDigits(folded)
	return folded, info
}

// foldPool keeps foldText's buffers: the folded text is built in one
// and copied once into its string, which costs less than a buffer
// allocated, and collected, for every comment.
var foldPool sync.Pool // of *[]byte

// maxPooledFold bounds the buffers foldPool keeps: room for a comment of
// the default MaxBytes and what folding may add to it.
const maxPooledFold = 2 * DefaultMaxBytes

// The classes of a rune that foldText tells apart.
const (
	classWordLetter    = 1 << iota // isWordLetter
	classLatin                     // a Latin letter, or one latinFold spells with Latin ones
	classOtherLetter               // another letter, not a look-alike of a Latin one
	classLookCyrillic              // a Cyrillic look-alike of a Latin letter (е, В)
	classLookGreek                 // a Greek look-alike of a Latin letter (ο, Κ)
	classOtherCyrillic             // a Cyrillic letter that is no look-alike (и, Э), below smallRunes
	classOtherGreek                // a Greek letter that is no look-alike (λ, Η), below smallRunes or in Greek Extended
	classApart                     // a word character foldTextIn counts apart: a mark, a digit beyond ASCII, a letter of another script or of Greek Extended
)

// The classes of a Cyrillic letter, and of a Greek one.
const (
	cyrillicLetter = classLookCyrillic | classOtherCyrillic
	greekLetter    = classLookGreek | classOtherGreek
)

// lookalikeContext tells foldTextIn whether a word made of look-alikes
// only is Latin in disguise or a word of the script it is written in.
//
// Such a word of Cyrillic look-alikes ("ВОТ", "сок", "ѕех") keeps its
// letters when the comment stands in Cyrillic text: its Cyrillic letters,
// look-alikes or not, outnumber its Latin ones, and one of them at least
// is no look-alike (Э, и, ж). Otherwise it reads as Latin. Greek goes the
// same way, apart: each script's letters are weighed against the Latin
// ones alone. So "ВОТ ЭТО ДА" and "ВОТ это cool" keep their letters,
// while "hot ѕех at mysite", with a ж, a ж inside "vжery" or a whole
// Russian word added, reads "sex": one letter, or one word, that is no
// look-alike does not make an English comment Russian. The whole comment
// is the context, not the words next to it, so that a Russian comment
// that quotes an English name ("Купил iPhone, ВОТ") keeps its Russian
// words. Letters count one each wherever they stand: a Cyrillic letter
// inside a Latin word counts as Cyrillic, an accented Latin letter as
// Latin; digits, marks and other scripts do not count.
//
// The limits: a short comment in which the disguised word is most of the
// letters ("ѕех ж", "hot ѕех ж") or one padded with Russian text until
// that is most of it keeps its letters. The common disguise, a Latin word
// with a look-alike or two in it ("frее"), reads as Latin whatever
// surrounds it, and mixed_script flags it.
//
// The counts are known only once the whole text is folded, so a word is
// folded on a guess: it keeps its letters when the comment has a letter
// of its script that is no look-alike (seen in a word folded already,
// or found by one scan of the text a script, hasLetterOf). Russian text
// nearly always has one in its first words, and then the guess holds:
// confirm checks it from the letters counted while folding, without
// another scan. Where a word kept its letters and the counts say it
// should not (an English comment with some Cyrillic in it), the text is
// folded a second time, each script's way fixed: linear still, and never
// a third time. A guess that a word reads as Latin is never wrong: the
// comment has no letter that could make it Cyrillic text.
type lookalikeContext struct {
	// fixed has classOtherCyrillic or classOtherGreek for the scripts
	// whose way is given (foldKeepingScripts, and the second pass), and
	// keep has those of them whose words of look-alikes keep their
	// letters.
	fixed, keep uint8
	// others has classOtherCyrillic or classOtherGreek when the comment
	// has such a letter: seen in a word of Greek or Cyrillic letters
	// folded already, or found by a scan of the text.
	others uint8
	// none has the same bits for the scripts the text was scanned for
	// and found to have no such letter.
	none uint8
	// kept has the scripts of the words that kept their letters on the
	// guess: confirm checks them.
	kept uint8
}

// keeps reports whether a word whose characters have the classes given,
// made of look-alikes only, keeps its letters: they are all of one script,
// whose way is fixed, or, by the guess, text, the comment, has a letter of
// that script that is no look-alike. The text is scanned at most once a
// script, and not at all when such a letter was seen in a word before
// (c.others): a Russian comment has one in its first words nearly always.
func (c *lookalikeContext) keeps(classes uint8, text string) bool {
	var other uint8
	switch classes & (classLookCyrillic | classLookGreek) {
	case classLookCyrillic:
		other = classOtherCyrillic
	case classLookGreek:
		other = classOtherGreek
	default:
		return false // no look-alike, or both scripts in one word: no word of either
	}
	if c.fixed&other != 0 {
		return c.keep&other != 0
	}
	if c.others&other == 0 {
		if c.none&other != 0 || !hasLetterOf(text, other) {
			c.none |= other
			return false
		}
		c.others |= other
	}
	c.kept |= other
	return true
}

// confirm returns the scripts of c.kept in which text stands (see
// lookalikeContext), from letters, its Cyrillic and Greek letters as
// foldTextIn counts them. A comment has no more Latin letters than bytes
// outside its Cyrillic and Greek letters, which take two bytes or more:
// when that bound is below a script's count, as in Russian text, the
// Latin letters need no counting.
func (c *lookalikeContext) confirm(text string, letters uint64) (keep uint8) {
	counts := [...]struct {
		script uint8
		n      int
	}{
		{classOtherCyrillic, int(uint32(letters))},
		{classOtherGreek, int(letters >> 32)},
	}
	bound := len(text) - 2*(counts[0].n+counts[1].n)
	latin := -1 // not counted yet
	for _, s := range counts {
		if c.kept&s.script == 0 {
			continue
		}
		if s.n <= bound && latin < 0 {
			latin = latinLetters(text)
		}
		if s.n > bound || s.n > latin {
			keep |= s.script
		}
	}
	return keep
}

// scriptLetters returns what a character of the classes given adds to
// foldTextIn's count of letters: 1 for a Cyrillic letter, 1<<32 for a
// Greek one, 0 for any other.
func scriptLetters(class uint8) uint64 {
	switch {
	case class&cyrillicLetter != 0:
		return 1
	case class&greekLetter != 0:
		return 1 << 32
	}
	return 0
}

// scriptLettersIn returns what the characters of word add to foldTextIn's
// count of letters, one by one (see scriptLetters).
func scriptLettersIn(word string) uint64 {
	var n uint64
	for _, r := range word {
		if r >= utf8.RuneSelf {
			n += scriptLetters(runeClassOf(r))
		}
	}
	return n
}

// latinLetters counts the Latin letters of s: ASCII ones, accented ones,
// and those latinFold spells with Latin ones (𝗳, ﬁ).
func latinLetters(s string) int {
	n := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			n += int(asciiCase[c] & 1) // 1 for a letter
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if runeClassOf(r)&classLatin != 0 {
			n++
		}
		i += size
	}
	return n
}

// hasLetterOf reports whether s has a character of class other
// (classOtherCyrillic or classOtherGreek). Only the lead bytes of the
// blocks that hold such letters are decoded: U+0340–U+053F (Greek,
// Cyrillic) and U+1F00–U+1FFF (Greek Extended).
func hasLetterOf(s string, other uint8) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if !(0xCD <= c && c <= 0xD4) && !(c == 0xE1 && i+1 < len(s) && s[i+1] >= 0xBC) {
			i++ // ASCII, a continuation byte, or the lead of another block
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if runeClassOf(r)&other != 0 {
			return true
		}
		i += size
	}
	return false
}

// runeClassOf returns the classes of r.
func runeClassOf(r rune) uint8 {
	if utf8.RuneSelf <= r && r < smallRunes {
		return smallFolds[r-utf8.RuneSelf].class
	}
	if isPlainCJKLetter(r) {
		return plainCJKClass
	}
	return runeClassSlow(r)
}

// isPlainCJKLetter reports whether r is in one of the blocks of Chinese,
// Japanese and Korean letters that fold, classify and count alike: CJK
// Unified Ideographs and Extension A, the letters of Hiragana and
// Katakana, and the Hangul syllables. Each is a letter with no case, no
// look-alike and no other spelling, which folds to itself; the general
// functions find that out with several searches of Unicode's tables and
// of the fold's maps, which made a Check of Japanese or Chinese cost 25
// times one of English. TestPlainCJKLetters holds every rune of these
// blocks to the general functions.
func isPlainCJKLetter(r rune) bool {
	switch {
	case r < 0x3041:
		return false
	case r <= 0x3096: // Hiragana letters
		return true
	case r < 0x30a1:
		return false
	case r <= 0x30fa: // Katakana letters
		return true
	case r < 0x3400:
		return false
	case r <= 0x4dbf: // CJK Unified Ideographs Extension A
		return true
	case r < 0x4e00:
		return false
	case r <= 0x9fff: // CJK Unified Ideographs
		return true
	}
	return 0xac00 <= r && r <= 0xd7a3 // Hangul syllables
}

// plainCJKClass and plainCJKScript are the classes (runeClassOf,
// scriptOf) of every rune for which isPlainCJKLetter holds.
var (
	plainCJKClass  = runeClassSlow('\u4e00')
	plainCJKScript = scriptOfSlow('\u4e00')
)

// runeClassSlow is runeClassOf for any rune. A rune that is no word
// letter has no other class: foldText asks no more of it.
//
// A symbol that latinFold spells with ASCII letters or digits is a word
// letter here though Unicode does not call it a letter: a Roman numeral
// (Ⅲ), an enclosed letter or digit (ⓕ, ①, 🅕), a superscript digit (²).
// It folds to letters or digits, which the folded text reads as part of
// the word next to it, so the word must be weighed with it: "μΑⅢ" folds
// to one word, "μaiii", not to the Greek word "μα" followed by "iii",
// which folded again reads "μaiii". Spelled with a letter, it counts as
// a Latin one; spelled with digits only, as a digit beyond ASCII.
func runeClassSlow(r rune) uint8 {
	if !isWordLetter(r) {
		if s := symbolSpelling(r); s != "" {
			if asciiCase[s[0]] != 0 {
				return classWordLetter | classLatin
			}
			return classWordLetter | classApart
		}
		return 0
	}
	class := uint8(classWordLetter)
	if _, fancy := latinFold[r]; isLatinLetter(r) || fancy {
		return class | classLatin
	}
	if !unicode.IsLetter(r) {
		return class | classApart // a digit or a mark
	}
	// The script bits only where hasLetterOf looks for them, so that a
	// letter counts the same before a word as after it.
	cyrillic := r < smallRunes && unicode.Is(unicode.Cyrillic, r)
	greek := (r < smallRunes || 0x1F00 <= r && r <= 0x1FFF) && unicode.Is(unicode.Greek, r)
	switch {
	case lookalikeOf(r) == "":
		class |= classOtherLetter
		if cyrillic {
			class |= classOtherCyrillic
		} else if greek {
			class |= classOtherGreek
		} else {
			class |= classApart
		}
	case cyrillic:
		class |= classLookCyrillic
	case greek:
		class |= classLookGreek
	case unicode.Is(unicode.Armenian, r):
		// An Armenian word keeps its letters, look-alikes or not (only
		// a word with a Latin letter reads them as Latin): Armenian
		// text is not weighed as Russian and Greek are.
		class |= classOtherLetter | classApart
	default:
		class |= classApart
	}
	if r >= smallRunes {
		class |= classApart // of three bytes or more
	}
	return class
}

// symbolSpelling returns latinFold's spelling of r, a character that is
// no word letter, when that spelling is ASCII letters or digits: only the
// number forms and enclosed alphanumerics have one, so any other
// character costs two comparisons, not a map lookup.
func symbolSpelling(r rune) string {
	if !(0x2070 <= r && r <= 0x24FF || 0x1F100 <= r && r <= 0x1F1FF) {
		return ""
	}
	if s := latinFold[r]; s != "" && isASCIIAlnum(s[0]) {
		return s
	}
	return ""
}

// smallRunes bounds the runes whose folding is looked up in smallFolds:
// the Latin letters with accents, the IPA letters, the combining marks,
// Greek and Cyrillic (to U+052F). Accented and Greek or Russian text, the
// most common beyond ASCII, then costs an array index a character
// instead of several map lookups.
const smallRunes = 0x530

// smallFold is what folding does with one rune below smallRunes: its
// classes, and what appendFoldedRune appends without and with
// look-alikes mapped (at most four bytes, checked when the table is
// built).
type smallFold struct {
	class  uint8
	n      [2]uint8
	folded [2][4]byte
}

// smallFolds holds the folding of each non-ASCII rune below smallRunes,
// worked out once by the general functions, so that it is the same.
var smallFolds = func() (t [smallRunes - utf8.RuneSelf]smallFold) {
	for r := rune(utf8.RuneSelf); r < smallRunes; r++ {
		e := &t[r-utf8.RuneSelf]
		e.class = runeClassSlow(r)
		for k, mapLookalikes := range [2]bool{false, true} {
			out := appendFoldedRuneSlow(nil, r, mapLookalikes)
			if len(out) > len(e.folded[k]) {
				panic("moderation: the folding of " + string(r) + " is longer than smallFold holds")
			}
			e.n[k] = uint8(copy(e.folded[k][:], out))
		}
	}
	return t
}()

// appendFoldedRune appends the folded form of r to b.
func appendFoldedRune(b []byte, r rune, mapLookalikes bool) []byte {
	if utf8.RuneSelf <= r && r < smallRunes {
		e := &smallFolds[r-utf8.RuneSelf]
		k := 0
		if mapLookalikes {
			k = 1
		}
		return append(b, e.folded[k][:e.n[k]]...)
	}
	if isPlainCJKLetter(r) {
		return utf8.AppendRune(b, r)
	}
	return appendFoldedRuneSlow(b, r, mapLookalikes)
}

// appendFoldedRuneSlow is appendFoldedRune for any rune, by the tables
// of look-alikes and Latin spellings and Unicode's lower case.
func appendFoldedRuneSlow(b []byte, r rune, mapLookalikes bool) []byte {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return append(b, byte(r))
	}
	if mapLookalikes {
		if s := lookalikeOf(r); s != "" {
			return append(b, s...)
		}
	}
	if s, ok := latinFold[r]; ok {
		return append(b, s...)
	}
	lower := unicode.ToLower(r)
	if s, ok := latinFold[lower]; ok {
		return append(b, s...) // Ħ: only its small letter is in the table
	}
	if unicode.Is(unicode.Mn, r) {
		return b // a combining accent left after NFC: drop it, as with é
	}
	if base, ok := scriptBase[lower]; ok {
		lower = base // ά → α, ё → е
	}
	return utf8.AppendRune(b, lower)
}

// scriptBase maps a small Greek or Cyrillic letter to the one it is
// matched as: Greek letters without their accents (tonos, dialytika, the
// breathings and accents of polytonic Greek), the final sigma as σ (a
// capital Σ lowers to σ wherever it stands), and Russian ё as е.
//
// Cyrillic is folded less than Greek on purpose: й, ї, ў, ґ and ќ carry
// marks but are letters of their own alphabets (мой and мои are different
// words), while ё is е with dots that most Russian writing leaves out.
// ѐ and ѝ mark only the stress of е and и (Bulgarian, Macedonian).
var scriptBase = func() map[rune]rune {
	m := map[rune]rune{'ς': 'σ', 'ё': 'е', 'ѐ': 'е', 'ѝ': 'и'}
	for _, rg := range [][2]rune{{0x0370, 0x03FF}, {0x1F00, 0x1FFF}} {
		for r := rg[0]; r <= rg[1]; r++ {
			if !unicode.Is(unicode.Greek, r) || !unicode.IsLower(r) {
				continue
			}
			var base []rune
			for _, c := range norm.NFD.String(string(r)) {
				if !unicode.Is(unicode.Mn, c) {
					base = append(base, c)
				}
			}
			if len(base) == 1 && base[0] != r {
				m[r] = base[0]
			}
		}
	}
	return m
}()

// capitalOrNonASCII returns the index of the first capital A–Z or
// non-ASCII byte of s, or len(s): eight bytes at a time.
func capitalOrNonASCII(s string) int {
	i := 0
	for i+8 <= len(s) && !hasCapitalOrNonASCII(le64(s[i:])) {
		i += 8
	}
	for i < len(s) && !capitalOrHigh[s[i]] {
		i++
	}
	return i
}

// appendLowerASCII appends the ASCII start of s to b, lower-cased, and
// returns the new b, the length of that start and the number of capitals
// in it. Eight bytes at a time are lower-cased together: the capitals
// among them get the 0x20 bit.
func appendLowerASCII(b []byte, s string) ([]byte, int, int) {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	i, n := 0, 0
	for ; i+8 <= len(s); i += 8 {
		x := le64(s[i:])
		if x&highs != 0 {
			break // a non-ASCII byte among the eight
		}
		// As in hasCapitalOrNonASCII: the high bit of each byte that is
		// 'A' or above and not above 'Z'.
		capitals := (x + ones*(0x80-'A')) &^ (x + ones*(0x80-'Z'-1)) & highs
		n += bits.OnesCount64(capitals)
		b = binary.LittleEndian.AppendUint64(b, x|capitals>>2)
	}
	for ; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			break
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
			n++
		}
		b = append(b, c)
	}
	return b, i, n
}

func isLatinLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return ('a' <= r && r <= 'z') || ('A' <= r && r <= 'Z')
	}
	return unicode.Is(unicode.Latin, r)
}

func isASCIIAlnum(c byte) bool {
	return ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z') || ('0' <= c && c <= '9')
}

// hasCapitalOrNonASCII reports whether one of the eight bytes in x is a
// capital A–Z or not ASCII. With the high bits cleared, adding 0x80-'A'
// to each byte sets its high bit when the byte is 'A' or above, adding
// 0x80-'Z'-1 when it is above 'Z', and no sum carries into the next byte.
func hasCapitalOrNonASCII(x uint64) bool {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	low := x &^ highs
	atLeastA := low + ones*(0x80-'A')
	aboveZ := low + ones*(0x80-'Z'-1)
	return (atLeastA&^aboveZ|x)&highs != 0
}

// capitalOrHigh tells the bytes capitalOrNonASCII stops at: A–Z and
// every byte from 0x80.
var capitalOrHigh = func() (t [256]bool) {
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = true
	}
	for c := utf8.RuneSelf; c < 256; c++ {
		t[c] = true
	}
	return t
}()

// mayHaveLeetTrigger reports whether one of the eight bytes in x may be a
// digit, '@' or '$': it is true for every such byte, and for no other
// ASCII byte (a byte from 0x80 whose low seven bits are a digit may make
// it true; the caller tells such false alarms apart byte by byte). With
// the high bits cleared, adding 0x80-'0' sets a byte's high bit when it
// is '0' or above, adding 0x80-'9'-1 when it is above '9'; a byte that is
// '@' or '$' becomes zero when x is xored with it in every byte, and x
// has a zero byte exactly when the borrow test leaves a high bit set.
//
// It used to take the whole range '0' to '@' at once, which made the
// bytes ':' to '?' false alarms, each costing a look at eight bytes one
// at a time: every URL has a ':' and many a '?' and a '=', so the links
// of a comment cost the fold more per byte than its prose did
// (BenchmarkUndoLeet).
func mayHaveLeetTrigger(x uint64) bool { return leetTriggers(x) != 0 }

// leetTriggers returns the high bit of each byte of x that
// mayHaveLeetTrigger finds may be one; 0 for none.
func leetTriggers(x uint64) uint64 {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	low := x &^ highs
	digit := (low + ones*(0x80-'0')) &^ (low + ones*(0x80-'9'-1))
	a := x ^ ones*'@'
	d := x ^ ones*'$'
	at := (a - ones) &^ a
	dollar := (d - ones) &^ d
	return (digit | at | dollar) & highs
}

// isLeetTrigger reports whether c makes undoLeet look at the word around
// it: a digit, '@' or '$'.
func isLeetTrigger(c byte) bool {
	return ('0' <= c && c <= '9') || c == '@' || c == '$'
}

// nextLeetTrigger returns the index of the first digit, '@' or '$' of s
// from i on, or len(s). Prose has few: it reads eight bytes at a time,
// and byte by byte only the eight where one may be.
func nextLeetTrigger(s string, i int) int {
	for {
		// Sixteen bytes a step while there is room, with one branch for
		// both halves; then eight.
		for i+16 <= len(s) && leetTriggers(le64(s[i:]))|leetTriggers(le64(s[i+8:])) == 0 {
			i += 16
		}
		for i+8 <= len(s) && !mayHaveLeetTrigger(le64(s[i:])) {
			i += 8
		}
		for end := min(i+8, len(s)); i < end; i++ {
			if isLeetTrigger(s[i]) {
				return i
			}
		}
		if i == len(s) {
			return i
		}
	}
}

// leet maps the symbols and digits of leetspeak to the letter they stand for.
var leet = [128]byte{'0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', '$': 's'}

// undoLeet rewrites leetspeak in the lower-case ASCII runs of s (see the
// package comment on folding). It returns s itself when nothing changes.
// Only the words around a digit, '@' or '$' are looked at, so ordinary
// prose costs one scan.
func undoLeet(s string) string {
	out, _ := undoLeetDigits(s)
	return out
}

// undoLeetDigits is undoLeet, and whether s has a digit of
// hasLeetDigit's: every digit of s is in a run that undoLeet reads (a
// run starts at a digit, '@' or '$', the first from where the run before
// ended), so each run is looked at for one, until one is found.
func undoLeetDigits(s string) (string, bool) {
	leetDigit := false
	var b []byte // nil until the first change
	done := 0    // s[:done] is in b, or unchanged when b is nil
	for i := 0; i < len(s); {
		k := nextLeetTrigger(s, i)
		if k == len(s) {
			break
		}
		start, end := k, k+1
		for start > 0 && isLeetWordByte(s[start-1]) {
			start--
		}
		for end < len(s) && isLeetWordByte(s[end]) {
			end++
		}
		for j := k; j < end && !leetDigit; j++ {
			leetDigit = leetTail[s[j]] // hasLeetDigit's digits
		}
		left, right := gluedToLetter(s, start, end)
		if out, ok := unleetToken(s[start:end], left, right); ok {
			if b == nil {
				b = make([]byte, 0, len(s)+8)
			}
			b = append(b, s[done:start]...)
			b = append(b, out...)
			done = end
		}
		i = end
	}
	if b == nil {
		return s, leetDigit
	}
	return string(append(b, s[done:]...)), leetDigit
}

// gluedToLetter reports whether s[start:end] touches a non-ASCII letter,
// digit or mark on its left and on its right: there it is part of a longer
// word, which folding has decided on as a whole.
func gluedToLetter(s string, start, end int) (left, right bool) {
	if start > 0 && s[start-1] >= utf8.RuneSelf {
		r, _ := utf8.DecodeLastRuneInString(s[:start])
		left = isWordLetter(r)
	}
	if end < len(s) && s[end] >= utf8.RuneSelf {
		r, _ := utf8.DecodeRuneInString(s[end:])
		right = isWordLetter(r)
	}
	return left, right
}

func isLeetWordByte(c byte) bool {
	return ('a' <= c && c <= 'z') || ('0' <= c && c <= '9') || c == '@' || c == '$'
}

// unleetToken undoes leetspeak in a run of letters, digits, '@' and '$':
// as one word ("@ss", "fr3e") or, when that is not leetspeak, in each of
// the words the symbols separate, as splitWords will see them. A run glued
// on its left or right to a non-ASCII letter is part of a longer word, so
// its symbols stay separators and its end piece on that side is left
// alone.
func unleetToken(token string, left, right bool) (string, bool) {
	if !left && !right {
		if out, ok := unleetWord(token); ok || !strings.ContainsAny(token, "@$") {
			return out, ok
		}
	}
	var b []byte
	changed := false
	for i := 0; i < len(token); {
		j := i
		for j < len(token) && token[j] != '@' && token[j] != '$' {
			j++
		}
		piece, ok := token[i:j], false
		if !(i == 0 && left) && !(j == len(token) && right) {
			piece, ok = unleetWord(piece)
		}
		changed = changed || ok
		b = append(b, piece...)
		if j < len(token) {
			b = append(b, token[j])
			j++
		}
		i = j
	}
	if !changed {
		return token, false
	}
	return string(b), true
}

// unleetWord returns the word with its leetspeak undone, and whether it
// changed. word is lower-case ASCII letters, digits, '@' and '$'.
func unleetWord(word string) (string, bool) {
	letters, leets, others := 0, 0, 0
	for i := 0; i < len(word); i++ {
		c := word[i]
		switch {
		case 'a' <= c && c <= 'z':
			letters++
		case leet[c] != 0:
			leets++
		default:
			others++ // a digit with no letter to stand for: 2, 6, 8, 9
		}
	}
	if leets+others == 0 || letters == 0 {
		return word, false // a plain word, or a number
	}
	// "sub4sub", "face2face": a lone 4 or 2 between two words.
	if out, ok := splitForTo(word); ok {
		return out, true
	}
	if others > 0 || letters+leets < 3 {
		return word, false // h264, b2b, x3: not leetspeak
	}
	// Letters then digits (mp3, ps4, gta5), or a number and a unit or
	// ordinal (4th, 1080p, 100k, 5am): model names and measures, not
	// leetspeak. "0ut" and "1nvest" are leetspeak.
	if lettersThenDigits(word) || numberAndUnit(word) {
		return word, false
	}
	out := []byte(word)
	for i, c := range out {
		if l := leet[c]; l != 0 {
			out[i] = l
		}
	}
	return string(out), true
}

// splitForTo reads "sub4sub" as "sub for sub" and "face2face" as
// "face to face": one 4 or 2 between two runs of at least three letters.
func splitForTo(word string) (string, bool) {
	k := strings.IndexAny(word, "42")
	if k < 3 || len(word)-k-1 < 3 {
		return "", false
	}
	left, right := word[:k], word[k+1:]
	if !allLetters(left) || !allLetters(right) {
		return "", false
	}
	mid := " for "
	if word[k] == '2' {
		mid = " to "
	}
	return left + mid + right, true
}

func allLetters(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return true
}

func lettersThenDigits(w string) bool {
	i := 0
	for i < len(w) && 'a' <= w[i] && w[i] <= 'z' {
		i++
	}
	if i == 0 || i == len(w) {
		return false
	}
	for ; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}

// numberAndUnit reports whether w is digits followed by a unit or an
// ordinal's ending.
func numberAndUnit(w string) bool {
	i := 0
	for i < len(w) && '0' <= w[i] && w[i] <= '9' {
		i++
	}
	if i == 0 || i == len(w) {
		return false
	}
	switch w[i:] {
	case "st", "nd", "rd", "th", "s", "k", "m", "b", "p", "i", "d", "g", "x", "am", "pm", "h", "hz",
		"km", "kg", "mm", "cm", "ml", "mb", "gb", "tb", "fps", "min", "yo", "yrs":
		return true
	}
	return false
}

// splitWords splits folded text into words: runs of letters, digits and
// combining marks, with an apostrophe kept inside a word ("don't",
// "i'll"). Everything else separates words.
func splitWords(folded string) []string {
	bufs := borrowViewBufs() // for the spans, which only the strings outlive
	bufs.spans = appendWordSpans(bufs.spans[:0], folded)
	words := wordList{text: folded, spans: bufs.spans}.strings()
	giveBackViewBufs(bufs)
	return words
}

// wordsCap is room for the words of folded. A word and its separator
// take five bytes or more in nearly every text, so up to the default
// MaxBytes that is the room made, in an array the pool keeps; a text of
// shorter words grows it, a few times at most. A longer text (MaxBytes
// raised: its array is never pooled) gets room for the most words it can
// hold, one every two bytes ("a a a …"), as append would otherwise grow
// the array a quarter at a time, and at 1 MB leave a dozen copies of it,
// four times the text's size, for the collector.
func wordsCap(folded string) int {
	if len(folded) <= DefaultMaxBytes {
		return len(folded)/5 + 1
	}
	return len(folded)/2 + 1
}

// appendWordSpans appends where each word of folded, as splitWords
// splits them, starts and ends to spans: of the first maxSpanText bytes.
//
// Most of a comment is ASCII without an apostrophe. There the words are
// found from a bitmap: up to 64 bytes, eight at a time, become one bit
// each (asciiWordBits), and the edges of the words are the bits that
// differ from the bit before. A loop that tested each byte mispredicted
// the end of nearly every word; this one mispredicts its exit once per 64
// bytes. Any other byte (beyond ASCII, an apostrophe, the last few bytes)
// is read one character at a time.
func appendWordSpans(spans []wordSpan, folded string) []wordSpan {
	folded = folded[:min(len(folded), maxSpanText)]
	start := -1
	for i := 0; i < len(folded); {
		var word uint64 // bit k: folded[i+k] is a word byte
		n := 0
		for n < 64 && i+n+8 <= len(folded) {
			b, ok := asciiWordBits(le64(folded[i+n:]))
			if !ok {
				break
			}
			word |= b << n
			n += 8
		}
		if n > 0 {
			var before uint64 // 1 when a word runs on into folded[i]
			if start >= 0 {
				before = 1
			}
			edges := word ^ (word<<1 | before)
			if n < 64 {
				edges &= 1<<n - 1 // the bit shifted out of the last byte read is no edge
			}
			// The edges alternate, a start then an end: the kth end left
			// after the word that runs on into the bytes (if one does)
			// ends the word of the kth start.
			starts, ends := edges&word, edges&^word
			if start >= 0 && ends != 0 {
				spans = append(spans, wordSpan{uint32(start), uint32(i + bits.TrailingZeros64(ends))})
				start = -1
				ends &= ends - 1
			}
			for ; ends != 0; ends &= ends - 1 {
				spans = append(spans, wordSpan{uint32(i + bits.TrailingZeros64(starts)), uint32(i + bits.TrailingZeros64(ends))})
				starts &= starts - 1
			}
			if starts != 0 {
				start = i + bits.TrailingZeros64(starts) // a word runs on past the bytes
			}
			i += n
			continue
		}
		// A character at a time, up to and including the next ASCII
		// separator: a word beyond ASCII ("привет", "café") is read
		// here whole, and the bitmap is tried again after it.
		for i < len(folded) {
			c := folded[i]
			if c < utf8.RuneSelf && c != '\'' {
				i++
				if asciiWordByte[c] {
					if start < 0 {
						start = i - 1
					}
					continue
				}
				if start >= 0 {
					spans = append(spans, wordSpan{uint32(start), uint32(i - 1)})
					start = -1
				}
				break
			}
			r, size := rune(c), 1
			if r >= utf8.RuneSelf {
				r, size = utf8.DecodeRuneInString(folded[i:])
			}
			inWord := isWordRune(r)
			if !inWord && r == '\'' && start >= 0 && i+1 < len(folded) {
				next, _ := utf8.DecodeRuneInString(folded[i+1:])
				inWord = isWordRune(next)
			}
			if inWord {
				if start < 0 {
					start = i
				}
			} else if start >= 0 {
				spans = append(spans, wordSpan{uint32(start), uint32(i)})
				start = -1
			}
			i += size
		}
	}
	if start >= 0 {
		spans = append(spans, wordSpan{uint32(start), uint32(len(folded))})
	}
	return spans
}

// asciiWordBits returns, for the eight bytes in x, a bit for each that is
// an ASCII letter or digit (asciiWordByte), the first byte in the lowest
// bit; ok is false when one of them is beyond ASCII or an apostrophe,
// which appendWordSpans reads a character at a time. As in
// hasCapitalOrNonASCII, a byte's high bit is set by adding to it the
// distance from a range's first byte to 0x80; bytes of ASCII never carry
// into the next. Letters are tested once their 0x20 bit is set, which
// makes a capital small and takes no other byte into a–z.
func asciiWordBits(x uint64) (word uint64, ok bool) {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	quote := x ^ ones*'\''
	if (x|((quote-ones)&^quote))&highs != 0 {
		return 0, false // beyond ASCII, or a zero byte where x has an apostrophe
	}
	small := x | ones*0x20
	letters := (small + ones*(0x80-'a')) &^ (small + ones*(0x80-'z'-1))
	digits := (x + ones*(0x80-'0')) &^ (x + ones*(0x80-'9'-1))
	// Gather the eight high bits into the top byte, the first byte's
	// lowest: byte j's bit, at 8j after the shift, lands at 56+j, and
	// no two products of the multiplication share a bit.
	lows := (letters | digits) & highs >> 7
	return lows * 0x0102040810204080 >> 56, true
}

// asciiWordByte tells the ASCII bytes that are part of a word; it is
// false for every byte from 0x80, so any byte may index it.
var asciiWordByte = func() (t [256]bool) {
	for c := byte(0); c < utf8.RuneSelf; c++ {
		t[c] = isASCIIAlnum(c)
	}
	return t
}()

// isWordRune is isWordLetter, from the array of smallFolds where it has
// r: Greek and Cyrillic words are split without searching Unicode's
// tables.
func isWordRune(r rune) bool {
	if utf8.RuneSelf <= r && r < smallRunes {
		return smallFolds[r-utf8.RuneSelf].class&classWordLetter != 0
	}
	return isPlainCJKLetter(r) || isWordLetter(r)
}

func isWordLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return isASCIIAlnum(byte(r))
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r)
}

// lookalikeOf returns the Latin letter r imitates, or "". Capitals are
// looked up by their small letter too, so that folding is the same on
// text that is already lower case, and accented Greek letters by the
// letter without accents (ά as α), as they fold.
func lookalikeOf(r rune) string {
	if s, ok := lookalike[r]; ok {
		return s
	}
	lower := unicode.ToLower(r)
	if s, ok := lookalike[lower]; ok {
		return s
	}
	return lookalike[scriptBase[lower]]
}

// lookalike maps letters of other scripts that look like a Latin letter
// to that letter, lower case. The idea, and most pairs, come from
// Unicode's confusables data (Unicode Technical Standard #39, "Unicode
// Security Mechanisms", confusables.txt) between Cyrillic, Greek,
// Cherokee, Armenian or Lisu and Latin, kept where the letter passes for the Latin one in
// running text; the Cyrillic ones agree with the letters Chromium's IDN
// spoof checker treats as Latin look-alikes (see linkify's
// latinAlikeCyrillic). The table was written from those sources' glyphs,
// not copied: confusables.txt is not vendored.
//
// A small letter's capital maps with it (lookalikeOf looks a capital up
// by its small letter), which folding the same text in either case
// needs: so Г reads r as г does, and П reads n. A capital listed apart
// keeps its own letter (Η is h, η is n; Ν is n, ν is v).
//
// Left out on purpose: the Cyrillic small letters shaped like Latin
// small capitals (в, м, н, т: ʙ, ᴍ, ʜ, ᴛ), which read as Cyrillic in
// running text and are among the most common letters of Russian (their
// capitals, which do pass for B, M, H, T, are in); letters that look
// like two Latin ones (ы, ю) or a digit (б, з); and Ukrainian є and
// Serbian ћ, ђ, common letters that look like no plain Latin one.
var lookalike = func() map[rune]string {
	m := map[rune]string{
		// Cyrillic capitals and small letters.
		'А': "a", 'а': "a", 'В': "b", 'Е': "e", 'е': "e", 'Ё': "e", 'ё': "e",
		'К': "k", 'к': "k", 'М': "m", 'Н': "h", 'һ': "h", 'О': "o", 'о': "o",
		'Р': "p", 'р': "p", 'С': "c", 'с': "c", 'Т': "t", 'У': "y", 'у': "y",
		'Х': "x", 'х': "x", 'Ѕ': "s", 'ѕ': "s", 'І': "i", 'і': "i", 'Ї': "i",
		'ї': "i", 'Ј': "j", 'ј': "j", 'ԁ': "d", 'Ԛ': "q", 'ԛ': "q", 'Ԝ': "w",
		'ԝ': "w", 'ӏ': "l", 'Ӏ': "l",
		'г': "r", // U+0433, and Г
		'п': "n", // U+043F, and П
		'ь': "b", // U+044C, and Ь
		'ъ': "b", // U+044A, and Ъ
		'ү': "y", // U+04AF straight u, and Ү
		'ѵ': "v", // U+0475 izhitsa, and Ѵ
		'ѡ': "w", // U+0461 omega, and Ѡ
		'ԍ': "g", // U+050D Komi sje, and Ԍ
		'ҽ': "e", // U+04BD Abkhasian che, and Ҽ
		'ҫ': "c", // U+04AB es with descender (as ç), and Ҫ
		'ӓ': "a", // U+04D3 (as ä), and Ӓ
		'ӧ': "o", // U+04E7 (as ö), and Ӧ
		'ӱ': "y", // U+04F1 (as ÿ), and Ӱ
		// Greek capitals and small letters.
		'Α': "a", 'α': "a", 'Β': "b", 'Ε': "e", 'ε': "e", 'Ζ': "z", 'Η': "h",
		'Ι': "i", 'ι': "i", 'Κ': "k", 'κ': "k", 'Μ': "m", 'Ν': "n", 'ν': "v",
		'Ο': "o", 'ο': "o", 'Ρ': "p", 'ρ': "p", 'Τ': "t", 'τ': "t", 'Υ': "y",
		'υ': "u", 'Χ': "x", 'χ': "x",
		'ϲ': "c", // U+03F2 lunate sigma, and Ϲ
		'ϳ': "j", // U+03F3 yot, and Ϳ
		'γ': "y", // U+03B3, and Γ
		'η': "n", // U+03B7 (Η is h)
		'ω': "w", // U+03C9, and Ω
	}
	// Armenian small letters shaped like Latin ones, and their capitals
	// (Օ as O, Ս as U; the others by their small letter, as Г reads r).
	for r, s := range map[rune]string{
		'օ': "o", // U+0585 oh
		'ս': "u", // U+057D seh
		'հ': "h", // U+0570 ho
		'ո': "n", // U+0578 vo
		'ց': "g", // U+0581 co
		'զ': "q", // U+0566 za
	} {
		m[r] = s
		m[unicode.ToUpper(r)] = s
	}
	// Lisu (Fraser) letters, drawn as Latin capitals; Lisu has no case.
	for r, s := range map[rune]string{
		'ꓮ': "a", 'ꓐ': "b", 'ꓚ': "c", 'ꓓ': "d", 'ꓰ': "e", 'ꓖ': "g", 'ꓧ': "h",
		'ꓲ': "i", 'ꓙ': "j", 'ꓗ': "k", 'ꓡ': "l", 'ꓟ': "m", 'ꓠ': "n", 'ꓳ': "o",
		'ꓑ': "p", 'ꓣ': "r", 'ꓢ': "s", 'ꓔ': "t", 'ꓴ': "u", 'ꓦ': "v", 'ꓪ': "w",
		'ꓫ': "x", 'ꓬ': "y", 'ꓜ': "z",
	} {
		m[r] = s
	}
	// Cherokee capitals, shaped on Latin letters, and their small
	// letters (U+AB70 on), which lower-case text holds.
	for r, s := range map[rune]string{
		'Ꭺ': "a", 'Ᏼ': "b", 'Ꮯ': "c", 'Ꭰ': "d", 'Ꭼ': "e", 'Ꮐ': "g", 'Ꮋ': "h",
		'Ꭵ': "i", 'Ꭻ': "j", 'Ꮶ': "k", 'Ꮮ': "l", 'Ꮇ': "m", 'Ꮲ': "p", 'Ꭱ': "r",
		'Ꮪ': "s", 'Ꭲ': "t", 'Ꮩ': "v", 'Ꮃ': "w", 'Ꮓ': "z",
	} {
		m[r] = s
		m[unicode.ToLower(r)] = s
	}
	return m
}()

// latinFold maps a non-ASCII rune to its plain lower-case spelling: Latin
// letters with accents, ligatures and the compatibility forms of the
// "fancy text" generators: full-width letters, mathematical alphanumerics
// and the letterlike symbols that fill their gaps (ℯ, ℋ), circled,
// parenthesised, squared and negative circled or squared letters (ⓕ, ⒡,
// 🄵, 🅕, 🅵), small capitals, modifier letters and superscripts or
// subscripts ("tiny text": ᶠʳᵉᵉ, ᵢ), and the Roman numerals (ⅴ, ⅹ, Ⅻ).
// It is built once from Unicode's decompositions (NFKD, accents dropped:
// see plainSpelling) over the blocks that hold those forms, plus the
// letters that have none: a few Latin letters, the small capitals, and
// the negative circled and squared letters, which Unicode lays out in
// alphabet order.
var latinFold = buildLatinFold()

func buildLatinFold() map[rune]string {
	m := map[rune]string{
		// Letters that no decomposition reduces to ASCII.
		'ƒ': "f", 'Ƒ': "f", 'ı': "i", 'ł': "l", 'Ł': "l", 'ø': "o", 'Ø': "o",
		'đ': "d", 'Đ': "d", 'ß': "ss", 'ẞ': "ss", 'æ': "ae", 'Æ': "ae",
		'œ': "oe", 'Œ': "oe", 'ŧ': "t", 'ħ': "h", 'ɑ': "a", 'ɡ': "g",
		'ʀ': "r", 'ɪ': "i", 'ʏ': "y", 'ᴀ': "a", 'ʙ': "b", 'ᴄ': "c", 'ᴅ': "d",
		'ᴇ': "e", 'ꜰ': "f", 'ɢ': "g", 'ʜ': "h", 'ᴊ': "j", 'ᴋ': "k", 'ʟ': "l",
		'ᴍ': "m", 'ɴ': "n", 'ᴏ': "o", 'ᴘ': "p", 'ꞯ': "q", 'ꜱ': "s", 'ᴛ': "t",
		'ᴜ': "u", 'ᴠ': "v", 'ᴡ': "w", 'ᴢ': "z",
		'\u2019': "'", '\u2018': "'", '\u02bc': "'",
	}
	// The negative circled (🅐–🅩) and negative squared (🅰–🆉) capitals
	// have no decomposition; each block runs from A to Z. Nor has the
	// squared small d (🆥).
	for _, a := range []rune{negativeCircledA, negativeSquaredA} {
		for k := rune(0); k < 26; k++ {
			m[a+k] = string(rune('a' + k))
		}
	}
	m[squaredSmallD] = "d"
	for _, rg := range latinFoldBlocks {
		for r := rg[0]; r <= rg[1]; r++ {
			if _, ok := m[r]; ok {
				continue
			}
			if s := plainSpelling(r); s != "" {
				m[r] = s
			}
		}
	}
	// ℹ (U+2139, information source) decomposes to "i" but is drawn as an
	// emoji (ℹ️): no letter of a word.
	delete(m, 'ℹ')
	return m
}

// The first letters of the negative circled and negative squared Latin
// capitals.
const (
	negativeCircledA = 0x1F150
	negativeSquaredA = 0x1F170
	squaredSmallD    = 0x1F1A5
)

// latinFoldBlocks are the blocks whose characters latinFold spells as
// their decomposition says, where that is plain Latin (plainSpelling).
var latinFoldBlocks = [][2]rune{
	{0x00C0, 0x024F},   // Latin-1 Supplement letters, Latin Extended-A and -B
	{0x02B0, 0x02FF},   // spacing modifier letters: ʰ ʳ ˢ
	{0x1D00, 0x1DBF},   // phonetic extensions: modifier letters ᵃ ᶠ ᴬ, subscripts ᵢ
	{0x1E00, 0x1EFF},   // Latin Extended Additional
	{0x2070, 0x209F},   // superscripts and subscripts: ⁱ ⁿ ₐ
	{0x2100, 0x214F},   // letterlike symbols: ℯ ℊ ℋ ℓ ℂ (the gaps of the mathematical alphabets)
	{0x2150, 0x218F},   // number forms: Roman numerals ⅰ ⅴ ⅹ ⅼ ⅽ ⅾ ⅿ
	{0x2460, 0x24FF},   // enclosed alphanumerics: ⓕⓡⓔⓔ, ⒡⒭⒠⒠, ①
	{0x2C60, 0x2C7F},   // Latin Extended-C: ⱼ ⱽ
	{0xA700, 0xA7FF},   // Latin Extended-D: modifier capitals ꟲ ꟳ ꟴ
	{0xFB00, 0xFB06},   // ligatures: ﬁ, ﬂ
	{0xFF01, 0xFF5E},   // full-width ASCII
	{0x1D400, 0x1D7FF}, // mathematical alphanumerics: 𝗳𝗿𝗲𝗲, 𝐟𝐫𝐞𝐞
	{0x10780, 0x107BF}, // Latin Extended-F: modifier letters (𐞥, the q that tiny text lacks)
	{0x1F100, 0x1F1FF}, // enclosed alphanumeric supplement: 🄕 🄵 (and 🅕 🅵 above)
}

// plainSpelling returns r decomposed (NFKD) with its combining marks
// and enclosing parentheses dropped, lower case, when that leaves only
// ASCII letters and digits (ⓕ, ⒡ and ᶠ are "f", Ⅻ is "xii"); otherwise
// "". A symbol counts only when it spells one letter or digit: ⓕ is "f",
// while ™, № and ℡ are abbreviations, not letters, and stay as they are
// ("Acme™" is the word "acme", not "acmetm").
func plainSpelling(r rune) string {
	d := norm.NFKD.String(string(r))
	if len(d) > 2 && d[0] == '(' && d[len(d)-1] == ')' {
		d = d[1 : len(d)-1] // ⒡, 🄕, ⑴
	}
	out := make([]byte, 0, len(d))
	for _, c := range d {
		switch {
		case unicode.Is(unicode.Mn, c):
		case c < utf8.RuneSelf && isASCIIAlnum(byte(c)):
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			out = append(out, byte(c))
		default:
			return ""
		}
	}
	if len(out) > 1 && unicode.IsSymbol(r) {
		return ""
	}
	return string(out)
}
