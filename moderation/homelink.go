package moderation

import (
	"context"
	"strings"

	"github.com/commentkit/commentkit/linkify"
	"golang.org/x/net/publicsuffix"
)

// CodeHomeLink: a link to the home page of a site, not to a page on it.
const CodeHomeLink = "home_link"

// platformHosts are the sites many unrelated people publish on
// (lists/platform-hosts.txt): their home page promotes no one's site.
var platformHosts = newHostSet(readList("platform-hosts.txt"))

// userSiteHosts are the platforms that give each user a site at a
// subdomain (lists/user-site-hosts.txt): the home page of
// alice.wordpress.com is Alice's.
var userSiteHosts = newHostSet(readList("user-site-hosts.txt"))

// HomeLinkCheck flags a comment that links to the home page of a site
// (CodeHomeLink): a link typed as an address, with its scheme or "www."
// (typedAsAddress), whose path is empty, "/" or the home page's file name
// ("https://www.example.com", "www.example.com/?ref=blog",
// "https://example.com/index.php"; isHomePage). A reader who cites a
// source links the page that says it; the link a comment spammer drops
// under generic praise ("Great post, very helpful!
// https://cheap-furniture-outlet.com") is the front door of the site it
// promotes, which is what the comment box's rule ("Comments are not for
// promoting your articles or other sites") forbids. With the external
// link it makes a hold, and Check weighs it no more than lifts the score
// to a hold (it never rejects); a trusted author's weighs nothing, so a
// regular may still recommend a tool by its home page.
//
// A site named bare, without scheme or "www.", counts when its name joins
// words with a hyphen (hyphenatedName: "Buy real followers, cheapest
// prices! growfast-social.com"), as link droppers type the names they
// bought for their keywords.
//
// Not counted: another site named in a sentence ("I moved to fastmail.com"), the
// home pages of platforms (lists/platform-hosts.txt: youtube.com,
// en.wikipedia.org…), which promote no one, and of public bodies
// (publicBody: irs.gov, ons.gov.uk, mit.edu, who.int), e-mail addresses
// and allowed domains; nor a home page the comment mentions as a reader
// does (readerMention): where the writer bought something ("Got my
// wedding shoes from https://www.example.co.uk/"), with a disclaimer ("no
// affiliation"), a third party named by the name its address spells
// ("Reuters has the full statement: https://www.reuters.com") in a
// comment that never says "we", or inside a quotation. A user's site on a platform (alice.wordpress.com,
// lists/user-site-hosts.txt) is a site and counts. A comment that is
// little besides its link (at most MaxWords other words, as BareLinkCheck
// counts them) is left to BareLinkCheck, which weighs it already: "fly.io"
// as the answer to a question is held, not rejected.
type HomeLinkCheck struct {
	MaxWords int
	Score    float64
	links    linkChecker
}

// HomeLinks returns the home-page link check (CodeHomeLink, score
// HomeLinkScore, for comments of more than BareLinkMaxWords words besides
// their links). Allowed domains never count.
func HomeLinks(allowed ...string) *HomeLinkCheck {
	return &HomeLinkCheck{MaxWords: BareLinkMaxWords, Score: HomeLinkScore, links: newLinkChecker(allowed)}
}

// Codes returns the codes the check raises.
func (c *HomeLinkCheck) Codes() []string { return []string{CodeHomeLink} }

// Check implements Checker.
func (c *HomeLinkCheck) Check(_ context.Context, v *View) []Flag { return flagSlice(c.flag(v)) }

func (c *HomeLinkCheck) flag(v *View) (Flag, bool) {
	var home string
	var scan mentionScan // made for the first home page, kept for the next
	c.links.counted(v, func(l *linkify.Link, site *linkSite) {
		if home != "" || l.Email || !typedAsAddress(l.Text) && !hyphenatedName(site) || !isHomePage(l.URL) || platformHome(site.host) || publicBody(site.host) {
			return
		}
		if scan.readerMention(v, l, site) {
			return
		}
		home = site.host
		if home == "" {
			home = site.domain
		}
	})
	if home == "" || wordsBesideLinks(v, c.MaxWords+1) <= c.MaxWords {
		return Flag{}, false
	}
	return Flag{Code: CodeHomeLink, Score: c.Score,
		Detail: "links to the home page of " + home + ", not to a page on it"}, true
}

// platformHome reports whether host is a platform's (youtube.com,
// en.wikipedia.org, www.blogspot.com), not a user's site on one
// (alice.blogspot.com).
func platformHome(host string) bool {
	p := platformHosts.match(host)
	if p == "" {
		return false
	}
	u := userSiteHosts.match(host)
	return u == "" || u == host
}

// publicBody reports whether host is under a suffix that only public
// bodies may register: a government's (gov, gov.uk, go.jp, gouv.fr…), a
// university's or school's (edu, ac.uk…), the military's or an
// international organisation's (int). A link dropper cannot own one, and
// a reader who names one by its home page cites it ("the ONS publishes
// them at https://www.ons.gov.uk").
func publicBody(host string) bool {
	public, _ := publicBodyKind(host)
	return public
}

// publicBodyKind reports whether host is a public body's (publicBody),
// and whether that body is a school or a university (edu, ac.uk…): one
// look-up in the Public Suffix List for both.
func publicBodyKind(host string) (public, school bool) {
	if host == "" || strings.IndexByte(host, '.') < 0 {
		return false, false
	}
	if governmentDomain(host) {
		return true, false
	}
	suffix, icann := publicsuffix.PublicSuffix(host)
	if !icann {
		return false, false
	}
	first, _, _ := strings.Cut(suffix, ".")
	public, alone, school := publicLabel(first)
	return public && (alone || first != suffix), school
}

// governmentDomains are governments' own domains under a top-level domain
// anyone may register under, so not in the Public Suffix List as gov.uk
// is: the Scottish Government's gov.scot and the Welsh Government's
// gov.wales and llyw.cymru, under which their agencies have their sites
// ("forestryandland.gov.scot"), and the European Union's europa.eu.
// Source: the governments' own sites (www.gov.scot, www.gov.wales,
// european-union.europa.eu); the .scot and .wales/.cymru registries keep
// those names for them.
var governmentDomains = []string{"gov.scot", "gov.wales", "llyw.cymru", "europa.eu"}

// publicAgencies are the public bodies of lists/public-agencies.txt: the
// national statistical institutes and meteorological services, and the
// domains of federal bodies, under domains anyone may register under.
var publicAgencies = newShapedHostSet(newHostSet(readList("public-agencies.txt")))

// governmentDomain reports whether host is one of governmentDomains or
// publicAgencies or under one, in any case and with a final dot or not.
func governmentDomain(host string) bool {
	host = strings.TrimSuffix(host, ".")
	if host == "" {
		return false
	}
	// Nearly every host ends otherwise than all of them: its last byte,
	// in either case, tells first (every entry is ASCII and ends with a
	// small letter, and EqualFold matches ASCII only to ASCII bytes).
	last := host[len(host)-1] | 0x20
	for _, d := range governmentDomains {
		if last == d[len(d)-1] && len(host) >= len(d) && strings.EqualFold(host[len(host)-len(d):], d) &&
			(len(host) == len(d) || host[len(host)-len(d)-1] == '.') {
			return true
		}
	}
	return publicAgencies.covers(lowerASCII(host)) // "www.destatis.de": lists/public-agencies.txt
}

// publicLabel tells of label, the first label of a public suffix ("gov"
// of gov.uk), whether only public bodies register under the suffixes that
// start with it (public), whether it is one of them on its own (alone:
// gov, edu, int, mil; "go" or "ac" alone is none), and whether those
// bodies are schools and universities (school: edu, ac). publicBody and
// officeLabel read this one list.
func publicLabel(label string) (public, alone, school bool) {
	switch label {
	case "gov", "int", "mil":
		return true, true, false
	case "edu":
		return true, true, true
	case "ac":
		return true, false, true
	case "govt", "gob", "gouv", "go", "gv", "gc", "police":
		return true, false, false
	case "nhs": // nhs.uk, where only the UK's National Health Service bodies register, as police.uk is the police's
		return true, false, false
	}
	return false, false, false
}

// publicOffice reports whether host is a public body's (publicBody) and
// not a school's or a university's: an e-mail address there is an
// office's ("outages@citywater.gov", "enquiries@ons.gov.uk"), given to
// reach a public service. No one sells or scams from one; a student has an
// address at their university (edu, ac.uk…) as anyone has one at a mail
// provider, so those count as any other address.
func publicOffice(host string) bool {
	public, school := publicBodyKind(host)
	return public && !school
}

// officeLabel is publicOffice's quick test: whether host ends in a
// label that only the suffixes of public bodies other than schools have
// (publicLabel), as its top-level domain ("gov", "mil", "int": irs.gov,
// who.int) or before a country's two letters ("gov" of ons.gov.uk,
// "gouv" of gouv.fr, "go" of go.jp, "int" of int.ar…). Hardly any link's
// host does, and those that do not skip the lookup in the Public Suffix
// List, which every link would pay (go.dev's "go" is no government's:
// "dev" is no country).
func officeLabel(host string) bool {
	host = strings.TrimSuffix(host, ".")
	if governmentDomain(host) {
		return true
	}
	last := host[strings.LastIndexByte(host, '.')+1:]
	if public, alone, school := publicLabel(last); public && alone && !school {
		return true
	}
	if len(last) != 2 || len(last) == len(host) {
		return false
	}
	rest := host[:len(host)-3]
	public, _, school := publicLabel(rest[strings.LastIndexByte(rest, '.')+1:])
	return public && !school
}

// typedAsAddress reports whether a link was typed as an address to
// follow, with its scheme or "www.", not as a name in a sentence; in
// full-width forms too ("ｈｔｔｐｓ：／／", "ＷＷＷ．", "www。"), which
// moderation reads as the same link.
func typedAsAddress(text string) bool {
	return hasWidePrefixFold(text, "https://") || hasWidePrefixFold(text, "http://") || hasWidePrefixFold(text, "www.")
}

// hasWidePrefixFold reports whether s starts with prefix, a lower-case
// ASCII word, in any case, with any of its characters in its full-width
// form and a dot as any full stop (isFullStop).
func hasWidePrefixFold(s, prefix string) bool {
	if hasPrefixFold(s, prefix) {
		return true // nearly every link
	}
	i := 0
	for _, r := range s {
		if i == len(prefix) {
			break
		}
		switch {
		case fullwidthFirst <= r && r <= fullwidthLast:
			r -= fullwidthOffset
		case isFullStop(r):
			r = '.'
		}
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		if r != rune(prefix[i]) {
			return false
		}
		i++
	}
	return i == len(prefix)
}

// isHomePage reports whether rawURL, an absolute URL as linkify writes
// it, has no path but "/" or the home page's file name ("/index.html").
// A query alone names no page ("?ref=blog" is
// the home page with a referral), nor does a fragment, but for the routes
// of pages that run in the browser ("#!/item/12", "#/item/12").
func isHomePage(rawURL string) bool {
	rest := rawURL
	if i := afterScheme(rest); i >= 0 {
		rest = rest[i:]
	}
	// The host (and port) end at the first '/', '?' or '#': a loop over
	// its few bytes, where strings.IndexAny built its set of three bytes
	// again for each link of each comment.
	i := 0
	for i < len(rest) && rest[i] != '/' && rest[i] != '?' && rest[i] != '#' {
		i++
	}
	if i == len(rest) {
		return true
	}
	if rest[i] == '/' {
		i++
		i += indexPageLen(rest[i:])
	}
	if i < len(rest) && rest[i] == '#' {
		return homeFragment(rest[i+1:])
	}
	return i >= len(rest) || rest[i] == '?'
}

// homeFragment reports whether a home page's URL with the fragment frag
// (after its '#') still shows the home page. A fragment that is a route,
// with a path of its own ("#!post1", "#/page", "#map=15/46.55/8.03"),
// shows a page; an anchor ("#top") is a place on the home page, and a
// key and value ("#friend=cd92db3f4") is what a query is: the home page
// still.
func homeFragment(frag string) bool {
	return frag == "" || frag[0] != '!' && strings.IndexByte(frag, '/') < 0
}

// indexPageLen returns the length of the file name of a site's home page
// ("index.html", "index.php", "default.aspx"…, any case) that starts path
// and ends it or is followed by a query or fragment, else 0: the home
// page by its file name is the home page.
func indexPageLen(path string) int {
	// Nearly every link's path is a page's: its first letter tells most of
	// them, before a search of the whole path.
	if path == "" || (path[0]|0x20 != 'i' && path[0]|0x20 != 'd') {
		return 0
	}
	end := strings.IndexAny(path, "/?#")
	if end < 0 {
		end = len(path)
	} else if path[end] == '/' {
		return 0
	}
	name, ext, ok := strings.Cut(path[:end], ".")
	if !ok || !strings.EqualFold(name, "index") && !strings.EqualFold(name, "default") {
		return 0
	}
	switch strings.ToLower(ext) {
	case "html", "htm", "shtml", "php", "asp", "aspx", "jsp":
		return end
	}
	return 0
}

// wordsBesideLinks counts the words of v.Text outside its links (allowed
// ones included: their text is not the commenter's own words either), as
// countWords counts them, up to max.
func wordsBesideLinks(v *View, max int) int {
	words, last := 0, 0
	for _, l := range v.Links {
		if l.Start >= last && l.End <= len(v.Text) && words < max {
			words += countWords(v.Text[last:l.Start], max-words)
			last = l.End
		}
	}
	if words < max {
		words += countWords(v.Text[last:], max-words)
	}
	return words
}

// hyphenatedName reports whether the first label of site's registrable
// domain joins words with a hyphen ("cheap-furniture-outlet.com",
// "growfast-social.com"): the name of a site bought for its keywords,
// which link droppers type bare ("Buy real followers! growfast-social.com")
// as readers type the names of the sites they know ("I moved to
// fastmail.com"). A name typed in another script ("bücher.de") is held
// in its punycode form ("xn--bcher-kva.de"), whose hyphens are its
// encoding's: it joins no words.
func hyphenatedName(site *linkSite) bool {
	domain := site.domain
	if domain == "" {
		domain = site.host
	}
	first, _, _ := strings.Cut(domain, ".")
	return strings.IndexByte(first, '-') > 0 && !hasPrefixFold(first, "xn--")
}
