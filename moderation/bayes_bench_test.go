package moderation

import (
	"context"
	"fmt"
	"strings"
	"testing"
)

// BenchmarkBayesPath times Check with a learned model that is ready, the
// path of bayesFlags, which the untrained Moderators of BenchmarkStatePath
// and BenchmarkPipeline never take: a 1 KB comment that raises content
// flags (the links of plainText) and one that raises none (plainSentences
// alone), for which the model adds the clue "no content flag", and a
// comment of three words, which the model also reads as trigrams.
func BenchmarkBayesPath(b *testing.B) {
	m, err := New(Config{})
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	for i := range 2 * DefaultBayesMinLearned {
		spam := Comment{Body: fmt.Sprintf("check out my channel and subscribe for free gift cards %d", i), Author: fmt.Sprint("s", i)}
		ham := Comment{Body: plainSentences[i%len(plainSentences)] + fmt.Sprint(" ", i), Author: fmt.Sprint("h", i)}
		if err := m.Learn(ctx, spam, Spam); err != nil {
			b.Fatal(err)
		}
		if err := m.Learn(ctx, ham, Ham); err != nil {
			b.Fatal(err)
		}
	}
	var noFlag strings.Builder
	for i := 0; noFlag.Len() < 1<<10; i++ {
		noFlag.WriteString(plainSentences[i%len(plainSentences)] + " ")
	}
	for _, in := range []struct {
		name, body string
		flagged    bool
	}{{"flags-1KB", plainText(1 << 10), true}, {"noflag-1KB", noFlag.String(), false}, {"short", "subscribe for gifts", true}} {
		c := Comment{Body: in.body, Author: "Reader", AuthorEmail: "reader@example.org", IP: "192.0.2.1"}
		v, _, err := m.prepare(c)
		if err != nil {
			b.Fatal(err)
		}
		if flagged := len(codeTokens(m.runChecks(ctx, v))) > 0; flagged != in.flagged {
			b.Fatalf("%s: raises content flags: %v, want %v", in.name, flagged, in.flagged)
		}
		m.release(v)
		res, err := m.Check(ctx, c)
		if err != nil {
			b.Fatal(err)
		}
		if !hasCode(res.Flags, CodeBayes) {
			b.Fatalf("%s: the model gives no verdict, so the bench would not time it: %v", in.name, res.Flags)
		}
		b.Run("input="+in.name, func(b *testing.B) { benchCheck(b, m, c) })
	}
}
