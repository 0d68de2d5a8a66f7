package moderation

import (
	"context"
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
