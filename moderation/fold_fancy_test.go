package moderation

import (
	"context"
	"fmt"
	"regexp"
	"strings"
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/unicode/runenames"
)

// fancyName matches the Unicode names of the letter styles of "fancy
// text" generators, each a Latin letter in disguise: mathematical,
// letterlike (ℯ, ℋ), full-width, circled, parenthesised, squared and
// negative circled or squared letters, and the modifier, superscript and
// subscript letters of "tiny text". The last group is the letter.
var fancyName = regexp.MustCompile(`^(?:` +
	`MATHEMATICAL [A-Z -]*|DOUBLE-STRUCK (?:ITALIC )?|SCRIPT |BLACK-LETTER |FULLWIDTH LATIN |` +
	`(?:NEGATIVE )?(?:CIRCLED|SQUARED) (?:ITALIC )?LATIN |PARENTHESIZED LATIN |` +
	`MODIFIER LETTER |(?:LATIN )?(?:SUPERSCRIPT|SUBSCRIPT) (?:LATIN )?` +
	`)(?:CAPITAL|SMALL) (?:LETTER )?([A-Z])$`)

// romanName matches the Roman numerals shaped as one Latin letter.
var romanName = regexp.MustCompile(`^(?:SMALL )?ROMAN NUMERAL (ONE|FIVE|TEN|FIFTY|ONE HUNDRED|FIVE HUNDRED|ONE THOUSAND)$`)

var romanLetter = map[string]string{
	"ONE": "i", "FIVE": "v", "TEN": "x", "FIFTY": "l", "ONE HUNDRED": "c", "FIVE HUNDRED": "d", "ONE THOUSAND": "m",
}

// fancyLetters returns every character whose Unicode name says it is one
// of the styles above, with the Latin letter it stands for: the whole
// families, found by name, not a list typed from the tables under test.
func fancyLetters() map[rune]string {
	out := map[rune]string{}
	for r := rune(0x80); r <= 0x1FFFF; r++ {
		name := runenames.Name(r)
		if r == '℘' {
			continue // SCRIPT CAPITAL P, the Weierstrass p: shaped like no P
		}
		if m := fancyName.FindStringSubmatch(name); m != nil {
			out[r] = strings.ToLower(m[1])
		} else if m := romanName.FindStringSubmatch(name); m != nil {
			out[r] = romanLetter[m[1]]
		}
	}
	return out
}

// Every fancy letter Unicode names folds to the Latin letter it stands
// for, and mixed_script calls a word of it fancy text: the parenthesised
// (⒡), negative circled and squared (🅕, 🅵) and modifier letters (ᶠ)
// were missing from the fold's tables while its comment promised them.
func TestFancyLettersFold(t *testing.T) {
	letters := fancyLetters()
	// The names find the families the issue names (a guard against a
	// pattern that finds nothing).
	for _, r := range []rune{'𝗳', 'ℯ', 'Ｆ', 'ⓕ', '⒡', '🄕', '🄵', '🅕', '🅵', 'ᶠ', 'ʳ', 'ⁱ', 'ᵢ', 'ⅴ', 'Ⅴ'} {
		require.Contains(t, letters, r, "U+%04X", r)
	}
	for r, latin := range letters {
		assert.Equal(t, latin, foldText(string(r)), "U+%04X %s", r, runenames.Name(r))
	}
}

// A word list entry spelled in each style of fancy text matches, and
// mixed_script says the word is fancy text: for the Roman numerals, when
// it stands among letters ("ⅴiagra").
func TestFancyWordsMatch(t *testing.T) {
	byLetter := map[string][]rune{}
	for r, latin := range fancyLetters() {
		byLetter[latin] = append(byLetter[latin], r)
	}
	m, err := New(Config{HoldWords: []string{"viagra"}})
	require.NoError(t, err)
	for _, r := range byLetter["v"] {
		word := string(r) + "iagra"
		if !isRomanNumeral(r) {
			// A style spells the whole word where it has every letter.
			word = spellIn(r, "viagra", byLetter)
		}
		t.Run(fmt.Sprintf("U+%04X %s", r, word), func(t *testing.T) {
			res, err := m.Check(context.Background(), Comment{Body: "cheap " + word + " here"})
			require.NoError(t, err)
			codes := map[string]string{}
			for _, f := range res.Flags {
				codes[f.Code] = f.Detail
			}
			assert.Contains(t, codes, CodeHoldWord, "%+v", res.Flags)
			if strings.HasPrefix(runenames.Name(r), "FULLWIDTH") {
				// Full-width letters are how Chinese and Japanese text
				// writes Latin ones ("ＯＫ"): folded, not fancy.
				assert.NotContains(t, codes, CodeMixedScript, "%+v", res.Flags)
				return
			}
			assert.Contains(t, codes[CodeMixedScript], "is fancy text", "%+v", res.Flags)
		})
	}
}

// spellIn spells word in the style of r, the letter v of some style: each
// letter by the character of that style whose name differs from r's only
// in its letter, or the plain letter where the style has none (tiny text
// has no q).
func spellIn(r rune, word string, byLetter map[string][]rune) string {
	name := runenames.Name(r)
	var b strings.Builder
	for _, c := range word {
		want := name[:len(name)-1] + string(unicode.ToUpper(c))
		spelled := string(c)
		for _, f := range byLetter[string(c)] {
			if runenames.Name(f) == want {
				spelled = string(f)
			}
		}
		b.WriteString(spelled)
	}
	return b.String()
}

// Symbols that decompose to more than one letter are abbreviations, not
// letters: they do not join the word they touch.
func TestFoldKeepsAbbreviationSymbols(t *testing.T) {
	for _, s := range []string{"Acme™", "№5", "℡ 555", "ℹ️ info", "🅪"} {
		folded := foldText(s)
		assert.NotContains(t, splitWords(folded), "acmetm", s)
		for _, r := range s {
			if r > unicode.MaxASCII && unicode.IsSymbol(r) {
				assert.Contains(t, folded, string(r), "%q kept in %q", r, s)
			}
		}
	}
	assert.Equal(t, []string{"acme"}, splitWords(foldText("Acme™")))
	// The ordinal indicators are letters, not symbols: kept all the same,
	// where their compatibility forms would make "1o" and "2a".
	assert.Equal(t, "1º", foldText("1º"))
	assert.Equal(t, "2ª", foldText("2ª"))
}
