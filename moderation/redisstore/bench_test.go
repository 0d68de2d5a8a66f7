package redisstore

import (
	"context"
	"fmt"
	"testing"

	"github.com/commentkit/commentkit/moderation"
)

// BenchmarkCheck compares a Check of a 1 KB comment with the in-memory
// store and with Redis on loopback, each with a cold model (the classifier
// not ready, its tokens not read) and a trained one (every Check reads the
// counts of its ~300 tokens).
//
//	REDIS_URL=redis://127.0.0.1:6390/0 go test -run '^$' -bench Check -count 6 ./moderation/redisstore
func BenchmarkCheck(b *testing.B) {
	body := longComment(1024)
	for _, store := range []string{"memory", "redis"} {
		for _, model := range []string{"cold", "trained"} {
			b.Run(fmt.Sprintf("store=%s/model=%s", store, model), func(b *testing.B) {
				var s moderation.Store // nil: the default MemStore
				if store == "redis" {
					s, _ = testStore(b)
				}
				m, err := moderation.New(moderation.Config{Store: s})
				if err != nil {
					b.Fatal(err)
				}
				ctx := context.Background()
				if model == "trained" {
					train(b, m)
				}
				c := moderation.Comment{Body: body, Author: "Reader", IP: "192.0.2.1"}
				if _, err := m.Check(ctx, c); err != nil { // the model's readiness is read
					b.Fatal(err)
				}
				b.SetBytes(int64(len(body)))
				b.ReportAllocs()
				b.ResetTimer()
				for b.Loop() {
					res, err := m.Check(ctx, c)
					if err != nil {
						b.Fatal(err)
					}
					for _, f := range res.Flags {
						if f.Code == moderation.CodeStateUnavailable {
							b.Fatal(f.Detail)
						}
					}
				}
			})
		}
	}
}

// train teaches m enough spam and ham, with the words of longComment among
// them, for the classifier to be ready.
func train(b *testing.B, m *moderation.Moderator) {
	ctx := context.Background()
	for i := range 2 * moderation.DefaultBayesMinLearned {
		spam := moderation.Comment{Body: fmt.Sprintf("check out my channel and subscribe for free gift cards %d", i), Author: fmt.Sprint("s", i)}
		ham := moderation.Comment{Body: longComment(200+10*i) + fmt.Sprint(" ", i), Author: fmt.Sprint("h", i)}
		if err := m.Learn(ctx, spam, moderation.Spam); err != nil {
			b.Fatal(err)
		}
		if err := m.Learn(ctx, ham, moderation.Ham); err != nil {
			b.Fatal(err)
		}
	}
}
