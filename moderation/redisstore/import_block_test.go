package redisstore

import (
	"context"
	"fmt"
	"os/exec"
	"strconv"
	"testing"
	"time"

	"github.com/commentkit/commentkit/moderation"
	"github.com/redis/go-redis/v9"
	"github.com/stretchr/testify/require"
)

// BenchmarkImportBlocksRedis adds a model of 100,000 tokens with AddModel,
// into an empty model and into one that has learned (1,000 tokens), on a
// Redis of its own that logs every command (SLOWLOG). Besides the time of
// an import it reports the longest time Redis spent on one command of it
// (max-block-ms): while a command runs, Redis answers no one, so every
// Check of every server waits at least that long.
//
//	go test -run XXX -bench ImportBlocksRedis -count 6 ./moderation/redisstore
func BenchmarkImportBlocksRedis(b *testing.B) {
	bin, err := exec.LookPath("redis-server")
	if err != nil {
		b.Skip("redis-server is not on PATH: this benchmark runs a Redis of its own")
	}
	addr, err := startRedis(b, bin, "--slowlog-log-slower-than", "0", "--slowlog-max-len", "100000")
	require.NoError(b, err)
	client := redis.NewClient(&redis.Options{Addr: addr, ContextTimeoutEnabled: true})
	b.Cleanup(func() { _ = client.Close() })
	ctx := context.Background()

	const n = 100_000
	model := &moderation.Model{Learned: moderation.TokenCounts{Spam: 5000, Ham: 5000}, Tokens: make(map[string]moderation.TokenCounts, n), Codes: map[string]moderation.TokenCounts{"f:link": {Spam: 3, Ham: 1}}}
	bytes := 0
	for i := range n {
		t := fmt.Sprintf("p:word%d other%d", i, i)
		model.Tokens[t] = moderation.TokenCounts{Spam: int64(i%7 + 1), Ham: int64(i % 5)}
		bytes += len(t) + 8
	}
	learned := &moderation.Model{Learned: moderation.TokenCounts{Spam: 30, Ham: 30}, Tokens: map[string]moderation.TokenCounts{}, Codes: map[string]moderation.TokenCounts{"f:link": {Spam: 1}}}
	for i := range 1000 {
		learned.Tokens["w:learned"+strconv.Itoa(i)] = moderation.TokenCounts{Ham: 1}
	}

	for _, into := range []struct {
		name  string
		model *moderation.Model
	}{{"empty", nil}, {"learned", learned}} {
		b.Run(into.name, func(b *testing.B) {
			b.SetBytes(int64(bytes))
			b.ReportAllocs()
			var worst time.Duration
			for i := 0; b.Loop(); i++ {
				b.StopTimer()
				s, err := New(client, Options{Prefix: fmt.Sprintf("bench:%s:%d:", into.name, i)})
				require.NoError(b, err)
				if into.model != nil {
					require.NoError(b, s.AddModel(ctx, into.model))
				}
				require.NoError(b, client.Do(ctx, "SLOWLOG", "RESET").Err())
				b.StartTimer()
				require.NoError(b, s.AddModel(ctx, model))
				b.StopTimer()
				logged, err := client.SlowLogGet(ctx, -1).Result()
				require.NoError(b, err)
				for _, l := range logged {
					worst = max(worst, l.Duration)
				}
				require.NoError(b, client.FlushAll(ctx).Err())
				b.StartTimer()
			}
			b.ReportMetric(float64(worst.Microseconds())/1000, "max-block-ms")
		})
	}
}
