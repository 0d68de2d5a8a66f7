package moderation

import (
	"encoding/base64"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestFormToken(t *testing.T) {
	key := []byte("site secret")
	rendered := time.Date(2026, 1, 2, 3, 4, 5, 6e6, time.UTC)
	tok := NewFormToken(key, rendered)

	got, err := parseFormToken(key, tok)
	require.NoError(t, err)
	assert.True(t, got.rendered.Equal(rendered), "render time round-trips to the millisecond: %v", got.rendered)
	assert.NotZero(t, got.id)
	assert.NotContains(t, tok, "=", "URL-safe, unpadded")
	again := NewFormToken(key, rendered)
	assert.NotEqual(t, tok, again, "each form gets a token of its own, even in the same millisecond")
	other, err := parseFormToken(key, again)
	require.NoError(t, err)
	assert.NotEqual(t, got.id, other.id)

	forged := []string{
		"",
		"garbage",
		NewFormToken([]byte("another key"), rendered),
		tok[:len(tok)-1],
		tok + "A",
		flipChar(tok, 3),              // the time changed
		flipChar(tok, 15),             // the nonce changed
		flipChar(tok, len(tok)-5),     // the MAC changed
		"B" + tok[1:],                 // the version changed
		strings.Repeat("A", len(tok)), // right length, all zero
	}
	for i, f := range forged {
		_, err := parseFormToken(key, f)
		assert.Error(t, err, "case %d: %q", i, f)
	}
	// The last character holds four bits beyond the token's bytes, which
	// a lenient decoder ignores: any other spelling of them is refused,
	// so that a token has one spelling (FuzzParseFormToken).
	const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
	last := strings.IndexByte(alphabet, tok[len(tok)-1])
	for spare := 1; spare < 16; spare++ {
		respelt := tok[:len(tok)-1] + alphabet[last^spare:last^spare+1]
		_, err := parseFormToken(key, respelt)
		assert.ErrorIs(t, err, errTokenForged, "%q", respelt)
	}
}

// TestFormTokenShortOfLineBreaks: base64 skips line breaks, so a token
// with two of them in place of its last two characters has the length
// of a token and decodes a byte short. Its last byte is the MAC's: where
// that is 0, the zero byte the decoder left in its place matched it.
func TestFormTokenShortOfLineBreaks(t *testing.T) {
	key := []byte("site secret")
	var tok string
	for nonce := byte(0); ; nonce++ {
		tok = formTokenWith(key, time.UnixMilli(1700000000000), [formTokenNonce]byte{nonce})
		if b, _ := base64.RawURLEncoding.DecodeString(tok); b[formTokenLen-1] == 0 {
			break
		}
		require.NotEqual(t, byte(255), nonce, "no nonce gives a MAC ending in a zero byte")
	}
	short := tok[:20] + "\r\n" + tok[20:len(tok)-2]
	require.Len(t, short, len(tok))
	_, err := parseFormToken(key, short)
	assert.ErrorIs(t, err, errTokenForged)
	_, err = parseFormToken(key, "")
	assert.ErrorIs(t, err, errTokenMissing)
	_, err = parseFormToken(nil, tok)
	assert.ErrorIs(t, err, errTokenForged, "a token never verifies under another (here empty) key")
}

// TestFormTokenEmptyKey: a key read from an unset variable is empty; New
// refuses it, and NewFormToken must not quietly sign forms with it.
func TestFormTokenEmptyKey(t *testing.T) {
	for _, key := range [][]byte{nil, {}} {
		assert.PanicsWithValue(t, "moderation: NewFormToken with an empty key; see Config.FormKey",
			func() { NewFormToken(key, time.Now()) })
	}
}

func flipChar(s string, i int) string {
	b := []byte(s)
	if b[i] == 'A' {
		b[i] = 'B'
	} else {
		b[i] = 'A'
	}
	return string(b)
}

func TestFormFlags(t *testing.T) {
	key := []byte("k")
	rendered := time.Date(2026, 5, 1, 12, 0, 0, 0, time.UTC)
	s := testSettings(NewMemStore(MemStoreOptions{}))
	s.formKey = key
	tok := NewFormToken(key, rendered)
	cases := []struct {
		name      string
		token     string
		honeypot  string
		after     time.Duration
		wantCodes []string
	}{
		{"person", tok, "", 40 * time.Second, nil},
		{"just over the minimum", tok, "", DefaultMinSubmitTime, nil},
		{"too fast", tok, "", time.Second, []string{CodeTooFast}},
		{"rendered in the future", tok, "", -2 * time.Minute, []string{CodeTooFast}},
		{"expired", tok, "", DefaultMaxFormAge + time.Minute, []string{CodeTooFast}},
		{"honeypot", tok, "http://spam.example", time.Minute, []string{CodeHoneypot}},
		{"honeypot blank is fine", tok, "  ", time.Minute, nil},
		{"no token", "", "", time.Minute, []string{CodeHoneypot}},
		{"forged", NewFormToken([]byte("guess"), rendered), "", time.Minute, []string{CodeHoneypot}},
		{"bot: all at once", "", "x", 0, []string{CodeHoneypot, CodeHoneypot}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			flags := formFlagsOf(s, c.token, c.honeypot, rendered.Add(c.after), false)
			assert.Equal(t, c.wantCodes, codesOf(flags))
			for _, f := range flags {
				assert.NotEmpty(t, f.Detail)
				assert.Positive(t, f.Score)
			}
		})
	}

	t.Run("no minimum still allows clock skew", func(t *testing.T) {
		// MinSubmitTime negative: no minimum. A render time a little in
		// the future (another server's clock) is then no reason to flag.
		nomin := testSettings(NewMemStore(MemStoreOptions{}))
		nomin.formKey, nomin.minSubmit = key, -1
		assert.Empty(t, formFlagsOf(nomin, tok, "", rendered.Add(-30*time.Second), false))
		assert.Equal(t, []string{CodeTooFast}, codesOf(formFlagsOf(nomin, tok, "", rendered.Add(-2*time.Minute), false)))
	})
	t.Run("off without a key", func(t *testing.T) {
		off := testSettings(NewMemStore(MemStoreOptions{}))
		assert.Empty(t, formFlagsOf(off, "", "filled", rendered, false))
	})
	t.Run("forged weighs more than missing", func(t *testing.T) {
		missing := formFlagsOf(s, "", "", rendered.Add(time.Minute), false)
		forged := formFlagsOf(s, "xx", "", rendered.Add(time.Minute), false)
		assert.Greater(t, forged[0].Score, missing[0].Score)
	})
	t.Run("sent twice", func(t *testing.T) {
		flags := formFlagsOf(s, tok, "", rendered.Add(time.Minute), true)
		assert.Equal(t, []string{CodeHoneypot}, codesOf(flags))
		assert.Contains(t, flags[0].Detail, "sent before")
		assert.Less(t, flags[0].Score, DefaultRejectScore, "held, not rejected: it may be a double click")
	})
}

// formFlagsOf runs the form checks of s on a token as Check does.
func formFlagsOf(s *stateSettings, token, honeypot string, now time.Time, used bool) []Flag {
	tok, err := parseFormToken(s.formKey, token)
	return s.formFlags(tok, err, honeypot, now, used)
}

func codesOf(flags []Flag) []string {
	var out []string
	for _, f := range flags {
		out = append(out, f.Code)
	}
	return out
}

// FuzzParseFormToken: no input panics, and only a token signed with the key
// verifies, to the millisecond it holds.
func FuzzParseFormToken(f *testing.F) {
	key := []byte("fuzz key")
	// A fixed nonce: the target runs again in each worker process of
	// go test -fuzz, and a random one would make the seed a token that
	// the worker's seeds do not hold.
	seeds := []string{formTokenWith(key, time.UnixMilli(1700000000000), [formTokenBody - 9]byte{1, 2, 3})}
	f.Add(seeds[0], int64(0))
	f.Add("", int64(1))
	f.Add("AQAAAZt8qYyO0BszuN74ct4ujdFjilxnP7qMMMOha6jX5WlsC0krgsM", int64(-1))
	// The fuzzer found a seed with a space before it and its last
	// character's spare bits changed verifying: the spaces are allowed
	// (TestFormTokenSpaces), the other spelling is not.
	f.Add(" "+seeds[0][:len(seeds[0])-1]+"0", int64(7))
	f.Fuzz(func(t *testing.T, token string, ms int64) {
		if tok, err := parseFormToken(key, token); err == nil {
			assert.NotZero(t, tok.id)
			// Spaces around a token are no part of it (parseFormToken):
			// a template that writes the field on a line of its own
			// sends them.
			assert.Contains(t, seeds, strings.TrimSpace(token), "only a token NewFormToken made verifies")
		}
		at := time.UnixMilli(ms)
		got, err := parseFormToken(key, NewFormToken(key, at))
		require.NoError(t, err)
		assert.True(t, got.rendered.Equal(at))
	})
}
