package moderation_test

import (
	"bytes"
	"context"
	"fmt"
	"time"

	"github.com/commentkit/commentkit/moderation"
)

// The Moderator remembers: the same text posted again on another page, by
// someone else, is held as a duplicate.
func ExampleModerator_Check_duplicate() {
	m, err := moderation.New(moderation.Config{}) // an in-memory store: nothing to set up
	if err != nil {
		panic(err)
	}
	ctx := context.Background()
	text := "Honestly the best thing about this album is how the bass carries every single track"
	first, _ := m.Check(ctx, moderation.Comment{Body: text, Author: "Ann", PageURL: "https://example.com/a"})
	again, _ := m.Check(ctx, moderation.Comment{Body: text, Author: "Bob", PageURL: "https://example.com/b"})
	fmt.Println(first.Action, again.Action)
	for _, f := range again.Flags {
		fmt.Println(f.Code, f.Detail)
	}
	// Output:
	// approve hold
	// duplicate The same text was posted in the last 24 hours.
	// new_author The author has no approved comments yet, and the comment promotes or links.
}

// Moderators' decisions teach the Moderator: after two approved comments an
// author is trusted, and pointing readers to their own blog no longer holds
// theirs.
func ExampleModerator_Learn() {
	m, err := moderation.New(moderation.Config{})
	if err != nil {
		panic(err)
	}
	ctx := context.Background()
	promo := moderation.Comment{Body: "Check out my blog for more about this", AuthorEmail: "reg@example.org", Time: time.Now().Add(-time.Hour)}
	before, _ := m.Check(ctx, promo)

	for _, body := range []string{"Thank you, this was a careful piece.", "I keep coming back to this one."} {
		if err := m.Learn(ctx, moderation.Comment{Body: body, AuthorEmail: "reg@example.org"}, moderation.Ham); err != nil {
			panic(err) // the Store failed: nothing was learned, try again later
		}
	}
	promo.Time = time.Now() // not a flood: an hour later
	after, _ := m.Check(ctx, promo)
	fmt.Println(before.Action, "->", after.Action)
	// Output:
	// hold -> approve
}

// Export keeps the learned model, to Import it after a restart or into
// another Store.
func ExampleModerator_Export() {
	ctx := context.Background()
	m, _ := moderation.New(moderation.Config{})
	_ = m.Learn(ctx, moderation.Comment{Body: "buy 5000 cheap followers"}, moderation.Spam)

	var saved bytes.Buffer
	if err := m.Export(ctx, &saved); err != nil {
		panic(err)
	}
	restarted, _ := moderation.New(moderation.Config{})
	if err := restarted.Import(ctx, &saved); err != nil {
		panic(err)
	}
	var again bytes.Buffer
	_ = restarted.Export(ctx, &again)
	fmt.Print(again.String())
	// Output:
	// {"format":"commentkit-model","version":4,"spam":1,"ham":0,"tokens":8,"codes":0}
	// {"noflag_learned":{"spam":1,"ham":0},"noflag":{"spam":1,"ham":0}}
	// {"token":"n:4","spam":1,"ham":0}
	// {"token":"p:5000 cheap","spam":1,"ham":0}
	// {"token":"p:buy 5000","spam":1,"ham":0}
	// {"token":"p:cheap followers","spam":1,"ham":0}
	// {"token":"w:5000","spam":1,"ham":0}
	// {"token":"w:buy","spam":1,"ham":0}
	// {"token":"w:cheap","spam":1,"ham":0}
	// {"token":"w:followers","spam":1,"ham":0}
}

// A form token tells a person from a script that posts the moment the page
// is served.
func ExampleNewFormToken() {
	key := []byte("the site's secret, from its configuration")
	m, _ := moderation.New(moderation.Config{FormKey: key})
	ctx := context.Background()

	// Each page view renders the form with a new token in a hidden field.
	rendered := time.Date(2026, 5, 1, 12, 0, 0, 0, time.UTC)
	botForm := moderation.NewFormToken(key, rendered)
	personForm := moderation.NewFormToken(key, rendered)

	bot, _ := m.Check(ctx, moderation.Comment{Body: "Nice.", IP: "192.0.2.1", FormToken: botForm, Time: rendered.Add(time.Second)})
	person, _ := m.Check(ctx, moderation.Comment{Body: "Nice.", IP: "198.51.100.2", FormToken: personForm, Time: rendered.Add(time.Minute)})
	replay, _ := m.Check(ctx, moderation.Comment{Body: "Great.", IP: "203.0.113.3", FormToken: botForm, Time: rendered.Add(time.Hour)})
	fmt.Println(bot.Action, bot.Flags[0].Code)
	fmt.Println(person.Action)
	fmt.Println(replay.Action, replay.Flags[0].Code)
	// Output:
	// hold too_fast
	// approve
	// hold honeypot
}
