package moderation

import "github.com/commentkit/commentkit/linkify"

// A reader who tells, in another language, where they bought something
// names the shop as English readers do (boughtThere), in the order of
// their own grammar: the participle before the shop ("J'ai acheté la
// même chez <link>", "Ho comprato la stessa su <link>") or after it
// ("Ich habe sie bei <link> bestellt"). boughtAbroad asks for a word
// that puts a shop right before the link (shopPrepositions) and reads
// the words of the link's sentence on either side for a form of
// purchasesForeign. Their order is left unread: it differs from one
// language to the next, and each form is already a past purchase told
// by someone. A comment that recommends the shop (advocacy, in these
// languages too) is canvassing, and the caller leaves the link counted.

// purchasesForeign are the first-person past forms of buying and
// ordering in other languages (lists/purchases-foreign.txt).
var purchasesForeign = newWordSet(readList("purchases-foreign.txt"))

// shopPrepositions are the words that put a shop right before its link
// in the languages of purchasesForeign ("chez", "bei", "su", "en",
// "bij", "hos", "w"…): "bestellt über die offizielle Seite: <link>" names
// a page, not where the writer bought, and is how a fake customer
// points to the product he sells.
var shopPrepositions = newWordSet([]string{
	"chez", "sur", "auprès", "bei", "von", "auf", "su", "da", "presso", "en", "em", "no", "na", "bij", "via",
	"hos", "från", "på", "fra", "w", "z", "u", "v", "od", "ze",
})

// boughtAbroad reports whether the link l follows a word of
// shopPrepositions and the words of its sentence within maxPurchaseWords
// on either side tell a purchase in another language (purchasesForeign).
// before holds the words before l with l itself last (wordsBefore);
// after, l's words on (mentionWords from l.Start), or nothing.
func boughtAbroad(before, after []mentionWord, l *linkify.Link) bool {
	n := len(before)
	if n < 2 || before[n-1].link < 0 || before[n-1].start != l.Start || before[n-2].link >= 0 || !shopPrepositions.has(before[n-2].low) {
		return false
	}
	sentence := before[n-1].sentence
	for i := n - 2; i >= 0 && i >= n-1-maxPurchaseWords && before[i].sentence == sentence; i-- {
		if before[i].link < 0 && purchasesForeign.has(before[i].low) {
			return true
		}
	}
	if len(after) == 0 || after[0].link < 0 {
		return false
	}
	sentence = after[0].sentence
	for i := 1; i < len(after) && i <= maxPurchaseWords && after[i].sentence == sentence; i++ {
		if after[i].link < 0 && purchasesForeign.has(after[i].low) {
			return true
		}
	}
	return false
}
