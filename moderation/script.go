package moderation

import (
	"context"
	"strings"
	"unicode"
	"unicode/utf8"
)

// MixedScriptCheck flags writing meant to slip past word filters
// (CodeMixedScript): a word that mixes Latin letters with Cyrillic,
// Greek, Cherokee, Armenian or Lisu ones ("frее" with a Cyrillic е,
// "раypal", "ϲasino" with a Greek lunate sigma, "Ꮯasino" with a Cherokee
// Ꮯ, "casinօ" with an Armenian օ), and "fancy text" made
// of mathematical alphanumerics or enclosed letters (𝗳𝗿𝗲𝗲, 🅵🆁🅴🅴, ⓕⓡⓔⓔ,
// ⒡⒭⒠⒠), of "tiny" modifier or letterlike letters three or more to a
// word (ᶠʳᵉᵉ; not "mℓ" or "2ⁿᵈ"), or with a Roman numeral put among a
// word's Latin letters ("ⅴiagra").
//
// Whether a word is a disguise is read from its shape, not from a table
// of look-alikes, which can never list them all: a letter the fold
// tables lack still makes a mixed word. Russian and Greek write loanwords
// as a Latin stem with an ending of their own ("Goшный", "Reactовские",
// "в Dockerе", "два PRа", "Το iPhoneάκι μου"): Latin letters, then
// letters of one other script to the end of the word, one switch. Such a
// word is not flagged when the comment stands in that script (its
// letters, links aside, outnumber the Latin ones and one of them at
// least looks like no Latin letter, as folding tells Russian text from
// Latin in disguise: see lookalikeContext), unless the word, folded, is
// an entry of a word list the comment is matched against (listed): a
// real loanword's stem is a whole Latin word and its ending grammar, so
// it never spells a listed word, while "frее" in "бесплатно frее" spells
// "free" with its ending. Every other mix is flagged: the scripts
// interleave ("ρaүpal"), or the word starts with the other script
// ("ϲasinо", "МONEY"), or its ending stands in a Latin comment ("Best
// casinо bonus"). A keyboard slip can still mix one short word ("Οh"),
// so the check ignores words of fewer than MinLetters letters and weighs
// less than a hold on its own.
type MixedScriptCheck struct {
	MinLetters int
	Score      float64

	// listed holds the site's own word-list entries (MixedScript's
	// listed); the embedded self-promotion lists are always read.
	listed *phraseSet
}

// MixedScript returns the mixed-script check (CodeMixedScript, score
// MixedScriptScore, words of at least MixedScriptMinLetters letters).
// listed are the entries of the site's own word lists (Config's
// BlockedWords, HoldWords and Phrases, as DefaultChecks passes them): a
// word shaped as a loanword that folds into one of them, or into an
// entry of the embedded self-promotion lists, is a disguise even in
// Russian or Greek text.
func MixedScript(listed ...string) *MixedScriptCheck {
	c := &MixedScriptCheck{MinLetters: MixedScriptMinLetters, Score: MixedScriptScore}
	if len(listed) > 0 {
		c.listed = newSiteSet(listed)
	}
	return c
}

// Codes returns the codes the check raises.
func (c *MixedScriptCheck) Codes() []string { return []string{CodeMixedScript} }

// The scripts of the letters of a mixed word that are not Latin, and
// mixLatin for its Latin ones (the shape of a word, as Check reads it).
const (
	mixCyrillic = 1 << iota
	mixGreek
	mixCherokee
	mixArmenian
	mixLisu
	mixLatin
)

// Check implements Checker.
func (c *MixedScriptCheck) Check(_ context.Context, v *View) []Flag {
	text := v.Text
	if !v.textFacts().mayMix {
		return nil
	}
	var mixed, fancy string
	var mixedScripts uint8
	mixedLook := false        // every letter of mixed that is not Latin looks like a Latin one
	var stands scriptStanding // worked out for the first word that needs it
	standsDone := false
	var listed map[string]bool // the words of list entries in v, likewise
	for i := 0; i < len(text) && (mixed == "" || fancy == ""); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if scriptOf(r)&(scriptLetter|scriptFancy|scriptRoman) == 0 {
			i += size
			continue
		}
		start := i
		letters, latin := 0, false
		isFancy, roman := false, false
		tiny := 0                              // the word's tiny-text and letterlike letters (isTinyLetter)
		var others uint8                       // the scripts of the word's letters that are not Latin
		unlike := false                        // one of them looks like no Latin letter
		var first, last uint8                  // the script of the word's first letter, and of the latest
		switches := 0                          // how often the script changes from one letter to the next
		twins := uint8(mixCyrillic | mixGreek) // the scripts each Latin letter has a twin in
		looks := uint8(mixCyrillic | mixGreek) // the scripts each Latin letter has a look-alike in
		for i < len(text) {
			if c := text[i]; c < utf8.RuneSelf {
				if !asciiWordByte[c] {
					break
				}
				if asciiCase[c] != 0 {
					letters, latin = letters+1, true
					twins &= latinTwins[c]
					looks &= latinLooks[c]
					if last != mixLatin {
						if last != 0 {
							switches++
						} else {
							first = mixLatin
						}
						last = mixLatin
					}
				}
				i++
				continue
			}
			r, size := utf8.DecodeRuneInString(text[i:])
			script := scriptOf(r)
			if script&(scriptLetter|scriptFancy|scriptMark|scriptRoman) == 0 {
				break
			}
			var now uint8
			switch {
			case script&scriptRoman != 0:
				// A Roman numeral is fancy text among letters ("ⅴiagra"),
				// and a number of its own alone ("Henry Ⅷ").
				roman = true
				i += size
				continue
			case script&scriptFancy != 0:
				if isTinyLetter(r) {
					tiny++
				} else {
					isFancy = true
				}
			case script&scriptLatin != 0:
				now, latin, twins = mixLatin, true, 0
			case script&scriptLookalike != 0 && script&scriptMark == 0:
				var look bool
				now, look = mixScriptOf(r)
				others |= now
				unlike = unlike || !look
			}
			if now != 0 && now != last {
				if last != 0 {
					switches++
				} else {
					first = now
				}
				last = now
			}
			if script&scriptMark == 0 {
				letters++
			}
			i += size
		}
		// A Roman numeral among Latin letters ("ⅴiagra"), not beside
		// other letters ("Ⅱ型", "ファイナルファンタジーⅦ"); tiny-text and
		// letterlike letters three or more to a word ("ᶠʳᵉᵉ"), not a unit,
		// an ordinal or a set ("mℓ", "2ⁿᵈ", "ℝ", "Nᵢ"; review 18 M2).
		isFancy = isFancy || roman && latin || tiny >= 3
		if isFancy && fancy == "" {
			fancy = text[start:i]
		}
		if mixed != "" || !latin || others == 0 || letters < c.MinLetters {
			continue // no Latin letter in it, or a word found already
		}
		if first == mixLatin && switches == 1 && (last == mixCyrillic || last == mixGreek) && looks&last == 0 {
			// A Latin stem with an ending of one script: a loanword in a
			// comment written in that script, unless it spells a listed
			// word. A stem made only of letters that look like that
			// script's ("KAзино", "cтавки") is no Latin word but a disguise
			// of one of the script's (review round 5).
			if !standsDone {
				stands, standsDone = scriptStandingOf(v), true
			}
			if stands.in(last) {
				if listed == nil {
					listed = c.listedWords(v)
				}
				if !spellsListed(listed, text[start:i]) {
					continue
				}
			}
		} else if twins&others != 0 {
			// A word of one script whose Latin letters all have a twin in
			// it: "цiкаво" typed with the Latin i for і, on a Russian
			// keyboard. In a comment written in that script it is that
			// script's word, unless it spells a listed word read either
			// way ("кaзинo" with a Latin a and o is "казино").
			if !standsDone {
				stands, standsDone = scriptStandingOf(v), true
			}
			if stands.in(others) {
				if listed == nil {
					listed = c.listedWords(v)
				}
				word := text[start:i]
				if !spellsListed(listed, word) && !c.listsWord(twinReading(word, others)) {
					continue
				}
			}
		}
		mixed, mixedScripts, mixedLook = text[start:i], others, !unlike
	}
	what := ""
	if mixed != "" {
		what = quote(mixed) + " mixes Latin with " + scriptNames[mixedScripts] + " letters"
		if mixedLook {
			what += " that look like Latin ones"
		}
	}
	switch {
	case mixed != "" && fancy != "":
		return []Flag{{Code: CodeMixedScript, Score: c.Score, Detail: what + ", and " + quote(fancy) + " is fancy text"}}
	case mixed != "":
		return []Flag{{Code: CodeMixedScript, Score: c.Score, Detail: what}}
	case fancy != "":
		return []Flag{{Code: CodeMixedScript, Score: c.Score,
			Detail: quote(fancy) + " is fancy text (mathematical, enclosed, modifier or letterlike letters, or Roman numerals)"}}
	}
	return nil
}

// mixScriptOf returns the script of r, a Cyrillic, Greek, Cherokee,
// Armenian or Lisu letter or mark (scriptLookalike), and whether it looks
// like a Latin letter, as the fold tables say (for the Detail only: the
// check reads the shape of a word, not the table). Cherokee letters count
// as look-alikes: nearly all are shaped on Latin ones.
func mixScriptOf(r rune) (script uint8, look bool) {
	switch class := runeClassOf(r); {
	case class&classLookCyrillic != 0:
		return mixCyrillic, true
	case class&classLookGreek != 0:
		return mixGreek, true
	case class&classOtherCyrillic != 0:
		return mixCyrillic, false
	case class&classOtherGreek != 0:
		return mixGreek, false
	case unicode.Is(unicode.Cherokee, r):
		return mixCherokee, true
	case unicode.Is(unicode.Cyrillic, r): // beyond smallRunes: Cyrillic Extended
		return mixCyrillic, false
	case unicode.Is(unicode.Armenian, r):
		return mixArmenian, lookalikeOf(r) != ""
	case unicode.Is(unicode.Lisu, r):
		return mixLisu, lookalikeOf(r) != ""
	}
	return mixGreek, false
}

// listedWords returns the words of v's folded text that are part of a
// match of a word list: the embedded self-promotion lists (phrases, calls
// to action, topics; not the idioms, which speak for a comment) and the
// site's own (c.listed). It reads the comment's words once a list, and
// only for a comment that has a loanword-shaped word in Russian or Greek
// text: once, however many such words it has.
func (c *MixedScriptCheck) listedWords(v *View) map[string]bool {
	words := v.words()
	listed := map[string]bool{}
	see := func(m phraseMatch) {
		for k := m.Start; k < m.End && k < words.len(); k++ {
			listed[words.at(k)] = true
		}
	}
	defaultPromoSet.findIn(words, func(m phraseMatch) {
		if m.Kind < promoIdiom {
			see(m)
		}
	})
	c.listed.findIn(words, see)
	return listed
}

// latinTwins holds, for each ASCII letter, the scripts (mixCyrillic,
// mixGreek) whose typists put it in place of a letter of the very same
// shape that their keyboard lacks: "i" for the Ukrainian, Belarusian and
// Kazakh і, missing from a Russian keyboard, and "j" for the Serbian ј.
// Only those: every Russian keyboard has а, с, е, о, р, х and у, so a
// Latin a, c, e, o, p, x or y in a Russian word is put there on purpose,
// to disguise it ("кaзинo"), and a Greek keyboard has every Greek letter
// (review round 4: with the wider set, a disguised listed word with one
// more letter, "кaзинo1", passed with no flag at all).
var latinTwins = func() (t [utf8.RuneSelf]uint8) {
	for c := range cyrillicTwin {
		t[c] |= mixCyrillic
	}
	for c := range greekTwin {
		t[c] |= mixGreek
	}
	return t
}()

// latinLooks holds, for each ASCII letter, the scripts (mixCyrillic,
// mixGreek) with a common letter that looks like it in running text: a
// Latin stem made only of these ("KA" of "KAзино") passes for the
// script's own letters. "Docker", "Go", "PR" and "iPhone" each have a
// letter that looks like none.
var latinLooks = func() (t [utf8.RuneSelf]uint8) {
	for script, twins := range lookTwins {
		for c, r := range twins {
			if r != 0 {
				t[c] |= script
			}
		}
	}
	return t
}()

// lookTwins gives, for mixCyrillic and mixGreek, the letter of that
// script each ASCII letter of latinLooks looks like, of the same case:
// its twin. A Latin letter put in a Cyrillic or Greek word to disguise it
// reads as its twin when the word lists are matched ("кaзинo" with a
// Latin a and o is "казино": see twinText). Each pair is one of the
// fold's look-alikes (lookalike: the twin folds to the Latin letter in a
// Latin word), kept where the two pass for each other in running text:
// not Greek α for a, whose shape is the Latin alpha's (ɑ), nor the
// letters that look like another only in some fonts (п for n, г for r).
var lookTwins = map[uint8]*[utf8.RuneSelf]rune{
	mixCyrillic: twinTable("aаcсeеoоpрxхyуkкiіjјsѕAАBВCСEЕHНIІJЈKКMМOОPРSЅTТXХYУ"),
	mixGreek:    twinTable("oοiιkκuυvνAΑBΒEΕHΗIΙKΚMΜNΝOΟPΡTΤXΧYΥZΖ"),
}

// twinTable reads pairs of an ASCII letter and its twin.
func twinTable(pairs string) *[utf8.RuneSelf]rune {
	var t [utf8.RuneSelf]rune
	runes := []rune(pairs)
	for k := 0; k+1 < len(runes); k += 2 {
		t[runes[k]] = runes[k+1]
	}
	return &t
}

// cyrillicTwin and greekTwin map the ASCII letters of latinTwins to
// their twin in that script.
var (
	cyrillicTwin = map[byte]rune{'i': 'і', 'j': 'ј', 'I': 'І', 'J': 'Ј'}
	greekTwin    = map[byte]rune{}
)

// twinReading returns word with each ASCII letter read as its twin in
// script (mixCyrillic or mixGreek; see latinTwins): "цiкаво" is "цікаво".
func twinReading(word string, script uint8) string {
	twin := cyrillicTwin
	if script == mixGreek {
		twin = greekTwin
	}
	b := make([]byte, 0, len(word)+8)
	for k := 0; k < len(word); k++ {
		if r, ok := twin[word[k]]; ok {
			b = utf8.AppendRune(b, r)
		} else {
			b = append(b, word[k])
		}
	}
	return string(b)
}

// listsWord reports whether word, folded as a word of Russian or Greek
// text, is an entry of a word list (see listedWords) or a word of one.
func (c *MixedScriptCheck) listsWord(word string) bool {
	words := splitWords(foldKeepingScripts(word))
	found := false
	defaultPromoSet.find(words, func(m phraseMatch) { found = found || m.Kind < promoIdiom })
	c.listed.find(words, func(phraseMatch) { found = true })
	return found
}

// spellsListed reports whether word, a word of a comment's Text, folds
// into one of listed (see listedWords): its ending, read as the Latin
// letters it looks like, completes a listed word ("frее" is "free").
func spellsListed(listed map[string]bool, word string) bool {
	if len(listed) == 0 {
		return false
	}
	folded := foldText(word)
	if listed[folded] {
		return true
	}
	if strings.IndexByte(folded, ' ') < 0 {
		return false
	}
	for _, w := range splitWords(folded) { // "sub4sub" reads "sub for sub"
		if listed[w] {
			return true
		}
	}
	return false
}

// scriptNames names the scripts of a mixed word's letters that are not
// Latin, indexed by their bits (mixCyrillic to mixLisu): "Cyrillic",
// "Cyrillic and Greek", "Cyrillic, Greek and Cherokee".
var scriptNames = func() (t [mixLatin]string) {
	names := [...]string{"Cyrillic", "Greek", "Cherokee", "Armenian", "Lisu"}
	for bits := range t {
		var in []string
		for k, name := range names {
			if bits&(1<<k) != 0 {
				in = append(in, name)
			}
		}
		switch n := len(in); n {
		case 0:
		case 1:
			t[bits] = in[0]
		default:
			t[bits] = strings.Join(in[:n-1], ", ") + " and " + in[n-1]
		}
	}
	return t
}()

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
	scriptLookalike             // Cyrillic, Greek, Cherokee, Armenian or Lisu
	scriptUpper                 // unicode.IsUpper (for ShoutingCheck)
	scriptLower                 // unicode.IsLower
	scriptRoman                 // a Roman numeral that latinFold spells with letters (ⅴ, Ⅻ)
)

// scriptOf returns the classes of r: from an array below smallRunes
// (Latin, Greek, Cyrillic), where each would cost several searches of
// Unicode's tables, as Russian or Greek comments would pay for every
// letter.
func scriptOf(r rune) uint8 {
	if 0 <= r && r < smallRunes {
		return scriptClasses[r]
	}
	if isPlainCJKLetter(r) {
		return plainCJKScript
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
	case isRomanNumeral(r):
		script |= scriptRoman
	case r < utf8.RuneSelf || unicode.Is(unicode.Latin, r):
		script |= scriptLatin
	case unicode.In(r, unicode.Cyrillic, unicode.Greek, unicode.Cherokee, unicode.Armenian, unicode.Lisu):
		script |= scriptLookalike
	}
	return script
}

// mixLead reports whether the byte at text[i], which is not ASCII, starts
// the UTF-8 encoding of a Greek, Cyrillic, Armenian, Cherokee or Lisu
// letter (capital or small) or a fancy one. The lead bytes alone tell: text without any such byte (most
// comments, accents and all) is done with in one scan of its bytes (see
// textFactsOf), and MixedScriptCheck reads no character of it.
func mixLead(text string, i int) bool {
	c := text[i]
	switch {
	case c < 0xCD:
	case c <= 0xD5: // U+0340–U+057F: Greek, Cyrillic and its supplement, Armenian
		return true
	case c == 0xD6 && i+1 < len(text) && text[i+1] <= 0x8F: // U+0580–U+058F: Armenian
		return true
	case c == 0xEA && i+1 < len(text) && text[i+1] == 0x93: // U+A4C0–U+A4FF: Lisu (from U+A4D0)
		return true
	case c == 0xE1 && i+1 < len(text) && (text[i+1] == 0x8E || text[i+1] == 0x8F): // U+1380–U+13FF: Cherokee
		return true
	case c == 0xEA && i+1 < len(text) && (text[i+1] == 0xAD || text[i+1] == 0xAE): // U+AB40–U+ABBF: Cherokee small letters (from U+AB70)
		return true
	case c == 0xE2 && i+1 < len(text) && (text[i+1] == 0x92 || text[i+1] == 0x93): // U+2480–U+24FF: enclosed letters
		return true
	case c == 0xCA || c == 0xCB: // U+0280–U+02FF: modifier letters (ʰ ˢ), and IPA
		return true
	case c == 0xE1 && i+1 < len(text) && 0xB4 <= text[i+1] && text[i+1] <= 0xB6: // U+1D00–U+1DBF: modifier letters (ᵃ ᶠ)
		return true
	case c == 0xE2 && i+1 < len(text) && (0x81 <= text[i+1] && text[i+1] <= 0x82 || 0x84 <= text[i+1] && text[i+1] <= 0x86 || text[i+1] == 0xB1): // U+2040–U+20BF: superscripts; U+2100–U+21BF: letterlike symbols and Roman numerals; U+2C40–U+2C7F: ⱼ ⱽ
		return true
	case c == 0xEA && i+1 < len(text) && text[i+1] == 0x9F: // U+A7C0–U+A7FF: modifier capitals (ꟳ)
		return true
	case c == 0xF0 && i+2 < len(text) && text[i+1] == 0x90 && text[i+2] == 0x9E: // U+10780–U+107BF: modifier letters (𐞥)
		return true
	case c == 0xF0 && i+2 < len(text) && (text[i+1] == 0x9D || (text[i+1] == 0x9F && 0x84 <= text[i+2] && text[i+2] <= 0x86)): // mathematical, squared letters
		return true
	}
	return false
}

// isFancyLetter reports whether r is a letter of "fancy text": the
// mathematical alphanumerics (𝗳, 𝐟, 𝔣) and the letterlike symbols that
// fill their gaps (ℯ, ℋ), enclosed letters (ⓕ, ⒡, 🄵, 🅕, 🅵), and the
// modifier, superscript and subscript letters of "tiny text" (ᶠ, ʳ, ⁱ,
// ᵢ) that latinFold spells as a Latin letter.
func isFancyLetter(r rune) bool {
	switch {
	case 0x1D400 <= r && r <= 0x1D7FF, // mathematical alphanumerics
		0x249C <= r && r <= 0x24E9,   // parenthesised and circled letters
		0x1F110 <= r && r <= 0x1F129, // parenthesised capitals
		0x1F130 <= r && r <= 0x1F189, // squared, negative circled and negative squared letters
		r == squaredSmallD:
		return true
	case 0x02B0 <= r && r <= 0x02FF, // spacing modifier letters
		0x1D2C <= r && r <= 0x1D6A,   // modifier capitals and small letters, subscripts
		0x1D9B <= r && r <= 0x1DBF,   // more modifier small letters (ᶜ ᶠ ᶻ)
		0x2070 <= r && r <= 0x209F,   // superscripts and subscripts
		0x2100 <= r && r <= 0x214F,   // letterlike symbols
		0x2C7C <= r && r <= 0x2C7D,   // ⱼ ⱽ
		0xA7F2 <= r && r <= 0xA7F4,   // ꟲ ꟳ ꟴ
		0x10780 <= r && r <= 0x107BF: // Latin Extended-F: 𐞥
		s := latinFold[r]
		return len(s) == 1 && 'a' <= s[0] && s[0] <= 'z'
	}
	return false
}

// isTinyLetter reports whether r, a letter of fancy text (isFancyLetter),
// is a modifier, superscript, subscript or letterlike one: those also
// write units, ordinals, exponents and sets one at a time ("mℓ", "2ⁿᵈ",
// "ℝ"), where the mathematical and enclosed letters write nothing else.
func isTinyLetter(r rune) bool {
	return 0x02B0 <= r && r <= 0x02FF || 0x1D2C <= r && r <= 0x1D6A || 0x1D9B <= r && r <= 0x1DBF ||
		0x2070 <= r && r <= 0x209F || 0x2100 <= r && r <= 0x214F || 0x2C7C <= r && r <= 0x2C7D ||
		0xA7F2 <= r && r <= 0xA7F4 || 0x10780 <= r && r <= 0x107BF
}

// isRomanNumeral reports whether r is one of the Roman numerals of Number
// Forms that latinFold spells with letters (ⅰ, ⅴ, Ⅻ: U+2160–U+217F).
func isRomanNumeral(r rune) bool {
	return 0x2160 <= r && r <= 0x217F && latinFold[r] != ""
}
