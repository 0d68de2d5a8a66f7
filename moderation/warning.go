package moderation

// A reader who warns of a scam names what the scam says and where it
// came from ("the comment further up with the WhatsApp number is spam,
// please report it", "nobody from the band will ever message you on
// Telegram… Don't fall for it", "I got a text saying 'pay £1.99 at
// <link>'. It's a scam, don't click"). Two of its words read as the
// scam's own:
//
//   - "click" is a topic of promotion ("click the link"); said in the
//     negative ("don't click", "do not click", "never click") it is a
//     warning, and counts for nothing (clickForbidden);
//   - a messenger named with no number, address or handle to write to is
//     no contact detail in a comment that warns (warns): ContactCheck
//     reports it with no weight. A number, an address or an @handle given
//     still counts, warning or not: a scam's "beware of fake agents,
//     write to the real one on WhatsApp +1…" gives one.

// forbidWords are the negations of an imperative before its verb ("do
// not" is "not" after "do"). A bare "not" is none: "you will not click
// this link" predicts, and bids the reader all the same.
var forbidWords = newWordSet([]string{"don't", "dont", "never"})

// clickForbidden reports whether the topic m, "click", follows the
// negation of an imperative ("don't click", "do not click", "never
// click").
func clickForbidden(words wordList, m phraseMatch) bool {
	if m.End-m.Start != 1 || m.Start == 0 || words.at(m.Start) != "click" {
		return false
	}
	before := words.at(m.Start - 1)
	return forbidWords.has(before) || before == "not" && m.Start > 1 && words.at(m.Start-2) == "do"
}

// warnings are what a reader says to warn of a scam, as folded words.
// Not "warning" or "careful" alone, which sellers' urgency says too
// ("Warning: only 5 spots left!").
var warnings = [][]string{
	{"fall", "for", "it"},
	{"fall", "for", "this"},
	{"fall", "for", "that"},
	{"is", "spam"},
	{"is", "a", "scam"},
	{"it's", "a", "scam"},
	{"it's", "spam"},
	{"are", "scams"},
	{"scam", "alert"},
	{"phishing"},
	{"don't", "click"},
	{"dont", "click"},
	{"never", "click"},
	{"do", "not", "click"},
	{"don't", "buy"},
	{"dont", "buy"},
	{"never", "buy"},
	{"do", "not", "buy"},
	{"scam", "site"},
	{"fake", "site"},
	// What to do with the scam's message: leave it, block the sender.
	{"don't", "engage"},
	{"dont", "engage"},
	{"do", "not", "engage"},
	{"block", "and", "report"},
}

// alerts open a warning, but say nothing of what it warns of: "Heads up,
// keto-burn-ultra-uk.com is where I get mine" recommends, in a warning's
// first words. They warn only in a comment that also calls something a
// scam, a fake or a theft (harmWords): "Heads up, these guys are dodgy".
var alerts = [][]string{
	{"beware"},
	{"watch", "out"},
	{"heads", "up"},
	{"psa"},
	{"report", "it"},
	{"report", "them"},
	{"report", "this"},
}

// warningFirsts and alertFirsts are the first words of warnings and of
// alerts: most words of a comment are none, told by one look-up in a bit
// set before any entry is read.
var (
	warningFirsts = firstWords(warnings)
	alertFirsts   = firstWords(alerts)
)

// warns reports whether words say one of warnings, or one of alerts in
// a comment that names a harm (harmWords).
func warns(words wordList) bool {
	return saysAny(words, warnings, warningFirsts) || saysAny(words, alerts, alertFirsts) && namesHarm(words)
}

// namesHarm reports whether words call something a scam, a fake or a
// theft: a word of scamWords other than those that only alert ("beware",
// "careful", "warning", "warn"), which an alert says of itself.
func namesHarm(words wordList) bool {
	for i := 0; i < words.len(); i++ {
		if w := words.at(i); scamWords.has(w) && w != "beware" && w != "careful" && w != "warning" && w != "warn" && w != "warned" {
			return true
		}
	}
	return false
}

// firstWords returns the set of the first words of entries.
func firstWords(entries [][]string) *wordSet {
	firsts := make([]string, len(entries))
	for i, e := range entries {
		firsts[i] = e[0]
	}
	return newWordSet(firsts)
}

// saysAny reports whether words say one of entries, a phrase of words
// each, whose first words are firsts.
func saysAny(words wordList, entries [][]string, firsts *wordSet) bool {
	for i := 0; i < words.len(); i++ {
		w := words.at(i)
		if !firsts.has(w) {
			continue
		}
		for _, e := range entries {
			if e[0] != w || i+len(e) > words.len() {
				continue
			}
			match := true
			for k := 1; k < len(e); k++ {
				if words.at(i+k) != e[k] {
					match = false
					break
				}
			}
			if match {
				return true
			}
		}
	}
	return false
}

// handleGiven reports whether text has an '@' (a handle or an address)
// or a run of five digits or more, with spaces, dots or dashes between
// them (a number): something to write to.
func handleGiven(text string) bool {
	digits := 0
	for i := 0; i < len(text); i++ {
		switch c := text[i]; {
		case c == '@':
			return true
		case c >= '0' && c <= '9':
			digits++
			if digits >= 5 {
				return true
			}
		case c == ' ' || c == '.' || c == '-' || c == '(' || c == ')' || c == '+':
		default:
			digits = 0
		}
	}
	return false
}

// scamWords are what a reader calls a scam they report: its kind, what
// it did to them, who they told. Taken alone, sellers' urgency says some
// of them ("Warning: only 5 left!"), so they count only where a
// quotation alone gives the contact detail (ContactCheck).
var scamWords = newWordSet([]string{
	"scam", "scams", "scammer", "scammers", "scammed", "scamming",
	"fake", "fakes", "faked", "fraud", "frauds", "fraudster", "fraudsters", "fraudulent",
	"phishing", "stolen", "forged", "cloned", "cloning", "impersonating",
	"police", "warning", "careful", "beware", "suspicious", "dodgy",
	"warn", "warned", // "please warn your parents": a reader passes the warning on
})

// reportsScam reports whether words call something a scam, a fake or a
// theft (scamWords), say "don't pay" or one of warnings, or tell of money
// lost (toldLoss), and bid the
// reader write to no one outside a quotation (bidsContact): a recovery
// scam's testimony tells of the fake broker that robbed the writer and
// the police who could not help ("I was scammed by a fake platform…
// contact him on 'WhatsApp +1 …'"), and sends the reader to its own
// man; a warning quotes the scam's bid, and makes none.
func reportsScam(words wordList) bool {
	return (saysScam(words) || toldLoss(words)) && !bidsContact(words)
}

// toldLoss reports whether words tell of money lost: "lost" with a
// number right after it or one word on ("Lost 600 euros", "we lost
// £200"). Beside a quoted bid to pay ("they said 'pay by bank transfer,
// WhatsApp +34 …'. Lost 600 euros"), it reports the scam as the word
// "scam" would; a recovery scam's testimony tells its loss too, and
// still bids the reader write to its man (bidsContact).
func toldLoss(words wordList) bool {
	for i := 0; i+1 < words.len(); i++ {
		if words.at(i) != "lost" {
			continue
		}
		for j := i + 1; j < words.len() && j <= i+2; j++ {
			if w := words.at(j); w != "" && isDigit(w[0]) {
				return true
			}
		}
	}
	return false
}

// contactVerbs bid the reader write to someone ("contact him", "write to
// them"); contactObjects are the someone, a third person's or a firm's.
var (
	contactVerbs   = newWordSet([]string{"contact", "reach", "message", "text", "write", "email", "call", "dm", "whatsapp", "telegram"})
	contactObjects = newWordSet([]string{"him", "her", "them", "us"})
)

// bidsContact reports whether words, outside the quotations of the text
// they index, bid the reader write to a third person: a verb of
// contactVerbs, "to" after it or not, then one of contactObjects, with
// no negation before it ("don't contact them" warns).
func bidsContact(words wordList) bool {
	var quotes []quoteSpan
	quotesRead := false
	for i := 0; i+1 < words.len(); i++ {
		if !contactVerbs.has(words.at(i)) {
			continue
		}
		j := i + 1
		if words.at(j) == "to" && j+1 < words.len() {
			j++
		}
		if !contactObjects.has(words.at(j)) {
			continue
		}
		if i > 0 && (forbidWords.has(words.at(i-1)) || words.at(i-1) == "not") {
			continue
		}
		if !quotesRead {
			quotes, quotesRead = quotations(words.text), true
		}
		if !quoted(quotes, int(words.spans[i].start), int(words.spans[j].end)) {
			return true
		}
	}
	return false
}

// saysScam reports whether words call something a scam, a fake or a
// theft (scamWords), say "don't pay" or one of warnings.
func saysScam(words wordList) bool {
	for i := 0; i < words.len(); i++ {
		w := words.at(i)
		if scamWords.has(w) {
			return true
		}
		if w == "pay" && i > 0 && (forbidWords.has(words.at(i-1)) || words.at(i-1) == "not" && i > 1 && words.at(i-2) == "do") {
			return true
		}
	}
	return warns(words)
}

// scamNegations deny a scam word right after them ("not a scam", "no
// scam", "isn't a fake"), as a scam vouches for itself.
var scamNegations = newWordSet([]string{"not", "no", "isn't", "isnt", "never", "non", "nicht", "kein", "keine", "pas"})

// warnsOfScam reports whether words warn of a scam as reportsScam reads
// them, with every word of scamWords they say denied by one of
// scamNegations in the two words before it left out ("100% legit, not a
// scam" vouches, it does not warn): SelfPromotionCheck's reading of a
// warning, where the promotion words a warning quotes or its "please
// share" weigh nothing. A warning phrase (warnings) still counts: none
// of them is said in the negative.
func warnsOfScam(words wordList) bool {
	// Most comments say none of the words a warning needs: one pass
	// tells, before the passes that read phrases.
	any := false
	for i := 0; i < words.len() && !any; i++ {
		w := words.at(i)
		any = scamWords.has(w) || warningFirsts.has(w) || w == "pay" || w == "lost"
	}
	if !any || bidsContact(words) {
		return false
	}
	for i := 0; i < words.len(); i++ {
		w := words.at(i)
		if w == "pay" && i > 0 && (forbidWords.has(words.at(i-1)) || words.at(i-1) == "not" && i > 1 && words.at(i-2) == "do") {
			return true // "don't pay", as saysScam reads it
		}
		if !scamWords.has(w) {
			continue
		}
		denied := false
		for j := i - 1; j >= 0 && j >= i-2; j-- {
			denied = denied || scamNegations.has(words.at(j))
		}
		if !denied {
			return true
		}
	}
	return toldLoss(words) || warns(words)
}
