package moderation

import (
	"strconv"
	"strings"
	"testing"
)

// BenchmarkFindPhrasesLeet measures the phrase walk on text made of the
// words it reads as leetspeak (leetReadings), the costliest input for
// them: every word ends in a leet digit, and every other one completes a
// phrase or an entry that way. At 8 KB and 64 KB, its throughput shows
// the walk linear.
func BenchmarkFindPhrasesLeet(b *testing.B) {
	const unit = "dm m3 visit my sit3 fr33 casin0 channe1 mp3 a55 t0 "
	site := newSiteSet([]string{"free", "casino", "viagra", "online casino"})
	for _, size := range []int{8 << 10, 64 << 10} {
		text := strings.Repeat(unit, size/len(unit)+1)[:size]
		folded := foldText(text)
		words := wordList{text: folded, spans: appendWordSpans(nil, folded)}
		for _, set := range []struct {
			name string
			set  *phraseSet
		}{{"promo", defaultPromoSet}, {"site", site}} {
			b.Run("size="+strconv.Itoa(size>>10)+"KB/set="+set.name, func(b *testing.B) {
				b.SetBytes(int64(len(text)))
				b.ReportAllocs()
				n := 0
				loop(b, func() { set.set.findIn(words, func(phraseMatch) { n++ }) })
				if n == 0 {
					b.Fatal("no phrase found")
				}
			})
		}
	}
}
