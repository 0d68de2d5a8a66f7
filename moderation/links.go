package moderation

import (
	"context"
	"fmt"
	"net/netip"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/commentkit/commentkit/linkify"
	"golang.org/x/net/publicsuffix"
)

// Codes of the link checks that the table does not name. They are
// as stable as the others.
const (
	// CodePromoLink: a link to where self-promotion points (a social
	// profile or page, a streaming or music profile, crowdfunding, a
	// petition, an app store, file sharing, a "get paid to" site).
	CodePromoLink = "promo_link"
	// CodeBareLink: a comment that is little more than a link.
	CodeBareLink = "bare_link"
	// CodeExternalLink: a link to another site (not an allowed domain).
	CodeExternalLink = "external_link"
)

var (
	shortenerHosts = newHostSet(readList("shorteners.txt"))
	freeMailHosts  = newHostSet(readList("freemail.txt"))
	affiliateHosts = newHostSet(readList("affiliate-hosts.txt"))
	promoHosts     = newHostSet(readList("promo-hosts.txt"))
	affiliateKeys  = lowerSet(readList("affiliate-params.txt"))
	affiliateIDs   = lowerSet(readList("affiliate-id-params.txt"))
	referralPaths  = readReferralPaths(readList("referral-paths.txt"))
	referralLeads  = siteLeads(referralPaths)
)

func lowerSet(list []string) map[string]bool {
	m := make(map[string]bool, len(list))
	for _, s := range list {
		m[strings.ToLower(s)] = true
	}
	return m
}

// linkHost returns the host and registrable domain of l. linkify fills
// both; a Link built by hand may leave them empty, and then they are read
// from its URL.
func linkHost(l linkify.Link) (host, domain string) {
	host, domain, _ = linkHostOf(&l)
	return host, domain
}

// linkHostOf is linkHost, and reports whether l.Domain is normal as it is
// (isNormalHost: ASCII with no capital letter, so strings.ToLower gives
// it back unchanged), which normalising it finds out anyway.
func linkHostOf(l *linkify.Link) (host, domain string, domainLower bool) {
	domainLower = isNormalHost(l.Domain)
	host, domain = normaliseHost(l.Host), l.Domain
	if !domainLower {
		domain = normaliseHost(domain)
	}
	if host == "" && !l.Email {
		if u, err := url.Parse(l.URL); err == nil {
			host = normaliseHost(u.Hostname())
		}
	}
	if l.Email && domain == "" {
		domain = mailHost(l)
	}
	if domain == "" && host != "" {
		domain = registrableDomain(host)
	}
	return host, domain, domainLower
}

// isLocalHost reports whether host, as linkHost gives it, names no site
// on the public internet: localhost (RFC 6761), or an IP address that is
// not a public one (loopback, private, link-local, unspecified, shared
// carrier-grade NAT, and the ranges set aside for documentation: RFC 5737,
// RFC 3849). Comments on technical articles are full of them
// ("http://localhost:8080/healthz", "nginx on 10.0.0.12"), and such a
// link promotes no one: it leads each reader to their own machine or
// network. The link checks count them as they count the site's own
// domains, not at all. (It is still linked in Result.HTML, as linkify
// links any URL.)
func isLocalHost(host string) bool {
	if host == "" {
		return false
	}
	if last := host[len(host)-1]; last < '0' || last > '9' {
		if strings.IndexByte(host, ':') < 0 {
			// A name, the usual case: one comparison of its last label.
			return host == "localhost" || strings.HasSuffix(host, ".localhost")
		}
	}
	a, err := netip.ParseAddr(strings.TrimSuffix(strings.TrimPrefix(host, "["), "]"))
	if err != nil {
		return false
	}
	a = a.Unmap()
	return !a.IsGlobalUnicast() || a.IsPrivate() || slices.ContainsFunc(nonPublicPrefixes, func(p netip.Prefix) bool { return p.Contains(a) })
}

// nonPublicPrefixes are the global unicast ranges that reach no public
// site: shared address space for carrier-grade NAT (RFC 6598) and the
// documentation ranges (RFC 5737, RFC 3849).
var nonPublicPrefixes = []netip.Prefix{
	netip.MustParsePrefix("100.64.0.0/10"),
	netip.MustParsePrefix("192.0.2.0/24"),
	netip.MustParsePrefix("198.51.100.0/24"),
	netip.MustParsePrefix("203.0.113.0/24"),
	netip.MustParsePrefix("2001:db8::/32"),
}

// mailHost returns the host an e-mail link's address is at, from its
// URL (mailto:name@host?…), normalised as a link's host is; "" for none.
func mailHost(l *linkify.Link) string {
	if i := strings.LastIndexByte(l.URL, '@'); i >= 0 {
		return normaliseHost(strings.SplitN(l.URL[i+1:], "?", 2)[0])
	}
	return ""
}

// registrableDomain returns the public suffix of host plus one label
// (forum.example.co.uk → example.co.uk), or host itself when it has none.
func registrableDomain(host string) string {
	if strings.Count(host, ".") < 2 {
		// One label, or two: a public suffix plus one label, or a public
		// suffix itself (github.io), both their own domain, as
		// EffectiveTLDPlusOne would say after a look-up and, for a name,
		// the error of parsing it as an IP address: the author's e-mail
		// domain comes here on each Check of a comment with links.
		return host
	}
	if d, err := publicsuffix.EffectiveTLDPlusOne(host); err == nil {
		return d
	}
	return host
}

// linkChecker holds what the link checks share: the allowed domains, whose
// links never count against a comment.
type linkChecker struct {
	allowed hostSet
}

func newLinkChecker(allowed []string) linkChecker {
	return linkChecker{allowed: newAllowedSet(allowed)}
}

// counted calls fn for each link of v that allows does not exempt, with
// its site.
func (c linkChecker) counted(v *View, fn func(l *linkify.Link, site *linkSite)) {
	sites := v.linkSites()
	if len(c.allowed) == 0 {
		// No allowed domain, as on most sites: only the local links are
		// exempt, told by a field of the site. allows is too big to be
		// inlined, and eight link checks called it for each link.
		for i := range sites {
			if !sites[i].local {
				fn(&v.Links[i], &sites[i]) // a pointer: a Link is eleven words, copied for each call
			}
		}
		return
	}
	for i := range sites {
		if !c.allows(&v.Links[i], &sites[i]) {
			fn(&v.Links[i], &sites[i])
		}
	}
}

// allows reports whether link l, whose site is site, leads to no public
// site (linkSite.local) or is at an allowed domain: its host, or for an
// e-mail address its mail domain or the host the address is at
// (support@help.example.com, with help.example.com allowed).
func (c linkChecker) allows(l *linkify.Link, site *linkSite) bool {
	if site.local {
		return true
	}
	// Most sites allow no domain: then no call to match for each link of
	// each of the link checks.
	if len(c.allowed) == 0 {
		return false
	}
	if c.allowed.match(site.host) != "" {
		return true
	}
	return site.host == "" && (c.allowed.match(site.domain) != "" || (l.Email && c.allowed.match(mailHost(l)) != ""))
}

// MaxLinksCheck flags a comment with more than Max links
// (CodeTooManyLinks), not counting links to its allowed domains.
type MaxLinksCheck struct {
	Max   int     // links allowed; more fire the flag
	Score float64 // the flag's score
	links linkChecker
	// details[k] is the flag's Detail for Max+1+k links, written by
	// MaxLinks for the Max it was given (detailsMax): the flag fires on
	// every comment with a few links, and the Detail was an allocation
	// of each.
	details    []string
	detailsMax int
}

// maxLinksDetails is how many counts of links over Max have their Detail
// written in advance: more links than Max plus this are rare.
const maxLinksDetails = 16

// MaxLinks returns a check that flags more than n links (CodeTooManyLinks,
// score TooManyLinksScore); links to allowed domains (and their subdomains)
// do not count. n < 0 turns the check off.
func MaxLinks(n int, allowed ...string) *MaxLinksCheck {
	c := &MaxLinksCheck{Max: n, Score: TooManyLinksScore, links: newLinkChecker(allowed), detailsMax: n}
	if n >= 0 {
		c.details = make([]string, maxLinksDetails)
		for k := range c.details {
			c.details[k] = tooManyLinksDetail(n+1+k, n)
		}
	}
	return c
}

// Codes returns the codes the check raises.
func (c *MaxLinksCheck) Codes() []string { return []string{CodeTooManyLinks} }

// Check implements Checker.
func (c *MaxLinksCheck) Check(_ context.Context, v *View) []Flag { return flagSlice(c.flag(v)) }

func (c *MaxLinksCheck) flag(v *View) (Flag, bool) {
	if c.Max < 0 {
		return Flag{}, false
	}
	n := 0
	c.links.counted(v, func(*linkify.Link, *linkSite) { n++ })
	if n <= c.Max {
		return Flag{}, false
	}
	if k := n - c.Max - 1; c.Max == c.detailsMax && k < len(c.details) {
		return Flag{Code: CodeTooManyLinks, Score: c.Score, Detail: c.details[k]}, true
	}
	return Flag{Code: CodeTooManyLinks, Score: c.Score, Detail: tooManyLinksDetail(n, c.Max)}, true
}

// tooManyLinksDetail says how many links a comment has, over max.
// Concatenated rather than formatted: fmt costs more than the check.
func tooManyLinksDetail(n, max int) string {
	has := strconv.Itoa(n) + " links; "
	if n == 1 {
		has = "1 link; "
	}
	switch max {
	case 0:
		return has + "no links are allowed"
	case 1:
		return has + "at most 1 is allowed"
	}
	return has + "at most " + strconv.Itoa(max) + " are allowed"
}

// sharedPlatforms are sites where many people each have a page: the
// platforms CodeRepeatHost leaves out, and the hosts of promotion links.
var sharedPlatforms = newHostSet(readList("platform-hosts.txt"), readList("promo-hosts.txt"))

// AuthorLinkCheck flags a link to the commenter's own site
// (CodeAuthorLink): the registrable domain of Comment.AuthorURL, or of
// Comment.AuthorEmail unless that is a free-mail provider.
type AuthorLinkCheck struct {
	Score float64
	links linkChecker
}

// AuthorLink returns the check for links to the author's own domain
// (CodeAuthorLink, score AuthorLinkScore). Links to allowed domains never
// count: a site's own staff may link to it.
func AuthorLink(allowed ...string) *AuthorLinkCheck {
	return &AuthorLinkCheck{Score: AuthorLinkScore, links: newLinkChecker(allowed)}
}

// Codes returns the codes the check raises.
func (c *AuthorLinkCheck) Codes() []string { return []string{CodeAuthorLink} }

// Check implements Checker.
func (c *AuthorLinkCheck) Check(_ context.Context, v *View) []Flag { return flagSlice(c.flag(v)) }

func (c *AuthorLinkCheck) flag(v *View) (Flag, bool) {
	if len(v.Links) == 0 {
		return Flag{}, false
	}
	var sites [2]authorSite // the author's URL and e-mail address
	own := appendAuthorSites(sites[:0], v.Comment)
	if len(own) == 0 {
		return Flag{}, false
	}
	var hit string
	c.links.counted(v, func(l *linkify.Link, site *linkSite) {
		if l.Email {
			return // the commenter's own address is contact details (CodeContact), not a link to their site
		}
		for _, s := range own {
			if hit == "" && s.covers(l, site.host, site.domain) {
				hit = s.name
			}
		}
	})
	if hit == "" {
		return Flag{}, false
	}
	return Flag{Code: CodeAuthorLink, Score: c.Score,
		Detail: "links to " + hit + ", the commenter's own site"}, true
}

// authorSite is where the commenter's own pages are: a registrable domain,
// or on a shared platform, a host (alice.wordpress.com) or a host and path
// (github.com/alice).
type authorSite struct {
	name   string // for the Detail
	domain string // the registrable domain; set for a site of one's own
	host   string // the host on a shared platform
	path   string // the path prefix on a shared platform, lower case, no trailing '/'
}

func (s authorSite) covers(l *linkify.Link, host, domain string) bool {
	if s.domain != "" {
		return domain == s.domain
	}
	if host != s.host && !strings.HasSuffix(host, "."+s.host) {
		return false
	}
	if s.path == "" {
		return true
	}
	p := strings.ToLower(linkPath(l.URL))
	return p == s.path || strings.HasPrefix(p, s.path+"/") || strings.HasPrefix(p, s.path+"?")
}

// afterScheme returns where what follows the first "://" of rawURL
// starts, or -1 when it has none. Nearly every link's URL starts with
// "https://" or "http://" (linkify writes the scheme in lower case), which
// one comparison settles: the link checks and the duplicate check each
// looked for the "://" of every link's URL with a search.
func afterScheme(rawURL string) int {
	switch {
	case strings.HasPrefix(rawURL, "https://"):
		return len("https://")
	case strings.HasPrefix(rawURL, "http://"):
		return len("http://")
	}
	if i := strings.Index(rawURL, "://"); i >= 0 {
		return i + len("://")
	}
	return -1
}

// linkPath returns the path of rawURL, with its query, without a
// trailing '/'.
func linkPath(rawURL string) string {
	if i := afterScheme(rawURL); i >= 0 {
		rawURL = rawURL[i:]
	}
	if i := strings.IndexByte(rawURL, '/'); i >= 0 {
		return strings.TrimSuffix(rawURL[i:], "/")
	}
	return ""
}

// appendAuthorSites appends to out the sites of the author's URL and
// e-mail address (a free-mail provider's excepted).
func appendAuthorSites(out []authorSite, c Comment) []authorSite {
	if u := strings.TrimSpace(c.AuthorURL); u != "" {
		if !strings.Contains(u, "://") {
			u = "http://" + u
		}
		if p, err := url.Parse(u); err == nil {
			if h, ok := canonicalHost(p.Hostname()); ok {
				out = appendSite(out, h, strings.TrimSuffix(strings.ToLower(p.EscapedPath()), "/"))
			}
		}
	}
	if e := strings.TrimSpace(c.AuthorEmail); e != "" {
		if i := strings.LastIndexByte(e, '@'); i >= 0 {
			if h, ok := canonicalHost(e[i+1:]); ok && freeMailHosts.match(h) == "" {
				out = appendSite(out, h, "")
			}
		}
	}
	return out
}

// appendSite adds the site of host and path: the registrable domain, or on
// a shared platform the author's own subdomain or path there. A platform's
// home page alone names no page of the author's.
func appendSite(out []authorSite, host, path string) []authorSite {
	domain := registrableDomain(host)
	platform := sharedPlatforms.match(host)
	if platform == "" {
		return append(out, authorSite{name: domain, domain: domain})
	}
	if path != "" {
		// github.com/alice, m.facebook.com/alice: the page, on any host of
		// the platform.
		return append(out, authorSite{name: host + path, host: platform, path: path})
	}
	if host != platform {
		return append(out, authorSite{name: host, host: host}) // alice.wordpress.com
	}
	return out
}

// hostListCheck flags links whose host is on a list.
type hostListCheck struct {
	code   string
	list   int    // the built-in host list (listShorteners, …)
	detail string // format with the host matched
	links  linkChecker
	// front says a link to the listed host's own front page does not
	// count (frontPage): PromoLinkCheck's, whose hosts hold profiles.
	front bool
}

func (c *hostListCheck) flag(v *View, score float64) (Flag, bool) {
	var hits []string
	c.links.counted(v, func(l *linkify.Link, site *linkSite) {
		if h := site.listed(c.list); h != "" && !contains(hits, h) && !(c.front && frontPage(l, site.host, h)) {
			hits = append(hits, h)
		}
	})
	if len(hits) == 0 {
		return Flag{}, false
	}
	return Flag{Code: c.code, Score: score, Detail: fmt.Sprintf(c.detail, strings.Join(hits, ", "))}, true
}

// frontPage reports whether the link l, at host, is the front page of
// the listed host h itself ("https://bandcamp.com/", "www.patreon.com"),
// with no path, query or fragment: the platform's own page, on which no
// one's profile, campaign or file is. A user's subdomain
// ("artist.bandcamp.com") or any path ("/c/name", "?ref=…") is someone's.
func frontPage(l *linkify.Link, host, h string) bool {
	if !strings.EqualFold(host, h) && !(len(host) == len(h)+4 && strings.EqualFold(host[:4], "www.") && strings.EqualFold(host[4:], h)) {
		return false
	}
	rest := l.URL
	if i := afterScheme(rest); i >= 0 {
		rest = rest[i:]
	}
	i := 0
	for i < len(rest) && rest[i] != '/' && rest[i] != '?' && rest[i] != '#' {
		i++
	}
	return i == len(rest) || i == len(rest)-1 && rest[i] == '/'
}

// ShortenerCheck flags links through a URL shortener (CodeShortener): the
// reader cannot see where they lead.
type ShortenerCheck struct {
	Score float64
	list  hostListCheck
}

// Shorteners returns the shortener check (CodeShortener, score
// ShortenerScore) over the embedded list lists/shorteners.txt. Allowed
// domains never count.
func Shorteners(allowed ...string) *ShortenerCheck {
	return &ShortenerCheck{Score: ShortenerScore, list: hostListCheck{
		code: CodeShortener, list: listShorteners, links: newLinkChecker(allowed),
		detail: "links through %s, a URL shortener that hides where the link leads",
	}}
}

// Codes returns the codes the check raises.
func (c *ShortenerCheck) Codes() []string { return []string{CodeShortener} }

// Check implements Checker.
func (c *ShortenerCheck) Check(_ context.Context, v *View) []Flag { return flagSlice(c.flag(v)) }

// A shortened link that only a quotation gives is a reader's report of
// what someone else sent ("My mum got \"Your account is suspended. Click
// bit.ly/… to restore\" — please warn your parents"): it weighs half,
// and nothing in a comment that calls what it quotes a scam or warns of
// it (reportsScam), as a number only a quotation gives does for contact.
// A shortener a spammer quotes himself still weighs half, beside the
// other signs of his comment.
func (c *ShortenerCheck) flag(v *View) (Flag, bool) {
	f, ok := c.list.flag(v, c.Score)
	if !ok || !c.onlyQuoted(v) {
		return f, ok
	}
	if reportsScam(v.words()) {
		f.Score, f.Detail = 0, f.Detail+" (quoted in a warning of a scam)"
	} else {
		f.Score, f.Detail = f.Score/2, f.Detail+" (only inside a quotation)"
	}
	return f, true
}

// onlyQuoted reports whether every shortened link of v stands inside a
// quotation. It reads the quotations only for a comment with one.
func (c *ShortenerCheck) onlyQuoted(v *View) bool {
	all := true
	var quotes []quoteSpan
	read := false
	c.list.links.counted(v, func(l *linkify.Link, site *linkSite) {
		if !all || site.listed(c.list.list) == "" {
			return
		}
		if !read {
			quotes, read = v.quotes(), true
		}
		all = quoted(quotes, l.Start, l.End)
	})
	return all
}

// PromoLinkCheck flags links to where self-promotion points
// (CodePromoLink): social profiles and pages, streaming and music
// profiles, crowdfunding, petitions, app stores, file sharing.
type PromoLinkCheck struct {
	Score float64
	list  hostListCheck
}

// PromoLinks returns the promotion-host check (CodePromoLink, score
// PromoLinkScore) over the embedded list lists/promo-hosts.txt. Allowed
// domains never count.
func PromoLinks(allowed ...string) *PromoLinkCheck {
	return &PromoLinkCheck{Score: PromoLinkScore, list: hostListCheck{
		code: CodePromoLink, list: listPromo, links: newLinkChecker(allowed),
		detail: "links to %s, where self-promotion usually points", front: true,
	}}
}

// Codes returns the codes the check raises.
func (c *PromoLinkCheck) Codes() []string { return []string{CodePromoLink} }

// Check implements Checker.
func (c *PromoLinkCheck) Check(_ context.Context, v *View) []Flag { return flagSlice(c.flag(v)) }

func (c *PromoLinkCheck) flag(v *View) (Flag, bool) { return c.list.flag(v, c.Score) }

// AffiliateCheck flags affiliate and referral links (CodeAffiliate): a
// host of an affiliate network, or a query parameter that carries a
// referrer's id (Amazon's tag=, ref=, aff_id=, …).
type AffiliateCheck struct {
	Score float64
	links linkChecker
}

// Affiliate returns the affiliate-link check (CodeAffiliate, score
// AffiliateScore) over lists/affiliate-hosts.txt,
// lists/affiliate-params.txt (a value that looks like an id) and
// lists/affiliate-id-params.txt (any value). Allowed domains never count.
func Affiliate(allowed ...string) *AffiliateCheck {
	return &AffiliateCheck{Score: AffiliateScore, links: newLinkChecker(allowed)}
}

// Codes returns the codes the check raises.
func (c *AffiliateCheck) Codes() []string { return []string{CodeAffiliate} }

// Check implements Checker.
func (c *AffiliateCheck) Check(_ context.Context, v *View) []Flag { return flagSlice(c.flag(v)) }

func (c *AffiliateCheck) flag(v *View) (Flag, bool) {
	var detail string
	c.links.counted(v, func(l *linkify.Link, site *linkSite) {
		if detail != "" || l.Email {
			return
		}
		host := site.host
		if h := site.listed(listAffiliate); h != "" {
			detail = fmt.Sprintf("links through %s, an affiliate network", h)
			return
		}
		if key, ok := affiliateParam(l.URL); ok {
			detail = fmt.Sprintf("links to %s with a referral id (%s)", host, key)
			return
		}
		if seg, ok := referralPath(l.URL, site); ok {
			detail = fmt.Sprintf("links to %s with a referral path (/%s/)", host, seg)
		}
	})
	if detail == "" {
		return Flag{}, false
	}
	return Flag{Code: CodeAffiliate, Score: c.Score, Detail: detail}, true
}

// affiliatePathSegments name a referral id in a URL's path
// (example.com/ref/alice42, example.com/refer/bob7).
var affiliatePathSegments = map[string]bool{"ref": true, "refer": true, "referral": true, "aff": true, "affiliate": true, "invite": true}

// affiliateSegmentLeads has, for each length of the segments of
// affiliatePathSegments, a bit for the first letter of each (a = bit 0).
var affiliateSegmentLeads = func() (t [10]uint32) {
	for seg := range affiliatePathSegments {
		t[len(seg)] |= 1 << (seg[0] - 'a')
	}
	return t
}()

// isAffiliateSegment reports whether seg, in any case, is one of
// affiliatePathSegments. Every segment of every link's path comes here,
// and nearly none is one: a segment whose length and first letter are
// those of none is told apart with one load, without lower-casing it.
func isAffiliateSegment(seg string) bool {
	if len(seg) < 3 || len(seg) >= len(affiliateSegmentLeads) {
		return false
	}
	c := seg[0] | 0x20
	if c < 'a' || c > 'z' || affiliateSegmentLeads[len(seg)]&(1<<(c-'a')) == 0 {
		return false
	}
	return affiliatePathSegments[strings.ToLower(seg)]
}

// readReferralPaths reads lists/referral-paths.txt: for each site (a
// registrable domain or a host, lower case), the first path segment that
// carries a referrer's id there.
func readReferralPaths(lines []string) map[string]string {
	out := make(map[string]string, len(lines))
	for _, line := range lines {
		site, seg, ok := strings.Cut(line, " ")
		if !ok || site == "" || seg == "" {
			panic("moderation: lists/referral-paths.txt: want \"site segment\", got " + line)
		}
		out[strings.ToLower(site)] = strings.ToLower(seg)
	}
	return out
}

// leadSet has, for each first byte, a bit for each length (capped at 63)
// of the names of a map that start with it.
type leadSet [256]uint64

// siteLeads is the leadSet of the keys of m.
func siteLeads(m map[string]string) *leadSet {
	var t leadSet
	for k := range m {
		t[k[0]] |= 1 << min(len(k), 63)
	}
	return &t
}

// may reports whether name may be a key of the set's map.
func (t *leadSet) may(name string) bool {
	return name != "" && t[name[0]]&(1<<min(len(name), 63)) != 0
}

// referralPath reports whether rawURL, on site, is a referral link of
// lists/referral-paths.txt: its host or registrable domain is listed and
// its path starts with the listed segment and an id after it
// ("airbnb.com/c/jessn4"). It returns the segment. Only the links of
// listed sites are read past a map look-up, and nothing is allocated.
func referralPath(rawURL string, site *linkSite) (string, bool) {
	if site.domain == "" {
		return "", false
	}
	// host and domain are normal (lower case, no trailing dot: linkHostOf).
	// Nearly no site is listed: one load on its first byte and length
	// rules out the rest without hashing the name.
	seg, ok := "", false
	if referralLeads.may(site.host) {
		seg, ok = referralPaths[site.host]
	}
	if !ok && site.domain != site.host && referralLeads.may(site.domain) {
		seg, ok = referralPaths[site.domain]
	}
	if !ok {
		return "", false
	}
	from := max(afterScheme(rawURL), 0)
	slash := strings.IndexAny(rawURL[from:], "/?#")
	if slash < 0 || rawURL[from+slash] != '/' {
		return "", false // no path: "airbnb.com?next=/c/x" has a query only
	}
	path := rawURL[from+slash+1:]
	if len(path) <= len(seg)+1 || !strings.EqualFold(path[:len(seg)], seg) || path[len(seg)] != '/' {
		return "", false
	}
	id := path[len(seg)+1:]
	if end := strings.IndexAny(id, "/?#"); end >= 0 {
		id = id[:end]
	}
	if len(id) < 3 {
		return "", false
	}
	return seg, true
}

// affiliateParam returns the first query parameter of rawURL that carries
// a referral id, or the path segment before one: a listed name whose value
// looks like an id (it has a digit or a capital letter and at least four
// characters), not a word such as Facebook's "ref=hl" or "ref=stream".
func affiliateParam(rawURL string) (string, bool) {
	from := max(afterScheme(rawURL), 0)
	// One pass over the host and path, to the query or the fragment:
	// every link of a comment comes here, and nearly no path names a
	// referral, so each segment that has one after it is tested where
	// its '/' is found, and the one after is cut only behind a segment
	// that names one.
	seg := -1 // where the segment being read starts; -1 in the host
	end := len(rawURL)
	for i := from; i < len(rawURL); i++ {
		c := rawURL[i]
		if c == '?' || c == '#' {
			end = i
			break
		}
		if c != '/' {
			continue
		}
		if seg >= 0 && isAffiliateSegment(rawURL[seg:i]) {
			next := i + 1
			for next < len(rawURL) && rawURL[next] != '/' && rawURL[next] != '?' && rawURL[next] != '#' {
				next++
			}
			if looksLikeID(rawURL[i+1 : next]) {
				return rawURL[seg:i], true
			}
		}
		seg = i + 1
	}
	// The query follows the first '?' of the URL: before the "://" of
	// a link that carries a URL in its query, or after a '#'.
	q := strings.IndexByte(rawURL[:from], '?')
	if q < 0 {
		q = end
		if q < len(rawURL) && rawURL[q] != '?' {
			if j := strings.IndexByte(rawURL[q:], '?'); j >= 0 {
				q += j
			} else {
				q = len(rawURL)
			}
		}
	}
	if q == len(rawURL) {
		return "", false
	}
	query := rawURL[q+1:]
	if h := strings.IndexByte(query, '#'); h >= 0 {
		query = query[:h]
	}
	// The pairs between '&' and ';', empty ones skipped. A value that
	// does not look like an id ("page=2") needs no look-up of its name.
	for query != "" {
		i := 0
		for i < len(query) && query[i] != '&' && query[i] != ';' {
			i++
		}
		pair := query[:i]
		query = query[min(i+1, len(query)):]
		key, val, _ := strings.Cut(pair, "=")
		if !looksLikeID(val) && !hasAlnum(val) {
			continue
		}
		key = strings.TrimPrefix(strings.ToLower(key), "amp;")
		if affiliateIDs[key] || affiliateKeys[key] && looksLikeID(val) {
			return key, true
		}
	}
	return "", false
}

// hasAlnum reports whether s has an ASCII letter or digit: the value of a
// parameter that names an affiliate id is one if it has any.
func hasAlnum(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool {
		return '0' <= r && r <= '9' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	}) >= 0
}

// looksLikeID reports whether s reads as an id rather than a word: at
// least four characters, one of them a digit or a capital letter.
func looksLikeID(s string) bool {
	return len(s) >= 4 && strings.IndexFunc(s, func(r rune) bool { return ('0' <= r && r <= '9') || ('A' <= r && r <= 'Z') }) >= 0
}

// ExternalLinkCheck flags a comment that links to another site
// (CodeExternalLink): most comment spam exists to carry a link, so a link
// is evidence, but readers cite sources too, so its score is well below a
// hold. Links to allowed domains (the site's own) never count, nor those
// to a government's site (irs.gov, www.gov.uk, who.int: publicOffice),
// which no link dropper can own. Links that only a warning's quotation
// gives are reported with no weight (quotedWarning).
type ExternalLinkCheck struct {
	Score float64
	links linkChecker
}

// ExternalLinks returns the external-link check (CodeExternalLink, score
// ExternalLinkScore).
func ExternalLinks(allowed ...string) *ExternalLinkCheck {
	return &ExternalLinkCheck{Score: ExternalLinkScore, links: newLinkChecker(allowed)}
}

// Codes returns the codes the check raises.
func (c *ExternalLinkCheck) Codes() []string { return []string{CodeExternalLink} }

// Check implements Checker.
func (c *ExternalLinkCheck) Check(_ context.Context, v *View) []Flag { return flagSlice(c.flag(v)) }

func (c *ExternalLinkCheck) flag(v *View) (Flag, bool) {
	var named [3]string // the Detail names at most three
	hosts := named[:0]
	var spanBuf [3][2]int // where the links counted stand, while they are few
	spans, many := spanBuf[:0], false
	c.links.counted(v, func(l *linkify.Link, site *linkSite) {
		if l.Email {
			return // an address is contact details, not a link to a site
		}
		if site.office {
			return // a government's site: no one's to promote (publicOffice)
		}
		if len(spans) < len(spanBuf) {
			spans = append(spans, [2]int{l.Start, l.End})
		} else {
			many = true
		}
		domain := site.domain
		if domain == "" {
			domain = site.host
		}
		if len(hosts) < len(named) && !contains(hosts, domain) {
			hosts = append(hosts, domain)
		}
	})
	// One concatenation of at most three names: "links to " plus
	// strings.Join was two allocations on every comment with a link.
	var detail string
	switch len(hosts) {
	case 0:
		return Flag{}, false
	case 1:
		detail = "links to " + hosts[0]
	case 2:
		detail = "links to " + hosts[0] + ", " + hosts[1]
	default:
		detail = "links to " + hosts[0] + ", " + hosts[1] + ", " + hosts[2]
	}
	if !many && quotedWarning(v, spans) {
		return Flag{Code: CodeExternalLink, Score: 0, Detail: detail + " (quoted in a warning of a scam)"}, true
	}
	return Flag{Code: CodeExternalLink, Score: c.Score, Detail: detail}, true
}

// quotedWarning reports whether every one of spans (where links stand in
// v.Text) is inside a quotation, in a comment that calls what it quotes
// a scam or a fake (reportsScam): "Got a text: 'Verify your vote now at
// electoral-check-uk.info'. This is a SCAM." The link is the scam's,
// reported, not the writer's. The quotations are read only for a comment
// with a link, the words only when every link is quoted.
func quotedWarning(v *View, spans [][2]int) bool {
	if len(spans) == 0 {
		return false
	}
	quotes := v.quotes()
	for _, sp := range spans {
		if !quoted(quotes, sp[0], sp[1]) {
			return false
		}
	}
	return reportsScam(v.words())
}

// BareLinkCheck flags a comment that is little more than a link
// (CodeBareLink): at most MaxWords words besides its links. Blog comment
// spam is often just a URL; a reader who shares a link to make a point
// says what it is, unless the link is to a government's page (as
// ExternalLinkCheck, it leaves those out), which is the answer itself,
// or is called a third party's site right before it ("Their site:
// <link>", "Prusa's website: <link>": othersSite), the answer to where a
// thing is; no one calls his own site "their site".
type BareLinkCheck struct {
	MaxWords int
	Score    float64
	links    linkChecker
}

// BareLinks returns the bare-link check (CodeBareLink, score BareLinkScore,
// at most BareLinkMaxWords other words). Allowed domains never count.
func BareLinks(allowed ...string) *BareLinkCheck {
	return &BareLinkCheck{MaxWords: BareLinkMaxWords, Score: BareLinkScore, links: newLinkChecker(allowed)}
}

// Codes returns the codes the check raises.
func (c *BareLinkCheck) Codes() []string { return []string{CodeBareLink} }

// Check implements Checker.
func (c *BareLinkCheck) Check(_ context.Context, v *View) []Flag { return flagSlice(c.flag(v)) }

func (c *BareLinkCheck) flag(v *View) (Flag, bool) {
	var first string
	n := 0
	words := -1 // the words besides links, up to MaxWords+1, once counted
	var before []mentionWord
	c.links.counted(v, func(l *linkify.Link, site *linkSite) {
		if l.Email {
			return // an address is contact details (CodeContact), not a link to a site
		}
		if site.office {
			return // a government's page, given as the answer ("https://www.gov.uk/check-mot-history")
		}
		if words < 0 {
			// Stop counting as soon as there are more than MaxWords.
			words = wordsBesideLinks(v, c.MaxWords+1)
		}
		if words <= c.MaxWords && l.Start > 0 && l.Start <= l.End && l.End <= len(v.Text) {
			// "Their site: <link>": a third party's, called so
			// (othersSite), the answer to where a thing is.
			if before = wordsBefore(before[:0], v, l); len(before) > 0 && before[len(before)-1].start == l.Start && othersSite(before, len(before)-1) {
				return
			}
		}
		if n == 0 {
			first = site.host
			if first == "" {
				first = site.domain
			}
		}
		n++
	})
	if n == 0 || words > c.MaxWords {
		return Flag{}, false
	}
	return Flag{Code: CodeBareLink, Score: c.Score,
		Detail: "little besides a link to " + first + " (" + countText(words, "other word") + ")"}, true
}

// countWords counts the words of s as splitWords would, without folding,
// up to max; but each Han or kana character counts as a word. Chinese and
// Japanese are written without spaces, so a run of them is a sentence, not
// a word: "ｍｉｘｉ．ｊｐ 懐かしい" says as much as "mixi.jp brings back
// memories".
func countWords(s string, max int) int {
	n, in := 0, false
	for _, r := range s {
		w := isWordLetter(r)
		if w && (!in || r >= '\u2e80' && unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana)) {
			n++
			if n >= max {
				return n
			}
		}
		in = w
	}
	return n
}

// HTMLLinkCheck flags link markup (CodeHTMLLink): <a href> anchors,
// BBCode [url] and Markdown [text](url), as stripping found them. No
// policy keeps a link's markup (only its URL, in the text, which is
// linked), so the markup itself says the comment was written for another
// kind of box, as pasted spam is.
type HTMLLinkCheck struct {
	Score float64
}

// HTMLLinks returns the link-markup check (CodeHTMLLink, score
// HTMLLinkScore).
func HTMLLinks() *HTMLLinkCheck { return &HTMLLinkCheck{Score: HTMLLinkScore} }

// Codes returns the codes the check raises.
func (c *HTMLLinkCheck) Codes() []string { return []string{CodeHTMLLink} }

// Check implements Checker.
func (c *HTMLLinkCheck) Check(_ context.Context, v *View) []Flag { return flagSlice(c.flag(v)) }

func (c *HTMLLinkCheck) flag(v *View) (Flag, bool) {
	m := v.Markup
	var kinds []string
	if n := len(m.Anchors); n > 0 {
		kinds = append(kinds, plural(n, "<a href> anchor"))
	}
	if n := len(m.BBCode); n > 0 {
		kinds = append(kinds, plural(n, "BBCode [url] link"))
	}
	if n := len(m.Markdown); n > 0 {
		kinds = append(kinds, plural(n, "Markdown link"))
	}
	if len(kinds) == 0 {
		return Flag{}, false
	}
	return Flag{Code: CodeHTMLLink, Score: c.Score,
		Detail: strings.Join(kinds, " and ") + " in a box that links plain URLs and takes no link markup"}, true
}

func plural(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return fmt.Sprintf("%d %ss", n, what)
}
