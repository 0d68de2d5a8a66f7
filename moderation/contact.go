package moderation

import (
	"context"
	"regexp"
	"strings"
)

// ContactCheck flags contact details written into a public comment
// (CodeContact): phone numbers, e-mail addresses, messenger handles
// ("kik: name", "add me on telegram") and wa.me / t.me links. A reader who
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
	messengerRE = regexp.MustCompile(`\b(whatsapp|whats app|telegram|kik|skype|wechat|viber|snapchat|signal)\s*(?:[:@]|id\b|me\b|number\b|username\b)|\b(?:on|via|at)\s+(whatsapp|telegram|kik|skype|wechat|viber|snapchat)\b`)
	// Hosts whose links open a chat with a person.
	chatHosts = newHostSet([]string{"wa.me", "api.whatsapp.com", "chat.whatsapp.com", "t.me", "telegram.me", "m.me", "kik.me"})
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
			what = append(what, "a "+h+" chat link")
			break
		}
	}
	if m := phoneRE.FindStringSubmatch(v.Text); m != nil {
		number := m[1]
		if number == "" {
			number = m[2]
		}
		what = append(what, "the phone number "+strings.TrimSpace(number))
	}
	if m := messengerRE.FindStringSubmatch(v.Folded); m != nil {
		name := m[1]
		if name == "" {
			name = m[2]
		}
		what = append(what, "a "+name+" handle")
	}
	if len(what) == 0 {
		return nil
	}
	return []Flag{{Code: CodeContact, Score: c.Score, Detail: "contact details: " + strings.Join(what, ", ")}}
}
