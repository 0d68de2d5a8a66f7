package moderation

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestLandlineSeller: a business that advertises its landline or
// freephone number in the national format, with a word of calling before
// it and speaking as "we", gives contact details.
func TestLandlineSeller(t *testing.T) {
	for _, tc := range []struct{ text, number string }{
		{"If your boiler is playing up, our engineers cover Leeds 7 days a week. Call 0113 496 0877.", "0113 496 0877"},
		{"Our grooming van comes to your door, first groom 20% off. Book on 01632 960 455.", "01632 960 455"},
		{"Fed up with damp? We fix it for good, call us on 020 7946 0958", "020 7946 0958"},
		{"We do same-day boiler repairs in Manchester, ring 0161 496 0321 today", "0161 496 0321"},
		{"Wir reparieren jede Heizung in Berlin. Rufen Sie an: 030 12345678", "030 12345678"},
		{"Rufen Sie uns an: (030) 12345678", "(030) 12345678"},
		{"Nous réparons vos fenêtres. Appelez le 01 23 45 67 89", "01 23 45 67 89"},
		{"Notre équipe vous répond, tél. : 04-91-23-45-67", "04-91-23-45-67"},
		{"Our tutors cover all of Dublin, ring 01 234 5678", "01 234 5678"},
		{"We deliver across Sydney, call (02) 9876 5432", "(02) 9876 5432"},
		{"Our clinic in Delhi is open daily, call 011 2345 6789", "011 2345 6789"},
		{"Il nostro studio a Milano, chiamaci allo 02 1234 5678", "02 1234 5678"},
		{"Our team offers a free review, just call 0800 555 0314", "0800 555 0314"},
		{"Our Lagos office: tel 01-234-5678", "01-234-5678"},
		// A community body that speaks of money sells as a business does.
		{"Our golf club offers 20% off green fees this winter, call 01632 960 118", "01632 960 118"},
		// Rates are a price: a place named as the area served ("the
		// county") is no community body that would excuse the number.
		{"Need leaflets delivered? We deliver 5,000 a day across the county, very competitive rates. Call 01632 960 944.", "01632 960 944"},
	} {
		assert.Equal(t, "contact details: the phone number "+tc.number, contactDetail(tc.text), tc.text)
		assert.Equal(t, tc.number, landlineNumber(viewOf(tc.text)), tc.text)
	}
}

// TestLandlineReader: the landlines readers pass on for a public service,
// a club, a surgery, a council or an event, or give as their own, are not
// contact details: no "we" speaks for a business, or the body is named
// and nothing is sold. "Ring 0161 496 0321" alone is one of them: a
// business's advert needs more words to be told from it.
func TestLandlineReader(t *testing.T) {
	for _, text := range []string{
		"ring 0161 496 0321",
		"Rufen Sie an: 030 12345678",
		"appelez le 01 23 45 67 89",
		"The campus counselling service is open 24/7 during exams, call 020 7946 0123 or walk in.",
		"Astronomy society open evening, Thursday 8pm. Free, kids welcome. Call 0113 496 0123 after 5.",
		"Emergency dentist number for the weekend is in the pharmacy window, 01632 960 555.",
		"Call the DVLA on 0300 790 6801 rather than the agents that charge 50 for the same form.",
		"In our county you report it to the council's environment line on 0300 123 4567.",
		"Our surgery has a new number for appointments: call 01632 960 700 after 8.",
		"Sunday league AGM on 3 December, any questions ring me (club secretary) on 01632 960 118.",
		"We're holding a quiz night at the village hall on Friday, tickets £5, ring 01632 960 222.",
		"Our church fete raises money for the hospice, call 0113 496 0555 to help.",
		"We rang the school office on 020 7946 0321 and they said the trip is on.",
		"Our local police station's non-emergency line: call 0161 496 0000.",
		"We called the Citizens Advice charity helpline on 0808 223 1133, they were great.",
		"Our residents association meets monthly, phone 0113 496 0999 for the minutes.",
		"Wir haben den Verein angerufen: unser Club ist unter Telefon 030 98765432 erreichbar.",
		"Notre association de quartier: appelez le 01 45 67 89 12.",
		"I called my GP on 01632 960 123 and got an appointment the same day.",
	} {
		assert.Empty(t, contactDetail(text), text)
	}
}

// TestLandlineNotNumber: digits that are no phone number are not read,
// whoever writes them: dates, times, years, prices, scores, versions,
// ISBNs, order and account numbers, postcodes, a number without a word of
// calling before it, and a run with no separator.
func TestLandlineNotNumber(t *testing.T) {
	for _, text := range []string{
		"We meet on 01 02 2026 and 03.04.2026, call us.",
		"Call us: we open 09:00-17:30, 08.30-12.00 on Saturdays.",
		"Call us, we sell it at 0.99 EUR, then 04.99, now 03,50 €.",
		"Call us about the score: 0-3, then 02-04 in the second set.",
		"Call us: we upgraded from v0.12.3 to 0.13.0-rc1 and 01.8.7.",
		"Call us for our book, ISBN 0-306-40615-2, also 0306406152.",
		"Call us for our book, ISBN 978-0-306-40615-7.",
		"Our order 0123 4567 890 arrived late, call us about it later.",
		"We were charged for account 0123 4567 8901 2345 twice, call us.",
		"Call our office at LS1 4AP or 0113 4960877x2.",
		"Call us in 2025 or 2026, we have been here since 1987.",
		"Call us on 01134960877, we answer.",
		"Our stock code is 0113 496 0877, order online.",
		"We list it under #0113 496 0877, call.",
		"Call us: https://example.com/p/0113-496-0877",
		"Call us on +44 0113 496 0877x",
		"Call us on 0113 496-0877, the mixed one.",
		"Call us: 01 23 45 67 89 01 23 45",
		"Call us at 00 44 113 496 0877",
		"Call (0) 113 496 0877 or (0113)",
		"Call us on 0'0113 496 0877 or 0’0800 555 0314, one word each.",
	} {
		assert.Empty(t, landlineNumber(viewOf(text))+contactDetailOnlyLandline(text), text)
	}
}

// contactDetailOnlyLandline returns the contact check's Detail on text
// when it names a number landlineNumber would read, or "".
func contactDetailOnlyLandline(text string) string {
	if d := contactDetail(text); strings.Contains(d, "phone number 0") || strings.Contains(d, "phone number (0") {
		return d
	}
	return ""
}

// TestLandlineLong: tens of kilobytes of the groups a landline is made
// of, and of words of calling, yield no number, and one after them is
// still found: the scan skips a run it has read, and looks back at most
// 40 bytes for a word of calling.
func TestLandlineLong(t *testing.T) {
	for _, unit := range []string{"0113 ", "01-", "(020) ", "0", "01 23 ", "call ", "call 0113 4960877x ", "a0113-496-0877 ", "call (0) "} {
		long := strings.Repeat(unit, 64<<10/len(unit))
		assert.Empty(t, landlineNumber(viewOf(long)), unit)
		assert.Equal(t, "0113 496 0877", landlineNumber(viewOf(long+". Call 0113 496 0877")), unit)
	}
}

// FuzzLandlineNumber: whatever the text, a number landlineNumber finds is
// a part of it of 9 to 12 ASCII digits that starts with a trunk prefix, a
// word of calling stands before it, read on its own after "call" it is
// found whole, and the words say the scan may find one: a number word
// and a word of calling.
func FuzzLandlineNumber(f *testing.F) {
	for _, s := range []string{"call 0113 496 0877", "Rufen Sie an: (030) 12345678", "tel 01 23 45 67 89", "2026-11-27 call 0800 555 0314", "call 0113 0113 0113 0113"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		n := landlineNumber(viewOf(text))
		if n == "" {
			return
		}
		assert.Contains(t, text, n)
		assert.True(t, strings.HasPrefix(n, "0") || strings.HasPrefix(n, "(0"), n)
		d := countDigits(n)
		assert.True(t, minLandlineDigits <= d && d <= maxLandlineDigits, n)
		assert.Equal(t, n, landlineNumber(viewOf("call "+n)), text)
		facts := wordFactsOf(splitWords(foldText(text)))
		assert.True(t, facts.national, text)
		assert.True(t, facts.call, text)
	})
}

// quotesPrice reads a price as typed: a currency sign before a digit, or a
// euro sign after one; a sign alone, or before a word, is none.
func TestQuotesPrice(t *testing.T) {
	for text, want := range map[string]bool{
		"from £35 a trip":           true,
		"only $9.99":                true,
		"35€ the night":             true,
		"costs £ 35":                false,
		"the £ fell again":          false,
		"$ signs everywhere, € too": false,
		"$$$ then $5":               true,
		"no price here":             false,
		"€":                         false,
		"£":                         false,
	} {
		if got := quotesPrice(text); got != want {
			t.Errorf("quotesPrice(%q) = %v, want %v", text, got, want)
		}
	}
}
