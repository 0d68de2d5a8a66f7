package moderation

import (
	"bytes"
	"net/url"
	"strconv"
	"strings"
)

// Video sites turn a time a viewer types in a comment ("best part at
// 2:19") into a link to that moment of the video: <a
// href="https://www.youtube.com/watch?v=…&t=2m19s">2:19</a>. A comment
// exported from such a site carries that anchor though its writer typed
// no markup, so an anchor whose text is the very time its href starts a
// video of a video site at is recorded as a moment (Markup.Moments), not
// as link markup. Its URL stays in the text, linked and counted as any
// other link, so a spammer who dresses a link to his own video as a
// moment still has it read.

// videoHosts are the sites that make such anchors, each with its
// subdomains (www., m., music.).
var videoHosts = []string{"youtube.com", "youtu.be", "youtube-nocookie.com", "vimeo.com", "twitch.tv", "dailymotion.com"}

// mayBeMoment is videoMoment's test that allocates nothing, for every
// anchor: a text as short as a time that starts with a digit, and an
// href that names a start.
func mayBeMoment(text []byte, href string) bool {
	t := bytes.TrimSpace(text)
	return len(t) >= len("0:00") && len(t) <= len("10:00:00") && isDigit(t[0]) &&
		(strings.Contains(href, "t=") || strings.Contains(href, "start="))
}

// videoMoment reports whether an anchor with the text text and the href
// href is a link to the moment of a video that its text names.
func videoMoment(text, href string) bool {
	at, ok := clockSeconds(strings.TrimSpace(text))
	if !ok {
		return false
	}
	u, err := url.Parse(href)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || !videoHost(strings.ToLower(u.Hostname())) {
		return false
	}
	q := u.Query()
	for _, t := range []string{q.Get("t"), q.Get("start"), strings.TrimPrefix(u.Fragment, "t=")} {
		if s, ok := offsetSeconds(t); ok && s == at {
			return true
		}
	}
	return false
}

// videoHost reports whether host is one of videoHosts or under one.
func videoHost(host string) bool {
	for _, h := range videoHosts {
		if host == h || strings.HasSuffix(host, "."+h) {
			return true
		}
	}
	return false
}

// clockSeconds reads a time as a video player shows it, "m:ss" or
// "h:mm:ss", in seconds.
func clockSeconds(s string) (int, bool) {
	parts := strings.Split(s, ":")
	if len(parts) < 2 || len(parts) > 3 {
		return 0, false
	}
	total := 0
	for i, p := range parts {
		if p == "" || len(p) > 2 || (i > 0 && len(p) != 2) {
			return 0, false
		}
		n, err := strconv.Atoi(p)
		if err != nil || n < 0 || (i > 0 && n > 59) {
			return 0, false
		}
		total = total*60 + n
	}
	return total, true
}

// offsetSeconds reads a start offset as video sites write it in a URL:
// "139", "139s", "2m19s" or "1h2m19s".
func offsetSeconds(s string) (int, bool) {
	if s == "" {
		return 0, false
	}
	if n, err := strconv.Atoi(s); err == nil && n >= 0 {
		return n, true
	}
	// Each unit at most once, in the order h, m, s: next is the first
	// unit still allowed.
	total, num, next := 0, -1, 0
	for _, c := range s {
		switch {
		case c >= '0' && c <= '9':
			if num < 0 {
				num = 0
			}
			num = num*10 + int(c-'0')
			if num > 1e6 {
				return 0, false
			}
		default:
			i := strings.IndexRune("hms", c)
			if i < next || num < 0 {
				return 0, false
			}
			total += num * [3]int{3600, 60, 1}[i]
			next, num = i+1, -1
		}
	}
	return total, num < 0
}
