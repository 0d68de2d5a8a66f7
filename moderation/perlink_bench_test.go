package moderation

import (
	"context"
	"strings"
	"testing"

	"github.com/microcosm-cc/bluemonday"
)

// BenchmarkCheckLinks shows what each link costs a default Check: the
// same 1 KB of prose (the plain-1KB input of BenchmarkPipeline) without
// its links (links=0) and with the five URLs of links (links=5), each next
// to bluemonday.StrictPolicy().Sanitize of the same input (impl=sanitize),
// the baseline of issue 3. The difference between links=5 and links=0,
// divided by five, is the cost of a link. links=5-alone is the five links
// with three words around them, where the work per link is most of a
// Check, so that a change to it shows above the noise. Compare with
//
//	go test -run '^$' -bench CheckLinks -count 6 ./moderation/ > links.txt
//	benchstat -col /impl links.txt
func BenchmarkCheckLinks(b *testing.B) {
	withLinks := plainText(1 << 10)
	prose := strings.TrimSpace(strings.TrimSuffix(withLinks, strings.Join(links, " ")))
	m, err := New(Config{})
	if err != nil {
		b.Fatal(err)
	}
	strict := bluemonday.StrictPolicy()
	for _, in := range []struct {
		name  string
		body  string
		links int
	}{
		{"links=0", prose, 0},
		{"links=5", withLinks, len(links)},
		{"links=5-alone", "see " + strings.Join(links, " and "), len(links)},
	} {
		r, err := m.Check(context.Background(), Comment{Body: in.body})
		if err != nil {
			b.Fatalf("%s: %v", in.name, err)
		}
		if len(r.Links) != in.links {
			b.Fatalf("%s: %d links, want %d", in.name, len(r.Links), in.links)
		}
		b.Run(in.name+"/impl=sanitize", func(b *testing.B) {
			b.SetBytes(int64(len(in.body)))
			b.ReportAllocs()
			loop(b, func() { _ = strict.Sanitize(in.body) })
		})
		b.Run(in.name+"/impl=check", func(b *testing.B) { benchCheck(b, m, Comment{Body: in.body}) })
	}
}

// BenchmarkLinkWork times, alone, each step of a Check whose work grows
// with the links (finding them, rendering them, the host facts of each,
// the checks that read them, the domains of the state and those
// repeat_host watches, the shingles for the duplicate check, a link a
// token) on the input links=5-alone of BenchmarkCheckLinks: a change to
// the work per link shows here above the noise of a whole Check.
func BenchmarkLinkWork(b *testing.B) {
	body := "see " + strings.Join(links, " and ")
	m, err := New(Config{})
	if err != nil {
		b.Fatal(err)
	}
	found := m.linkify.Find(body)
	v := &View{Text: body, Links: found}
	m.fold(v)
	var checks []oneFlagChecker
	for _, c := range m.checks {
		if one := oneFlagOf(c); one != nil {
			checks = append(checks, one)
		}
	}
	obfuscated := ObfuscatedLinks()
	ctx := context.Background()
	sites := make([]linkSite, 0, len(found))
	domains := m.state.stateDomains(v)
	watched := make([]string, 0, len(domains))
	var sketch [dupKeys]uint64
	var domainBuf [maxStateDomains]string
	for _, part := range []struct {
		name string
		run  func()
	}{
		{"find", func() { m.linkify.Find(body) }},
		{"html", func() { m.linkify.HTMLOf(body, found) }},
		{"sites", func() { linkSitesInto(sites, found) }},
		{"link-checks", func() {
			for _, c := range checks {
				c.flag(v)
			}
		}},
		{"obfuscated", func() { obfuscated.Check(ctx, v) }},
		{"state-domains", func() { m.state.appendStateDomains(domainBuf[:0], v) }},
		{"watched", func() { appendWatchedHosts(watched[:0], domains) }},
		{"shingles", func() { v.shingles(&sketch) }},
	} {
		b.Run("part="+part.name, func(b *testing.B) {
			b.SetBytes(int64(len(body)))
			b.ReportAllocs()
			loop(b, part.run)
		})
	}
}
