package moderation

import (
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// contactDetail returns the Detail of the contact check's flag on text,
// or "".
func contactDetail(text string) string {
	for _, f := range Contact().Check(context.Background(), viewOf(text)) {
		return f.Detail
	}
	return ""
}

// TestNationalNumber: a mobile number written at home, without its
// country code, in the groups people write it in, is contact details as
// a "+" number is.
func TestNationalNumber(t *testing.T) {
	for _, tc := range []struct{ text, number string }{
		{"Kerja dari rumah, hubungi 0813-2468-1357 sekarang", "0813-2468-1357"},
		{"WA 0857 1122 3344 ya kak", "0857 1122 3344"},
		{"Indonesian long form 0812.3456.78901 here", "0812.3456.78901"},
		{"Liên hệ 0987 654 321 để biết thêm", "0987 654 321"},
		{"goi ngay 093 246 8135!", "093 246 8135"},
		{"nhắn Zalo 0986.789.123 nhé", "0986.789.123"},
		{"Piga 0733 246 801 leo", "0733 246 801"},
		{"Appelez-moi au 06 41 22 87 90.", "06 41 22 87 90"},
		{"Bel me: 06-18273645", "06-18273645"},
		{"text me on 07700 900 461", "07700 900 461"},
		{"ring 090-1357-2468 anytime", "090-1357-2468"},
		{"Chama no zap (21) 98765-4321 agora", "(21) 98765-4321"},
		{"Fale comigo: (11)97531-8642", "(11)97531-8642"},
		{"hubungi (0812) 3456-7890", "(0812) 3456-7890"},
		{"(0812-3456-7890)", "0812-3456-7890"},
	} {
		assert.Equal(t, "contact details: the phone number "+tc.number, contactDetail(tc.text), tc.text)
		assert.Equal(t, tc.number, nationalNumber(viewOf(tc.text)), tc.text)
	}
}

// TestNationalNumberNot: what readers write with digits in groups that
// is no mobile number: dates, times, years, prices, scores, versions,
// ISBNs, order and account numbers, and the landlines and freephone
// numbers public bodies and businesses publish.
func TestNationalNumberNot(t *testing.T) {
	for _, text := range []string{
		"The meeting is on 2026-11-27 at 09:30, see you there.",
		"Dates: 01-02-2026, 07.11.2025 and 08 12 2024.",
		"Opening hours 09:00-17:30, 08.30-12.00 on Saturdays.",
		"It cost 0.99 EUR, then 09.99, now 07,50 €.",
		"Final score 0-3, then 07-09 in the second set.",
		"Upgraded from v0.12.3 to 0.13.0-rc1 and 09.8.7.",
		"ISBN 0-306-40615-2, also printed as 0306406152.",
		"ISBN 978-0-306-40615-7 is the same book.",
		"Order 0812345678901 arrived; tracking 0987654321.",
		"My account 0912 3456 7890 1234 5678 was charged twice.",
		"Card ending 0812 3456 7890 123456 declined.",
		"The council's line is 0300 123 4567, or 020 7946 0123 in London.",
		"Report it on 01632 960 555 or 0800 555 0314 (freephone), 0808 157 0192 at night.",
		"Call (020) 7946 0018 for the surgery.",
		"Born in (1987) 1234 words later",
		"Room 0712, floors 06 and 07, 0812 is the lift.",
		"Read issue #0812-3456-7890 on the tracker.",
		"See https://example.com/p/0812-3456-7890 for it.",
		"Ref ABC0812-3456-7890 and 0812-3456-7890x",
		"+62 0812 is read as an international number, not here: +0812-3456-7890",
		"Ratio 0.6/0.7/0.8/0.9 and 06/12/34/56/78.",
		"Lap times 07.123 08.456 09.789 06.012",
		"Rows 09 12 34 56 78 90 12 34 ran long.",
		"Chapter (12) 34567890 is one group, no number.",
		// Vietnam's mobiles of 03 and 05 are not read: Britain's 03 is a
		// public body's (mobileTrunk).
		"nhắn Zalo 0356.789.123 nhé",
	} {
		assert.Empty(t, nationalNumber(viewOf(text)), text)
	}
}

// TestNationalNumberLong: a text of tens of kilobytes of the groups a
// national number is made of, with no number in them, is read to its end
// and yields none, and a number after such text is still found: the
// scan skips a run it has read instead of reading it again from each of
// its digits.
func TestNationalNumberLong(t *testing.T) {
	for _, unit := range []string{"0812 ", "08-", "(11) ", "0", "06 12 ", "(0812) 3456 ", "a0812-3456-7890 "} {
		long := strings.Repeat(unit, 64<<10/len(unit))
		assert.Empty(t, nationalNumber(viewOf(long)), unit)
		assert.Equal(t, "0812-3456-7890", nationalNumber(viewOf(long+". Call 0812-3456-7890")), unit)
	}
}

// FuzzNationalNumber: whatever the text, a number nationalNumber finds
// is a part of it of 10 to 13 ASCII digits that starts with a trunk
// prefix or an area code, and read on its own it is found whole.
func FuzzNationalNumber(f *testing.F) {
	for _, s := range []string{"hubungi 0812-3456-7890", "(11) 95555-2231", "06 12 34 56 78", "2026-11-27 0800 555 0314", "0812 0812 0812 0812"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		n := nationalNumber(viewOf(text))
		if n == "" {
			return
		}
		assert.Contains(t, text, n)
		assert.True(t, n[0] == '0' || n[0] == '(', n)
		d := countDigits(n)
		assert.True(t, minNationalDigits <= d && d <= maxNationalDigits, n)
		assert.Equal(t, n, nationalNumber(viewOf(n)), text)
		// The words say the scan may find one wherever it does.
		assert.True(t, wordFactsOf(splitWords(foldText(text))).national, text)
	})
}
