package moderation

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

// TestQuoteWords: a word is a run of letters and digits with the marks
// that belong to them, so a Hindi word's vowel signs and viramas, or an
// accent typed as a combining mark, do not split it in two.
func TestQuoteWords(t *testing.T) {
	for _, tc := range []struct {
		text  string
		words int
	}{
		{"check out my channel", 4},
		{"stop, 2 more", 3},
		{"नमस्ते दोस्तों", 2},
		{"cafe\u0301s open", 2},
		{"…", 0},
	} {
		assert.Equal(t, tc.words, quoteWords(tc.text), tc.text)
	}
}

// TestQuotations: where a quotation opens and closes, and what makes one.
func TestQuotations(t *testing.T) {
	for _, tc := range []struct {
		text   string
		quoted []string
	}{
		{`He wrote "check out my channel for more" again`, []string{"check out my channel for more"}},
		{`Please "subscribe" now`, nil},
		{`Someone posted "DM me" twice`, []string{"DM me"}},
		{`« visite mon blog pour plus » merci`, []string{" visite mon blog pour plus "}},
		{"„kauf jetzt bei uns im Shop“ stand da", []string{"kauf jetzt bei uns im Shop"}},
		{"'tis the season\nand more words here and there'", nil},
		{`I don't think it's "a quote of five words" really`, []string{"a quote of five words"}},
		// Hindi, whose vowel signs are marks: three words, not a quotation.
		{`वह लिखता है "सब्सक्राइब करो भाई" हर बार`, nil},
	} {
		var got []string
		for _, s := range quotations(tc.text) {
			got = append(got, tc.text[s.start:s.end])
		}
		assert.Equal(t, tc.quoted, got, tc.text)
	}
}

// TestQuotationsLong: tens of kilobytes of quotation marks, none closing
// a quotation of its own or all closing short ones, are read to their
// end, and a quotation after them is found.
func TestQuotationsLong(t *testing.T) {
	after := ` Someone posted "check out my channel for more"`
	for _, unit := range []string{`"a `, `'a 'b `, "“a b“ ", `posted "DM" `, "« a » ", "\"a\n", "don't ", `""`} {
		long := strings.Repeat(unit, 64<<10/len(unit))
		spans := quotations(long + "\n" + after)
		if assert.NotEmpty(t, spans, unit) {
			last := spans[len(spans)-1]
			assert.Equal(t, "check out my channel for more", (long + "\n" + after)[last.start:last.end], unit)
		}
	}
}

// FuzzQuotations: whatever the text, the quotations are in order, apart,
// each within one line, cut at character boundaries, and each has a word;
// quoted says a span's own range is inside it.
func FuzzQuotations(f *testing.F) {
	for _, s := range []string{`He wrote "check out my channel for more" again`, `posted "DM me"`, "« a b c d e »", "„a b c d e“", "「チャンネル 登録 お願い します ね」", "'a' \"b\"\n'c d e f g'", "\xe2\x80\x9c\xff a b c d e\xe2\x80\x9d"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		spans := quotations(text)
		prev := 0
		for _, s := range spans {
			assert.True(t, prev <= s.start && s.start <= s.end && s.end <= len(text), "%v", spans)
			prev = s.end
			q := text[s.start:s.end]
			assert.NotContains(t, q, "\n")
			assert.Positive(t, quoteWords(q), "%q", q)
			if utf8.ValidString(text) {
				assert.True(t, utf8.ValidString(q), "%q", q)
			}
			assert.True(t, quoted(spans, s.start, s.end))
		}
	})
}
