package linkify

import (
	"html"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestEscapeEveryPosition checks escapedLen and writeEscaped, which test
// eight bytes at a time, against html.EscapeString with each escaped byte,
// and bytes next to it in value, at every position of a 20-byte text, so
// that every place in and across the eight-byte words is covered.
func TestEscapeEveryPosition(t *testing.T) {
	for _, c := range []byte("<>&'\";=?%\x00\x7f\xff") {
		for pos := 0; pos < 20; pos++ {
			b := []byte(strings.Repeat("abcdefgh", 3)[:20])
			b[pos] = c
			s := string(b)
			t.Run(html.EscapeString(s), func(t *testing.T) {
				var out strings.Builder
				writeEscaped(&out, s)
				assert.Equal(t, html.EscapeString(s), out.String())
				assert.Equal(t, len(html.EscapeString(s)), escapedLen(s))
			})
		}
	}
	for _, s := range []string{"", "a", "<<<<<<<<<", "&&&&&&&&&&&&&&&&", `"'<>&"'<>&"'<>&`, "Café ünïcödé <b> & more…"} {
		var out strings.Builder
		writeEscaped(&out, s)
		assert.Equal(t, html.EscapeString(s), out.String(), s)
		assert.Equal(t, len(html.EscapeString(s)), escapedLen(s), s)
	}
}
