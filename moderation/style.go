package moderation

import (
	"context"
	"fmt"
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/rivo/uniseg"
)

// ShoutingCheck flags a comment written mostly in capitals (CodeShouting):
// at least MinLetters letters, of which at least Ratio are capitals.
// Readers shout too, so the score is small: it only tips a comment that
// other evidence already makes doubtful.
type ShoutingCheck struct {
	MinLetters int
	Ratio      float64
	Score      float64
}

// Shouting returns the capitals check (CodeShouting; ShoutingMinLetters,
// ShoutingRatio, ShoutingScore).
func Shouting() *ShoutingCheck {
	return &ShoutingCheck{MinLetters: ShoutingMinLetters, Ratio: ShoutingRatio, Score: ShoutingScore}
}

// Codes returns the codes the check raises.
func (c *ShoutingCheck) Codes() []string { return []string{CodeShouting} }

// Check implements Checker.
func (c *ShoutingCheck) Check(_ context.Context, v *View) []Flag {
	letters, upper := c.countCased(v.Text, v.capitalsAtMost())
	if letters < c.MinLetters || float64(upper) < c.Ratio*float64(letters) {
		return nil
	}
	return []Flag{{Code: CodeShouting, Score: c.Score,
		Detail: fmt.Sprintf("mostly capitals (%d of %d letters)", upper, letters)}}
}

// asciiCase is 1 for a small ASCII letter and 3 for a capital: bit 0 says
// letter, bit 1 capital.
var asciiCase = func() (t [256]uint8) {
	for c := 'a'; c <= 'z'; c++ {
		t[c] = 1
		t[c-'a'+'A'] = 3
	}
	return t
}()

// shoutingChunk is how many bytes countCased reads between two looks at
// whether the rest of the text could still make it shouting.
const shoutingChunk = 512

// countCased counts the letters of text that have case, and the capitals
// among them, as countCased does; but it stops early, with what it has
// counted so far, once the flag is out of reach: once even a text whose
// every remaining byte were a capital letter would stay under Ratio, or,
// when folding found that text has at most most capitals (most >= 0;
// View.capitalsAtMost), once the letters counted are too many for that
// many capitals. Most comments are plainly not shouting, and then most of
// the text need not be read: with most known, about its first chunk.
// The bounds hold for a Ratio from 0 to 1 (each byte adds at most one
// capital, and a capital adds to both counts; letters only grow); the
// margin of one capital keeps float rounding on the safe side.
func (c *ShoutingCheck) countCased(text string, most int) (letters, upper int) {
	if !(0 <= c.Ratio && c.Ratio <= 1) {
		return countCased(text)
	}
	for start := 0; start < len(text); {
		end := min(start+shoutingChunk, len(text))
		for end < len(text) && !utf8.RuneStart(text[end]) {
			end++ // never split a character
		}
		l, u := countCased(text[start:end])
		letters, upper = letters+l, upper+u
		rest := len(text) - end
		if float64(upper+rest)+1 < c.Ratio*float64(letters+rest) {
			return letters, upper
		}
		if most >= 0 && float64(most)+1 < c.Ratio*float64(letters) {
			return letters, upper
		}
		start = end
	}
	return letters, upper
}

// countCased counts the letters that have case, and the capitals among
// them; letters without case (CJK, Arabic) do not count. ASCII goes eight
// bytes at a time: prose is mostly letters.
func countCased(text string) (letters, upper int) {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	for i := 0; i < len(text); {
		if i+8 <= len(text) {
			if x := le64(text[i:]); x&highs == 0 {
				// The high bit of each byte in a range, as in
				// hasCapitalOrNonASCII: capitals are 'A' to 'Z', and
				// letters are 'a' to 'z' once the 0x20 bit is set.
				small := x | ones*0x20
				letters += bits.OnesCount64((small + ones*(0x80-'a')) &^ (small + ones*(0x80-'z'-1)) & highs)
				upper += bits.OnesCount64((x + ones*(0x80-'A')) &^ (x + ones*(0x80-'Z'-1)) & highs)
				i += 8
				continue
			}
		}
		if c := text[i]; c < utf8.RuneSelf {
			k := asciiCase[c]
			letters += int(k & 1)
			upper += int(k >> 1)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		i += size
		switch script := scriptOf(r); {
		case script&scriptUpper != 0:
			upper++
			letters++
		case script&scriptLower != 0:
			letters++
		}
	}
	return letters, upper
}

// RepetitionCheck flags padding and copy-paste (CodeRepetition): a run of
// at least MaxRun of the same character ("!!!!!!!!!!", "soooooooooo",
// "👍🏽👍🏽👍🏽…", a character being what a reader sees as one, an emoji with
// its skin tone or a flag included), the same word at least MaxWordRun
// times in a row ("plz plz plz plz"), or the same phrase of two or three
// words at least MaxWordRun-1 times in a row, and at least twice
// ("gardening tools gardening tools gardening tools": keyword stuffing;
// see phraseRun).
type RepetitionCheck struct {
	MaxRun     int
	MaxWordRun int
	Score      float64
}

// Repetition returns the repetition check (CodeRepetition;
// RepetitionRun, RepetitionWordRun, RepetitionScore).
func Repetition() *RepetitionCheck {
	return &RepetitionCheck{MaxRun: RepetitionRun, MaxWordRun: RepetitionWordRun, Score: RepetitionScore}
}

// Codes returns the codes the check raises.
func (c *RepetitionCheck) Codes() []string { return []string{CodeRepetition} }

// Check implements Checker.
func (c *RepetitionCheck) Check(_ context.Context, v *View) []Flag {
	if f := c.charRun(v.Text, v.validText()); f != nil {
		return f
	}
	// An emoji with a skin tone, a flag or a family is a character of
	// several code points, which charRun does not see repeat. Such a run
	// is made of emoji: only a comment with enough of them is read again,
	// a character at a time.
	if c.MaxRun > 0 && v.textFacts().emojiCount() >= c.MaxRun {
		if found, ok := firstClusterRun(v.Text, c.MaxRun); ok {
			return []Flag{{Code: CodeRepetition, Score: c.Score,
				Detail: fmt.Sprintf("%s repeated %d times or more", quote(found), c.MaxRun)}}
		}
	}
	list := v.words()
	if v.wordFacts().maxRun < c.MaxWordRun {
		// No word comes that often in a row; a phrase of two or three
		// words may ("gardening tools gardening tools gardening tools").
		if phrase, times, ok := phraseRun(list, c.MaxWordRun); ok {
			return []Flag{{Code: CodeRepetition, Score: c.Score,
				Detail: fmt.Sprintf("%s repeated %d times in a row", quote(phrase), times)}}
		}
		return nil
	}
	words := 1
	for i := 1; i < list.len(); i++ {
		if list.at(i) != list.at(i-1) {
			words = 1
			continue
		}
		words++
		if words >= c.MaxWordRun {
			return []Flag{{Code: CodeRepetition, Score: c.Score,
				Detail: fmt.Sprintf("%s repeated %d times in a row", quote(list.at(i)), words)}}
		}
	}
	return nil
}

// phraseRun returns the first phrase of two or three words that comes at
// least max(maxWordRun-1, 2) times in a row, and how many times: keyword
// stuffing ("gardening tools gardening tools gardening tools buy
// gardening tools online") repeats a phrase as padding repeats a word.
// With the default RepetitionWordRun of 4 that is three times. Readers
// repeat a phrase too ("Thank you thank you thank you"), so it weighs
// what a repeated word does. A phrase of k words repeated n times is a
// run of (n-1)·k words each equal to the word k before it; such a run of
// at least need words holds one of every need words, so each length
// looks only at those (as firstRunIn does with characters), and measures
// the run around one that matches. Check asks only when no word comes
// maxWordRun times in a row, so the phrase is never one word over again
// ("ha ha ha ha ha ha" is that word's run).
func phraseRun(list wordList, maxWordRun int) (string, int, bool) {
	if maxWordRun <= 0 {
		return "", 0, false
	}
	times := max(maxWordRun-1, 2)
	text, spans := list.text, list.spans
	// same reports whether the ith word is the one k before it, telling
	// most pairs apart by their lengths and first letters.
	same := func(i, k int) bool {
		a, b := spans[i], spans[i-k]
		return a.end-a.start == b.end-b.start && (a.start == a.end || text[a.start] == text[b.start]) && text[a.start:a.end] == text[b.start:b.end]
	}
	for k := 2; k <= 3; k++ {
		need := (times - 1) * k
		for p := k; p < len(spans); p += need {
			if !same(p, k) {
				continue
			}
			first, last := p, p // the run of words equal to the one k before
			for first > k && same(first-1, k) {
				first--
			}
			for last+1 < len(spans) && same(last+1, k) {
				last++
			}
			run := last - first + 1
			if run < need {
				p = last // a short run: the next look is past it
				continue
			}
			start := first - k // the first word of the first time
			parts := make([]string, k)
			for j := range parts {
				parts[j] = list.at(start + j)
			}
			return strings.Join(parts, " "), run/k + 1, true
		}
	}
	return "", 0, false
}

// charRun flags the first run of MaxRun or more of one character, spaces
// aside.
func (c *RepetitionCheck) charRun(text string, valid bool) []Flag {
	if c.MaxRun <= 0 {
		return nil
	}
	found, ok := firstRunIn(text, c.MaxRun, valid)
	if !ok {
		return nil
	}
	return []Flag{{Code: CodeRepetition, Score: c.Score,
		Detail: fmt.Sprintf("“%c” repeated %d times or more", found, c.MaxRun)}}
}

// firstRunIn returns the character of the first run of at least n (and at
// least 2) of one character that is not white space. Such a run is at
// least n bytes long, so it holds one of the bytes at the multiples of
// n-1: firstRunIn looks only there, and measures the run around such a byte
// only when it could be in one (an ASCII byte with an equal neighbour, or
// a byte of a longer character). From n = 4 on it looks at the multiples
// of n-2 instead, and measures around an ASCII byte only when both its
// neighbours equal it: the n-2 bytes inside a run of n ASCII bytes hold
// such a multiple, and a run of longer characters, 2n bytes or more, holds
// one too. Prose has many doubled letters ("ll", "ee") and few tripled
// ones, so nearly every look is settled by a branch the processor
// predicts. Runs are read left to right, so the first found is the first
// in the text. The cost is linear: each look reads at most n characters
// on each side, or ends the search. valid says whether text is valid
// UTF-8.
func firstRunIn(text string, n int, valid bool) (rune, bool) {
	if !valid {
		return firstRunEach(text, n) // no character boundaries to step to
	}
	n = max(n, 2)
	inside := n >= 4
	step := n - 1
	if inside {
		step = n - 2
	}
	for p := 0; p < len(text); p += step {
		if c := text[p]; c < utf8.RuneSelf {
			if inside {
				if p == 0 || p+1 == len(text) || text[p-1] != c || text[p+1] != c {
					continue
				}
			} else if (p == 0 || text[p-1] != c) && (p+1 == len(text) || text[p+1] != c) {
				continue
			}
		}
		start := p
		for !utf8.RuneStart(text[start]) {
			start--
		}
		r, size := utf8.DecodeRuneInString(text[start:])
		if unicode.IsSpace(r) {
			continue
		}
		enc, count := text[start:start+size], 1
		for i := start; i >= size && text[i-size:i] == enc && count < n; i -= size {
			count++
		}
		for i := start + size; strings.HasPrefix(text[i:], enc) && count < n; i += size {
			count++
		}
		if count >= n {
			return r, true
		}
	}
	return 0, false
}

// firstClusterRun returns the first emoji of several code points (a
// grapheme cluster: 👍🏽, 🇫🇷, 👨‍👩‍👧, ❤️) that comes at least n times in a
// row. Other characters of several code points are left alone, as
// charRun leaves "hahaha": "हाहाहा" is laughter, not padding.
func firstClusterRun(text string, n int) (string, bool) {
	prev, run, state := "", 0, -1
	for len(text) > 0 {
		var c string
		c, text, _, state = uniseg.FirstGraphemeClusterInString(text, state)
		if c != prev {
			prev, run = c, 0
		}
		if run++; run >= n && utf8.RuneCountInString(c) > 1 && isEmojiCluster(c) {
			return c, true
		}
	}
	return "", false
}

// isEmojiCluster reports whether the grapheme cluster c starts with an
// emoji or a regional indicator letter (half a flag).
func isEmojiCluster(c string) bool {
	r, _ := utf8.DecodeRuneInString(c)
	return isEmoji(r) || 0x1F1E6 <= r && r <= 0x1F1FF
}

// firstRunEach is firstRunIn reading every character, for text that is not
// valid UTF-8 (each invalid byte reads as U+FFFD). Check's Text always is.
func firstRunEach(text string, n int) (rune, bool) {
	prev, run := rune(-1), 0
	for _, r := range text {
		if r != prev || unicode.IsSpace(r) {
			prev, run = r, 1
			continue
		}
		if run++; run >= n {
			return r, true
		}
	}
	return 0, false
}

// EmojiCheck flags a comment with at least Min emoji (CodeEmoji). Emoji
// are how many readers cheer, so the score is small.
type EmojiCheck struct {
	Min   int
	Score float64
}

// Emoji returns the emoji check (CodeEmoji; EmojiMin, EmojiScore).
func Emoji() *EmojiCheck { return &EmojiCheck{Min: EmojiMin, Score: EmojiScore} }

// Codes returns the codes the check raises.
func (c *EmojiCheck) Codes() []string { return []string{CodeEmoji} }

// Check implements Checker.
func (c *EmojiCheck) Check(_ context.Context, v *View) []Flag {
	n := v.textFacts().emojiCount()
	if n < c.Min {
		return nil
	}
	return []Flag{{Code: CodeEmoji, Score: c.Score, Detail: fmt.Sprintf("%d emoji", n)}}
}

// isEmoji reports whether r is a pictograph: the emoji blocks of the
// Supplementary Multilingual Plane and the older symbol blocks that
// emoji come from (dingbats, miscellaneous symbols). Skin-tone modifiers,
// variation selectors and joiners are not counted: they are part of one.
func isEmoji(r rune) bool {
	switch {
	case 0x1F300 <= r && r <= 0x1F5FF, // pictographs
		0x1F600 <= r && r <= 0x1F64F, // emoticons
		0x1F680 <= r && r <= 0x1F6FF, // transport and map
		0x1F900 <= r && r <= 0x1FAFF, // supplemental pictographs
		0x2600 <= r && r <= 0x27BF:   // miscellaneous symbols, dingbats
		return !(0x1F3FB <= r && r <= 0x1F3FF)
	}
	return false
}
