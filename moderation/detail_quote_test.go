package moderation

import (
	"context"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestQuote(t *testing.T) {
	family := "👨\u200d👩\u200d👧" // one character of five code points
	tests := []struct {
		name, in, want string
	}{
		{"short", "bit.ly", "“bit.ly”"},
		{"empty", "", "“”"},
		{"53 characters are quoted whole", strings.Repeat("é", 53), "“" + strings.Repeat("é", 53) + "”"},
		{"54 are cut", strings.Repeat("a", 20) + strings.Repeat("b", 22) + strings.Repeat("c", 12),
			"“" + strings.Repeat("a", 20) + strings.Repeat("b", 20) + "…" + strings.Repeat("c", 12) + "”"},
		{"a character of several code points is never split",
			strings.Repeat("x", 39) + family + strings.Repeat("y", 30) + family + strings.Repeat("z", 11),
			"“" + strings.Repeat("x", 39) + family + "…" + family + strings.Repeat("z", 11) + "”"},
	}
	// Sixty characters of several code points or bytes each: the quote
	// keeps forty and twelve of them whole.
	for _, c := range []struct{ name, char string }{
		{"accents stay on their letters", "e\u0301"},
		{"Hindi syllables stay whole", "कि"},
		{"flags stay whole", "🇯🇵"},
		{"emoji with a skin tone stay whole", "👍🏽"},
	} {
		want := "“" + strings.Repeat(c.char, 40) + "…" + strings.Repeat(c.char, 12) + "”"
		tests = append(tests, struct{ name, in, want string }{c.name, strings.Repeat(c.char, 60), want})
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, quote(tt.in))
		})
	}
}

// TestQuoteBounded: however long the text, and however long one of its
// characters, a quote is at most quoteHeadBytes+quoteTailBytes and the marks, and valid
// UTF-8 when the text is.
func TestQuoteBounded(t *testing.T) {
	emojiChain := strings.Repeat("👍\u200d", 5000) + "👍" // one character of 10,001 code points
	for _, in := range []string{
		strings.Repeat("a", 1<<16),
		strings.Repeat("𝗳", 1<<14),
		emojiChain,
		"a" + emojiChain + "b",
		strings.Repeat("e\u0301\u0302\u0303", 1<<12),
		strings.Repeat("\x80", 1000), // not UTF-8: no panic
	} {
		q := quote(in)
		assert.LessOrEqual(t, len(q), quoteHeadBytes+quoteTailBytes+len("“…”"), "%.20q…", in)
		if utf8.ValidString(in) {
			assert.True(t, utf8.ValidString(q), "%.20q…", in)
		}
	}
}

// TestDetailsQuoteLongEvidence: a Detail names its evidence without
// quoting a whole word or link as long as the comment.
func TestDetailsQuoteLongEvidence(t *testing.T) {
	m, err := New(stateless(Config{}))
	require.NoError(t, err)
	long := strings.Repeat("z", 5000)
	tests := []struct {
		name, body, code, start string
	}{
		{"disguised link", "bit。ly/" + long, CodeObfuscatedLink, "“bit。ly/zzz"},
		{"full-width link", "ｂｉｔ．ｌｙ/" + strings.Repeat("ｘ", 2000), CodeObfuscatedLink, "“ｂｉｔ．ｌｙ/ｘ"},
		{"dot in brackets", strings.Repeat("s", 60) + "[.]com/" + long, CodeObfuscatedLink, "“ssss"},
		{"look-alike letters", "fr" + strings.Repeat("е", 3000), CodeMixedScript, "“frее"},
		{"fancy text", strings.Repeat("𝗳", 2000), CodeMixedScript, "“𝗳𝗳𝗳"},
		{"a long e-mail address", "mail " + strings.Repeat("a", 5000) + "@gmail.com", CodeContact, "the e-mail address aaaa"},
		{"a long e-mail address in full-width letters", "mail " + strings.Repeat("ａ", 3000) + "＠ｇｍａｉｌ．ｃｏｍ", CodeContact, "the e-mail address ａａａ"},
		{"a long word repeated", strings.Repeat(strings.Repeat("qwerty", 50)+" ", 6), CodeRepetition, "“qwertyqwerty"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := m.Check(context.Background(), Comment{Body: tt.body})
			require.NoError(t, err)
			var found bool
			for _, f := range res.Flags {
				assert.LessOrEqual(t, len(f.Detail), 400, "%s: %q", f.Code, f.Detail)
				if f.Code == tt.code && strings.Contains(f.Detail, tt.start) && strings.Contains(f.Detail, "…") {
					found = true
				}
			}
			assert.True(t, found, "no %s flag quoting %q cut short in %+v", tt.code, tt.start, res.Flags)
		})
	}
}
