package moderation

import (
	"iter"
	"strings"
	"unicode"
)

// A comment signed with a trade's search words in place of a person's
// name ("cheap removalists melbourne", "London Drain Unblocking
// Services", "best mortgage broker dublin", "QuickCash Loans UK") is
// posted to advertise that trade: the name is the advert, whatever the
// body says, and the body is most often praise that names nothing
// ("Very informative post, bookmarked!"). People sign with their own
// names or a nickname; a reader who is a plumber signs "Pete" or "Pete
// the plumber", not "Plumbing Services". So tradeSignature reads the
// Author field for a word that names a business's trade, not a person's
// (tradeNames: "services", "removals", "plumbing", "loans", "seo"), or a
// person's trade after a seller's word ("best", "cheap": "best cheap
// roofers", "cheap plumber"). SelfPromotionCheck counts it as a topic:
// beside a link, a price or generic praise alone it holds; a trader's
// plain comment is read as any other.

var (
	// tradeNames name a business's trade or what it sells, as a
	// business is named, never a person: the plural or the trade's noun.
	// Matched folded, as foldText folds the name (Hindi without its
	// vowel signs).
	tradeNames = newWordSet(foldAll(
		"services", "removals", "removalists", "plumbing", "roofing", "roofers", "locksmiths", "landscaping",
		"unblocking", "loans", "seo", "essays", "cleaning", "repairs", "coaching", "deals", "kredit", "kredite",
		"insurance", "movers", "plumbers", "electricians", "builders", "solicitors", "brokers", "dentists",
		"कोचिंग", "लोन",
	))
	// tradePersons are a person's trade, a business only after a seller's
	// word (tradeSellers): "cheap plumber", "best mortgage broker".
	tradePersons = newWordSet([]string{
		"plumber", "roofer", "locksmith", "electrician", "builder", "solicitor", "broker", "dentist",
		"removalist", "lawyer", "cleaner", "mover", "service", "loan", "essay",
	})
	tradeSellers = newWordSet([]string{"best", "cheap", "cheapest", "affordable", "top", "emergency", "instant", "quick"})
	// signaturePersons are the words that make a name a person's whatever
	// trade it names: a family role, a fan, a former or retired worker,
	// one who suffered a trade ("Leeds Plumbing Dad", "Cheap Flights Fan",
	// "Retired Solicitors Clerk", "Ex Roofing Guy", "Quick Loans Victim").
	// A trade's search words name no such person. Not "man" or "lady",
	// which trades call themselves ("man with van", "cleaning lady").
	signaturePersons = newWordSet([]string{
		"dad", "daddy", "mum", "mummy", "mom", "mommy", "mama", "papa", "gran", "grandad", "grandma", "grandpa", "nan",
		"wife", "husband", "son", "daughter", "mother", "father", "fan", "fans", "lover", "guy", "gal", "girl", "boy",
		"clerk", "retired", "ex", "former", "watcher", "hunter", "victim", "survivor", "veteran", "student", "reader",
	})
)

// foldAll returns words as foldText folds them.
func foldAll(words ...string) []string {
	out := make([]string, len(words))
	for i, w := range words {
		out[i] = foldText(w)
	}
	return out
}

// foreignPraise are words of generic praise or thanks in the other
// languages such praise comes in, folded: Hindi "good", "very good",
// "thanks" and "information", Spanish, French and German "thanks" and
// "excellent".
var foreignPraise = newWordSet(foldAll("अच्छी", "अच्छा", "बढ़िया", "धन्यवाद", "शुक्रिया", "जानकारी",
	"gracias", "excelente", "merci", "excellent", "danke", "toll"))

// tradeSignature returns the words of author that sign it as a trade
// (see above), or "". A one-word name is a nickname ("Repairs"), not
// read, nor a name with a word of signaturePersons. It reads the name
// once; the name is short.
func tradeSignature(author string) string {
	if author == "" || len(author) > 120 {
		return ""
	}
	n := 0
	seller, trade := false, false
	for w := range nameWords(foldText(author)) {
		if signaturePersons.has(w) {
			return ""
		}
		n++
		trade = trade || tradeNames.has(w) && (w != "seo" || !titleWord(author, "Seo")) || seller && tradePersons.has(w)
		seller = seller || tradeSellers.has(w)
	}
	if trade && n >= 2 {
		return "signed “" + clip(author) + "”"
	}
	return ""
}

// nameWords yields the words of a folded name: its runs of letters,
// digits and marks, without a slice to hold them.
func nameWords(name string) iter.Seq[string] {
	return func(yield func(string) bool) {
		start := -1
		for i, r := range name {
			inWord := unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
			switch {
			case inWord && start < 0:
				start = i
			case !inWord && start >= 0:
				if !yield(name[start:i]) {
					return
				}
				start = -1
			}
		}
		if start >= 0 {
			yield(name[start:])
		}
	}
}

// titleWord reports whether author holds w, as it is written (a capital
// and small letters), as a word of its own: "Seo" is a Korean family and
// given name ("Seo Jun", "Kim Seo-yeon"), where the trade writes its
// initials "SEO" or "seo". One scan of the short name.
func titleWord(author, w string) bool {
	for i := 0; i+len(w) <= len(author); i++ {
		if author[i:i+len(w)] == w && (i == 0 || !isLetterASCII(author[i-1])) && (i+len(w) == len(author) || !isLetterASCII(author[i+len(w)])) {
			return true
		}
	}
	return false
}

// maxBarePraiseWords is the longest comment, in words, that barePraise
// takes for praise alone: more says something of its own.
const maxBarePraiseWords = 40

// barePraise reports whether the whole of v is generic praise that names
// nothing: no link, no digit, at most maxBarePraiseWords words, one of
// them of praiseWords ("informative", "thanks", "great") or of
// foreignPraise ("धन्यवाद", "gracias"), and no word in
// capitals but a sentence's first and "I" (a name, a place, a product
// would be one). Under a trade's signature such a comment is the SEO
// advert's whole formula: "Very informative post, bookmarked your site,
// keep up the good work!" signed "cheap removalists melbourne".
func barePraise(v *View, words wordList) bool {
	if len(v.Links) > 0 || words.len() == 0 || words.len() > maxBarePraiseWords {
		return false
	}
	praise := false
	for i := 0; i < words.len(); i++ {
		praise = praise || praiseWords.has(words.at(i)) || foreignPraise.has(words.at(i))
	}
	if !praise {
		return false
	}
	start := true // at a sentence's start
	for i := 0; i < len(v.Text); {
		c := v.Text[i]
		switch {
		case isDigit(c):
			return false
		case c == '.' || c == '!' || c == '?':
			start = true
			i++
		case isLetterASCII(c):
			j := i
			for j < len(v.Text) && (isLetterASCII(v.Text[j]) || v.Text[j] == '\'') {
				j++
			}
			if !start && 'A' <= c && c <= 'Z' && v.Text[i:j] != "I" && !strings.HasPrefix(v.Text[i:j], "I'") {
				return false
			}
			start = false
			i = j
		default:
			i++
		}
	}
	return true
}
