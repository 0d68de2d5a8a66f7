package moderation

import (
	"context"
	"unicode"
	"unicode/utf8"
)

// MixedScriptCheck flags writing meant to slip past word filters
// (CodeMixedScript): a word that mixes Latin letters with Cyrillic or
// Greek letters that look like Latin ones ("frее" with a Cyrillic е,
// "раypal", "Ꮯasino" with a Cherokee Ꮯ), and "fancy text" made of
// mathematical alphanumerics or enclosed letters (𝗳𝗿𝗲𝗲, 🅵🆁🅴🅴, ⓕⓡⓔⓔ).
//
// A disguise uses only letters that pass for Latin ones: the fold tables
// (lookalikeOf) say which. Russian and Greek write loanwords with a Latin
// stem and their own endings ("Goшный", "Reactовские", "в Dockerе",
// "Το iPhoneάκι μου"), so a word is not flagged when one of its Cyrillic
// or Greek letters looks like no Latin letter (ш, в, и), nor when its
// Cyrillic or Greek letters are all at its end and the comment stands in
// that script: the script's letters, links aside, outnumber the Latin
// ones and one of them at least looks like no Latin letter (as folding
// tells Russian text from Latin in disguise, see lookalikeContext). A
// keyboard slip can still mix one short word ("Οh"), so the check ignores
// words of fewer than MinLetters letters and weighs less than a hold on
// its own.
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

// The scripts of the letters of a mixed word that are not Latin.
const (
	mixCyrillic = 1 << iota
	mixGreek
	mixCherokee
)

// Check implements Checker.
func (c *MixedScriptCheck) Check(_ context.Context, v *View) []Flag {
	text := v.Text
	if !v.textFacts().mayMix {
		return nil
	}
	var mixed, fancy string
	var mixedScripts uint8
	var stands scriptStanding // worked out for the first word that needs it
	standsDone := false
	for i := 0; i < len(text) && (mixed == "" || fancy == ""); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if scriptOf(r)&(scriptLetter|scriptFancy) == 0 {
			i += size
			continue
		}
		start := i
		letters, latin := 0, false
		isFancy := false
		var looks uint8     // the scripts of the word's look-alike letters
		unlike := false     // a Cyrillic or Greek letter that looks like no Latin one
		latinAfter := false // a Latin letter after a look-alike: not an ending
		for i < len(text) {
			if c := text[i]; c < utf8.RuneSelf {
				if !asciiWordByte[c] {
					break
				}
				if asciiCase[c] != 0 {
					latin = true
					latinAfter = latinAfter || looks != 0
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
				latinAfter = latinAfter || looks != 0
			case script&scriptLookalike != 0:
				switch class := runeClassOf(r); {
				case class&classLookCyrillic != 0:
					looks |= mixCyrillic
				case class&classLookGreek != 0:
					looks |= mixGreek
				case unicode.Is(unicode.Cherokee, r):
					looks |= mixCherokee // shaped on Latin letters, nearly all
				default:
					unlike = true
				}
			}
			if script&scriptMark == 0 {
				letters++
			}
			i += size
		}
		if isFancy && fancy == "" {
			fancy = text[start:i]
		}
		if mixed != "" || !latin || looks == 0 || unlike || letters < c.MinLetters {
			continue
		}
		if !latinAfter && (looks == mixCyrillic || looks == mixGreek) {
			// A Latin stem with an ending of one script: a loanword, in a
			// comment written in that script.
			if !standsDone {
				stands, standsDone = scriptStandingOf(v), true
			}
			if stands.in(looks) {
				continue
			}
		}
		mixed, mixedScripts = text[start:i], looks
	}
	switch {
	case mixed != "" && fancy != "":
		return []Flag{{Code: CodeMixedScript, Score: c.Score,
			Detail: "“" + mixed + "” mixes Latin with " + scriptNames[mixedScripts] + " letters that look like Latin ones, and “" + fancy + "” is fancy text"}}
	case mixed != "":
		return []Flag{{Code: CodeMixedScript, Score: c.Score,
			Detail: "“" + mixed + "” mixes Latin with " + scriptNames[mixedScripts] + " letters that look like Latin ones"}}
	case fancy != "":
		return []Flag{{Code: CodeMixedScript, Score: c.Score,
			Detail: "“" + fancy + "” is fancy text (mathematical or enclosed letters)"}}
	}
	return nil
}

// scriptNames names the scripts of a mixed word's look-alike letters,
// indexed by their bits (mixCyrillic, mixGreek, mixCherokee).
var scriptNames = [...]string{
	mixCyrillic:                          "Cyrillic",
	mixGreek:                             "Greek",
	mixCyrillic | mixGreek:               "Cyrillic and Greek",
	mixCherokee:                          "Cherokee",
	mixCyrillic | mixCherokee:            "Cyrillic and Cherokee",
	mixGreek | mixCherokee:               "Greek and Cherokee",
	mixCyrillic | mixGreek | mixCherokee: "Cyrillic, Greek and Cherokee",
}

// scriptStanding is what MixedScriptCheck needs to know of a whole
// comment: whether it stands in Cyrillic text, or in Greek.
type scriptStanding struct{ cyrillic, greek bool }

// in reports whether the comment stands in the script of looks
// (mixCyrillic or mixGreek).
func (s scriptStanding) in(looks uint8) bool {
	return looks == mixCyrillic && s.cyrillic || looks == mixGreek && s.greek
}

// scriptStandingOf works out in which scripts v's Text stands: a
// script's letters outnumber the Latin ones, and one of them at least
// looks like no Latin letter (lookalikeContext's rule). The letters of
// links do not count: a Russian comment that links documentation is
// still Russian. It reads the text once, ASCII eight bytes at a time.
func scriptStandingOf(v *View) scriptStanding {
	var n scriptCounts
	text, links := v.Text, v.Links
	for i := 0; i < len(text); {
		end := len(text)
		if len(links) > 0 {
			end = min(max(links[0].Start, i), end)
		}
		n.add(text[i:end])
		i = end
		if len(links) > 0 {
			i = max(i, min(links[0].End, len(text)))
			links = links[1:]
		}
	}
	return scriptStanding{
		cyrillic: n.unlikeCyrillic && n.cyrillic > n.latin,
		greek:    n.unlikeGreek && n.greek > n.latin,
	}
}

// scriptCounts counts the letters of a text by script, as
// scriptStandingOf weighs them.
type scriptCounts struct {
	latin, cyrillic, greek      int
	unlikeCyrillic, unlikeGreek bool // a letter that looks like no Latin one
}

func (n *scriptCounts) add(text string) {
	for i := 0; i < len(text); {
		if text[i] < utf8.RuneSelf {
			k := asciiPrefix(text[i:])
			letters, _ := countCased(text[i : i+k])
			n.latin += letters
			i += k
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		i += size
		var class uint8
		switch {
		case r < smallRunes, 0x1E00 <= r && r <= 0x1FFF: // the array, or Latin and Greek Extended
			class = runeClassOf(r)
		case isFancyLetter(r), 0xFF21 <= r && r <= 0xFF5A: // fancy and full-width letters read as Latin
			class = classLatin
		default: // emoji, other scripts: no letter that counts, and no search of Unicode's tables
			continue
		}
		switch {
		case class&classLatin != 0:
			n.latin++
		case class&cyrillicLetter != 0:
			n.cyrillic++
			n.unlikeCyrillic = n.unlikeCyrillic || class&classOtherCyrillic != 0
		case class&greekLetter != 0:
			n.greek++
			n.unlikeGreek = n.unlikeGreek || class&classOtherGreek != 0
		}
	}
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
// the UTF-8 encoding of a Greek, Cyrillic or Cherokee letter (capital or
// small) or a fancy one. The lead bytes alone tell: text without any such byte (most
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
	case c == 0xEA && i+1 < len(text) && (text[i+1] == 0xAD || text[i+1] == 0xAE): // U+AB40–U+ABBF: Cherokee small letters (from U+AB70)
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
