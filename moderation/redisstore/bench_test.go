package redisstore

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"testing"
	"time"

	"github.com/commentkit/commentkit/moderation"
	"github.com/redis/go-redis/v9"
)

// BenchmarkCheck compares a Check of a 1 KB comment with the in-memory
// store and with Redis on loopback, each with a cold model (the classifier
// not ready, its tokens not read), a trained one (every Check reads the
// counts of its ~300 tokens) and a trained one with flag codes imported up
// to moderation.MaxModelCodes, the most a model holds (model=codes: the
// MemStore hands the table to a Check as it is; Redis reads it whole).
// store=redis has a client with ContextTimeoutEnabled; store=redis-url one
// as redis.ParseURL builds it, whose calls the Store sends from a
// goroutine of its own (see Store.call).
//
//	REDIS_URL=redis://127.0.0.1:6390/0 go test -run '^$' -bench Check -count 6 ./moderation/redisstore
func BenchmarkCheck(b *testing.B) {
	body := longComment(1024)
	for _, store := range []string{"memory", "redis", "redis-url"} {
		for _, model := range []string{"cold", "trained", "codes"} {
			b.Run(fmt.Sprintf("store=%s/model=%s", store, model), func(b *testing.B) {
				var s moderation.Store // nil: the default MemStore
				switch store {
				case "redis":
					s, _ = testStore(b)
				case "redis-url":
					c, prefix := prefixedClient(b, urlOptions(b))
					var err error
					if s, err = New(c, Options{Prefix: prefix}); err != nil {
						b.Fatal(err)
					}
				}
				m, err := moderation.New(moderation.Config{Store: s})
				if err != nil {
					b.Fatal(err)
				}
				ctx := context.Background()
				if model != "cold" {
					train(b, m)
				}
				if model == "codes" {
					fillCodes(b, m)
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

// BenchmarkCall measures what Store.call adds to one call, with a call that
// sends nothing (no Redis needed) and a ctx with a deadline, as a Check's
// is: client=cluster has ContextTimeoutEnabled and no dial hook, so call
// adds nothing; client=ctxtimeout is a *redis.Client with
// ContextTimeoutEnabled, whose calls a refused dial may end; client=parseurl
// is one as redis.ParseURL builds it, whose calls run on a goroutine of
// their own. No SetBytes: there are no bytes, only the call.
//
//	go test -run '^$' -bench Call -count 6 ./moderation/redisstore
func BenchmarkCall(b *testing.B) {
	plain, err := redis.ParseURL("redis://127.0.0.1:1/0")
	if err != nil {
		b.Fatal(err)
	}
	for _, tc := range []struct {
		name   string
		client redis.UniversalClient
	}{
		{"cluster", redis.NewClusterClient(&redis.ClusterOptions{Addrs: []string{"127.0.0.1:1"}, ContextTimeoutEnabled: true})},
		{"ctxtimeout", redis.NewClient(&redis.Options{Addr: "127.0.0.1:1", ContextTimeoutEnabled: true})},
		{"parseurl", redis.NewClient(plain)},
	} {
		b.Run("client="+tc.name, func(b *testing.B) {
			defer tc.client.Close()
			s, err := New(tc.client, Options{})
			if err != nil {
				b.Fatal(err)
			}
			ctx, cancel := context.WithTimeout(context.Background(), time.Hour)
			defer cancel()
			nothing := func(context.Context) error { return nil }
			b.ReportAllocs()
			for b.Loop() {
				if err := s.call(ctx, nothing); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
