package redisstore_test

import (
	"context"
	"fmt"
	"os"

	"github.com/commentkit/commentkit/moderation"
	"github.com/commentkit/commentkit/moderation/redisstore"
	"github.com/redis/go-redis/v9"
)

// Every web server of a site builds its Moderator over the same Redis, so
// all of them see the same recent comments and the same learned model.
// (No Output: it needs a Redis.)
func ExampleNew() {
	opt, err := redis.ParseURL(os.Getenv("REDIS_URL")) // such as redis://127.0.0.1:6379/0
	if err != nil {
		panic(err)
	}
	// Optional: the client then bounds its reads and writes by the ctx
	// itself, which saves the Store a goroutine per call.
	opt.ContextTimeoutEnabled = true
	client := redis.NewClient(opt)
	defer client.Close()
	store, err := redisstore.New(client, redisstore.Options{Prefix: "mysite:comments:"})
	if err != nil {
		panic(err)
	}
	m, err := moderation.New(moderation.Config{Store: store})
	if err != nil {
		panic(err)
	}
	res, err := m.Check(context.Background(), moderation.Comment{Body: "Lovely article!", IP: "192.0.2.1"})
	if err != nil {
		panic(err)
	}
	// With Redis down, res still holds the verdict of the checks that need
	// no state, flagged state_unavailable.
	fmt.Println(res.Action)
}
