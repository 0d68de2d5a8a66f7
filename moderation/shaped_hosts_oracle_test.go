package moderation

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestShapedHostSetRandom holds shapedHostSet.covers to hostSet.match on
// seeded random sets and hosts made of few letters and dots, so that
// entries and the suffixes of hosts share first bytes and lengths often;
// with entries of 61 to 66 bytes and longer, where the shapes share the
// bit of 63; with hosts made by gluing entries, cutting their first byte
// and adding one.
func TestShapedHostSetRandom(t *testing.T) {
	rng := rand.New(rand.NewPCG(30, 5))
	name := func(n int) string {
		b := make([]byte, n)
		for i := range b {
			b[i] = "ab.-A\xc3"[rng.IntN(6)]
		}
		return string(b)
	}
	for round := 0; round < 400; round++ {
		set := hostSet{}
		var entries []string
		for k := rng.IntN(12); k > 0; k-- {
			n := rng.IntN(8) + 1
			if rng.IntN(4) == 0 {
				n = 61 + rng.IntN(6)
			} else if rng.IntN(8) == 0 {
				n = 64 + rng.IntN(200)
			}
			h := name(n)
			set[h] = rng.IntN(5) != 0 // some entries are exceptions
			entries = append(entries, h)
		}
		s := newShapedHostSet(set)
		for q := 0; q < 300; q++ {
			var host string
			switch {
			case len(entries) > 0 && q%3 == 0:
				e := entries[rng.IntN(len(entries))]
				host = [...]string{e, name(rng.IntN(4)) + "." + e, e[1:], e + ".", name(1) + e, e + name(1)}[rng.IntN(6)]
			case len(entries) > 1 && q%3 == 1:
				host = strings.Join([]string{entries[rng.IntN(len(entries))], entries[rng.IntN(len(entries))]}, ".")
			default:
				host = name(rng.IntN(70))
			}
			if got, want := s.covers(host), set.match(host) != ""; got != want {
				t.Fatalf("covers(%q) = %v, match says %v; entries %q", host, got, want, entries)
			}
		}
	}
}
