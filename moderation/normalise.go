package moderation

import (
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// normalise returns text in the one form that is stored, counted and
// checked:
//   - line ends are LF (CRLF and CR become LF);
//   - control characters are dropped, except LF and TAB;
//   - invisible format characters are dropped: U+FEFF, zero-width space,
//     soft hyphen, word joiner, bidi marks, embeddings, overrides and
//     isolates, and the other default-ignorable characters that carry no
//     text (Hangul fillers, Khmer inherent vowels, musical and unassigned
//     format characters; isDropped). ZWJ and ZWNJ stay where they join two
//     non-ASCII characters (emoji sequences, Indic and Arabic scripts), and
//     go where they only split a Latin word;
//   - invisible characters that mean something only next to another
//     (variation selectors, tag characters, fillers of old Hangul) stay
//     there and go elsewhere (leansOn, stands), so that they never stand
//     alone, nor split a Latin word or a link;
//   - the line and paragraph separators U+2028 and U+2029 become a line
//     break and a blank line;
//   - no-break spaces become spaces;
//   - a character keeps at most maxMarks combining marks ("Zalgo");
//   - white space (isSpace: every Unicode White_Space character, and the
//     braille blank) at line ends, and blank lines over two in a row, go,
//     as does white space around the whole; inside a line it is kept as
//     typed;
//   - the result is in Unicode Normalization Form C.
//
// maxMarks < 0 keeps every mark.
func normalise(text string, maxMarks int) string {
	// White space around the whole goes in any case; what is inside is
	// most often normal already, and then costs one read and no copy.
	if t := strings.Trim(text, " \t\n"); isNormal(t, maxMarks) {
		return t
	}
	return normaliseCopy(text, maxMarks)
}

// normaliseCopy is normalise for text that needs changes.
func normaliseCopy(text string, maxMarks int) string {
	s, _ := normaliseCopyAt(text, maxMarks, nil)
	return s
}

// normaliseCopyAt is normaliseCopy, which also moves the offsets at
// (ascending, into text) to where the text at them ends up in the result,
// as normaliseAt does. The text is normalised as if they were not there;
// one that stands in white space that goes is moved to where it went, so
// one among spaces kept inside a line stays among them, and one among
// line breaks moves to the end of the line before them.
func normaliseCopyAt(text string, maxMarks int, at []int) (string, bool) {
	s, ok, composed := normaliseOnce(text, maxMarks, at)
	if composed && maxMarks >= 0 && !isNormal(s, maxMarks) {
		// Composing to NFC can add a mark: U+0344 is two once decomposed,
		// so a stack the cap let through can come out one over it, and
		// the Text would change if normalised again. One more pass cuts
		// it back; it reads NFC text, and composing what is left of that
		// can only take marks away. The offsets are lost with it.
		s, _, _ = normaliseOnce(s, maxMarks, nil)
		ok = false
	}
	return s, ok
}

// normaliseOnce is one pass of normaliseCopyAt: the marks of a character
// are counted as typed, before composing to NFC. composed says whether
// composing changed the text.
func normaliseOnce(text string, maxMarks int, at []int) (s string, ok, composed bool) {
	out := make([]byte, 0, len(text))
	places := offsetPlaces{at: at}
	// upto is the text up to the next offset to move: all of it if none.
	// (A string, not an index, so that the hot loop below reads it with
	// no bounds checks, as it would text.)
	upto := text[:places.next(len(text))]
	// pending holds the white space not yet written, as typed (a no-break
	// space as a space): dropped at a line end. It is kept rather than
	// read back from the text before the next kept rune, where a dropped
	// character (a zero-width space after a tab) may lie between.
	var pendingBuf [16]byte
	pending := pendingBuf[:0]
	newlines := 0    // line breaks not yet written: capped, dropped at the end
	marks := 0       // combining marks after the current base character
	prev := rune(-1) // the last rune kept, for ZWJ/ZWNJ
	// The text is read up to the next offset to move (all of it if
	// none), which is then moved, and on: with no offsets, the loop within
	// is the whole of the work.
	for i := 0; ; {
		for i < len(upto) {
			if newlines == 0 && len(pending) == 0 {
				// The hot path: printable ASCII, and single spaces between
				// printable ASCII, in the middle of a line are kept as they
				// are, a run at a time (up to the next offset to move).
				j := i
				for j < len(upto) {
					if c := upto[j]; ' ' < c && c < 0x7f {
						j++
					} else if c == ' ' && j > i && j+1 < len(upto) && ' ' < upto[j+1] && upto[j+1] < 0x7f {
						j += 2
					} else {
						break
					}
				}
				if j > i {
					out = append(out, text[i:j]...)
					marks, prev = 0, rune(text[j-1])
					i = j
					continue
				}
			}
			r, size := rune(text[i]), 1
			if r >= utf8.RuneSelf {
				r, size = utf8.DecodeRuneInString(text[i:])
			}
			start := i
			i += size
			switch {
			case r == '\r':
				if i < len(text) && text[i] == '\n' {
					continue // the LF that follows is the line break
				}
				r = '\n'
			case r < utf8.RuneSelf: // as it is
			case r == '\u2028':
				// The line separator is a line break wherever Unicode
				// text is laid out (UAX #14, class BK), and JavaScript
				// and JSON read it as one; it comes from word processors
				// and pasted text. As LF it shows as the writer meant
				// (Result.HTML writes LF as <br>, where a browser draws
				// U+2028 as a space or nothing), and counts against the
				// blank-line cap.
				r = '\n'
			case r == '\u2029':
				// The paragraph separator ends a paragraph, which the
				// stripper writes as a blank line (for </p>): one line
				// break here, one more below.
				newlines++
				r = '\n'
			case isNoBreakSpace(r):
				r = ' '
			}
			switch {
			case r == '\n':
				places.settle(false, len(out))
				pending = pending[:0]
				newlines++
				marks, prev = 0, r
				continue
			case r == ' ' || r == '\t':
				pending = append(pending, byte(r))
				marks, prev = 0, r
				continue
			case ' ' < r && r < 0x7f:
				marks = 0 // printable ASCII after white space
			case r >= utf8.RuneSelf && !mayBeOdd(r):
				// Nearly every letter, ideograph and emoji: kept, and
				// counted if a mark, as in the case of marks below.
				if !unicode.In(r, unicode.Mn, unicode.Me) {
					marks = 0
				} else if marks++; maxMarks >= 0 && marks > maxMarks {
					continue
				}
			case 0xe0020 <= r && r <= 0xe007f:
				// A tag character, as in a flag's tag sequence: settled
				// here, before the tests for the other odd characters.
				if !stands(r, prev, -1) {
					continue
				}
				marks = 0
			case r == utf8.RuneError && size == 1:
				r = unicode.ReplacementChar // invalid UTF-8
			case mayBeOdd(r) && isDropped(r):
				continue
			case mayBeOdd(r) && isSpace(r):
				pending = append(pending, text[start:i]...) // as typed
				marks, prev = 0, r
				continue
			case isJoiner(r):
				if !joins(prev, firstRune(text[i:]), marks, maxMarks) {
					continue
				}
			case mayBeOdd(r) && leansOn(r) && !stands(r, prev, nextKept(text[i:])):
				continue
			case unicode.In(r, unicode.Mn, unicode.Me):
				marks++
				if maxMarks >= 0 && marks > maxMarks {
					continue
				}
			default:
				marks = 0
			}
			if newlines > 0 {
				if len(out) > 0 {
					for range min(newlines, maxNewlines) {
						out = append(out, '\n')
					}
				}
				newlines = 0
			}
			if len(pending) > 0 {
				// Spaces inside a line, and indentation, are kept as typed.
				written := len(out) > 0
				places.settle(written, len(out))
				if written {
					out = append(out, pending...)
				}
				pending = pending[:0]
			}
			out = append(out, text[start:i]...)
			if r == unicode.ReplacementChar && size == 1 {
				out = append(out[:len(out)-1], "\ufffd"...)
			}
			prev = r
		}
		if i >= len(text) {
			break
		}
		pendingSpaces := 0
		if newlines == 0 {
			pendingSpaces = len(pending)
		}
		upto = text[:places.place(i, len(text), len(out), pendingSpaces)]
	}
	places.settle(false, len(out)) // spaces at the end go
	places.place(len(text), len(text), len(out), 0)
	if s := string(out); isNFC(s) {
		return s, true, false
	}
	if len(at) > 0 {
		s, ok = composeAt(string(out), at)
		return s, ok, true
	}
	return norm.NFC.String(string(out)), true, true
}

// offsetPlaces moves offsets into the text normaliseCopyAt reads to the
// text it writes. at[k] is the next to move; at[waiting:k] stand among
// spaces not yet written, and hold, until those are written or dropped,
// their place among them.
type offsetPlaces struct {
	at         []int
	k, waiting int
}

// next returns where the next offset to move stands, or end for none.
func (p *offsetPlaces) next(end int) int {
	if p.k < len(p.at) {
		return p.at[p.k]
	}
	return end
}

// place moves the offsets at or before i, where outLen bytes are written
// and spaces inside a line, pending bytes of them, wait to be (0 if none
// do). It returns where the next offset stands, or end.
func (p *offsetPlaces) place(i, end, outLen, pending int) int {
	for ; p.k < len(p.at) && p.at[p.k] <= i; p.k++ {
		if pending > 0 && outLen > 0 {
			p.at[p.k] = pending // its place among them, settled with them
			continue
		}
		p.at[p.k] = outLen
		p.waiting = p.k + 1
	}
	return p.next(end)
}

// settle places the offsets waiting among the pending spaces: in their
// place among them if the spaces are written at outLen, else at outLen,
// where the text goes on.
func (p *offsetPlaces) settle(written bool, outLen int) {
	for ; p.waiting < p.k; p.waiting++ {
		if written {
			p.at[p.waiting] += outLen
		} else {
			p.at[p.waiting] = outLen
		}
	}
}

// isNFC reports whether b is in Normalization Form C. ASCII is, and no
// ASCII character composes with the character before it, so only the
// non-ASCII stretches, each with the character before it, need the
// quick check.
func isNFC(b string) bool {
	for i := 0; i < len(b); i++ {
		if i += asciiPrefix(b[i:]); i == len(b) {
			break // ASCII, eight bytes at a time
		}
		start := max(i-1, 0)
		for i < len(b) && b[i] >= utf8.RuneSelf {
			i++
		}
		if !quickNFC(b[start:i]) {
			return slowNFC(b[start:])
		}
	}
	return true
}

// quickNFC reports whether norm's quick check finds a stretch of text,
// which starts and ends at boundaries no character composes across, in
// Normalization Form C. It allocates nothing and settles nearly all
// text; what it leaves undecided, slowNFC decides.
func quickNFC(st string) bool { return norm.NFC.QuickSpanString(st) == len(st) }

// slowNFC reports whether the rest of a text, from a boundary no
// character composes across, is in Normalization Form C. It is called
// once for the rest rather than once for each stretch the quick check
// leaves undecided: IsNormalString allocates a buffer on every call,
// which text typed with decomposed accents (one undecided stretch for
// each accent) or built of mark stacks paid a thousand times over.
func slowNFC(rest string) bool { return norm.NFC.IsNormalString(rest) }

// maxNewlines is the most line breaks kept in a row: two blank lines.
const maxNewlines = 3

// firstRune returns the first rune of s, or -1 if s is empty.
func firstRune(s string) rune {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return -1
	}
	return r
}

// nextKept returns the first rune of s that normalise may keep, past
// the controls and format characters it drops wherever they stand and
// the joiners (which it keeps only between two characters beyond ASCII),
// or -1 for none: what a character that leans on the next one will stand
// before once they are gone, so that normalising again keeps what it kept.
func nextKept(s string) rune {
	for _, r := range s {
		if r < utf8.RuneSelf {
			if r >= 0x20 && r != 0x7f || r == '\n' || r == '\t' || r == '\r' {
				return r
			}
			continue
		}
		if !isDropped(r) && !isJoiner(r) {
			return r
		}
	}
	return -1
}

// lastRune returns the last rune of s, or -1 if s is empty.
func lastRune(s string) rune {
	r, n := utf8.DecodeLastRuneInString(s)
	if n == 0 {
		return -1
	}
	return r
}

// printableRun returns the length of the printable ASCII (' ' to '~')
// that starts s, reading eight bytes at a time.
func printableRun(s string) int {
	const (
		ones  = 0x0101010101010101
		highs = 0x8080808080808080
	)
	// A byte of a word w is outside ' '..'~' if it is 0x80 or more, if it
	// is under 0x20 (subtracting 0x20 borrows), or if adding 1 carries it
	// to 0x80 or more (0x7f); the tests are the classic SWAR ones. A
	// borrow or carry only marks bytes after a byte that is outside, so
	// the first byte marked is the first outside.
	outside := func(w uint64) uint64 { return (w | (w-0x20*ones)&^w | (w + ones)) & highs }
	i := 0
	// Sixteen bytes a step while the run lasts (lines of prose are long).
	for ; i+16 <= len(s); i += 16 {
		a, b := outside(le64(s[i:])), outside(le64(s[i+8:]))
		if a != 0 {
			return i + bits.TrailingZeros64(a)/8
		}
		if b != 0 {
			return i + 8 + bits.TrailingZeros64(b)/8
		}
	}
	if i+8 <= len(s) {
		if a := outside(le64(s[i:])); a != 0 {
			return i + bits.TrailingZeros64(a)/8
		}
		i += 8
	}
	for i < len(s) && ' ' <= s[i] && s[i] <= '~' {
		i++
	}
	return i
}

// isJoiner reports whether r is ZWNJ or ZWJ.
func isJoiner(r rune) bool { return r == '\u200c' || r == '\u200d' }

// joins reports whether a ZWJ or ZWNJ between prev and next is kept: both
// are non-ASCII characters that stay (emoji sequences, Indic and Arabic
// scripts), and next is not a combining mark the limit would cut, nor an
// invisible character that would not stand after the joiner, so that the
// joiner never ends up joining nothing.
func joins(prev, next rune, marks, maxMarks int) bool {
	if !joinable(prev) || !joinable(next) || leansOn(next) && !stands(next, '\u200d', -1) {
		return false
	}
	return maxMarks < 0 || marks < maxMarks || !unicode.In(next, unicode.Mn, unicode.Me)
}

// joinable reports whether r is a character a joiner may stand next to:
// non-ASCII, not itself a joiner, not white space (which may go at a line
// end), and not one normalise drops or replaces. (utf8.RuneError stands
// for an invalid byte, which becomes U+FFFD and stays.)
func joinable(r rune) bool {
	return r >= utf8.RuneSelf && !isJoiner(r) && !isDropped(r) && !isSpace(r)
}

// mayBeOdd reports whether r may be one of the characters normalise does
// more with than keep or count as a mark: a control or invisible one
// (isDropped, leansOn, isJoiner), white space (isSpace) or invalid UTF-8
// (utf8.RuneError). It is false for nearly every letter, ideograph, kana
// and emoji, which then skip those tests (TestMayBeOdd checks it against
// them): it reads one bit, of the stretch of 64 code points r is in, or
// for the rest, a range or two.
func mayBeOdd(r rune) bool {
	if r < 0x10000 {
		return oddStretches[r>>12]&(1<<(r>>6&63)) != 0
	}
	return 0x1bca0 <= r && r <= 0x1d17a || r >= 0xe0000
}

// oddStretches has a bit for each stretch of 64 code points of the Basic
// Multilingual Plane that holds a character mayBeOdd is true for: the
// stretch from s*64 is bit s%64 of oddStretches[s/64].
var oddStretches = func() (bits [16]uint64) {
	for _, odd := range [][2]rune{
		{0x0000, 0x001f}, {0x007f, 0x00ad}, // controls, no-break space, soft hyphen
		{0x034f, 0x034f}, // combining grapheme joiner
		{0x061c, 0x061c}, // Arabic letter mark
		{0x115f, 0x1160}, // Hangul choseong and jungseong fillers
		{0x1680, 0x1680}, // Ogham space mark
		{0x17b4, 0x17b5}, // Khmer inherent vowels
		{0x180b, 0x180f}, // Mongolian variation selectors and vowel separator
		{0x2000, 0x206f}, // spaces, joiners, separators, bidi and format characters
		{0x2800, 0x2800}, // braille blank
		{0x3000, 0x3000}, // ideographic space
		{0x3164, 0x3164}, // Hangul filler
		{0xfe00, 0xfe0f}, // variation selectors
		{0xfeff, 0xfeff}, // byte-order mark
		{0xffa0, 0xffa0}, // halfwidth Hangul filler
		{0xfff0, 0xfffd}, // unassigned format characters, U+FFFD
	} {
		for r := odd[0]; r <= odd[1]; r++ {
			bits[r>>12] |= 1 << (r >> 6 & 63)
		}
	}
	return bits
}()

// isSpace reports whether r is white space to normalise: trimmed at line
// ends and around the whole, and blank when a line holds nothing else.
// That is every Unicode White_Space character (unicode.IsSpace: the
// ASCII ones, the no-break spaces, the spaces of U+2000 to U+200A, the
// ideographic, medium mathematical and Ogham spaces, U+2028 and U+2029),
// and the braille blank U+2800: a braille cell with no dots, which is the
// space between words in braille and is drawn as empty as a space. Inside
// a line each is kept as typed (but the no-break spaces, which become
// spaces, and U+2028 and U+2029, which are line breaks): an ideographic
// space between Japanese words, or a thin space in a number, is the
// writer's choice, and none hides a word from the checks better than a
// space does: they read words as runs of letters and digits.
//
// Past Latin-1, White_Space starts at U+1680, so most letters and marks
// are settled by two comparisons (TestIsSpace checks every character).
func isSpace(r rune) bool {
	if r < 0x1680 {
		return r <= 0xff && unicode.IsSpace(r)
	}
	return r <= 0x3000 && (unicode.IsSpace(r) || r == '\u2800')
}

// isNoBreakSpace reports whether r is a no-break space, which normalise
// makes a space: U+00A0, the figure space U+2007 and the narrow no-break
// space U+202F.
func isNoBreakSpace(r rune) bool { return r == '\u00a0' || r == '\u2007' || r == '\u202f' }

// leansOn reports whether r is an invisible character that means
// something only next to another, and is dropped elsewhere (stands says
// where it stays). All are default-ignorable (Default_Ignorable_Code_Point
// of the Unicode Character Database, DerivedCoreProperties.txt):
//   - variation selectors (U+FE00 to U+FE0F, U+E0100 to U+E01EF, and the
//     Mongolian free variation selectors U+180B to U+180D and U+180F) and
//     the combining grapheme joiner U+034F, which choose how the character
//     before them is drawn or keep its marks apart;
//   - the tag characters U+E0020 to U+E007F, which spell the flag of a
//     region after U+1F3F4 (the flag of Scotland);
//   - the Hangul choseong and jungseong fillers U+115F and U+1160, which
//     stand for the missing consonant or vowel of an old Hangul syllable;
//   - the Mongolian vowel separator U+180E, between the letters of a word;
//   - the shorthand format controls U+1BCA0 to U+1BCA3, after Duployan.
//
// Alone, or after a space, each shows nothing, and a comment made of them
// would be published empty-looking.
func leansOn(r rune) bool {
	switch {
	case r < 0x034f:
		return false
	case r < 0xe0020:
		return r == 0x034f || r == 0x115f || r == 0x1160 || 0x180b <= r && r <= 0x180f ||
			0xfe00 <= r && r <= 0xfe0f || 0x1bca0 <= r && r <= 0x1bca3
	}
	return r <= 0xe007f || 0xe0100 <= r && r <= 0xe01ef
}

// stands reports whether r, for which leansOn is true, stays after prev
// (the last character kept, -1 for none, '\n' at a line start) and before
// next (the character that follows in the text, -1 for none).
func stands(r, prev, next rune) bool {
	switch {
	case r == 0x115f: // the empty consonant of a syllable whose vowel follows
		return 0x1161 <= next && next <= 0x11a7 || 0xd7b0 <= next && next <= 0xd7c6
	case r == 0x1160: // the empty vowel of a syllable whose consonant is before
		return 0x1100 <= prev && prev <= 0x115e || 0xa960 <= prev && prev <= 0xa97c
	case r == 0x180e:
		return isMongolianLetter(prev) && isMongolianLetter(next)
	case 0x1bca0 <= r && r <= 0x1bca3:
		return 0x1bc00 <= prev && prev <= 0x1bca3 // after Duployan, or one of them
	case r == 0xe007f: // the cancel tag ends a tag sequence
		return isTagSpec(prev)
	case 0xe0020 <= r && r <= 0xe007e:
		// A tag sequence follows an emoji (Unicode Technical Standard #51,
		// emoji_tag_sequence): a symbol (not the braille blank, a space
		// here), or an emoji presentation selector.
		return isTagSpec(prev) || prev == '\ufe0f' ||
			prev >= utf8.RuneSelf && !isSpace(prev) && unicode.In(prev, unicode.So, unicode.Sk)
	}
	// Between ASCII and ASCII, a variation selector or the grapheme joiner
	// changes nothing a reader sees: no standardized or emoji variation
	// sequence starts on an ASCII character other than a digit, '#' or '*'
	// (the keycaps' bases: "1\ufe0f\u20e3"; and "0\ufe00", a zero with a
	// slash), and the joiner holds apart only the combining marks that
	// follow it. There it only splits a word or a link for a filter, as in
	// "bit.l\u034fy/abc", "bit.\u034fly/abc" or "cas\ufe0eino", and so does
	// a run of them (the next is then another). White space after it
	// counts as ASCII, as does the end of the text: normalise makes a
	// no-break space a space and trims white space at the end, so what
	// stands there on a second pass is ASCII or the end (review 19 L1).
	if prev >= 0 && prev < utf8.RuneSelf && !isVariationBase(byte(prev)) && isSelector(r) &&
		(next < utf8.RuneSelf || leansOn(next) || isSpace(next)) { // ASCII, the end (-1), another of them, or white space
		return false
	}
	// A variation selector or the grapheme joiner: after any character
	// that is not white space.
	return prev >= 0 && prev != ' ' && prev != '\t' && prev != '\n' && !isSpace(prev)
}

// isVariationBase reports whether c is an ASCII character that a
// variation sequence starts on: a digit, '#' or '*'.
func isVariationBase(c byte) bool { return '0' <= c && c <= '9' || c == '#' || c == '*' }

// isSelector reports whether r is the grapheme joiner or a variation
// selector (standard, supplementary or Mongolian).
func isSelector(r rune) bool {
	return r == 0x034f || 0xfe00 <= r && r <= 0xfe0f || 0xe0100 <= r && r <= 0xe01ef ||
		0x180b <= r && r <= 0x180d || r == 0x180f
}

// isTagSpec reports whether r is a tag character that spells a tag (not
// the cancel tag).
func isTagSpec(r rune) bool { return 0xe0020 <= r && r <= 0xe007e }

// isMongolianLetter reports whether r is a letter of the Mongolian script.
func isMongolianLetter(r rune) bool {
	return 0x1800 <= r && r <= 0x18af && unicode.IsLetter(r) && unicode.Is(unicode.Mongolian, r)
}

// isDropped reports whether r is a control or invisible format character
// that normalise drops wherever it stands. Besides the controls, these are
// the default-ignorable characters (Default_Ignorable_Code_Point, Unicode
// Character Database, DerivedCoreProperties.txt) that carry no text, as
// opposed to the joiners (joins) and those that lean on a neighbour
// (leansOn).
func isDropped(r rune) bool {
	if r < 0x20 || (0x7f <= r && r <= 0x9f) {
		// C0 and C1 controls; LF and TAB are handled before. NEL (U+0085)
		// goes with the others: web forms never send it as a line break,
		// and a text decoded from the wrong code page holds it for "…".
		return true
	}
	if r < 0xad {
		return false
	}
	switch r {
	case '\ufeff', // byte-order mark, zero-width no-break space
		'\u200b',           // zero-width space
		'\u00ad',           // soft hyphen: invisible unless a line breaks there
		'\u200e', '\u200f', // left-to-right and right-to-left marks
		'\u061c',           // Arabic letter mark
		'\u17b4', '\u17b5', // Khmer inherent vowels, which Unicode says not to use
		'\u3164', '\uffa0': // Hangul fillers of the compatibility jamo: blank "letters"
		return true
	}
	return (0x202a <= r && r <= 0x202e) || // bidi embeddings and overrides
		(0x2060 <= r && r <= 0x206f) || // word joiner, invisible operators, bidi isolates, deprecated format characters
		(0xfff0 <= r && r <= 0xfff8) || // unassigned, reserved as invisible
		(0x1d173 <= r && r <= 0x1d17a) || // musical beam and phrase controls
		(0xe0000 <= r && r <= 0xe0fff && !leansOn(r)) // language tag, unassigned
}

// isNormal reports whether normalise would return text unchanged: the
// common case, which then costs one read and no copy.
func isNormal(text string, maxMarks int) bool {
	if text == "" {
		return true
	}
	if isBlankOrLF(text[0]) || isBlankOrLF(text[len(text)-1]) {
		return false
	}
	// White space around the whole goes.
	if text[0] >= utf8.RuneSelf && isSpace(firstRune(text)) ||
		text[len(text)-1] >= utf8.RuneSelf && isSpace(lastRune(text)) {
		return false
	}
	newlines, marks := 0, 0
	// NFC is checked here rather than by isNFC after the loop, which
	// would read all the ASCII again: only the non-ASCII stretches need
	// it, each from the character before it, and not even those that are
	// Latin letters or common punctuation alone (plainRuneLen). nfcFrom is
	// where the stretch being read started, or -1. The first stretch the
	// quick check leaves undecided settles the rest at once (slowNFC);
	// nfcSettled then skips the NFC checks of the stretches after it.
	nfcFrom := -1
	nfcSettled := false
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			if nfcFrom >= 0 {
				if !nfcSettled && !quickNFC(text[nfcFrom:i]) {
					if !slowNFC(text[nfcFrom:]) {
						return false
					}
					nfcSettled = true
				}
				nfcFrom = -1
			}
			if n := printableRun(text[i:]); n > 0 {
				// The common case: a run of printable ASCII.
				i += n
				newlines, marks = 0, 0
				continue
			}
			switch {
			case c == '\n':
				// i > 0: text does not start with LF.
				if text[i-1] == ' ' || text[i-1] == '\t' {
					return false
				}
				if text[i-1] >= utf8.RuneSelf {
					if r, _ := utf8.DecodeLastRuneInString(text[:i]); isSpace(r) {
						return false
					}
				}
				newlines++
				if newlines > maxNewlines {
					return false
				}
			case c == '\t' || (' ' <= c && c < 0x7f):
				newlines = 0
			default:
				return false // a control character, CR
			}
			marks = 0
			i++
			continue
		}
		if k := plainRuneLen(text, i); nfcFrom < 0 && k > 0 {
			newlines, marks = 0, 0
			i += k
			continue
		}
		if nfcFrom < 0 {
			_, before := utf8.DecodeLastRuneInString(text[:i])
			nfcFrom = i - before
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case isPlainCJKLetter(r):
			// A letter, and none of what the cases below look for: the
			// common case of Chinese, Japanese and Korean text, which
			// would search Unicode's tables for marks.
			marks = 0
		case mayBeOdd(r) && (r == utf8.RuneError && size == 1 || isDropped(r) || isNoBreakSpace(r) ||
			r == '\u2028' || r == '\u2029'):
			return false
		case mayBeOdd(r) && isSpace(r):
			// Kept inside a line. (One at a line end is found at the line
			// break, one at the end of the whole above.)
			marks = 0
			i += size
			continue
		case isJoiner(r):
			if !joins(lastRune(text[:i]), firstRune(text[i+size:]), marks, maxMarks) {
				return false
			}
		case mayBeOdd(r) && leansOn(r) && !stands(r, lastRune(text[:i]), nextKept(text[i+size:])):
			return false
		case unicode.In(r, unicode.Mn, unicode.Me):
			marks++
			if maxMarks >= 0 && marks > maxMarks {
				return false
			}
		default:
			marks = 0
		}
		newlines = 0
		i += size
	}
	return nfcFrom < 0 || nfcSettled || quickNFC(text[nfcFrom:]) || slowNFC(text[nfcFrom:])
}
