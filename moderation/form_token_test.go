package moderation

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestFormTokenSpaces: a token with spaces around it (a template that
// writes the hidden field's value on a line of its own) is the token;
// spaces inside it make it another.
func TestFormTokenSpaces(t *testing.T) {
	ctx := context.Background()
	key := []byte("form token key")
	for _, c := range []struct {
		name  string
		token func(tok string) string
		codes []string
	}{
		{"as issued", func(tok string) string { return tok }, nil},
		{"a space before", func(tok string) string { return " " + tok }, nil},
		{"a template's line breaks", func(tok string) string { return "\n\t\t" + tok + "\n\t" }, nil},
		{"CRLF after", func(tok string) string { return tok + "\r\n" }, nil},
		{"a space inside", func(tok string) string { return tok[:20] + " " + tok[20:] }, []string{CodeHoneypot}},
		{"only spaces", func(string) string { return " \n" }, []string{CodeHoneypot}},
	} {
		t.Run(c.name, func(t *testing.T) {
			m, err := New(Config{FormKey: key})
			require.NoError(t, err)
			res, err := m.Check(ctx, Comment{Body: "A fine article.", IP: "192.0.2.1", FormToken: c.token(NewFormToken(key, time.Now().Add(-time.Minute)))})
			require.NoError(t, err)
			assert.Equal(t, c.codes, codesOf(res.Flags), "%+v", res.Flags)
		})
	}
}

// TestCheckErrorRecordsNothing: a Check that returns an error (the
// commenter's: too long, empty), or one whose ctx was already done (a
// verdict with state_unavailable), reads and records nothing, so the site
// may show the form again with its token, and the fixed comment, sent at
// once, is neither a used token nor a flood nor a duplicate of the one
// refused.
func TestCheckErrorRecordsNothing(t *testing.T) {
	key := []byte("form token key")
	long := strings.Repeat("This comment says too much about the article. ", 200)
	done, cancel := context.WithCancel(context.Background())
	cancel()
	for _, c := range []struct {
		name string
		ctx  context.Context
		body string
		want error
	}{
		{"too long", context.Background(), long, ErrTooLong},
		{"empty", context.Background(), "<p> </p>", ErrEmpty},
		{"ctx done", done, long[:400], nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			m, err := New(Config{FormKey: key})
			require.NoError(t, err)
			com := Comment{Body: c.body, IP: "192.0.2.1", Author: "Ann", FormToken: NewFormToken(key, time.Now().Add(-time.Minute))}
			_, err = m.Check(c.ctx, com)
			if c.want == nil {
				require.NoError(t, err)
			} else {
				require.ErrorIs(t, err, c.want)
			}
			com.Body = long[:400] // fixed, and sent again at once with the same form
			res, err := m.Check(context.Background(), com)
			require.NoError(t, err)
			assert.Empty(t, res.Flags)
			assert.Equal(t, Approve, res.Action)
		})
	}
}
