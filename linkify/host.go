package linkify

import (
	"net/url"
	"strings"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/idna"
	"golang.org/x/net/publicsuffix"
)

// defaultScheme is added to a bare link when Linkifier.DefaultScheme is empty.
const defaultScheme = "https"

// neverLinked reports whether a lower-case scheme can run code or read local
// files in a browser. Such a URL is never linked, even when a Linkifier's
// Schemes lists it: one misconfigured field must not open a hole.
func neverLinked(lower string) bool {
	switch lower {
	case "javascript", "vbscript", "data", "file":
		return true
	}
	return false
}

// allowed reports whether a URL with scheme name (any case) is linked, written
// with "//" after the colon (auth) or without (mailto:, tel:, …): a scheme
// in xurls.SchemesNoAuthority is written without, every other one with.
func (l *Linkifier) allowed(name string, auth bool) bool {
	list := l.Schemes
	if len(list) == 0 {
		// The default, without a map look-up: this runs for every word
		// before a ':' in the text.
		switch len(name) {
		case 4:
			return auth && strings.EqualFold(name, "http")
		case 5:
			return auth && strings.EqualFold(name, "https")
		case 6:
			return !auth && strings.EqualFold(name, "mailto")
		}
		return false
	}
	for _, s := range list {
		if len(s) != len(name) || !strings.EqualFold(s, name) {
			continue
		}
		var buf [maxSchemeLen]byte
		b, ok := lowerASCII(buf[:], s)
		if !ok || neverLinked(string(b)) {
			return false
		}
		return auth != loadLists().noAuth[string(b)]
	}
	return false
}

// bareScheme is the scheme given to a link written without one, or "" when
// that scheme is not allowed (then bare links are not linked).
func (l *Linkifier) bareScheme() string {
	s := l.DefaultScheme
	if s == "" {
		s = defaultScheme
	}
	if !l.allowed(s, true) {
		return ""
	}
	return strings.ToLower(s)
}

// form says how a link found by the scanner was written.
type form struct {
	schemeEnd int // index of the ':' that ends the scheme; 0 for a bare link or an e-mail
	at        int // index of the '@' of a bare e-mail address; 0 otherwise
}

// makeLink fills in the found link whose start and end Find has set. It
// reports false when the host cannot be made into an ASCII host name (then
// the text stays text). When the href is not the text itself, makeLink
// records its parts with s.href, which Find writes into the bytes it
// builds, and where the host lies among them.
func (s *scanner) makeLink(f *found, fm form) bool {
	text := s.text
	start, end := f.start, f.end
	switch {
	case fm.schemeEnd > 0:
		return s.schemeLink(f, fm.schemeEnd)
	case fm.at > 0:
		if !s.l.allowed("mailto", false) {
			return false
		}
		return s.emailLink(f, "mailto", text[start:fm.at], text[fm.at+1:end], "")
	}
	scheme := s.l.bareScheme()
	if scheme == "" {
		return false
	}
	ln := text[start:end]
	rawHost := ln
	if i := hostEnds.index(rawHost); i >= 0 {
		rawHost = rawHost[:i]
	}
	h, ok := asciiHost(rawHost)
	if !ok {
		return false
	}
	s.href(f, 2, registrable(h), scheme, "://", h, ln[len(rawHost):])
	return true
}

// schemeLink fills in a link written with its scheme.
func (s *scanner) schemeLink(f *found, colon int) bool {
	scheme := s.text[f.start:colon]
	rest := s.text[colon+1 : f.end]
	lower := lowerScheme(scheme)
	if !strings.HasPrefix(rest, "//") {
		if lower != "mailto" {
			// Another scheme without authority that a Linkifier allows
			// (tel:, sms:, …): no host to speak of.
			s.href(f, -1, "", lower, ":", rest)
			return true
		}
		addr, query := rest, ""
		if i := strings.IndexByte(addr, '?'); i >= 0 {
			addr, query = addr[:i], addr[i:]
		}
		at := strings.LastIndexByte(addr, '@')
		if at < 0 {
			f.email = true
			s.href(f, -1, "", lower, ":", rest)
			return true
		}
		return s.emailLink(f, lower, addr[:at], addr[at+1:], query)
	}
	auth := rest[2:]
	if lower == scheme && plainAuthLink(f, colon+3-f.start, auth) {
		return true
	}
	return s.authLink(f, colon+3-f.start, lower, scheme, auth)
}

// lowerScheme returns scheme in lower case, without allocating for the
// schemes linked by default, which a text may hold in any case many times.
// (scheme is ASCII, as the scanner reads it, so EqualFold folds no
// look-alike such as the long s "ſ" into it.)
func lowerScheme(scheme string) string {
	for _, known := range [...]string{"https", "http", "mailto"} {
		if strings.EqualFold(scheme, known) {
			return known
		}
	}
	return strings.ToLower(scheme)
}

// plainAuthLink fills in a link written as most are: a lower-case scheme,
// then a host in its ASCII form, with no user info, port or brackets, then
// the path or nothing (auth is what follows the "//", at authOff in the
// link's text). Read once, with its dots counted for registrable, such a
// host needs none of the searches of authLink, and the href is the text.
// It reports false, having set nothing, for any other link.
func plainAuthLink(f *found, authOff int, auth string) bool {
	n, dots, lastDot := plainHostPrefix(auth)
	if n == 0 || n > maxHostBytes || auth[n-1] == '.' || n < len(auth) && !authEnds.has[auth[n]] {
		return false
	}
	h := auth[:n]
	if emptyLabel(h) || !dnsLength(h) {
		return false // authLink refuses it too
	}
	f.setHost(authOff, h, registrableOf(h, dots, lastDot, false))
	return true
}

// DNS limits on a name in its ASCII form (RFC 1035, section 2.3.4): 253
// bytes, written without the dot that may end it, and 63 a label.
const (
	maxNameBytes  = 253
	maxLabelBytes = 63
)

// dnsLength reports whether the ASCII host h is within the DNS limits
// (maxNameBytes, maxLabelBytes). No longer name resolves, so such a host
// is no link; and a link's Host and Domain are what sites keep and key
// their records by (a comment's link domains are kept by moderation), so
// an attacker must not choose them a kilobyte long.
func dnsLength(h string) bool {
	h = strings.TrimSuffix(h, ".")
	if len(h) > maxNameBytes {
		return false
	}
	for len(h) > maxLabelBytes {
		i := strings.IndexByte(h, '.')
		if i < 0 || i > maxLabelBytes {
			return false
		}
		h = h[i+1:]
	}
	return true
}

// emptyLabel reports whether the host h has an empty label before its
// end: a leading dot (".evil.example") or two dots in a row
// ("evil..example"). No DNS name has one, so such a host is no link, and
// as a link its Host and Domain (".evil.example") would name a site apart
// from evil.example. (A final dot, "evil.example.", is a fully qualified
// name, and is linked.)
func emptyLabel(h string) bool {
	return strings.HasPrefix(h, ".") || strings.Contains(h, "..")
}

// authLink fills in a link written with a scheme and "//": lower is the
// scheme in lower case, auth what follows the "//", at authOff in the
// link's text.
func (s *scanner) authLink(f *found, authOff int, lower, scheme, auth string) bool {
	authEnd := len(auth)
	if i := authEnds.index(auth); i >= 0 {
		authEnd = i
	}
	authority, tail := auth[:authEnd], auth[authEnd:]
	// The host follows the last '@' of the authority, as browsers read
	// it. What comes before is user info, which the href leaves out: in
	// "https://google.com@evil.example/" a reader takes google.com for the
	// site, and a password typed as "user:pw@" would be sent on to every
	// reader's browser. (Browsers leave it out of what they show too.)
	hostport, userinfo := authority, false
	if i := strings.LastIndexByte(authority, '@'); i >= 0 {
		hostport, userinfo = authority[i+1:], true
	}
	rawHost, port := splitPort(hostport)
	bracketed := strings.HasPrefix(rawHost, "[") && strings.HasSuffix(rawHost, "]")
	if bracketed {
		rawHost = rawHost[1 : len(rawHost)-1]
	}
	h, ok := asciiHost(rawHost)
	if !ok {
		return false
	}
	d := registrable(h)
	open, closing := "", ""
	if bracketed {
		open, closing = "[", "]"
	}
	if lower == scheme && !userinfo && len(hostport) == len(open)+len(h)+len(closing)+len(port) &&
		strings.HasPrefix(hostport[len(open):], h) {
		// Already in canonical form: the href is the text, and the
		// host in it where it was written.
		f.setHost(authOff+len(open), h, d)
		return true
	}
	s.href(f, 3, d, lower, "://", open, h, closing, port, tail)
	return true
}

// emailLink fills in an e-mail link: the href is scheme (mailto) + ":" +
// local + "@" + the ASCII mail domain + query.
func (s *scanner) emailLink(f *found, scheme, local, domain, query string) bool {
	h, ok := asciiHost(domain)
	if !ok || local == "" {
		return false
	}
	f.email = true
	s.href(f, 4, registrable(h), scheme, ":", local, "@", h, query)
	return true
}

// href records the parts of the href of the link being made; Find writes
// them, with those of the other links, into one string at the end: one
// allocation for all the hrefs of a text instead of one a link. When
// parts[host] is the link's host (host ≥ 0), with registrable domain d, it
// records where the host lies in the href.
func (s *scanner) href(f *found, host int, d string, parts ...string) {
	s.nparts = copy(s.parts[:], parts)
	if host < 0 {
		return
	}
	off := 0
	for _, p := range parts[:host] {
		off += len(p)
	}
	f.setHost(off, parts[host], d)
}

// splitPort splits "host:8080" into "host" and ":8080"; hostport is returned
// whole when it has no port made of digits.
func splitPort(hostport string) (string, string) {
	i := strings.LastIndexByte(hostport, ':')
	if i < 0 || strings.HasSuffix(hostport, "]") {
		return hostport, ""
	}
	for j := i + 1; j < len(hostport); j++ {
		if !isDigit(hostport[j]) {
			return hostport, ""
		}
	}
	return hostport[:i], hostport[i:]
}

// asciiHost returns the lower-case ASCII form of a host as written: its
// percent-escapes decoded (browsers do), international names in punycode
// (IDNA lookup mapping, so full-width and other look-alike forms map to what
// a browser would visit). It reports false for a host that has none, one
// longer than maxHostBytes as written, one with an empty label
// (emptyLabel), or one whose ASCII form is longer than DNS allows
// (dnsLength).
func asciiHost(h string) (string, bool) {
	a, ok := asciiForm(h)
	return a, ok && !emptyLabel(a) && dnsLength(a)
}

// asciiForm is asciiHost without the test for an empty label.
func asciiForm(h string) (string, bool) {
	if h == "" {
		return "", false
	}
	if len(h) <= maxHostBytes && lowerHost(h) {
		return h, true // as most hosts are written: already lower-case ASCII
	}
	if strings.IndexByte(h, '%') >= 0 {
		u, err := url.PathUnescape(h)
		if err != nil || u == "" {
			return "", false
		}
		h = u
	}
	if len(h) > maxHostBytes {
		// No host is this long, and the IDNA conversion below takes time
		// that grows with the square of a label's length: without this
		// bound one "https://" followed by 8 KB of distinct CJK characters
		// costs tens of milliseconds.
		return "", false
	}
	if isASCII(h) {
		return strings.ToLower(h), hostChars(h)
	}
	slot := &idnaCache[fnv1a(h)%memoSize]
	if e := slot.Load(); e != nil && e.key == h {
		return e.value, e.value != ""
	}
	a := toASCII(h)
	slot.Store(&memoEntry{key: strings.Clone(h), value: a})
	return a, a != ""
}

// toASCII converts an international host name to ASCII, or returns "".
func toASCII(h string) string {
	if a, err := idna.Lookup.ToASCII(h); err == nil && a != "" && hostChars(a) {
		return a
	}
	// Not a valid international name (symbols such as ✪, say): keep the
	// link, with a plain punycode encoding of each label, so the href is
	// still ASCII and the reader still sees what the browser would visit.
	if a, err := idna.Punycode.ToASCII(strings.ToLower(h)); err == nil && a != "" && hostChars(a) {
		return a
	}
	return ""
}

// hostChars reports whether h holds only what a host name or IP address
// holds: letters, digits, '-', '.', '_' and, for IPv6, ':'. Anything else
// (a control character or '/' from a percent-escape, say) would make the
// href mean something other than the text: such a "link" stays text.
func hostChars(h string) bool {
	for i := 0; i < len(h); i++ {
		if c := h[i]; asciiClass[c]&cAlnum == 0 && c != '-' && c != '.' && c != '_' && c != ':' {
			return false
		}
	}
	return true
}

// lowerHostBytes are the bytes of a host name in its ASCII form: lower-case
// letters, digits, and the other bytes hostChars allows.
var lowerHostBytes = func() (t [256]bool) {
	for c := 0; c < 128; c++ {
		t[c] = asciiClass[c]&cAlnum != 0 && (c < 'A' || c > 'Z') ||
			c == '-' || c == '.' || c == '_' || c == ':'
	}
	return t
}()

// plainHostBytes are lowerHostBytes but the colon: the bytes of a host
// name in its ASCII form, without a port.
var plainHostBytes = func() (t [256]bool) {
	t = lowerHostBytes
	t[':'] = false
	return t
}()

// plainHostPrefix returns how many bytes at the start of s are
// plainHostBytes, how many of them are dots, and where the last dot is
// (-1 for none).
func plainHostPrefix(s string) (n, dots, lastDot int) {
	lastDot = -1
	for n < len(s) && plainHostBytes[s[n]] {
		if s[n] == '.' {
			dots, lastDot = dots+1, n
		}
		n++
	}
	return n, dots, lastDot
}

// lowerHost reports whether h is its own ASCII form: only lower-case ASCII
// letters, digits and the other bytes hostChars allows, read once (rather
// than once each for the percent-escapes, ASCII, case and host characters).
func lowerHost(h string) bool {
	for i := 0; i < len(h); i++ {
		if !lowerHostBytes[h[i]] {
			return false
		}
	}
	return true
}

// isDigits reports whether s is one or more ASCII digits.
func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return s != ""
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// registrable returns the registrable domain of an ASCII host, the public
// suffix plus one label ("news.bbc.co.uk" → "bbc.co.uk"). An IP address,
// a public suffix itself or a single label is its own domain. The dot that
// may end a fully qualified host ("bbc.co.uk.") is not part of it: the
// domain is the same with or without. The domain is always a suffix of h
// less that dot, which Find relies on to keep it as an offset into the
// host (found.setHost).
func registrable(h string) string {
	h = strings.TrimSuffix(h, ".")
	// One pass over the host, rather than a search for each question.
	dots, lastDot, colon := 0, -1, false
	for i := 0; i < len(h); i++ {
		switch h[i] {
		case '.':
			dots, lastDot = dots+1, i
		case ':':
			colon = true
		}
	}
	return registrableOf(h, dots, lastDot, colon)
}

// registrableOf is registrable for a host h with no dot at its end, that
// has dots dots, the last at lastDot (-1 for none), and a colon or not.
func registrableOf(h string, dots, lastDot int, colon bool) string {
	if dots < 2 || colon || isDigits(h[lastDot+1:]) {
		// One label; or two: either a public suffix plus one, or a
		// public suffix itself (github.io), both their own domain
		// (skipping the look-up matters: publicsuffix allocates on
		// every call); or an IP address: only IPv6 holds a colon,
		// and a host name's last label is never all digits, which
		// tells IPv4 apart without a full parse (netip.ParseAddr
		// allocates its error for every name).
		return h
	}
	slot := &domainCache[fnv1a(h)%memoSize]
	if e := slot.Load(); e != nil && e.key == h {
		return e.value
	}
	d, err := publicsuffix.EffectiveTLDPlusOne(h)
	if err != nil {
		d = h
	}
	// d is a suffix of h, which the cache keeps it as. Cloned: h may be
	// part of a long comment, which the cache must not keep.
	e := &memoEntry{key: strings.Clone(h)}
	e.value = e.key[len(h)-len(d):]
	slot.Store(e)
	return d
}

// memoSize is the number of hosts whose ASCII form, and whose registrable
// domain, are remembered. Comments link the same few hundred sites over
// and over, and an IDNA conversion or a public suffix look-up costs as much
// as scanning a few hundred bytes of text, so a small cache pays; a host
// that misses costs no more than without it. Slots are overwritten, never
// grown: memory stays bounded whatever the input.
const memoSize = 1024

// memoEntry is one immutable cache entry; slots are swapped atomically, so
// the caches are safe for concurrent use without a lock.
type memoEntry struct{ key, value string }

var (
	domainCache [memoSize]atomic.Pointer[memoEntry] // ASCII host → registrable domain
	idnaCache   [memoSize]atomic.Pointer[memoEntry] // host as written → ASCII host, "" if none
)

// fnv1a is the 32-bit FNV-1a hash of s.
func fnv1a(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}

// spoofable reports whether the ASCII host h is to be shown in that form
// rather than as written, because, in its Unicode form, one of its labels
// could make a reader take the host for another. The rules are those
// Chromium's IDN display policy applies before it shows a host in Unicode
// (its IDN spoof checker, components/url_formatter/spoof_checks in the
// Chromium source; Firefox's network.IDN.blacklist_chars lists most of the
// same characters), kept to what a comment needs:
//   - a label mixes scripts, such as "аpple" with a Cyrillic "а" (Latin
//     with Chinese, Japanese or Korean is usual and allowed). A letter
//     of no script, such as the modifier letters "ˑ" and "ˌ" that look
//     like a dot and a comma, counts as a script of its own; the
//     prolonged sound mark "ー" counts only after kana, as Chromium has
//     it, and reads as a dash anywhere else;
//   - a label holds a character that is not a letter, combining mark,
//     digit or letter-like number (such as the Han zero "〇"): Chromium
//     shows in Unicode only the characters that Unicode recommends for
//     identifiers (UTS #39), and no symbol or punctuation is one. Among
//     them are the look-alikes of what gives a URL its structure: in
//     "accounts.google.com⁄signin.evil.example" a FRACTION SLASH (U+2044)
//     makes a host of evil.example read as a page of google.com;
//     DIVISION SLASH (U+2215) and ONE DOT LEADER (U+2024) do the same. Emoji hosts are shown in punycode too, as browsers do;
//   - a label holds a letter or mark that Chromium or Firefox leaves out
//     because it looks like '/', ':', '.', '!' or a quote, or draws
//     nothing (spoofRunes);
//   - a label holds a CJK character that passes for a slash or a dash
//     beside Latin letters, out of the context Chromium allows it in:
//     "accounts.google.comノsignin.evil.example", "google一com.example"
//     (lookAlikeCJK);
//   - a label is all Cyrillic, every letter one that looks like a Latin
//     letter ("аррӏе"), and the top-level domain is ASCII and not one
//     where Cyrillic names are common (cyrillicTLD): Chromium's
//     IsMadeOfLatinAlikeCyrillic. "пример.com" and "сосо.ru" are shown
//     as written;
//   - a label holds a ZWNJ or ZWJ out of the context IDNA 2008 allows it
//     in (RFC 5892 CONTEXTJ), or one in a label whose letters are all
//     Latin or CJK, scripts that never need one.
//
// A character that IDNA maps to what it looks like (a full-width letter,
// the ideographic full stop "。" that is a label's dot) is gone from the
// Unicode form: the host as written reads as the host it is.
func spoofable(h string) bool {
	if !strings.Contains(h, "xn--") {
		return false // all ASCII, shown as it is
	}
	u, err := idna.Punycode.ToUnicode(h)
	if err != nil {
		return true
	}
	tld := strings.TrimSuffix(h, ".")
	tld = tld[strings.LastIndexByte(tld, '.')+1:]
	latinTLD := !strings.HasPrefix(tld, "xn--") && !cyrillicTLD(tld)
	for label := range strings.SplitSeq(u, ".") {
		if labelSpoofable(label, latinTLD) {
			return true
		}
	}
	return false
}

// cjkScripts are scripts that are written mixed with each other and with Latin.
var cjkScripts = []*unicode.RangeTable{unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul, unicode.Bopomofo}

// scripts lists the scripts told apart, most common first; a letter in none
// of them counts as one "other" script.
var scripts = append([]*unicode.RangeTable{unicode.Latin, unicode.Cyrillic, unicode.Greek,
	unicode.Arabic, unicode.Hebrew, unicode.Devanagari, unicode.Thai, unicode.Armenian,
	unicode.Georgian}, cjkScripts...)

// otherScript stands for every script not in scripts.
var otherScript = &unicode.RangeTable{}

// spoofRunes are the letters and marks that Chromium removes from the
// characters it shows in a host, or that Firefox's
// network.IDN.blacklist_chars lists: the overlays U+0337 and U+0338 draw a
// slash through the letter before (evil.com̸ reads as "evil.co/"), U+01C3
// looks like '!', U+02D0 like ':', U+3033 like '/', U+02BB and U+02BC like
// quotes, and the Hangul fillers draw nothing. The marks made for symbols
// (U+20D0–U+20FF: overlays such as U+20E5's backslash, enclosing circles)
// are none of the characters UTS #39 recommends, so Chromium shows none.
// Nor does it show Latin Extended-D (U+A720–U+A7FF), which it removes as
// an "extremely rarely used" block: its U+A78F "ꞏ" looks like a dot.
var spoofRunes = &unicode.RangeTable{
	R16: []unicode.Range16{
		{Lo: 0x01c3, Hi: 0x01c3, Stride: 1},
		{Lo: 0x02bb, Hi: 0x02bc, Stride: 1},
		{Lo: 0x02d0, Hi: 0x02d0, Stride: 1},
		{Lo: 0x0337, Hi: 0x0338, Stride: 1},
		{Lo: 0x115f, Hi: 0x1160, Stride: 1},
		{Lo: 0x20d0, Hi: 0x20ff, Stride: 1},
		{Lo: 0x3033, Hi: 0x3033, Stride: 1},
		{Lo: 0x3164, Hi: 0x3164, Stride: 1},
		{Lo: 0xa720, Hi: 0xa7ff, Stride: 1},
		{Lo: 0xffa0, Hi: 0xffa0, Stride: 1},
	},
}

// labelSpoofable reports whether one label of a host, in Unicode, mixes
// scripts or holds a character that is not a letter, mark, digit or
// letter-like number (see spoofable). One pass, each character looked at
// once or, for the punctuation marks IDNA allows in context and the CJK
// characters Chromium allows in context, with its neighbours. latinTLD
// says the host's top-level domain is one under which a label made only
// of Cyrillic look-alikes of Latin letters is taken for Latin.
func labelSpoofable(label string, latinTLD bool) bool {
	var seen *unicode.RangeTable
	onlyLatinCJK, mixed := true, false
	latinAlike := true // every Cyrillic letter so far looks like a Latin one
	kana, needKana := false, false
	// A CJK character that looks like a slash or a dash, out of its
	// context (lookAlikeCJK); Chromium checks this, with the rest of its
	// "dangerous patterns", only in a label that mixes scripts or holds
	// one of its kana exceptions (へ ヘ ・ ー ヽ and their kin) or a
	// combining accent: a label that is all Japanese, say, is not one.
	outOfContext, checkContext := false, false
	joiner := false // the label holds a ZWNJ or ZWJ that IDNA allows
	prev := rune(0)
	for i, r := range label {
		t := otherScript
		switch {
		case r < utf8.RuneSelf:
			if r < 'A' || r > 'z' || r > 'Z' && r < 'a' {
				prev = r
				continue // a digit, '-' or '_': any script's
			}
			t = unicode.Latin
		case unicode.Is(spoofRunes, r):
			return true
		case r == 0x30fc:
			// The prolonged sound mark "ー" lengthens the kana
			// before it. Anywhere else it reads as a dash
			// ("googleーcom"), and Chromium's dangerous patterns
			// block it.
			if !kanaScx(prev) {
				return true
			}
			t, checkContext = unicode.Katakana, true
		case r == 0x3006:
			t = unicode.Han // "〆", written only with Han (its script extension)
		case lookAlikeCJK(r):
			next, _ := utf8.DecodeRuneInString(label[i+utf8.RuneLen(r):])
			if r == 0x4e00 || r == 0x3127 {
				// "一" and "ㄧ" look like a dash beside anything
				// but kana or Han.
				outOfContext = outOfContext || i > 0 && !japaneseScx(prev) ||
					next != utf8.RuneError && !japaneseScx(next)
			} else {
				// The others look like a slash between two
				// characters that are not Japanese. Chromium
				// needs a character on both sides; here the
				// label's start or end counts as one, so
				// "google.comノ.evil.example" is caught too.
				outOfContext = outOfContext || !japaneseScx(prev) && !japaneseScx(next)
			}
			switch {
			case r == 0x3127:
				t = unicode.Bopomofo
			case r >= 0x4e00:
				t = unicode.Han
			default:
				t = unicode.Katakana
			}
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Nl, r):
			// A digit of another script counts as that script: an
			// Arabic-Indic ٠ in a Latin label looks like a dot. So
			// does a letter-like number (Nl), such as the Han
			// numeral zero "〇" in "一〇〇".
			// A letter of no script (Common), such as the
			// modifier letters "ˑ" and "ˌ", which look like a dot
			// and a comma, counts as a script of its own: next to
			// Latin it is a mix.
			for _, s := range scripts {
				if unicode.Is(s, r) {
					t = s
					break
				}
			}
		case unicode.IsMark(r):
			checkContext = checkContext || r >= 0x0300 && r <= 0x0339
			prev = r
			continue
		default:
			// Punctuation or a symbol. IDNA 2008 allows four in
			// context (RFC 5892, appendix A), which Chromium shows:
			next, _ := utf8.DecodeRuneInString(label[i+utf8.RuneLen(r):])
			switch {
			case r == 0x00b7 && prev == 'l' && next == 'l': // Catalan "l·l"
			case r == 0x0375 && unicode.Is(unicode.Greek, next): // Greek keraia
			case (r == 0x05f3 || r == 0x05f4) && unicode.Is(unicode.Hebrew, prev): // geresh, gershayim
			case r == 0x30fb: // Katakana middle dot, in a Japanese label
				needKana, checkContext = true, true
			case r == 0x200c || r == 0x200d:
				// ZWNJ and ZWJ: IDNA 2008 allows them only in
				// context (RFC 5892, CONTEXTJ), which
				// idna.Lookup checks: after a virama, or a
				// ZWNJ between Arabic-script letters that join.
				// A host that breaks the rule (the scanner
				// never takes one, but a percent-escape may
				// write it) is shown in punycode, and so is a
				// label whose letters are all Latin or CJK:
				// none of those scripts joins or has a virama,
				// so the joiner can only be there to make a
				// look-alike ("pay\u200dpal").
				if !joiner {
					if _, err := idna.Lookup.ToASCII(label); err != nil {
						return true
					}
				}
				joiner = true
			default:
				return true
			}
			prev = r
			continue
		}
		prev = r
		if t != unicode.Latin && !isCJK(t) {
			onlyLatinCJK = false
			if t == unicode.Cyrillic && !strings.ContainsRune(latinAlikeCyrillic, r) {
				latinAlike = false
			}
		}
		if t == unicode.Hiragana || t == unicode.Katakana || t == unicode.Han {
			kana = true
			checkContext = checkContext || r >= 0x3078 && r <= 0x307a || r >= 0x30d8 && r <= 0x30da || r == 0x30fd || r == 0x30fe
		}
		if seen == nil {
			seen = t
		} else if seen != t {
			mixed = true
		}
	}
	return mixed && !onlyLatinCJK || needKana && !kana || outOfContext && (mixed || checkContext) ||
		latinTLD && !mixed && seen == unicode.Cyrillic && latinAlike || joiner && onlyLatinCJK
}

// latinAlikeCyrillic are the Cyrillic letters that look like Latin ones,
// as Chromium's IDN spoof checker lists them (cyrillic_letters_latin_alike_
// in components/url_formatter/spoof_checks/idn_spoof_checker.cc): a label
// made only of these, "аррӏе" or "сосо", reads as Latin. Chromium writes
// the capital Ь, which no host holds (hosts are lower-cased); the small ь,
// which looks like a "b", is listed here instead.
const latinAlikeCyrillic = "аысԁеԍһіюјӏорԗԛѕԝхуъьҽпгѵѡ"

// cyrillicTLD reports whether the ASCII top-level domain tld is one where
// names in Cyrillic are common, so a Cyrillic name that looks Latin is
// shown as written, as Chromium's IsCyrillicTopLevelDomain has it. (A
// top-level domain that is not ASCII, such as .рф, is exempt before this.)
func cyrillicTLD(tld string) bool {
	switch tld {
	case "bg", "by", "kz", "pyc", "ru", "su", "ua", "uz":
		return true
	}
	return false
}

// lookAlikeCJK reports whether r is one of the CJK characters that
// Chromium's IDN spoof checker (its "dangerous patterns", in
// components/url_formatter/spoof_checks/idn_spoof_checker.cc) allows only
// in context, because among Latin letters they pass for a slash — the
// Katakana ノ ソ ゾ ン and the ideographs 丶 乀 乁 丿 — or a dash: the
// ideograph 一 and the Bopomofo ㄧ.
func lookAlikeCJK(r rune) bool {
	switch r {
	case 0x30ce, 0x30bd, 0x30be, 0x30f3, 0x4e36, 0x4e40, 0x4e41, 0x4e3f, 0x4e00, 0x3127:
		return true
	}
	return false
}

// japaneseScx reports whether r is written with Hiragana, Katakana or
// Han (its script extensions include one of them), the context in which
// Chromium shows the characters of lookAlikeCJK.
func japaneseScx(r rune) bool {
	return kanaScx(r) || r == 0x3006 || unicode.Is(unicode.Han, r)
}

// kanaScx reports whether r is written with Hiragana or Katakana (its
// script extensions, UAX #24, include one of them): a kana, the
// prolonged sound mark "ー" or the middle dot "・".
func kanaScx(r rune) bool {
	return r == 0x30fc || r == 0x30fb || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r)
}

func isCJK(t *unicode.RangeTable) bool {
	for _, s := range cjkScripts {
		if s == t {
			return true
		}
	}
	return false
}
