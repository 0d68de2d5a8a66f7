package moderation

import (
	"testing"

	"github.com/microcosm-cc/bluemonday"
)

// BenchmarkCheckFixed times a default Check of a one-sentence comment with
// one link, next to bluemonday's Sanitize of it: what a Check costs
// whatever the size of the comment (the state path, the checks' own set-up,
// the Result), which BenchmarkPipeline's 1 KB row is mostly made of.
func BenchmarkCheckFixed(b *testing.B) {
	body := docsSentence
	m, err := New(Config{})
	if err != nil {
		b.Fatal(err)
	}
	strict := bluemonday.StrictPolicy()
	b.Run("impl=sanitize", func(b *testing.B) {
		b.SetBytes(int64(len(body)))
		b.ReportAllocs()
		loop(b, func() { _ = strict.Sanitize(body) })
	})
	b.Run("impl=check", func(b *testing.B) { benchCheck(b, m, Comment{Body: body}) })
}
