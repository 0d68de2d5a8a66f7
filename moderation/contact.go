package moderation

import (
	"context"
	"regexp"
	"strings"
)

// ContactCheck flags contact details written into a public comment
// (CodeContact): phone numbers, e-mail addresses, messenger and social
// handles ("kik: name", "add me on telegram", "IG: name"), chat and payment
// links (wa.me, t.me, paypal.me) and Bitcoin addresses. A reader who has
// something to say says it in the comment; one who leaves a number or a
// handle wants to be contacted elsewhere, as spammers and scammers do.
type ContactCheck struct {
	Score float64
}

// Contact returns the contact-details check (CodeContact, score
// ContactScore).
func Contact() *ContactCheck { return &ContactCheck{Score: ContactScore} }

// Codes returns the codes the check raises.
func (c *ContactCheck) Codes() []string { return []string{CodeContact} }

var (
	// A messenger's name followed by what introduces a handle, or "on"
	// and a messenger's name.
	messengerRE = regexp.MustCompile(`(?i)\b(whatsapp|telegram|kik|skype|wechat|viber|snapchat|signal)\s*(?:[:@]|id\b|me\b|number\b|username\b)|\b(?:on|via|at)\s+(whatsapp|telegram|kik|skype|wechat|viber|snapchat)\b`)
	// A social network's name and, close after it, a handle: "IG :
	// __name", "instagram username is name_", "twitter likes @name".
	socialHandleRE = regexp.MustCompile(`(?i)\b(instagram|insta|ig|twitter|tiktok|snapchat|snap|kik|skype)\b(?:\s*(?:user\s*name|username|handle|name|id|account)?\s*(?:is|:|-)\s*@?[\w.]{3}|[^@\n]{0,24}@\s?\w{3})`)
	// Hosts whose links open a chat with a person, or take a payment.
	chatHosts = newHostSet([]string{"wa.me", "api.whatsapp.com", "chat.whatsapp.com", "t.me", "telegram.me", "m.me", "kik.me", "paypal.me", "cash.app"})
)

// contactWord tells whether w names a messenger or a social network (kik,
// skype and snapchat are both): only such names let the handle regexps run
// at all, and most comments have none. One switch serves both, as it runs
// for every word.
func contactWord(w string) (messenger, social bool) {
	switch w {
	case "whatsapp", "whats", "telegram", "wechat", "viber", "signal":
		return true, false
	case "kik", "skype", "snapchat":
		return true, true
	case "instagram", "insta", "ig", "twitter", "tiktok", "snap":
		return false, true
	}
	return false, false
}

// networkNames are the names of the messengers and social networks the
// handle regexps know, as their owners write them, for a Detail.
var networkNames = map[string]string{
	"whatsapp": "WhatsApp", "telegram": "Telegram", "kik": "Kik", "skype": "Skype", "wechat": "WeChat",
	"viber": "Viber", "snapchat": "Snapchat", "snap": "Snapchat", "signal": "Signal",
	"instagram": "Instagram", "insta": "Instagram", "ig": "Instagram", "twitter": "Twitter", "tiktok": "TikTok",
}

// handleText names a handle on the network a regexp matched as typed:
// "an Instagram handle", "a WhatsApp handle".
func handleText(typed string) string {
	name := networkNames[strings.ToLower(typed)]
	if name == "" {
		name = typed
	}
	if strings.ContainsRune("AEIOU", rune(name[0])) {
		return "an " + name + " handle"
	}
	return "a " + name + " handle"
}

// Check implements Checker.
func (c *ContactCheck) Check(_ context.Context, v *View) []Flag {
	var what []string
	for _, l := range v.Links {
		if l.Email {
			what = append(what, "the e-mail address "+l.Text)
			break
		}
	}
	for _, site := range v.linkSites() {
		if h := site.listed(listChat); h != "" {
			what = append(what, "a "+h+" link")
			break
		}
	}
	// The words say which of the scans below can find anything; most
	// comments need none of them.
	words := v.wordFacts()
	if n := internationalNumber(v); n != "" {
		what = append(what, "the phone number "+n)
	} else if words.nanp {
		if n := northAmericanNumber(v); n != "" {
			what = append(what, "the phone number "+n)
		}
	}
	if words.long {
		if a := bitcoinAddress(v); a != "" {
			what = append(what, "the Bitcoin address "+a)
		}
	}
	if words.messenger {
		if m := messengerRE.FindStringSubmatch(v.Text); m != nil {
			what = append(what, handleText(m[1]+m[2]))
		}
	}
	if words.social && len(what) == 0 {
		if m := socialHandleRE.FindStringSubmatch(v.Text); m != nil {
			what = append(what, handleText(m[1]))
		}
	}
	if len(what) == 0 {
		return nil
	}
	return []Flag{{Code: CodeContact, Score: c.Score, Detail: "contact details: " + strings.Join(what, ", ")}}
}

// The length of an international phone number in digits, after its "+":
// E.164 allows at most 15; fewer than 8 is no full number.
const (
	minPhoneDigits = 8
	maxPhoneDigits = 15
)

// internationalNumber returns the first "+" number outside links: a "+"
// not after a letter or digit, then 8 to 15 digits in groups separated by
// single spaces, dots, dashes or parentheses. It scans the text once.
func internationalNumber(v *View) string {
	text := v.Text
	k := 0
	for i := 0; i < len(text); i++ {
		p := strings.IndexByte(text[i:], '+')
		if p < 0 {
			return ""
		}
		i += p
		if i+1 >= len(text) || !isDigit(text[i+1]) {
			continue
		}
		if i > 0 && isASCIIAlnum(text[i-1]) {
			continue
		}
		digits, end := 0, i+1
		for j := i + 1; j < len(text); j++ {
			c := text[j]
			if isDigit(c) {
				digits++
				end = j + 1
				continue
			}
			if (c == ' ' || c == '.' || c == '-' || c == '(' || c == ')') && j+1 < len(text) && (isDigit(text[j+1]) || text[j+1] == '(') {
				continue
			}
			break
		}
		if end < len(text) && isASCIIAlnum(text[end]) {
			continue // glued to a word: not a number on its own
		}
		for k < len(v.Links) && v.Links[k].End <= i {
			k++
		}
		if k < len(v.Links) && v.Links[k].Start < end {
			continue
		}
		if minPhoneDigits <= digits && digits <= maxPhoneDigits {
			return text[i:end]
		}
	}
	return ""
}

// northAmericanNumber returns the first number outside links written as
// (555) 123-4567, 555-123-4567, 555.123.4567 or 555 123 4567: groups of 3,
// 3 and 4 digits, not part of a longer run of digits and separators (so
// "2,127,315,950" and "1.000.000" are counts, not numbers). One scan.
func northAmericanNumber(v *View) string {
	text := v.Text
	k := 0
	for i := 0; i+12 <= len(text); i++ {
		start := i
		j := i
		if text[j] == '(' {
			j++
		}
		if !digitsAt(text, j, 3) {
			continue
		}
		j += 3
		if text[start] == '(' {
			if j >= len(text) || text[j] != ')' {
				continue
			}
			j++
			if j < len(text) && text[j] == ' ' {
				j++
			}
		} else {
			if j >= len(text) || !isPhoneSep(text[j]) {
				continue
			}
			j++
		}
		sep := text[j-1]
		if !digitsAt(text, j, 3) || j+3 >= len(text) || !isPhoneSep(text[j+3]) {
			continue
		}
		if text[start] != '(' && text[j+3] != sep {
			continue // 555-123.4567 mixes separators: not a phone number
		}
		j += 4
		if !digitsAt(text, j, 4) {
			continue
		}
		end := j + 4
		if start > 0 && (isASCIIAlnum(text[start-1]) || text[start-1] == '.' || text[start-1] == ',' || text[start-1] == '-') {
			continue
		}
		if end < len(text) && (isASCIIAlnum(text[end]) || ((text[end] == '.' || text[end] == ',' || text[end] == '-') && end+1 < len(text) && isDigit(text[end+1]))) {
			continue
		}
		for k < len(v.Links) && v.Links[k].End <= start {
			k++
		}
		if k < len(v.Links) && v.Links[k].Start < end {
			continue
		}
		return text[start:end]
	}
	return ""
}

// digitsAt reports whether text has n digits from i on.
func digitsAt(text string, i, n int) bool {
	if i+n > len(text) {
		return false
	}
	for _, c := range []byte(text[i : i+n]) {
		if !isDigit(c) {
			return false
		}
	}
	return true
}

func isPhoneSep(c byte) bool { return c == ' ' || c == '.' || c == '-' }

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// bitcoinAddress returns the first Bitcoin address outside links: a word
// of 26 to 35 base58 characters starting with 1 or 3 (legacy and P2SH), or
// of 14 to 74 lower-case characters starting with "bc1" (bech32), with
// both letters and digits. It scans the text once.
func bitcoinAddress(v *View) string {
	text := v.Text
	k := 0
	for i := 0; i < len(text); {
		if !isASCIIAlnum(text[i]) {
			i++
			continue
		}
		j := i
		letters, digits, base58 := 0, 0, true
		for j < len(text) && isASCIIAlnum(text[j]) {
			c := text[j]
			if isDigit(c) {
				digits++
			} else {
				letters++
			}
			if c == '0' || c == 'O' || c == 'I' || c == 'l' {
				base58 = false
			}
			j++
		}
		word := text[i:j]
		start := i
		i = j
		if j < len(text) && text[j] >= 0x80 {
			continue // glued to a non-ASCII letter
		}
		ok := false
		switch {
		case strings.HasPrefix(word, "bc1"):
			ok = 14 <= len(word) && len(word) <= 74 && strings.ToLower(word) == word
		case word[0] == '1' || word[0] == '3':
			ok = base58 && 26 <= len(word) && len(word) <= 35
		}
		if !ok || letters == 0 || digits == 0 {
			continue
		}
		for k < len(v.Links) && v.Links[k].End <= start {
			k++
		}
		if k < len(v.Links) && v.Links[k].Start < j {
			continue
		}
		return word
	}
	return ""
}
