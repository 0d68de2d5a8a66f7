package moderation

import (
	"context"
	"fmt"
	"unicode"
	"unicode/utf8"
)

// MixedScriptCheck flags writing meant to slip past word filters
// (CodeMixedScript): a word that mixes Latin letters with Cyrillic or
// Greek ones ("frее" with a Cyrillic е, "Ꮯasino"), and "fancy text" made of
// mathematical alphanumerics or enclosed letters (𝗳𝗿𝗲𝗲, 🅵🆁🅴🅴, ⓕⓡⓔⓔ).
// People who write Russian or Greek write whole words in it; a keyboard
// slip can still mix one short word ("Οh"), so the check ignores words of
// fewer than MinLetters letters and weighs less than a hold on its own.
type MixedScriptCheck struct {
	MinLetters int
	Score      float64
}

// MixedScript returns the mixed-script check (CodeMixedScript, score
// MixedScriptScore, words of at least MixedScriptMinLetters letters).
func MixedScript() *MixedScriptCheck {
	return &MixedScriptCheck{MinLetters: MixedScriptMinLetters, Score: MixedScriptScore}
}

// Codes returns the codes the check raises.
func (c *MixedScriptCheck) Codes() []string { return []string{CodeMixedScript} }

// Check implements Checker.
func (c *MixedScriptCheck) Check(_ context.Context, v *View) []Flag {
	text := v.Text
	if !v.textFacts().mayMix {
		return nil
	}
	var mixed, fancy string
	for i := 0; i < len(text) && (mixed == "" || fancy == ""); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if scriptOf(r)&(scriptLetter|scriptFancy) == 0 {
			i += size
			continue
		}
		start := i
		letters, latin, other := 0, false, false
		isFancy := false
		for i < len(text) {
			if c := text[i]; c < utf8.RuneSelf {
				if !asciiWordByte[c] {
					break
				}
				if asciiCase[c] != 0 {
					latin = true
					letters++
				}
				i++
				continue
			}
			r, size := utf8.DecodeRuneInString(text[i:])
			script := scriptOf(r)
			if script&(scriptLetter|scriptFancy|scriptMark) == 0 {
				break
			}
			switch {
			case script&scriptFancy != 0:
				isFancy = true
			case script&scriptLatin != 0:
				latin = true
			case script&scriptLookalike != 0:
				other = true
			}
			if script&scriptMark == 0 {
				letters++
			}
			i += size
		}
		if isFancy && fancy == "" {
			fancy = text[start:i]
		}
		if latin && other && letters >= c.MinLetters && mixed == "" {
			mixed = text[start:i]
		}
	}
	switch {
	case mixed != "" && fancy != "":
		return []Flag{{Code: CodeMixedScript, Score: c.Score,
			Detail: fmt.Sprintf("“%s” mixes Latin with look-alike letters, and “%s” is fancy text", mixed, fancy)}}
	case mixed != "":
		return []Flag{{Code: CodeMixedScript, Score: c.Score,
			Detail: fmt.Sprintf("“%s” mixes Latin with look-alike Cyrillic or Greek letters", mixed)}}
	case fancy != "":
		return []Flag{{Code: CodeMixedScript, Score: c.Score,
			Detail: fmt.Sprintf("“%s” is fancy text (mathematical or enclosed letters)", fancy)}}
	}
	return nil
}

// The classes of a rune that MixedScriptCheck (and ShoutingCheck) tell
// apart. Of fancy, Latin and look-alike, a rune has one at most; of upper
// and lower, too.
const (
	scriptLetter    = 1 << iota // unicode.IsLetter
	scriptMark                  // a combining mark (Mn)
	scriptFancy                 // isFancyLetter
	scriptLatin                 // ASCII or Latin
	scriptLookalike             // Cyrillic, Greek or Cherokee
	scriptUpper                 // unicode.IsUpper (for ShoutingCheck)
	scriptLower                 // unicode.IsLower
)

// scriptOf returns the classes of r: from an array below smallRunes
// (Latin, Greek, Cyrillic), where each would cost several searches of
// Unicode's tables, as Russian or Greek comments would pay for every
// letter.
func scriptOf(r rune) uint8 {
	if 0 <= r && r < smallRunes {
		return scriptClasses[r]
	}
	return scriptOfSlow(r)
}

var scriptClasses = func() (t [smallRunes]uint8) {
	for r := range t {
		t[r] = scriptOfSlow(rune(r))
	}
	return t
}()

// scriptOfSlow is scriptOf for any rune, from Unicode's tables.
func scriptOfSlow(r rune) uint8 {
	var script uint8
	if unicode.IsLetter(r) {
		script |= scriptLetter
	}
	if unicode.Is(unicode.Mn, r) {
		script |= scriptMark
	}
	if unicode.IsUpper(r) {
		script |= scriptUpper
	} else if unicode.IsLower(r) {
		script |= scriptLower
	}
	switch {
	case isFancyLetter(r):
		script |= scriptFancy
	case r < utf8.RuneSelf || unicode.Is(unicode.Latin, r):
		script |= scriptLatin
	case unicode.Is(unicode.Cyrillic, r) || unicode.Is(unicode.Greek, r) || unicode.Is(unicode.Cherokee, r):
		script |= scriptLookalike
	}
	return script
}

// mixLead reports whether the byte at text[i], which is not ASCII, starts
// the UTF-8 encoding of a Greek, Cyrillic or Cherokee letter or a fancy
// one. The lead bytes alone tell: text without any such byte (most
// comments, accents and all) is done with in one scan of its bytes (see
// textFactsOf), and MixedScriptCheck reads no character of it.
func mixLead(text string, i int) bool {
	c := text[i]
	switch {
	case c < 0xCD:
	case c <= 0xD4: // U+0340–U+053F: Greek, Cyrillic and its supplement
		return true
	case c == 0xE1 && i+1 < len(text) && (text[i+1] == 0x8E || text[i+1] == 0x8F): // U+1380–U+13FF: Cherokee
		return true
	case c == 0xE2 && i+1 < len(text) && (text[i+1] == 0x92 || text[i+1] == 0x93): // U+2480–U+24FF: enclosed letters
		return true
	case c == 0xF0 && i+2 < len(text) && (text[i+1] == 0x9D || (text[i+1] == 0x9F && 0x84 <= text[i+2] && text[i+2] <= 0x86)): // mathematical, squared letters
		return true
	}
	return false
}

// isFancyLetter reports whether r is a letter of "fancy text": the
// mathematical alphanumerics (𝗳, 𝐟, 𝔣) and enclosed letters (ⓕ, 🅵, 🄵).
func isFancyLetter(r rune) bool {
	return (0x1D400 <= r && r <= 0x1D7FF) || (0x24B6 <= r && r <= 0x24E9) || (0x1F130 <= r && r <= 0x1F189)
}
