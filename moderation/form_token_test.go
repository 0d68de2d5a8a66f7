package moderation

import (
	"context"
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
