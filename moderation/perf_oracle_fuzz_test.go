package moderation

import (
	"slices"
	"strings"
	"testing"

	"github.com/commentkit/commentkit/linkify"
)

// FuzzPerfOracles holds the functions the performance round changed to
// the versions they replaced, on any text: nextLeetTrigger from every
// place, afterScheme and isHomePage on the text as a URL and on each
// link's URL, the unwatched hosts on each link's host and domain, and
// linkHostOf, counted and appendStateDomains on the links found in it,
// with and without an allowed domain.
func FuzzPerfOracles(f *testing.F) {
	for _, p := range linkOraclePieces {
		f.Add(p)
	}
	for _, p := range schemePieces {
		f.Add(p)
	}
	f.Add("see https://Example.com./a?b=1#c and HTTP://user@LOCALHOST:80 or m@il.example.org, 1337 $peak")
	m, err := New(Config{Checks: []Checker{}})
	if err != nil {
		f.Fatal(err)
	}
	checkers := []linkChecker{newLinkChecker(nil), newLinkChecker([]string{"example.com", "localhost"})}
	states := []*stateSettings{{}, {allowed: newHostSet([]string{"example.com", "localhost"})}}
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 4096 {
			return
		}
		for i := 0; i <= len(s); i++ {
			if got, before := nextLeetTrigger(s, i), nextLeetTriggerBefore(s, i); got != before {
				t.Fatalf("nextLeetTrigger(%q, %d) = %d, before %d", s, i, got, before)
			}
		}
		urls := []string{s}
		v := &View{Text: s, Folded: foldText(s), Links: m.linkify.Find(s), Length: len(s)}
		for i := range v.Links {
			l := v.Links[i]
			urls = append(urls, l.URL)
			host, domain, lower := linkHostOf(&l)
			wantHost, wantDomain := linkHostBefore(l)
			if host != wantHost || domain != wantDomain || lower && strings.ToLower(l.Domain) != l.Domain {
				t.Fatalf("linkHostOf(%+v) = %q, %q, %v; before %q, %q", l, host, domain, lower, wantHost, wantDomain)
			}
			for _, h := range []string{l.Host, l.Domain, host, domain, stateDomain(l.Domain)} {
				if got, want := unwatchedHosts.covers(h), unwatchedHosts.set.match(h) != ""; got != want {
					t.Fatalf("unwatchedHosts.covers(%q) = %v, match says %v", h, got, want)
				}
			}
		}
		for _, u := range urls {
			checkSchemeOracles(t, u)
		}
		for _, c := range checkers {
			var got []int
			c.counted(v, func(l *linkify.Link, _ *linkSite) { got = append(got, l.Start) })
			var want []int
			for _, i := range c.countedBefore(v) {
				want = append(want, v.Links[i].Start)
			}
			if !slices.Equal(got, want) {
				t.Fatalf("counted of %q: links at %v, before %v", s, got, want)
			}
		}
		for _, st := range states {
			if got, want := st.appendStateDomains(nil, v), st.appendStateDomainsBefore(nil, v); !slices.Equal(got, want) {
				t.Fatalf("appendStateDomains of %q: %q, before %q", s, got, want)
			}
		}
	})
}
