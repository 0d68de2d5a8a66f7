package moderation

import (
	"context"
	"fmt"
	"strings"
	"testing"
)

// BenchmarkSelfPromotionGrammar runs the self-promotion check on text
// packed with the shapes that talksAbout reads (a statement before a call
// to action, "subscribe to" before an article or a number, a
// possessive phrase before a compound), every few words, at 8 KB
// and 64 KB. Each match reads a word or two around it, so MB/s that stays
// level across the sizes shows the rule costs linear time; plain prose
// with none of them is the baseline in the same run.
func BenchmarkSelfPromotionGrammar(b *testing.B) {
	units := []struct{ name, unit string }{
		{"statements", "I subscribe to three papers and I'd buy it again, we share this. "},
		{"subscribe-the", "Subscribe to the list, then check it. "},
		{"possessive-compound", "My channel-based pool, my video-like intro, our website-wide cache. "},
		{"prose", "The queue drains when the producer closes early, so select on done. "},
	}
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
