package moderation

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// hintsOfCom is what hintsOf used to find before it looked after dots,
// commas and stars: what comes before each "com" of the folded text.
func hintsOfCom(v *View) (spaceCom, replacedCom bool) {
	if !v.wordFacts().com {
		return false, false
	}
	f := v.Folded
	for i := strings.Index(f, "com"); i >= 0; {
		before := f[:i]
		spaceCom = spaceCom || strings.HasSuffix(before, ". ") || strings.HasSuffix(before, ".  ")
		replacedCom = replacedCom || strings.HasSuffix(before, "*") || strings.HasSuffix(before, ",")
		next := strings.Index(f[i+3:], "com")
		if next < 0 {
			break
		}
		i += 3 + next
	}
	return spaceCom, replacedCom
}

// hintsOf finds what its search before each "com" found, on the checks'
// test cases, the fuzz corpora and texts made to sit on the edges.
func TestHintsOfSame(t *testing.T) {
	texts := append(factBodies(t), "com. com", ".com", ". com", ".  com", ".   com", "x.com, com,com *com",
		"a. c0m com", "a.. com", "a . com", "a ,com com", "com*", "com.", "com. ", "com.  ", "site. Com", "site,COM com")
	files, err := filepath.Glob(filepath.Join("testdata", "fuzz", "*", "*"))
	require.NoError(t, err)
	for _, file := range files {
		data, err := os.ReadFile(file)
		require.NoError(t, err)
		for _, line := range strings.Split(string(data), "\n") {
			if rest, ok := strings.CutPrefix(line, "string("); ok {
				if s, err := strconv.Unquote(strings.TrimSuffix(rest, ")")); err == nil {
					texts = append(texts, s, s+" com", "com "+s)
				}
			}
		}
	}
	require.Greater(t, len(texts), 50)
	for _, text := range texts {
		v := viewOf(text)
		h := hintsOf(v)
		spaceCom, replacedCom := hintsOfCom(v)
		assert.Equal(t, spaceCom, h.spaceCom, "%q", text)
		assert.Equal(t, replacedCom, h.replacedCom, "%q", text)
	}
}

// hintsOfBoth returns the hints of text as Check finds them (folded by
// Moderator.fold, which tells hintsOf that the folded text's dots are
// the text's) and as a View built by hand has them (the dots read in the
// text).
func hintsOfBoth(m *Moderator, text string) (prepared, byHand wordHints) {
	v := &View{Text: text}
	m.fold(v)
	prepared = hintsOf(v)
	w := &View{Text: text, Folded: v.Folded, Words: v.wordStrings()}
	w.setFacts()
	byHand = hintsOf(w)
	m.release(v)
	return prepared, byHand
}

// The hints from the folded text's dots are those from the text's, on
// the checks' cases, the fuzz corpora and texts where folding changes
// what is next to a dot.
func TestHintsOfFoldedDots(t *testing.T) {
	m, err := New(Config{})
	require.NoError(t, err)
	texts := append(factBodies(t), "a .com", "a\t.com", "a\n.com", "a.)x", "a.]x", "a.}x", ".)", ". com", ".  com",
		"Café . COM", "é.) é .] ǅ .}", "a \u0301.com", "a.\u0301)", "\u0301.", ".\u0301", "sub4sub. com", "sub4sub . com",
		"h4ck3r.) fr3e .] @ss .com", "𝗳𝗿𝗲𝗲 . com 𝗳𝗿𝗲𝗲.) ⓕⓡⓔⓔ .x", "Привет . com", "frее. Com", "x .\u200d)", "Ｘ．ｃｏｍ ．)",
		"K . com", "İ .)", plainText(1<<10), plainText(8<<10))
	for _, text := range texts {
		prepared, byHand := hintsOfBoth(m, text)
		assert.Equal(t, byHand, prepared, "%q", text)
	}
	// Check's own View takes the one pass where nothing folds to nothing,
	// and not where a mark does.
	for text, want := range map[string]bool{plainText(1 << 10): true, "Café. com": true, "a \u0301. com": false} {
		v := &View{Text: text}
		m.fold(v)
		assert.Equal(t, want, v.foldedDots(), "%q", text)
		m.release(v)
	}
}

// FuzzHintsOfFoldedDots: on any text, the hints from the folded text's
// dots are those from the text's.
func FuzzHintsOfFoldedDots(f *testing.F) {
	for _, s := range []string{"a .com", "é.) x", "a \u0301. com", "sub4sub. com", "𝗳𝗿𝗲𝗲 . com", "x,com y*com"} {
		f.Add(s)
	}
	m, err := New(Config{})
	require.NoError(f, err)
	f.Fuzz(func(t *testing.T, text string) {
		if prepared, byHand := hintsOfBoth(m, text); prepared != byHand {
			t.Fatalf("%q: from the folded dots %+v, from the text's %+v", text, prepared, byHand)
		}
	})
}
