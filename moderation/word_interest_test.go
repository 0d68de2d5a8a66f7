package moderation

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// wordFactsInBefore is wordFactsIn as it was before wordInterestLast: the
// words were told apart by their first byte and length only. Its reader
// is found by a walk of its own over every word, as the self-promotion
// check walked them before the word facts found it.
func wordFactsInBefore(words wordList) wordFacts {
	var f wordFacts
	for i := range words.spans {
		if linkReaderWords.has(words.at(i)) {
			f.reader, f.readerAt = true, i
			break
		}
	}
	text, spans := words.text, words.spans // in registers, not read through words
	if len(spans) > 0 {
		f.maxRun = 1
	}
	// The words are read through their spans: a word's length and first
	// byte settle nearly every word (it neither repeats the word before
	// nor is one of wordInterest's), and a string of it is made only for
	// the few that need comparing.
	run := 0
	var prev wordSpan // the word before; empty before the first
	for i, s := range spans {
		n := s.len()
		if n == 0 {
			// Not from splitWords, but a View may be built by hand: an
			// empty word runs as others do, and is nothing else.
			if i > 0 && prev.len() == 0 {
				run++
				f.maxRun = max(f.maxRun, run)
			} else {
				run = 1
			}
			prev = s
			continue
		}
		c := text[s.start]
		// Most words differ from the one before in length or first
		// byte: only the others are compared whole.
		if n == prev.len() && c == text[prev.start] && text[s.start:s.end] == text[prev.start:prev.end] {
			run++
			f.maxRun = max(f.maxRun, run)
		} else {
			run = 1
		}
		prev = s
		k := wordInterest[c][min(n, 15)]
		if k == 0 {
			continue
		}
		w := text[s.start:s.end]
		if k&interestLong != 0 {
			f.long = true
		}
		if k&interestDigits4 != 0 && i >= 2 && spans[i-1].len() == 3 && spans[i-2].len() == 3 && isNumber(w) {
			f.nanp = true
		}
		if k&interestZero != 0 && w[1] != '0' && isNumber(w) {
			f.national = true
		}
		if k&interestArea != 0 && i+1 < len(spans) && 4 <= spans[i+1].len() && spans[i+1].len() <= 8 &&
			isNumber(w) && isNumber(text[spans[i+1].start:spans[i+1].end]) {
			f.national = true // "(11) 95555-2231": maybe an area code and a group
		}
		if k&interestLine != 0 && w == "line" && i+1 < len(spans) {
			next := spans[i+1]
			f.lineID = f.lineID || text[next.start:next.end] == "id"
		}
		if k&interestCall != 0 && !f.call {
			f.call = callWordSet.has(w)
		}
		if k&interestContact != 0 {
			m, s := contactWord(w)
			f.messenger, f.social = f.messenger || m, f.social || s
			f.foreignMessenger = f.foreignMessenger || foreignMessengerWord(w)
		}
		if k&interestLink != 0 {
			switch w {
			case "dot":
				f.dot = true
			case "com":
				f.com = true
			case "w":
				f.w = true
			case "youtu", "youtube":
				f.youtube = true
			case "c", "n", "o":
				f.spacedTLD = f.spacedTLD || spelledTLD(text, spans, i)
			}
		}
	}
	return f
}

// wordFactsIn finds what it found before wordInterestLast, on the words
// of the checks' cases, the fuzz corpora (leetDigitTexts) and random
// comments of the listed words, of words that share a first byte and a
// length with one, and of numbers; the filter is no test that cannot
// fail: it is counted turning words away.
func TestWordInterestLastSame(t *testing.T) {
	var lists []string
	lists = append(lists, contactWords...)
	lists = append(lists, disguiseWords...)
	lists = append(lists, foldedCallWords...)
	lists = append(lists, linkReaderWords.all()...)
	for _, w := range contactWords {
		m, s := contactWord(w)
		require.True(t, m || s, w)
	}
	pieces := append([]string{"the", "tea", "is", "if", "it", "same", "says", "while", "whats", "story", "second", "caller",
		"calm", "bool", "ring", "rang", "dial", "diet", "d0t", "dots", "co", "cm", "x", "ww", "you", "youth", "0113", "496", "0877",
		"555", "1234", "02", "00", "line", "id", "abcdefghijklmnop", "телеграм", "телега", "微信", "加微信号", "واتساب", "é", "ｃｏｍ",
		"https://a.example/", "http://b.example/x/", "c.example/"}, lists...)
	for _, w := range lists {
		pieces = append(pieces, w+"s", w[:len(w)-1]+"x", "x"+w[1:], strings.ToUpper(w))
	}
	seps := []string{" ", " ", ", ", ". ", "\n", " . ", ": ", "-", "/"}
	texts := leetDigitTexts(t)
	rng := rand.New(rand.NewPCG(6393, 19))
	for range 20000 {
		var b strings.Builder
		for k := rng.IntN(12); k >= 0; k-- {
			b.WriteString(pieces[rng.IntN(len(pieces))])
			b.WriteString(seps[rng.IntN(len(seps))])
		}
		texts = append(texts, b.String())
	}
	turned, readers := 0, 0
	for _, text := range texts {
		folded := foldText(text)
		words := wordList{text: folded, spans: appendWordSpans(nil, folded)}
		f := wordFactsIn(words)
		require.Equal(t, wordFactsInBefore(words), f, "%q", text)
		require.Equal(t, saysLinkReaderWordEvery(words), readerWordIn(words, f), "%q", text)
		if readerWordIn(words, f) {
			readers++
		}
		for i := range words.spans {
			w := words.at(i)
			if len(w) > 0 && w[0] < 0x80 && wordInterest[w[0]][min(len(w), 15)]&interestByLast != 0 &&
				wordInterestLast[w[len(w)-1]][min(len(w), 15)]&interestByLast == 0 {
				turned++
			}
		}
	}
	require.Greater(t, turned, 10000)
	require.Greater(t, readers, 1000)
}
