package linkify

import (
	"html"
	"strings"
)

// TEMPORARY placeholder so dependent packages compile; replaced by the real renderer.
func (l *Linkifier) HTML(text string) string {
	var b strings.Builder
	last := 0
	for _, k := range l.Find(text) {
		b.WriteString(html.EscapeString(text[last:k.Start]))
		b.WriteString(`<a href="` + html.EscapeString(k.URL) + `" rel="nofollow ugc">` + html.EscapeString(k.Text) + "</a>")
		last = k.End
	}
	b.WriteString(html.EscapeString(text[last:]))
	return b.String()
}
