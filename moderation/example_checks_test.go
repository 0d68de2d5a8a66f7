package moderation_test

import (
	"context"
	"fmt"
	"strings"

	"github.com/commentkit/commentkit/moderation"
)

// The built-in checks are values: start from the preset, drop what a site
// does not want, reweight what it cares about, and add its own.
func ExampleDefaultChecks() {
	cfg := moderation.Config{AllowedDomains: []string{"example.org"}}

	checks := moderation.DefaultChecks(cfg)
	// Drop: this site's readers cheer in emoji, capitals and "!!!!!!!!!!".
	checks = moderation.Without(checks, moderation.CodeEmoji, moderation.CodeShouting, moderation.CodeRepetition)
	// Reweight: a shortened link is rejected outright here.
	for _, c := range checks {
		if s, ok := c.(*moderation.ShortenerCheck); ok {
			s.Score = moderation.DefaultRejectScore
		}
	}
	// Extend: a check of the site's own.
	checks = append(checks, moderation.CheckFunc(func(_ context.Context, v *moderation.View) []moderation.Flag {
		if strings.Contains(strings.ToLower(v.Text), "first!") {
			return []moderation.Flag{{Code: "first", Score: 1, Detail: `says "first!"`}}
		}
		return nil
	}))
	cfg.Checks = checks

	m, err := moderation.New(cfg)
	if err != nil {
		panic(err)
	}
	for _, body := range []string{
		"FIRST! 😀😀😀😀😀😀😀😀😀😀😀😀",
		"Slides from the talk: https://bit.ly/3xYz12",
		"Great talk, the notes are on https://example.org/notes too.",
	} {
		res, err := m.Check(context.Background(), moderation.Comment{Body: body})
		if err != nil {
			panic(err)
		}
		fmt.Println(res.Action)
		for _, f := range res.Flags {
			fmt.Printf("  %s %.2f: %s\n", f.Code, f.Score, f.Detail)
		}
	}
	// Output:
	// hold
	//   first 1.00: says "first!"
	// reject
	//   external_link 0.50: links to bit.ly
	//   shortener 2.00: links through bit.ly, a URL shortener that hides where the link leads
	//   new_author 0.00: The author has no approved comments yet, and the comment promotes or links.
	// approve
}

// Scaled changes the weight of a whole check without knowing its type:
// here a link to a social profile holds a comment on its own.
func ExampleScaled() {
	checks := moderation.DefaultChecks(moderation.Config{})
	for i, c := range checks {
		if _, ok := c.(*moderation.PromoLinkCheck); ok {
			checks[i] = moderation.Scaled(c, 2)
		}
	}
	m, err := moderation.New(moderation.Config{Checks: checks})
	if err != nil {
		panic(err)
	}
	res, err := m.Check(context.Background(), moderation.Comment{
		Body: "New covers every week, come listen https://soundcloud.com/someone and tell me what you think",
	})
	if err != nil {
		panic(err)
	}
	fmt.Println(res.Action)
	for _, f := range res.Flags {
		fmt.Printf("  %s %.2f\n", f.Code, f.Score)
	}
	// Output:
	// hold
	//   external_link 0.50
	//   promo_link 1.00
	//   new_author 0.00
}
