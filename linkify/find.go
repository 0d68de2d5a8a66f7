package linkify

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/idna"

	"github.com/commentkit/commentkit/internal/cjk"
)

// The scanner in this file settles every candidate by hand, with the lists
// xurls exports (schemes, TLDs), instead of running xurls' regular
// expression: that expression costs tens of microseconds per attempt, which
// makes it a denial-of-service lever on untrusted comments. Every byte of the
// text is looked at a bounded number of times, so Find is linear in the
// length of its input whatever that input is; see doc.go for the rule.

// Byte classes of ASCII characters, as bits in asciiClass.
const (
	cTrigger = 1 << iota // '.', ':' or '@': where a link may be recognised
	cLabel               // letter, digit or '-': inside a host name label
	cAlnum               // letter or digit
	cLocal               // inside the local part of an e-mail address
	cScheme              // inside a scheme name
	cURL                 // inside a URL (brackets are handled apart)
	cEnd                 // may end a URL
)

var asciiClass = func() (t [256]uint8) {
	for c := 0; c < 128; c++ {
		alnum := 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
		if alnum {
			t[c] |= cLabel | cAlnum | cLocal | cScheme | cURL | cEnd
		}
	}
	set := func(chars string, bits uint8) {
		for i := 0; i < len(chars); i++ {
			t[chars[i]] |= bits
		}
	}
	set(".:@", cTrigger)
	set("-", cLabel|cLocal|cScheme)
	set("._%+", cLocal)
	set("+.", cScheme)
	// RFC 3987 ipath characters, as xurls allows them inside a URL, and
	// the subset it allows at the end (not . , : ; ! ? ' * @ \).
	set(`-._~%!$&'*+,;=:@/?#\`, cURL)
	set(`-_~%$&+=/#`, cEnd)
	return t
}()

// triggerSet holds the bytes where the scanner may recognise a link.
var triggerSet = newByteSet(".:@")

// A kind says what the scanner found at a trigger.
type kind uint8

const (
	none kind = iota // nothing here; scanning goes on
	link             // a link in [start, end)
	skip             // a URL whose scheme is not allowed: [start, end) stays text
)

// stackLinks is how many links Find gathers on the stack before it needs
// the heap: most comments hold fewer, and then the slice returned is the
// only allocation besides the string of the hrefs built.
const stackLinks = 32

// stackHrefs is how many bytes of built hrefs Find keeps on the stack before
// it needs the heap: enough for the links of most comments.
const stackHrefs = 1024

// maxParts is the most parts an href is written from (see authLink:
// scheme, "://", "[", host, "]", port, the rest).
const maxParts = 7

// scanner holds the state of one Find call.
type scanner struct {
	l      *Linkifier
	ls     *lists
	text   string
	lo     int              // text[:lo] is settled: no link may start or reach before lo
	parts  [maxParts]string // the parts of the href of the link just made, when not its text
	nparts int
}

// A found is a link as Find gathers it: where its strings lie rather than
// the strings, so that it holds no pointer. Gathering a text's links then
// costs no write barrier and leaves the garbage collector nothing to scan,
// however many there are, and a found is smaller than a Link: when the
// links outgrow the stack, growing the slice copies little. Find makes each
// Link once, from its found, into the slice it returns (see links): a text
// packed with links costs about the same per byte at 1 MB as at 8 KB
// (BenchmarkFindLinear, input=links).
type found struct {
	start, end int   // the link is text[start:end]
	url        piece // where its URL lies in the bytes Find built; the zero piece: the URL is the link's text
	host       piece // where its host lies in its URL (the mail domain of an e-mail link, which has no Host)
	domain     int   // where its Domain starts in its URL; it ends with the host, less a dot that ends it (see registrable)
	email      bool
}

// A piece is where a string lies: bytes [off, end) of a string.
type piece struct{ off, end int }

// setHost records that the link's host h lies at off in its URL, with d,
// its registrable domain, which is a suffix of h without the dot that may
// end h.
func (f *found) setHost(off int, h, d string) {
	f.host = piece{off, off + len(h)}
	f.domain = off + len(strings.TrimSuffix(h, ".")) - len(d)
}

// Find returns the links in text, in order, never overlapping. It does not
// apply Filter, which only concerns rendering.
func (l *Linkifier) Find(text string) []Link {
	s := scanner{l: l, text: text}
	var foundBuf [stackLinks]found
	var hrefBuf [stackHrefs]byte
	// The built bytes are passed in and out of the functions that write
	// them, rather than kept in s: appended to through a pointer, the
	// array on the stack would escape to the heap.
	links, hrefs := foundBuf[:0], hrefBuf[:0]
	triggers := newByteFinder(text, triggerSet)
	for i := 0; i < len(text); {
		if asciiClass[text[i]]&cTrigger == 0 {
			// Most bytes of prose are in no link: jump to the next
			// byte where one may be recognised.
			i = triggers.next(i)
			continue
		}
		if s.ls == nil {
			s.ls = loadLists()
		}
		var k kind
		var start, end, next int
		fm := form{}
		switch text[i] {
		case ':':
			k, start, end = s.scheme(i)
			fm.schemeEnd = i
			next = i + 1
		case '@':
			k, start, end = s.email(i)
			fm.at = i
			next = i + 1
		case '.':
			k, start, end, next, fm.at = s.bare(i)
		}
		switch k {
		case link:
			s.nparts = 0
			f := found{start: start, end: end}
			if s.makeLink(&f, fm) {
				if s.nparts > 0 {
					hrefs = s.writeHref(hrefs, &f)
				}
				if len(links) == cap(links) {
					// Double, where append grows a large slice
					// by a quarter: the copies then add up to
					// once the final size, not four times.
					links = slices.Grow(links, len(links))
				}
				links = append(links, f)
			}
			s.lo, i = end, end
		case skip:
			s.lo, i = end, end
		default:
			i = max(next, i+1)
		}
	}
	return s.links(links, hrefs)
}

// writeHref appends the parts of the href of the link just made to hrefs,
// and records in f where they lie.
func (s *scanner) writeHref(hrefs []byte, f *found) []byte {
	n := 0
	for _, p := range s.parts[:s.nparts] {
		n += len(p)
	}
	if len(hrefs)+n > cap(hrefs) {
		hrefs = slices.Grow(hrefs, max(n, len(hrefs))) // doubled, as the links
	}
	off := len(hrefs)
	for _, p := range s.parts[:s.nparts] {
		hrefs = append(hrefs, p...)
	}
	f.url = piece{off, len(hrefs)}
	return hrefs
}

// links makes the Links that found describes, with hrefs the bytes of the
// hrefs built: the slice returned and one string for all the hrefs are
// allocated once each, at their final size, and each Link is written once.
func (s *scanner) links(found []found, hrefs []byte) []Link {
	if len(found) == 0 {
		return nil
	}
	out := make([]Link, len(found))
	all := string(hrefs)
	for i := range found {
		f := &found[i] // by pointer: copied, a found goes through memory
		text := s.text[f.start:f.end]
		url := text
		if f.url.end > 0 {
			url = all[f.url.off:f.url.end]
		}
		host := url[f.host.off:f.host.end]
		domainEnd := f.host.end
		if strings.HasSuffix(host, ".") {
			domainEnd--
		}
		if f.email {
			host = ""
		}
		out[i] = Link{Start: f.start, End: f.end, Text: text, URL: url, Host: host, Domain: url[f.domain:domainEnd], Email: f.email}
	}
	return out
}

// scheme looks for a URL whose scheme ends at the ':' at p.
func (s *scanner) scheme(p int) (kind, int, int) {
	text := s.text
	auth := strings.HasPrefix(text[p+1:], "//")
	if !auth && (p+1 == len(text) || asciiClass[text[p+1]]&cURL == 0 && text[p+1] < utf8.RuneSelf) {
		// "Note: …", "12:30 " — the usual colon in prose, settled at once.
		return none, 0, 0
	}
	j := p
	for j > s.lo && p-j < maxSchemeLen && asciiClass[text[j-1]]&cScheme != 0 {
		j--
	}
	if j == p {
		return none, 0, 0
	}
	content := p + 1
	if auth {
		content = p + 3
	}
	// The leftmost letter from which the rest is a scheme, as xurls
	// matches "randomtexthttp://…" from its "http".
	for k := j; k < p; k++ {
		c := text[k] | 0x20
		if c < 'a' || c > 'z' {
			continue
		}
		name := text[k:p]
		allowed := s.l.allowed(name, auth)
		if !allowed && !s.ls.knownScheme(name, auth) {
			continue
		}
		e := urlEnd(text, content)
		if joinerAt(text, e) && (auth || strings.EqualFold(name, "mailto")) {
			// A joiner ended the URL; it may be inside the host
			// (or mail address), never in a path.
			if h := hostEnd(text, content); h > e {
				e = urlEnd(text, h)
			}
		}
		if e == content {
			return none, 0, 0
		}
		if allowed {
			return link, k, e
		}
		return skip, k, e
	}
	return none, 0, 0
}

// knownScheme reports whether name (any case) is a scheme xurls knows, or
// one that is never linked, so that such a URL is skipped whole rather than
// having a bare link found inside it.
func (ls *lists) knownScheme(name string, auth bool) bool {
	var buf [maxSchemeLen]byte
	b, ok := lowerASCII(buf[:], name)
	if !ok {
		return false
	}
	if neverLinked(string(b)) {
		return true
	}
	if auth {
		return ls.authority[string(b)]
	}
	return ls.noAuth[string(b)]
}

// email looks for an e-mail address around the '@' at p. An address
// whose local part is glued to a word by a full stop ("john。smith@…",
// cjk.FullStops) is skipped whole: it is read as the local part
// john.smith, and linking smith@… would send mail to someone else (nor is
// its domain linked as a site).
func (s *scanner) email(p int) (kind, int, int) {
	text := s.text
	j := p
	for j > s.lo {
		if c := text[j-1]; c < utf8.RuneSelf {
			if asciiClass[c]&cLocal == 0 {
				break
			}
			j--
			continue
		}
		r, size := utf8.DecodeLastRuneInString(text[s.lo:j])
		if !localRune(r) {
			break
		}
		j -= size
	}
	for j < p && text[j] >= utf8.RuneSelf {
		r, size := utf8.DecodeRuneInString(text[j:p])
		if unicode.IsLetter(r) {
			break
		}
		j += size // a local part starts with a letter, not a mark
	}
	if j == p || p+1 >= len(text) {
		return none, 0, 0
	}
	h := scanHost(text, p+1)
	if h.end == p+1 || h.labels < 2 || h.numeric() {
		return none, 0, 0
	}
	end, _, ok := s.ls.domainEnd(text, p+1, h.end, h.wide())
	if !ok || end-(p+1) > maxHostBytes {
		return none, 0, 0
	}
	if stopGlued(text, s.lo, j) {
		return skip, j, end
	}
	return link, j, end
}

// localRune reports whether r, beyond ASCII, may stand in the local part
// of an e-mail address as people type one (RFC 6531 allows any): a letter
// of the Latin, Greek or Cyrillic script, or a combining mark
// ("josé@gmail.com", "jöhn@gmail.com", "иван@mail.ru"). A script written
// without spaces between words is not: "联系我john@…" is a sentence and
// an address glued to it, whose address is john@….
func localRune(r rune) bool {
	return unicode.IsLetter(r) && (unicode.Is(unicode.Latin, r) || unicode.Is(unicode.Greek, r) || unicode.Is(unicode.Cyrillic, r)) ||
		unicode.Is(unicode.Mn, r)
}

// stopGlued reports whether a full stop of cjk.FullStops ends at
// text[j], after a Latin letter or digit, ASCII or full-width, at or
// after lo: the local part that starts at j goes on before it
// ("john。smith@…", "ｊｏｈｎ．smith@…"). After Chinese, another script
// or a space the full stop ends a sentence ("详情。smith@…").
func stopGlued(text string, lo, j int) bool {
	if j-lo < 4 || text[j-1] < utf8.RuneSelf {
		return false
	}
	r, size := utf8.DecodeLastRuneInString(text[lo:j])
	if !cjk.IsFullStop(r) || j-size <= lo {
		return false
	}
	if c := text[j-size-1]; c < utf8.RuneSelf {
		return 'a' <= c|0x20 && c|0x20 <= 'z' || '0' <= c && c <= '9'
	}
	r, _ = utf8.DecodeLastRuneInString(text[lo : j-size])
	return isWideAlnum(r)
}

// maxHostBytes bounds a host name as written: 253 is the DNS limit for the
// ASCII form, and each character of an international name takes at most
// four bytes of UTF-8. A longer "host" is not a link, refused before it is
// converted (a shorter one is held to the DNS limits once in ASCII:
// dnsLength).
const maxHostBytes = 4 * 253

// bare looks for a link without a scheme (example.com, www.example.com/x,
// 192.0.2.1:8080, or an e-mail address whose local part has a dot) around
// the '.' at p. It returns where scanning goes on when it finds nothing.
func (s *scanner) bare(p int) (k kind, start, end, next, at int) {
	text := s.text
	if p == s.lo || p+1 >= len(text) || !labelCharAt(text, p+1) {
		return none, 0, 0, p + 1, 0
	}
	// Walk back over the first label; it holds no dot, or the scan would
	// have stopped at that dot first.
	j, wide := p, false
	for j > s.lo {
		if c := text[j-1]; c < utf8.RuneSelf {
			// ASCII, as most words: one look-up, no decoding.
			if asciiClass[c]&cLabel == 0 {
				break
			}
			j--
			continue
		}
		r, size := utf8.DecodeLastRuneInString(text[:j])
		if !isLabelRune(r) && !(isJoiner(r) && joinerInLabel(text, s.lo, j-size)) {
			break
		}
		j -= size
		wide = true
	}
	if wide {
		j = afterCJK(text, j, p)
	}
	for j < p && text[j] == '-' {
		j++
	}
	if j == p || text[p-1] == '-' {
		return none, 0, 0, p + 1, 0
	}
	if suffixNamed(text, s.lo, j) {
		// "The real one ends .co.uk": a suffix named, not a site. Its
		// dots are passed over at once; the name holds no link.
		if e := hostEnd(text, j); suffixOnly(text[j:e]) {
			return none, 0, 0, e, 0
		}
	}
	h := scanHost(text, j)
	next = h.end
	if h.end < len(text) && text[h.end] == '@' {
		// "first.last@example.com": the longer e-mail address wins, as
		// in xurls.
		if k, start, end := s.email(h.end); k != none {
			return k, start, end, next, h.end
		}
		next = h.end + 1
	}
	if !h.valid() {
		return none, 0, 0, next, 0
	}
	var hostEnd int
	if h.numeric() {
		if !h.ipv4() || (j > 0 && text[j-1] == '_') {
			return none, 0, 0, next, 0
		}
		hostEnd = h.end
	} else {
		e, tld, ok := s.ls.domainEnd(text, j, h.end, h.wide())
		if !ok {
			return none, 0, 0, next, 0
		}
		hostEnd = e
		if hostEnd-j > maxHostBytes {
			return none, 0, 0, next, 0
		}
		// A non-ASCII TLD (中国, рф, or its xn-- form) is never a file
		// extension, so it is as strong as a common one.
		strong := h.www() || s.ls.isCommonTLD(text[tld:hostEnd]) ||
			text[tld] >= utf8.RuneSelf || hasPrefixFold(text[tld:hostEnd], "xn--")
		if !strong && !hasPath(text, hostEnd) {
			return none, 0, 0, next, 0
		}
	}
	// As xurls, an ASCII TLD must end at a word boundary.
	if hostEnd < len(text) && text[hostEnd] == '_' {
		return none, 0, 0, next, 0
	}
	end = hostEnd
	if end+1 < len(text) && text[end] == ':' && isDigit(text[end+1]) {
		end++
		for end < len(text) && isDigit(text[end]) {
			end++
		}
	}
	if end < len(text) && text[end] == '/' {
		end = urlEnd(text, end)
	}
	return link, j, end, end, 0
}

// suffixNamed reports whether the name that starts at j follows a lone
// dot: one at lo or after neither a letter of a label nor another dot.
// Such a name is a suffix or a cookie's domain written out (".co.uk",
// ".example.com"), which leads nowhere, or nowhere the writer meant. After
// an ellipsis ("see...example.com") or a word the name stands as typed.
func suffixNamed(text string, lo, j int) bool {
	if j <= lo || text[j-1] != '.' {
		return false
	}
	if j-1 == lo {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(text[:j-1])
	return r != '.' && !isLabelRune(r)
}

// suffixOnly reports whether name, typed after a lone dot (suffixNamed),
// is a public suffix as readers name one: a top-level domain, after
// labels that are each two letters or a word of secondLevels ("co.uk",
// "org.uk", "com.au", "co.uk.com"). A name with a label of its own
// (".cheap-pills-now.com", ".example.com") is a site, a stray dot before
// it or not: else one dot typed before a spammer's site would hide it
// from every check that reads links.
func suffixOnly(name string) bool {
	for {
		label, rest, more := strings.Cut(name, ".")
		if !more {
			return label != ""
		}
		if !(len(label) == 2 && asciiLetter(label[0]) && asciiLetter(label[1])) && !secondLevels[strings.ToLower(label)] {
			return false
		}
		name = rest
	}
}

// asciiLetter reports whether c is an ASCII letter.
func asciiLetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

// secondLevels are the second-level labels of public suffixes longer than
// two letters ("gov.uk", "org.au", "sch.uk").
var secondLevels = map[string]bool{"com": true, "org": true, "net": true, "gov": true, "edu": true,
	"ltd": true, "plc": true, "sch": true, "nhs": true, "mil": true, "int": true, "nom": true,
	"gob": true, "gouv": true, "info": true, "biz": true}

// Chinese and Japanese put no space between words, and a Latin name is
// often typed straight after a word of theirs: "关注bit.ly/x" is "follow
// bit.ly/x", "我用163.com的邮箱" is "I use my 163.com mailbox". Read as one
// label with the name, the word makes a host the writer never meant,
// that leads nowhere, and that hides the host the reader sees from
// whoever reads the link. So a name without a scheme starts after the
// Chinese, Japanese or Korean letters that begin its first label, and
// ends before those glued to its TLD ("詳しくはexample.comへ"). A name of
// one script ("例え.jp", "münchen.de") stays whole. So does one where
// Latin letters come before the CJK ("paypal一secure.com") or a CJK
// character that looks like a Latin letter or a dash begins the label
// next to the Latin part ("〇utlook.com", "ㅇutlook.com"): those are how
// spoofs are made, and the link must then take those characters with the
// Latin part, never the Latin part alone. After a word of their own script
// they end that word ("公式サイトexample.com" links example.com), but for
// those no word ends in (endsWord: "关注〇utlook.com", "확인ㅇutlook.com").
// Other scripts are not cut at all: a Cyrillic or Greek letter glued to a
// Latin name is the spoof of "аpple.com".

// afterCJK returns where a name whose first label runs from lo to the
// dot at p starts: after the CJK letters that begin the label, when
// nothing but Latin letters (ASCII or full-width), digits and hyphens
// follow them, or at lo.
func afterCJK(text string, lo, p int) int {
	q := p
	for q > lo {
		r, size := utf8.DecodeLastRuneInString(text[lo:q])
		if r >= utf8.RuneSelf && !isWideAlnum(r) {
			break
		}
		q -= size
	}
	if q == lo || q == p {
		return lo
	}
	for i := lo; i < q; {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !cjk.IsWordLetter(r) {
			return lo
		}
		i += size
	}
	// The look-alikes right before the Latin part: part of the name they
	// disguise where they begin the label ("〇utlook.com", "ㅇㅇutlook.com")
	// or follow another script, and the end of a word where they follow
	// letters of their own script ("公式サイトexample.com", "调用接口api…").
	// Two or more jamo are chat ("ㅇㅇ", "ㄴㄴ": yes, no).
	run, jamo := q, 0
	for run > lo {
		r, size := utf8.DecodeLastRuneInString(text[lo:run])
		if !strings.ContainsRune(cjkLatinLookalikes, r) {
			break
		}
		if isJamo(r) {
			jamo++
		}
		run -= size
	}
	if run == q || jamo >= 2 && jamo == utf8.RuneCountInString(text[run:q]) {
		return q
	}
	if run == lo {
		return run
	}
	before, _ := utf8.DecodeLastRuneInString(text[lo:run])
	first, _ := utf8.DecodeRuneInString(text[run:])
	if !endsWord(before, first) {
		return run
	}
	return q
}

// endsWord reports whether the look-alike first, after the CJK letter
// before, ends the word before rather than begins the name: it does after
// a letter of its own script (cjkScript: "公式サイトexample.com"), but for
// those no word ends in (review 28): 〇 丿 乀 亅, a numeral zero and
// strokes ("关注〇utlook.com"), and ㅇ and ㄴ after Hangul syllables
// ("확인ㅇutlook.com"). After jamo, jamo are chat ("ㅋㅋㅇyoutube.com"), and
// after Hangul ㅣ and ㅡ are a separator and a dash, as 丨 is in Chinese
// ("제목ㅣyoutube.com").
func endsWord(before, first rune) bool {
	switch {
	case strings.ContainsRune("〇丿乀亅", first):
		return false
	case isJamo(first):
		return cjkScript(before) == cjkScript(first) && (isJamo(before) || first == 'ㅣ' || first == 'ㅡ')
	}
	return cjkScript(before) == cjkScript(first)
}

// isJamo reports whether r is a Hangul compatibility jamo (ㄱ to ㆎ), a
// letter written alone rather than in a syllable.
func isJamo(r rune) bool { return '\u3130' <= r && r <= '\u318f' }

// cjkScript tells the scripts of CJK letters apart: Han, kana (with the
// prolonged sound mark ー) and Hangul.
func cjkScript(r rune) int {
	switch {
	case unicode.Is(unicode.Han, r):
		return 1
	case unicode.In(r, unicode.Hiragana, unicode.Katakana) || r == 'ー' || r == 'ｰ':
		return 2
	}
	return 3
}

// cjkLatinLookalikes are CJK characters that pass for a Latin letter, a
// dash or a slash beside Latin letters (after the look-alike lists of
// Chromium's IDN spoof checker, and their Han twins): 〇 口 ロ for O,
// 一 ー ニ for dashes, 丨 亅 工 エ for I or l, 丶 丿 乀 ノ for strokes and
// slashes, 卜 ト for t or F, カ for a sloped A, ヘ for n or ^, ソ ン 乙 for
// letters; and the Hangul jamo ㅇ ㅣ ㅡ ㄴ, for o, l, a dash and L. Common
// words end in none of them (力 of 魅力, 二 of 第二 and the particle へ
// are left out for that).
const cjkLatinLookalikes = "〇口ロ一ーニ丨亅工エ丶丿乀ノ卜トカヘソン乙ㅇㅣㅡㄴ"

// isWideAlnum reports whether r is a full-width Latin letter or digit.
func isWideAlnum(r rune) bool {
	return '０' <= r && r <= '９' || 'Ａ' <= r && r <= 'Ｚ' || 'ａ' <= r && r <= 'ｚ'
}

// cjkAfter returns the length of the ASCII start of label when a CJK
// letter follows it, or 0.
func cjkAfter(label string) int {
	n := 0
	for n < len(label) && label[n] < utf8.RuneSelf {
		n++
	}
	if n == len(label) {
		return 0
	}
	if r, _ := utf8.DecodeRuneInString(label[n:]); cjk.IsLetter(r) {
		return n
	}
	return 0
}

// hasPath reports whether a path follows the host that ends at i, after an
// optional port.
func hasPath(text string, i int) bool {
	if i+1 < len(text) && text[i] == ':' && isDigit(text[i+1]) {
		i++
		for i < len(text) && isDigit(text[i]) {
			i++
		}
	}
	return i < len(text) && text[i] == '/'
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// host describes a run of dot-separated labels found by scanHost. (Its
// booleans are bits of one byte: a struct of at most four fields is kept
// in registers, where a larger one is copied through memory, a cost bare
// paid for every dotted word.)
type host struct {
	end    int    // end of the run: after its last label
	labels int    // number of labels
	is     hostIs // what the run is
}

// hostIs holds what a run of labels is, as bits.
type hostIs uint8

const (
	hostValid   hostIs = 1 << iota // no label starts or ends with '-'
	hostNumeric                    // every label is digits only
	hostIPv4                       // numeric, four labels, each an octet 0-255 without leading zero
	hostWWW                        // the first label is "www" in any case
	hostWide                       // a label has a character beyond ASCII
)

func (h host) valid() bool   { return h.is&hostValid != 0 }
func (h host) numeric() bool { return h.is&hostNumeric != 0 }
func (h host) ipv4() bool    { return h.is&hostIPv4 != 0 }
func (h host) www() bool     { return h.is&hostWWW != 0 }
func (h host) wide() bool    { return h.is&hostWide != 0 }

// scanHost reads labels (letters, marks, digits and '-', and a joiner where
// joinerInLabel allows it) separated by single dots from i. It never reads
// a dot that is not followed by a label, so "example.com." and
// "wait...what" end before the dots.
func scanHost(text string, i int) host {
	h := host{is: hostValid | hostNumeric}
	octetsOK := true
	for {
		start := i
		allDigits := true
		for i < len(text) {
			c := text[i]
			if c < utf8.RuneSelf {
				if asciiClass[c]&cLabel == 0 {
					break
				}
				if !isDigit(c) {
					allDigits = false
				}
				i++
				continue
			}
			r, size := utf8.DecodeRuneInString(text[i:])
			if !isLabelRune(r) && !(isJoiner(r) && joinerInLabel(text, start, i)) {
				break
			}
			allDigits = false
			h.is |= hostWide
			i += size
		}
		if i == start {
			break
		}
		label := text[start:i]
		h.labels++
		if label[0] == '-' || label[len(label)-1] == '-' {
			h.is &^= hostValid
		}
		if h.labels == 1 && len(label) == 3 && strings.EqualFold(label, "www") {
			h.is |= hostWWW
		}
		if !allDigits {
			h.is &^= hostNumeric
		} else if !isOctet(label) {
			octetsOK = false
		}
		h.end = i
		if i+1 < len(text) && text[i] == '.' && labelCharAt(text, i+1) {
			i++
			continue
		}
		break
	}
	if h.numeric() && octetsOK && h.labels == 4 {
		h.is |= hostIPv4
	}
	return h
}

// isOctet reports whether s is 0-255 written as xurls does: no leading zero.
func isOctet(s string) bool {
	switch {
	case len(s) == 0 || len(s) > 3:
		return false
	case len(s) > 1 && s[0] == '0':
		return false
	case len(s) == 3:
		return s <= "255"
	}
	return true
}

// domainEnd finds, in the run of labels text[start:end], the longest prefix
// of at least two labels whose last label is a TLD, and returns its end and
// the start of that TLD. A last label like "com-foo" counts up to its '-'
// ("foo.com-foo" links "foo.com", as in xurls), and a last label with a
// CJK letter glued to the TLD counts up to it (cjkAfter); wide says
// whether any label has a character beyond ASCII, as scanHost found.
func (ls *lists) domainEnd(text string, start, end int, wide bool) (e, tld int, ok bool) {
	e = end
	for e > start {
		dot := strings.LastIndexByte(text[start:e], '.')
		if dot < 0 {
			return 0, 0, false
		}
		dot += start
		label := text[dot+1 : e]
		if ls.isTLD(label) {
			return e, dot + 1, true
		}
		if d := strings.IndexByte(label, '-'); d > 0 && e == end && ls.isTLD(label[:d]) {
			return dot + 1 + d, dot + 1, true
		}
		if e == end && wide {
			// "詳しくはexample.comへ": the Japanese after the TLD is
			// the sentence going on (see afterCJK).
			if d := cjkAfter(label); d > 0 && ls.isTLD(label[:d]) {
				return dot + 1 + d, dot + 1, true
			}
		}
		e = dot
	}
	return 0, 0, false
}

// urlEnd returns where a URL whose body starts at i ends: at the first
// character that cannot be in a URL, at an unbalanced closing bracket, or
// before an opening bracket never closed; then without the trailing
// characters that end a sentence rather than a URL (. , : ; ! ? ' and
// closing quotes). It returns i when the body is empty.
func urlEnd(text string, i int) int {
	const maxDepth = 16 // deeper nesting ends the URL; xurls allows 2
	var stack [maxDepth]rune
	depth := 0
	last := i       // end of the URL after the last character that may end it
	lastAtOpen := i // last, when the outermost open bracket was opened
	for j := i; j < len(text); {
		c := text[j]
		if cls := asciiClass[c]; cls&cURL != 0 {
			// Most of a URL: an ASCII letter, digit or punctuation
			// other than a bracket, settled by one look-up.
			j++
			if cls&cEnd != 0 {
				last = j
			}
			continue
		}
		var r rune
		size := 1
		if c < utf8.RuneSelf {
			r = rune(c)
		} else {
			r, size = utf8.DecodeRuneInString(text[j:])
		}
		switch r {
		case '(', '[', '{', '（':
			if depth == maxDepth {
				goto done
			}
			if depth == 0 {
				lastAtOpen = last
			}
			stack[depth] = r
			depth++
			j += size
			continue
		case ')', ']', '}', '）':
			if depth == 0 || stack[depth-1] != openerOf(r) {
				goto done
			}
			depth--
			j += size
			last = j
			continue
		}
		if c < utf8.RuneSelf || !isURLRune(r, size) {
			break // a character that cannot be in a URL
		}
		j += size
		if isEndRune(r) {
			last = j
		}
	}
done:
	if depth > 0 {
		return lastAtOpen
	}
	return last
}

// hostEnd returns the end of the last label of the user info and host that
// start at i (label characters, joiners where joinerInLabel allows them,
// '.', '@' and ':'), or i when there is none. scheme calls it only for a URL
// that a joiner ended, to read on past a joiner that is part of the host.
func hostEnd(text string, i int) int {
	end := i
	for j := i; j < len(text); {
		c := text[j]
		if c < utf8.RuneSelf {
			switch {
			case asciiClass[c]&cAlnum != 0:
				j++
				end = j
			case c == '-' || c == '.' || c == '@' || c == ':':
				j++
			default:
				return end
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(text[j:])
		switch {
		case isLabelRune(r):
			j += size
			end = j
		case isJoiner(r) && joinerInLabel(text, i, j):
			j += size // a label character follows
		default:
			return end
		}
	}
	return end
}

// joinerAt reports whether text[i:] starts with ZWNJ or ZWJ.
func joinerAt(text string, i int) bool {
	return i+3 <= len(text) && text[i] == 0xe2 && text[i+1] == 0x80 && (text[i+2] == 0x8c || text[i+2] == 0x8d)
}

// isJoiner reports whether r is ZERO WIDTH NON-JOINER (U+200C) or ZERO
// WIDTH JOINER (U+200D).
func isJoiner(r rune) bool { return r == 0x200c || r == 0x200d }

// joinerContext bounds how many runes joinerInLabel reads on each side of
// a joiner: a base letter and the combining marks between it and the joiner.
const joinerContext = 8

// joinerInLabel reports whether the joiner at text[i:] is part of a host
// label: IDNA 2008 allows a ZWNJ or ZWJ inside a label only in context
// (RFC 5892, CONTEXTJ rules A.1 and A.2: after a virama, or a ZWNJ between
// Arabic-script letters that join across it). The rule is left to
// idna.Lookup, which checks it, on the joiner with the letter and marks on
// each side of it (at most joinerContext runes each, not before lo): a
// bounded probe, so a text full of joiners is still read in linear time. A
// joiner with no label character after it, at a label's edge, is not part
// of the host, nor one with an ASCII character before it: no context
// allows that.
func joinerInLabel(text string, lo, i int) bool {
	if i <= lo || text[i-1] < utf8.RuneSelf {
		return false
	}
	j := i
	for n := 0; j > lo && n < joinerContext; n++ {
		r, size := utf8.DecodeLastRuneInString(text[lo:j])
		if r < utf8.RuneSelf || !isLabelRune(r) {
			break
		}
		j -= size
		if !unicode.IsMark(r) {
			break
		}
	}
	_, size := utf8.DecodeRuneInString(text[i:])
	k := i + size
	if k >= len(text) || !labelCharAt(text, k) {
		return false
	}
	for n := 0; k < len(text) && n < joinerContext; n++ {
		r, size := utf8.DecodeRuneInString(text[k:])
		if r == '-' || !isLabelRune(r) {
			break
		}
		k += size
		if !unicode.IsMark(r) {
			break
		}
	}
	_, err := idna.Lookup.ToASCII(text[j:k])
	return err == nil
}

func openerOf(r rune) rune {
	switch r {
	case ')':
		return '('
	case ']':
		return '['
	case '}':
		return '{'
	}
	return '（'
}

// isURLRune reports whether a non-ASCII rune may be inside a URL: the IRI
// characters of RFC 3987 (including private use), less separators (spaces)
// and format characters (zero-width space, bidi controls, U+FEFF, …), which
// would let a link hide or extend past what the reader sees.
func isURLRune(r rune, size int) bool {
	switch {
	case r == utf8.RuneError && size == 1:
		return false
	case r < 0xA0:
		return false
	case r >= 0xD800 && r <= 0xDFFF, r >= 0xFDD0 && r <= 0xFDEF, r&0xFFFE == 0xFFFE, r >= 0xFFF0 && r <= 0xFFFF:
		return false
	case r >= 0xE0000 && r <= 0xE0FFF:
		return false
	}
	return !unicode.In(r, unicode.Z, unicode.Cf, unicode.Cc)
}

// isEndRune reports whether a non-ASCII URL rune may end a URL: not
// punctuation (closing quotes ” ’ », full stops 。, …), except dashes.
func isEndRune(r rune) bool {
	return !unicode.IsPunct(r) || unicode.Is(unicode.Pd, r)
}

// isLabelRune reports whether r may be in a host name label: ASCII letters,
// digits and '-', and any other letter, mark or number (IDN), as xurls.
func isLabelRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiClass[r]&cLabel != 0
	}
	return unicode.In(r, unicode.L, unicode.M, unicode.N)
}

// labelCharAt reports whether a label character other than '-' starts at i.
// Small enough to be inlined: the rune case is a call of its own.
func labelCharAt(text string, i int) bool {
	if c := text[i]; c < utf8.RuneSelf {
		return asciiAlnum[c]
	}
	return labelRuneAt(text[i:])
}

// asciiAlnum is asciiClass's cAlnum as a bool a byte, which keeps
// labelCharAt small enough to inline.
var asciiAlnum = func() (t [256]bool) {
	for c := range t {
		t[c] = asciiClass[c]&cAlnum != 0
	}
	return t
}()

// labelRuneAt reports whether s starts with a label rune.
func labelRuneAt(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return isLabelRune(r)
}

func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}
