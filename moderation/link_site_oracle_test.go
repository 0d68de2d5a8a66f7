package moderation

import (
	"math/rand/v2"
	"net/url"
	"slices"
	"strings"
	"testing"

	"github.com/commentkit/commentkit/linkify"
)

// linkHostBefore is linkHost as it was before eba1a29, which normalised
// the Domain of every link: an oracle for linkHostOf.
func linkHostBefore(l linkify.Link) (host, domain string) {
	host, domain = normaliseHost(l.Host), normaliseHost(l.Domain)
	if host == "" && !l.Email {
		if u, err := url.Parse(l.URL); err == nil {
			host = normaliseHost(u.Hostname())
		}
	}
	if l.Email && domain == "" {
		domain = mailHost(&l)
	}
	if domain == "" && host != "" {
		domain = registrableDomain(host)
	}
	return host, domain
}

// appendStateDomainsBefore is appendStateDomains as it was before
// eba1a29, which lower-cased the Domain of every link.
func (s *stateSettings) appendStateDomainsBefore(out []string, v *View) []string {
	sites := v.linkSites()
	for i, l := range v.Links {
		if l.Email || l.Domain == "" || sites[i].local || s.isAllowed(l.Domain) {
			continue
		}
		d := stateDomain(strings.ToLower(l.Domain))
		if !slices.Contains(out, d) {
			out = append(out, d)
			if len(out) == maxStateDomains {
				break
			}
		}
	}
	return out
}

// countedBefore is linkChecker.counted as it was before ad27c73, which
// asked allows of each link whether or not a domain is allowed: it
// returns the indexes of the links fn is called with.
func (c linkChecker) countedBefore(v *View) []int {
	var out []int
	sites := v.linkSites()
	for i := range sites {
		if !c.allows(&v.Links[i], &sites[i]) {
			out = append(out, i)
		}
	}
	return out
}

// linkOraclePieces are the links and words the random comments of
// TestLinkSiteOracles are made of: public sites and local ones, in any
// case, with "www.", a port, user info, a trailing dot, punycode, a
// public suffix alone, e-mail addresses and mailto: links.
var linkOraclePieces = []string{"https://example.com/a", "HTTPS://EXAMPLE.COM/b", "http://www.Example.com", "example.com",
	"http://localhost:8080/x", "http://127.0.0.1/", "https://192.168.1.10:8443/admin", "http://[::1]/", "http://10.0.0.1",
	"https://user:pw@shop.example.org:8080/p?q=1", "https://example.com./", "https://xn--bcher-kva.de/", "https://bücher.de",
	"https://github.io", "https://alice.github.io/blog", "bit.ly/abc", "mailto:Sales@Example.COM", "Sales@Example.com",
	"support@help.example.org", "https://sub.example.co.uk/x", "www.EXAMPLE.co.uk", "https://203.0.113.5/", "see", "and", " ", "\n"}

// randomLinkView is a View of a comment of pieces, as viewOf builds one
// with m's linkifier, with the facts of its links left to linkSites to
// work out.
func randomLinkView(m *Moderator, rng *rand.Rand) *View {
	var b strings.Builder
	for k := rng.IntN(12); k > 0; k-- {
		b.WriteString(linkOraclePieces[rng.IntN(len(linkOraclePieces))])
		b.WriteByte(' ')
	}
	text := b.String()
	return &View{Text: text, Folded: foldText(text), Links: m.linkify.Find(text), Length: len(text)}
}

// mixCase writes s with each ASCII letter in either case, at random.
func mixCase(rng *rand.Rand, s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'a' <= c && c <= 'z' && rng.IntN(2) == 0 {
			b[i] = c - 'a' + 'A'
		}
	}
	return string(b)
}

// TestLinkSiteOracles holds linkHostOf, counted (ad27c73) and
// appendStateDomains (eba1a29) to their versions before, on seeded random
// comments and on the same links built by hand with their Host and
// Domain in mixed case, with "www." or a dot added, emptied, or the
// Domain of one link copied to the next, as a Link built by hand may
// have them: with no allowed domain and with some.
func TestLinkSiteOracles(t *testing.T) {
	m, err := New(Config{Checks: []Checker{}})
	if err != nil {
		t.Fatal(err)
	}
	allowedLists := [][]string{nil, {"example.com"}, {"EXAMPLE.org", "help.example.org"}, {"localhost"}, {"*.github.io"}}
	rng := rand.New(rand.NewPCG(30, 1))
	for n := 0; n < 3000; n++ {
		v := randomLinkView(m, rng)
		if n%2 == 1 {
			for i := range v.Links {
				l := &v.Links[i]
				switch rng.IntN(6) {
				case 0:
					l.Host, l.Domain = mixCase(rng, l.Host), mixCase(rng, l.Domain)
				case 1:
					l.Domain = "www." + mixCase(rng, l.Domain)
				case 2:
					l.Domain += "."
				case 3:
					l.Host = ""
				case 4:
					if i > 0 {
						l.Host, l.Domain = v.Links[i-1].Host, v.Links[i-1].Domain
					}
				}
			}
		}
		for i := range v.Links {
			l := v.Links[i]
			host, domain, lower := linkHostOf(&l)
			wantHost, wantDomain := linkHostBefore(l)
			if host != wantHost || domain != wantDomain || lower && strings.ToLower(l.Domain) != l.Domain {
				t.Fatalf("linkHostOf(%+v) = %q, %q, %v; before %q, %q", l, host, domain, lower, wantHost, wantDomain)
			}
		}
		for _, allowed := range allowedLists {
			c := newLinkChecker(allowed)
			var got []int
			c.counted(v, func(l *linkify.Link, site *linkSite) {
				got = append(got, l.Start) // Start tells the links apart
			})
			var want []int
			for _, i := range c.countedBefore(v) {
				want = append(want, v.Links[i].Start)
			}
			if !slices.Equal(got, want) {
				t.Fatalf("counted with %q of %q: links at %v, before %v", allowed, v.Text, got, want)
			}
			s := &stateSettings{allowed: newHostSet(allowed)}
			if got, want := s.appendStateDomains(nil, v), s.appendStateDomainsBefore(nil, v); !slices.Equal(got, want) {
				t.Fatalf("appendStateDomains with %q of %+v: %q, before %q", allowed, v.Links, got, want)
			}
		}
	}
}
