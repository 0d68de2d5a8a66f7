package redisstore_test

import (
	"context"
	"fmt"

	"github.com/commentkit/commentkit/moderation"
	"github.com/commentkit/commentkit/moderation/redisstore"
	"github.com/redis/go-redis/v9"
)

// Every web server of a site builds its Moderator over the same Redis, so
// all of them see the same recent comments and the same learned model.
// (No Output: it needs a Redis.)
func ExampleNew() {
	client := redis.NewClient(&redis.Options{
		Addr:                  "127.0.0.1:6379",
		ContextTimeoutEnabled: true, // a Check never waits longer than its ctx
	})
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
