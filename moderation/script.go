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
	if isASCII(text) {
		return nil
	}
	var mixed, fancy string
	for i := 0; i < len(text) && (mixed == "" || fancy == ""); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsLetter(r) && !isFancyLetter(r) {
			i += size
			continue
		}
		start := i
		letters, latin, other := 0, false, false
		isFancy := false
		for i < len(text) {
			r, size := utf8.DecodeRuneInString(text[i:])
			f := isFancyLetter(r)
			if !unicode.IsLetter(r) && !f && !unicode.Is(unicode.Mn, r) {
				break
			}
			switch {
			case f:
				isFancy = true
			case r < utf8.RuneSelf || unicode.Is(unicode.Latin, r):
				latin = true
			case unicode.Is(unicode.Cyrillic, r) || unicode.Is(unicode.Greek, r) || unicode.Is(unicode.Cherokee, r):
				other = true
			}
			if !unicode.Is(unicode.Mn, r) {
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

// isFancyLetter reports whether r is a letter of "fancy text": the
// mathematical alphanumerics (𝗳, 𝐟, 𝔣) and enclosed letters (ⓕ, 🅵, 🄵).
func isFancyLetter(r rune) bool {
	return (0x1D400 <= r && r <= 0x1D7FF) || (0x24B6 <= r && r <= 0x24E9) || (0x1F130 <= r && r <= 0x1F189)
}
