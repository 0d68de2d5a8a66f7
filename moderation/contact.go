package moderation

import (
	"context"
	"regexp"
	"strings"
)

// ContactCheck flags contact details written into a public comment
// (CodeContact): phone numbers, e-mail addresses, messenger and social
// handles ("kik: name", "add me on telegram", "IG: name"), chat and payment
// links (wa.me, t.me, paypal.me) and Bitcoin addresses. A reader who
// has something to say says it in the comment; one who leaves a number or
// a handle wants to be contacted elsewhere, as spammers and scammers do.
type ContactCheck struct {
	Score float64
}

// Contact returns the contact-details check (CodeContact, score
// ContactScore).
func Contact() *ContactCheck { return &ContactCheck{Score: ContactScore} }

// Codes returns the codes the check raises.
func (c *ContactCheck) Codes() []string { return []string{CodeContact} }

var (
	// An international number: "+" and 8 to 15 digits, in groups. A
	// North American one: (555) 123-4567, 555-123-4567, 555.123.4567. Both
	// are compiled once; RE2 runs in linear time.
	phoneRE = regexp.MustCompile(`(?:^|[^\w+])(\+\d(?:[ .\-]?\(?\d\)?){7,14})(?:$|[^\w])|(?:^|[^\w])(\(?\d{3}\)?[ .\-]\d{3}[ .\-]\d{4})(?:$|[^\w])`)
	// A messenger's name followed by what introduces a handle.
	messengerRE = regexp.MustCompile(`(?i)\b(whatsapp|whats app|telegram|kik|skype|wechat|viber|snapchat|signal)\s*(?:[:@]|id\b|me\b|number\b|username\b)|\b(?:on|via|at)\s+(whatsapp|telegram|kik|skype|wechat|viber|snapchat)\b`)
	// A social network's name and, close after it, a handle: "IG :
	// __name", "instagram username is name_", "twitter likes @name".
	socialHandleRE = regexp.MustCompile(`(?i)\b(instagram|insta|ig|twitter|tiktok|snapchat|snap|kik|skype)\b(?:\s*(?:user\s*name|username|handle|name|id|account)?\s*(?:is|:|-)\s*@?[\w.]{3,}|[^@\n]{0,24}@\s?\w{3,})`)
	// Where to send money: a Bitcoin address (legacy, P2SH or bech32).
	bitcoinRE = regexp.MustCompile(`\b(?:[13][a-km-zA-HJ-NP-Z1-9]{25,34}|bc1[02-9ac-hj-np-z]{11,71})\b`)
	// Hosts whose links open a chat with a person.
	chatHosts = newHostSet([]string{"wa.me", "api.whatsapp.com", "chat.whatsapp.com", "t.me", "telegram.me", "m.me", "kik.me", "paypal.me", "cash.app"})
)

// Check implements Checker.
func (c *ContactCheck) Check(_ context.Context, v *View) []Flag {
	var what []string
	for _, l := range v.Links {
		if l.Email {
			what = append(what, "the e-mail address "+l.Text)
			break
		}
	}
	for _, l := range v.Links {
		host, _ := linkHost(l)
		if h := chatHosts.match(host); h != "" {
			what = append(what, "a "+h+" link")
			break
		}
	}
	if m := matchOutsideLinks(phoneRE, v); m != "" {
		what = append(what, "the phone number "+strings.Trim(m, " \t\n.,;:!?()"))
	}
	if m := matchOutsideLinks(bitcoinRE, v); m != "" {
		what = append(what, "the Bitcoin address "+m)
	}
	if m := messengerRE.FindStringSubmatch(v.Text); m != nil {
		name := m[1]
		if name == "" {
			name = m[2]
		}
		what = append(what, "a "+strings.ToLower(name)+" handle")
	}
	if len(what) == 0 {
		if m := socialHandleRE.FindStringSubmatch(v.Text); m != nil {
			what = append(what, "a "+strings.ToLower(m[1])+" handle")
		}
	}
	if len(what) == 0 {
		return nil
	}
	return []Flag{{Code: CodeContact, Score: c.Score, Detail: "contact details: " + strings.Join(what, ", ")}}
}
