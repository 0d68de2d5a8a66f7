package moderation

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestSpam24ContactRead: numbers and handles a business gives without a
// link, in shapes the contact check did not read before.
func TestSpam24ContactRead(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		// A landline set after a colon at the end of a trader's comment.
		{"Boilers serviced, we cover the whole city seven days: 0113 496 0877.", "the phone number 0113 496 0877"},
		// A public body named only in a trader's credential.
		{"Police vetted electricians, we can be with you tomorrow, call 0113 496 0877", "the phone number 0113 496 0877"},
		// Italian "call us".
		{"Affittiamo biciclette a 15 € al giorno, chiamateci al 0471 222 333 per prenotare.", "the phone number 0471 222 333"},
		// Australia's mobile shape, 4-3-3 after 04.
		{"Gutters cleaned, pensioner rates, ring Dave 0412 345 678", "the phone number 0412 345 678"},
		// A local North American number right after "text".
		{"Kittens ready for new homes, text 555-0199 for photos.", "the phone number 555-0199"},
		// A messenger glued to a Chinese word, LINE in Thai, and a Hindi
		// word between WhatsApp and its number.
		{"便宜机票，加Telegram：@cheapair_cn", "a Telegram handle"},
		{"บาคาร่าออนไลน์ โบนัสทุกวัน แอดไลน์ @bac99", "a LINE handle"},
		{"घर से कमाई करें, WhatsApp पर 91234 56780 संदेश भेजें", "a WhatsApp handle"},
		// LINE glued to Japanese, a particle after it, then a handle.
		{"在宅ワークで日給3万円、お問い合わせはLINEで：@yume_work へ", "a LINE handle"},
		{"占いの予約はLINE：mika_0707", "a LINE handle"},
	} {
		assert.Equal(t, "contact details: "+tc.want, contactDetail(tc.text), tc.text)
	}
}

// TestSpam24ContactNotRead: what readers write that is close to those
// shapes and gives no trader's number.
func TestSpam24ContactNotRead(t *testing.T) {
	for _, text := range []string{
		// A colon before a number that does not end the comment, and a
		// landline after a colon with no "we" speaking for a business.
		"Our old number was: 0113 496 0877 but they changed it last year, annoyingly.",
		"The number I had for them: 0113 496 0877.",
		// A public body named as a body, not as a credential.
		"We rang the police in the end, call 0161 496 0321 if it happens to you.",
		// 04 grouped as France groups it.
		"Appelez la mairie au 04 72 10 30 30 pour les horaires.",
		// Seven digits with no word of calling right before them.
		"The part number is 555-0143, I found it in the manual.",
		"Ticket 123-4567 was closed without a reply.",
		// "online" in Thai is no LINE.
		"ซื้อของออนไลน์ @shopee ถูกกว่า",
		// LINE glued to Japanese with no handle after it, and the
		// English word.
		"LINEで友達に聞いてみたけど、誰も知らなかった。",
		"Stand in line: @bob was first, then me.",
		// A messenger glued to a Chinese word with no handle.
		"我在Telegram上看到的新闻，不知道真假。",
	} {
		assert.Empty(t, contactDetail(text), text)
	}
}
