package moderation

import (
	"context"
	"fmt"
	"testing"
	"time"
)

// BenchmarkMemStoreLoad times MemStore.Load with the Query of a Check of
// the plain 1 KB input (eight shingles, four link domains), for an
// anonymous comment and for one with an author and an IP, the same comment
// again and again (as in BenchmarkPipeline: after the first, a duplicate).
func BenchmarkMemStoreLoad(b *testing.B) {
	ctx := context.Background()
	w := Windows{Duplicate: DefaultDuplicateWindow, Interval: DefaultFloodInterval, Flood: DefaultFloodWindow,
		Hosts: DefaultRepeatHostWindow, History: DefaultHistory}
	shingles := []uint64{11, 22, 33, 44, 55, 66, 77, 88}
	domains := []string{"go.dev", "example.com", "example.org", "github.com"}
	author := hashID("e", "reader@example.org")
	for _, q := range []struct {
		name string
		q    Query
	}{
		{"anonymous", Query{TextID: 99, Shingles: shingles, Domains: domains, Windows: w}},
		{"author", Query{TextID: 99, Shingles: shingles, Domains: domains, Windows: w, Author: author,
			Senders: []string{hashID("ip", "192.0.2.1"), author}}},
	} {
		b.Run("query="+q.name, func(b *testing.B) {
			s := NewMemStore(MemStoreOptions{})
			b.ReportAllocs()
			loop(b, func() {
				q.q.Now = time.Now()
				if _, err := s.Load(ctx, &q.q); err != nil {
					b.Fatal(err)
				}
			})
		})
	}
}

// BenchmarkMemStoreLoadNew times MemStore.Load with the Query of a stream
// of new comments, as a site receives them: new shingles each time, an
// author and an IP of a pool of 65,536, one link domain of another, and a
// new form token (form=on) or none, with the store at its caps, so each
// Load makes entries and evicts as many.
func BenchmarkMemStoreLoadNew(b *testing.B) {
	ctx := context.Background()
	const pool = 1 << 16
	authors, ips, domains := make([]string, pool), make([]string, pool), make([]string, pool)
	for i := range pool {
		authors[i] = hashID("e", fmt.Sprint(i))
		ips[i] = hashID("ip", fmt.Sprint(i))
		domains[i] = fmt.Sprintf("site%d.example", i)
	}
	for _, form := range []bool{false, true} {
		b.Run(fmt.Sprintf("form=%v", map[bool]string{false: "off", true: "on"}[form]), func(b *testing.B) {
			w := Windows{Duplicate: DefaultDuplicateWindow, Interval: DefaultFloodInterval, Flood: DefaultFloodWindow,
				Hosts: DefaultRepeatHostWindow, History: DefaultHistory}
			if form {
				w.Form = DefaultMaxFormAge
			}
			s := NewMemStore(MemStoreOptions{})
			shingles := make([]uint64, dupKeys)
			n := uint64(0)
			load := func() {
				n++
				for j := range shingles {
					shingles[j] = n*dupKeys + uint64(j)
				}
				i := int(n * 40503 % pool) // the next sender, not the last one's neighbour
				q := Query{Now: time.Now(), TextID: n, Shingles: shingles, Author: authors[i], Senders: []string{ips[i], authors[i]},
					Domains: domains[i : i+1], Form: n, Windows: w}
				if _, err := s.Load(ctx, &q); err != nil {
					b.Fatal(err)
				}
			}
			for range 200_000 { // to the caps (DefaultMaxEntries, DefaultMaxForms)
				load()
			}
			b.ReportAllocs()
			loop(b, load)
		})
	}
}
