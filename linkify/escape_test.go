package linkify

import (
	"html"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestEscapeEveryPosition checks the escapers, both the byte-by-byte way and
// the way that searches for the bytes they escape in bulk, against html.EscapeString (and, for line breaks,
// its output with CR LF, CR and LF replaced by <br>) with each escaped
// byte, and bytes next to it in value, at every position of a 40-byte text.
func TestEscapeEveryPosition(t *testing.T) {
	breaks := strings.NewReplacer("\r\n", "<br>", "\r", "<br>", "\n", "<br>")
	check := func(t *testing.T, s string) {
		t.Helper()
		want := html.EscapeString(s)
		for _, e := range []escaper{attrEscaper, breakEscaper} {
			if e == breakEscaper {
				want = breaks.Replace(want)
			}
			assert.Equal(t, want, written(e, s))
			assert.Equal(t, len(want), e.len(s))
			f := newByteFinder(s, e.set)
			assert.Equal(t, len(want), e.lenIn(&f, 0, len(s)))
			var b strings.Builder
			f = newByteFinder(s, e.set)
			e.writeIn(&b, &f, 0, len(s))
			assert.Equal(t, want, b.String())
		}
	}
	for _, c := range []byte("<>&'\"\r\n;=?%\x00\x7f\xff") {
		for pos := 0; pos < 40; pos++ {
			b := []byte(strings.Repeat("abcdefgh", 5))
			b[pos] = c
			s := string(b)
			t.Run(html.EscapeString(s), func(t *testing.T) { check(t, s) })
		}
	}
	for _, s := range []string{
		"", "a", "<<<<<<<<<", "&&&&&&&&&&&&&&&&", `"'<>&"'<>&"'<>&`, "Café ünïcödé <b> & more…",
		"\r", "\n", "\r\n", "\n\r", "\r\r\n\n", "a\r\nb\rc\nd", "<\r\n>", "\r\n\r\n\r\n",
	} {
		t.Run(html.EscapeString(s), func(t *testing.T) { check(t, s) })
	}
}

func written(e escaper, s string) string {
	var b strings.Builder
	e.write(&b, s)
	return b.String()
}
