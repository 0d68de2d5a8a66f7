package moderation_test

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/commentkit/commentkit/moderation"
)

// The default Moderator: HTML stripped, URLs linked, a verdict.
func Example() {
	m, err := moderation.New(moderation.Config{}) // the defaults
	if err != nil {
		panic(err)
	}
	res, err := m.Check(context.Background(), moderation.Comment{
		Body:   "Great write-up! The part on <b>caching</b> saved me a day.\nMore: https://go.dev/doc",
		Author: "Ann",
	})
	if err != nil {
		panic(err) // a *LengthError: show err.Error() to the commenter
	}
	fmt.Println(res.Action)
	fmt.Println(res.Text)
	fmt.Println(res.HTML)
	// Output:
	// approve
	// Great write-up! The part on caching saved me a day.
	// More: https://go.dev/doc
	// Great write-up! The part on caching saved me a day.<br>More: <a href="https://go.dev/doc" rel="nofollow ugc" dir="ltr">https://go.dev/doc</a>
}

// Self-promotion is flagged, with every reason.
func ExampleModerator_Check() {
	m, _ := moderation.New(moderation.Config{})
	res, _ := m.Check(context.Background(), moderation.Comment{
		Body: "Check out my blog https://bit.ly/abc123 and subscribe to my channel!",
	})
	fmt.Println(res.Action, res.Score)
	for _, f := range res.Flags {
		fmt.Println(f.Code, f.Score)
	}
	// Output:
	// reject 3.5
	// promo_phrase 2
	// external_link 0.5
	// shortener 1
	// new_author 0
}

// A check of your own, next to the built-in ones: hold every comment that
// names a competitor.
func ExampleCheckFunc() {
	competitor := moderation.CheckFunc(func(ctx context.Context, v *moderation.View) []moderation.Flag {
		for _, w := range v.Words { // folded: lower case, accents and look-alikes mapped
			if w == "acme" {
				return []moderation.Flag{{Code: "competitor", Score: moderation.DefaultHoldScore, Detail: "names Acme"}}
			}
		}
		return nil
	})
	cfg := moderation.Config{}
	cfg.Checks = append(moderation.DefaultChecks(cfg), competitor)
	m, _ := moderation.New(cfg)

	res, _ := m.Check(context.Background(), moderation.Comment{Body: "ACME does this better."})
	fmt.Println(res.Action, res.Flags[0].Code, res.Flags[0].Detail)
	// Output:
	// hold competitor names Acme
}

// A comment over the limit is an error the commenter can read, and the
// Result still holds the text to give back.
func ExampleLengthError() {
	m, _ := moderation.New(moderation.Config{})
	res, err := m.Check(context.Background(), moderation.Comment{Body: strings.Repeat("a", 8193)})
	var le *moderation.LengthError
	if errors.As(err, &le) {
		fmt.Println(err)
		fmt.Println(errors.Is(err, moderation.ErrTooLong), le.Length, le.Limit, len(res.Text))
	}
	// Output:
	// Your comment is 8,193 characters long; the limit is 8,192.
	// true 8193 8192 8193
}

// A policy that keeps a few inline elements: they stay in the HTML, well
// formed, and never in the Text that is stored, counted and checked.
func ExampleStripPolicy_inline() {
	policy := moderation.StripPolicy()
	policy.AllowElements("b", "i", "em", "strong", "code")
	m, _ := moderation.New(moderation.Config{Policy: policy})
	res, _ := m.Check(context.Background(), moderation.Comment{
		Body: `I <b>love</b> it: <i>see <code>go doc</code>, https://go.dev/doc</b> <span style="color:red">now</span>`,
	})
	fmt.Println(res.Text)
	fmt.Println(res.HTML)
	// Output:
	// I love it: see go doc, https://go.dev/doc now
	// I <b>love</b> it: <i>see <code>go doc</code>, <a href="https://go.dev/doc" rel="nofollow ugc" dir="ltr">https://go.dev/doc</a> now</i>
}
