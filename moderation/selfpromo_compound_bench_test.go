package moderation

import (
	"context"
	"fmt"
	"strings"
	"testing"
)

// BenchmarkSelfPromotionCompounds runs the self-promotion check on text
// made of what its compound rule reads, packed tight, at 8 KB and 64 KB:
// one run of hyphenated words with no space, a topic every other word
// (each match looks for a link around its hyphens), the same as a link's
// path, and prose with a compound in every sentence. MB/s that stays level
// across the sizes shows the rule costs linear time. The whole Check of
// 4 KB of each (whole/...) puts the check's cost in proportion.
func BenchmarkSelfPromotionCompounds(b *testing.B) {
	units := []struct{ name, unit string }{
		{"one-run", "lock-free-"},
		{"link-path", "x.example/free-gift-"},
		{"prose", "The lock-free queue and my channel-based pool feel free of bugs. "},
	}
	benchSelfPromotionUnits(b, units)
	m, err := New(Config{})
	if err != nil {
		b.Fatal(err)
	}
	for _, u := range units {
		const n = 4 << 10
		body := strings.Repeat(u.unit, n/len(u.unit)+1)[:n]
		b.Run(fmt.Sprintf("whole/%s/%dKB", u.name, n>>10), func(b *testing.B) { benchCheck(b, m, Comment{Body: body}) })
	}
}

// benchSelfPromotionUnits runs the self-promotion check on each unit
// repeated to 8 KB and to 64 KB: MB/s that stays level across the sizes
// shows linear time.
func benchSelfPromotionUnits(b *testing.B, units []struct{ name, unit string }) {
	ctx := context.Background()
	check := SelfPromotion()
	for _, u := range units {
		for _, n := range []int{8 << 10, 64 << 10} {
			text := strings.Repeat(u.unit, n/len(u.unit)+1)[:n]
			v := preparedView(text)
			b.Run(fmt.Sprintf("%s/%dKB", u.name, n>>10), func(b *testing.B) {
				b.SetBytes(int64(n))
				b.ReportAllocs()
				loop(b, func() { check.Check(ctx, v) })
			})
		}
	}
}
