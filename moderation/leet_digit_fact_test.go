package moderation

import (
	"context"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/require"
)

// undoLeetBefore is undoLeet as it was before undoLeetDigits: the oracle
// for the text it returns.
func undoLeetBefore(s string) string {
	var b []byte
	done := 0
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
		return s
	}
	return string(append(b, s[done:]...))
}

// leetDigitTexts returns the checks' cases, the fuzz corpora and random
// texts of digits (leet and not, ASCII and full-width), capitals, leet
// symbols, letters beyond ASCII and separators.
func leetDigitTexts(t *testing.T) []string {
	texts := append(factBodies(t), "", "0", "2", "c0m", "C0M", "６", "３", "x３y", "Ⅰ", "１２３", "@$", "a1", "1a", "é0", "0é",
		"page=2 v2", "h3llo w0rld", "ＡＢＣ 7", "привет 5", "fr33 5tuff", "2024-06-18", "x 2 y 6 z 8 9")
	files, err := filepath.Glob(filepath.Join("testdata", "fuzz", "*", "*"))
	require.NoError(t, err)
	for _, file := range files {
		data, err := os.ReadFile(file)
		require.NoError(t, err)
		for _, line := range strings.Split(string(data), "\n") {
			if rest, ok := strings.CutPrefix(line, "string("); ok {
				if s, err := strconv.Unquote(strings.TrimSuffix(rest, ")")); err == nil {
					texts = append(texts, s)
				}
			}
		}
	}
	pieces := []string{"0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "@", "$", "a", "Z", "e", "s", "t", "o", " ", ".", "-", "\n",
		"０", "１", "３", "５", "７", "２", "é", "É", "ß", "д", "Ο", "ｏ", "\u0301", "\xff", "word", "WORD", "c0m", "s3x"}
	rng := rand.New(rand.NewPCG(19, 6393))
	for range 20000 {
		var b strings.Builder
		for k := rng.IntN(16); k >= 0; k-- {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		texts = append(texts, b.String())
	}
	return texts
}

// undoLeetDigits returns what undoLeet returned before it, and whether its
// input has a digit of hasLeetDigit's; a View that Moderator.fold
// prepared says hasLeetDigit of its text as hasLeetDigit reads it, and
// the fact saves the scan on some of them (it is no test that cannot
// fail: it counts the texts it served).
func TestLeetDigitFact(t *testing.T) {
	m, err := New(Config{})
	require.NoError(t, err)
	served, scanned := 0, 0
	for _, text := range leetDigitTexts(t) {
		for _, s := range []string{text, strings.ToLower(text)} {
			out, digit := undoLeetDigits(s)
			require.Equal(t, undoLeetBefore(s), out, "%q", s)
			require.Equal(t, hasLeetDigit(s), digit, "%q", s)
		}
		v := &View{Text: text}
		m.fold(v)
		require.Equal(t, hasLeetDigit(text), v.hasLeetDigit(), "%q", text)
		if text != "" {
			if v.facts.noLeetDigit {
				served++
			} else {
				scanned++
			}
		}
		m.release(v)
		// A View built by hand, or one whose Text was replaced, reads
		// its text.
		w := &View{Text: text + " 0"}
		require.True(t, w.hasLeetDigit())
		v.Text += " 7"
		require.True(t, v.hasLeetDigit(), "%q", v.Text)
	}
	require.Greater(t, served, 1000)
	require.Greater(t, scanned, 1000)
}

// TestFoldCapitalsMax: folding's bound on the capitals of a text is never
// below what countCased counts, and is that count exactly for ASCII text;
// on the checks' cases, the fuzz corpora and random texts
// (leetDigitTexts), in upper case too, and mixed with capitals after
// letters beyond ASCII ("éA"), Cyrillic, Greek and fancy letters. The
// shouting check, which stops reading by that bound, flags as it does
// reading the whole text, on the same texts and with Ratio and MinLetters
// that flag some of them.
func TestFoldCapitalsMax(t *testing.T) {
	m, err := New(Config{Checks: []Checker{}})
	require.NoError(t, err)
	checks := []*ShoutingCheck{Shouting(), {MinLetters: 1, Ratio: 0.05, Score: 1}, {MinLetters: 3, Ratio: 0.5, Score: 1}}
	exact, stopped, flagged := 0, 0, 0
	for k, text := range leetDigitTexts(t) {
		texts := []string{text, strings.ToUpper(text), "éA" + text + "ÉaB", "ВОТ это " + text, "ΚΑΛΗ " + text + " 𝗙𝗥𝗘𝗘"}
		if k%8 == 0 {
			// Past the first chunk the check reads, where the bound
			// can stop it.
			texts = append(texts, strings.Repeat(text+" Hello World. ", 60), strings.Repeat(strings.ToUpper(text)+" HELLO World. ", 60))
		}
		for _, s := range texts {
			_, info := foldTextMarks(s)
			letters, upper := countCased(s)
			require.GreaterOrEqual(t, info.capitalsMax, upper, "%q", s)
			if capitalOrNonASCII(s) == len(s) || !hasNonASCII(s) {
				require.Equal(t, upper, info.capitalsMax, "%q", s)
				exact++
			}
			v := &View{Text: s}
			m.fold(v)
			if s != "" { // fold leaves an empty View as it is
				require.Equal(t, info.capitalsMax, v.capitalsAtMost(), "%q", s)
			}
			for _, c := range checks {
				if l, _ := c.countCased(s, v.capitalsAtMost()); l < letters {
					stopped++
				}
				want := c.Check(context.Background(), &View{Text: s}) // a View built by hand: no bound
				got := c.Check(context.Background(), v)
				require.Equal(t, want, got, "%q", s)
				if len(got) > 0 {
					flagged++
				}
			}
			m.release(v)
		}
	}
	require.Greater(t, exact, 5000)
	require.Greater(t, stopped, 1000)
	require.Greater(t, flagged, 1000)
}

func hasNonASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return true
		}
	}
	return false
}
