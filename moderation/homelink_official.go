package moderation

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/commentkit/commentkit/linkify"
)

// A reader who tells others how to visit a museum, a park or a festival
// labels its home page as the official one and says what to know before
// going: "Site officiel : <link> – réservez le créneau", "Offizielle
// Seite: <link> – Montags geschlossen", "官网：<link> 周一闭馆". A promoter
// labels a product's site so too, but says nothing of when it is open.
// officialVisit is that reading for readerMention; its words are those of
// lists/official-sites.txt.

// officialLabels are the labels of lists/official-sites.txt, each as its
// folded words; officialLabelsCJK are those written in Chinese or
// Japanese, one run of characters, which may end a longer run.
// visitWords are the words of a visit's practicalities (whole folded
// words), and visitRuns those in Chinese, Japanese or Korean (found
// anywhere in a run of those characters).
var officialLabels, officialLabelsCJK, visitWords, visitRuns = readOfficialSites("official-sites.txt")

func readOfficialSites(name string) (labels [][]string, labelsCJK []string, visit *wordSet, visitCJK []string) {
	var words []string
	for _, e := range readList(name) {
		role, phrase, ok := strings.Cut(e, " ")
		if !ok {
			panic("moderation: " + name + ": " + e + " is not a role and a phrase")
		}
		folded := splitWords(foldText(phrase))
		if len(folded) == 0 {
			panic("moderation: " + name + ": " + e + " has no words")
		}
		switch role {
		case "label":
			if len(folded) == 1 && wideScript(folded[0]) && !hangulWord(folded[0]) {
				labelsCJK = append(labelsCJK, folded[0])
			} else {
				labels = append(labels, folded)
			}
		case "visit":
			if len(folded) != 1 {
				panic("moderation: " + name + ": " + e + " is not one word")
			}
			if wideScript(folded[0]) {
				visitCJK = append(visitCJK, folded[0])
			} else {
				words = append(words, folded[0])
			}
		default:
			panic("moderation: " + name + ": " + e + ": the role is neither label nor visit")
		}
	}
	return labels, labelsCJK, newWordSet(words), visitCJK
}

// officialLastWords are the last words of officialLabels, each once:
// what officialLabelEnds compares the word before a link with.
var officialLastWords = func() []string {
	var last []string
	for _, label := range officialLabels {
		if w := label[len(label)-1]; !slices.Contains(last, w) {
			last = append(last, w)
		}
	}
	return last
}()

// maxLabelGap is how many bytes of separators (spaces, a colon, an arrow,
// a dash) officialLabelEnds skips between a label and its link, and
// maxLabelWord the longest last word of a label it reads, in bytes.
const (
	maxLabelGap  = 16
	maxLabelWord = 48
)

// officialLabelEnds is officialVisit's quick test, which nearly every home
// link fails without reading the words around it: whether the word that
// ends right before text[start], past separators, may end a label of
// officialLabels (one of officialLastWords, in any case; folded first
// when it is not ASCII) or of officialLabelsCJK. It reads at most
// maxLabelGap+maxLabelWord bytes, and allocates only for a word with
// letters beyond ASCII.
func officialLabelEnds(text string, start int) bool {
	if start <= 0 || start > len(text) {
		return false
	}
	i := start
	for i > 0 && start-i < maxLabelGap {
		r, size := utf8.DecodeLastRuneInString(text[:i])
		if isWordLetter(r) {
			break
		}
		i -= size
	}
	end, ascii := i, true
	for i > 0 && end-i < maxLabelWord {
		r, size := utf8.DecodeLastRuneInString(text[:i])
		if !isWordLetter(r) {
			break
		}
		ascii = ascii && r < utf8.RuneSelf
		i -= size
	}
	word := text[i:end]
	if word == "" {
		return false
	}
	if !ascii {
		if r, _ := utf8.DecodeLastRuneInString(word); r >= '\u2e80' {
			for _, label := range officialLabelsCJK {
				if strings.HasSuffix(word, label) {
					return true
				}
			}
		}
		word = foldText(word)
	}
	for _, w := range officialLastWords {
		if strings.EqualFold(word, w) {
			return true
		}
	}
	return false
}

// wideScript reports whether w starts with a character of the scripts
// that write no spaces between words or join particles to them (Han,
// kana, Hangul; all at U+2E80 and above).
func wideScript(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return r >= '\u2e80'
}

// hangulWord reports whether w starts with a Hangul syllable: Korean
// puts spaces between words, so its labels are matched as words.
func hangulWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return '\uac00' <= r && r <= '\ud7a3'
}

// maxVisitBytes is how far after its link, in bytes, officialVisit reads
// the reader's remark: a sentence or two, so that each link costs the
// same however long the comment.
const maxVisitBytes = 320

// officialWords appends to ws the words of v.Text before the link l, and
// the link, as readerMention reads them for a purchase: at most
// maxPurchaseBytes bytes before it. None when l does not lie in v.Text.
func officialWords(ws []mentionWord, v *View, l *linkify.Link) []mentionWord {
	if l.Start < 0 || l.End > len(v.Text) || l.Start > l.End {
		return ws
	}
	lo := max(l.Start-maxPurchaseBytes, 0)
	for lo > 0 && !utf8.RuneStart(v.Text[lo]) {
		lo--
	}
	return mentionWords(ws, v.Text, lo, l.End, v.Links)
}

// officialVisit reports whether the link l, the last of ws (its words
// before it and itself, officialWords), is labelled the official site by
// the words that open its sentence and end right before it
// (officialLabels), and the comment goes on after the link, within
// maxVisitBytes, with a word of a visit's practicalities (visitWords,
// visitRuns). Both are read in bounded windows: linear in the comment's
// length.
func officialVisit(ws []mentionWord, v *View, l *linkify.Link) bool {
	at := len(ws) - 1
	if at < 0 || ws[at].link < 0 || ws[at].start != l.Start || !officialLabelled(ws, at) {
		return false
	}
	hi := min(l.End+maxVisitBytes, len(v.Text))
	for hi < len(v.Text) && !utf8.RuneStart(v.Text[hi]) {
		hi--
	}
	found := false
	forEachMentionWord(v.Text, l.End, hi, v.Links, func(w mentionWord) {
		if found || w.link >= 0 {
			return
		}
		if wideScript(w.text) {
			for _, run := range visitRuns {
				if strings.Contains(w.text, run) {
					found = true
					return
				}
			}
		}
		for _, f := range splitWords(foldText(w.text)) {
			if visitWords.has(f) {
				found = true
				return
			}
		}
	})
	return found
}

// officialLabelled reports whether the words right before the link at
// ws[at], in its sentence, are a label of officialLabels that opens the
// sentence ("Site officiel : <link>"), or the last run of characters
// before it ends with one of officialLabelsCJK ("故宫官网：<link>").
func officialLabelled(ws []mentionWord, at int) bool {
	sentence := ws[at].sentence
	first := at
	for first > 0 && ws[first-1].sentence == sentence && ws[first-1].link < 0 && at-first < 4 {
		first--
	}
	if first > 0 && ws[first-1].sentence == sentence {
		return false // more words before the label: it does not open its sentence
	}
	if first == at {
		return false
	}
	if at-first == 1 && wideScript(ws[first].text) {
		for _, label := range officialLabelsCJK {
			if strings.HasSuffix(ws[first].text, label) {
				return true
			}
		}
	}
	var folded []string
	for k := first; k < at; k++ {
		folded = append(folded, splitWords(foldText(ws[k].text))...)
	}
	for _, label := range officialLabels {
		if len(label) == len(folded) && equalWords(label, folded) {
			return true
		}
	}
	return false
}

func equalWords(a, b []string) bool {
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
