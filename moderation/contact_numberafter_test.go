package moderation

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestNumberAfterMessenger: a phone number right after a messenger's
// name, or after a preposition of numberLeads, is a handle there, in
// whatever format the number is written; a count or years are not.
func TestNumberAfterMessenger(t *testing.T) {
	for _, text := range []string{
		"Escríbeme por WhatsApp al 655 12 34 56",
		"contacta WhatsApp 655123456 ahora",
		"Telegram 7700 900 461 for signals",
		"viber no 21 98765 4321 agora",
		"Hubungi WhatsApp ke 0813 2468 1357",
		"Piga WhatsApp na 722 24 68 01",
		"signal on +1 555 0100 200",
	} {
		assert.NotEmpty(t, contactDetail(text), text)
	}
	for _, text := range []string{
		"WhatsApp at 2 000 000 000 users is huge",
		"WhatsApp has 2 000 000 000 users",
		"The signal 5 10 15 20 25 was weak",
		"I read it on WhatsApp 2024 2025 too",
		"Telegram in 1999 2000 did not exist",
		"WhatsApp 123 456 users",          // six digits
		"WhatsApp to 655 12 34 56 months", // "to" is no lead
		"WhatsApp onn 655 12 34 56",
		"WhatsApp\n655",
		// A first group of one digit reads as a count, even where it
		// was meant as a number: the trunk "0" is what French writes.
		"écrivez sur WhatsApp au 6 12 34 56 78",
		// Groups of three after one of three read as a count too.
		"Piga WhatsApp na 722 246 801",
	} {
		assert.Empty(t, contactDetail(text), text)
	}
}

// TestNumberAfterMessengerLong: a messenger's name before tens of
// kilobytes of digit groups, or many names each before a short count,
// is read to its end.
func TestNumberAfterMessengerLong(t *testing.T) {
	long := "WhatsApp " + strings.Repeat("12 345 ", 10<<10)
	assert.True(t, numberAfterName(long, len("WhatsApp")))
	many := strings.Repeat("whatsapp at 2 000 000 ", 3<<10)
	assert.Empty(t, contactDetail(many))
	assert.NotEmpty(t, contactDetail(many+"whatsapp 655 12 34 56"))
}
