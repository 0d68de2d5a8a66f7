package moderation

import "testing"

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
	benchSelfPromotionUnits(b, units)
}
