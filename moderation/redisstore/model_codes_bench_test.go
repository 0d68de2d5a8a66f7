package redisstore

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"testing"

	"github.com/commentkit/commentkit/moderation"
)

// BenchmarkCheckModelCodes shows what the model's table of flag codes
// costs a Check of a 1 KB comment, with each store: a trained model with
// the codes its lessons raised, and the same model with codes imported up
// to moderation.MaxModelCodes, the most any model holds (an Import past it
// is refused). The MemStore hands the table to the Check as it is; Redis
// reads it whole (HGETALL) in the Check's one round trip.
//
//	REDIS_URL=redis://127.0.0.1:6390/0 go test -run '^$' -bench CheckModelCodes -count 6 ./moderation/redisstore
func BenchmarkCheckModelCodes(b *testing.B) {
	body := longComment(1024)
	for _, store := range []string{"memory", "redis"} {
		for _, codes := range []string{"learned", "cap"} {
			b.Run(fmt.Sprintf("store=%s/codes=%s", store, codes), func(b *testing.B) {
				var s moderation.Store // nil: the default MemStore
				if store == "redis" {
					s, _ = testStore(b)
				}
				m, err := moderation.New(moderation.Config{Store: s})
				if err != nil {
					b.Fatal(err)
				}
				ctx := context.Background()
				train(b, m)
				if codes == "cap" {
					fillCodes(b, m)
				}
				c := moderation.Comment{Body: body, Author: "Reader", IP: "192.0.2.1"}
				if _, err := m.Check(ctx, c); err != nil {
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

// fillCodes imports into m's model flag codes of 64 bytes, the longest
// the model learns, until it holds moderation.MaxModelCodes.
func fillCodes(b *testing.B, m *moderation.Moderator) {
	ctx := context.Background()
	var model bytes.Buffer
	if err := m.Export(ctx, &model); err != nil {
		b.Fatal(err)
	}
	var h struct{ Codes int }
	line, _, _ := bytes.Cut(model.Bytes(), []byte("\n"))
	if err := json.Unmarshal(line, &h); err != nil {
		b.Fatal(err)
	}
	n := moderation.MaxModelCodes - h.Codes
	var add bytes.Buffer
	fmt.Fprintf(&add, `{"format":"commentkit-model","version":2,"spam":0,"ham":0,"tokens":0,"codes":%d}`+"\n", n)
	for i := range n {
		fmt.Fprintf(&add, `{"code":"site:%059d","spam":1,"ham":2}`+"\n", i)
	}
	if err := m.Import(ctx, &add); err != nil {
		b.Fatal(err)
	}
}
