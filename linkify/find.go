package linkify

import (
	"strings"

	"mvdan.cc/xurls/v2"
)

// TEMPORARY placeholder so dependent packages compile; replaced by the real scanner.
func (l *Linkifier) Find(text string) []Link {
	var out []Link
	for _, ix := range xurls.Relaxed().FindAllStringIndex(text, -1) {
		s := text[ix[0]:ix[1]]
		u := s
		email := false
		if strings.Contains(s, "@") && !strings.Contains(s, "/") {
			u, email = "mailto:"+s, true
		} else if !strings.Contains(s, "://") {
			u = "https://" + s
		}
		out = append(out, Link{Start: ix[0], End: ix[1], Text: s, URL: u, Email: email})
	}
	return out
}
