// Package moderation checks the comments readers post on a site: it strips
// HTML from what was typed, enforces the length limit, links URLs safely
// and flags spam and self-promotion, explaining every reason.
//
// A site builds one [Moderator] with [New] and calls [Moderator.Check] for
// every comment it receives:
//
//	m, err := moderation.New(moderation.Config{}) // the defaults
//	...
//	res, err := m.Check(ctx, moderation.Comment{
//		Body: body, Author: name, AuthorEmail: email, AuthorURL: website,
//		IP: r.RemoteAddr, // without IP or e-mail, a name alone is no flood key
//	})
//	var le *moderation.LengthError
//	if errors.As(err, &le) {
//		// Too long, too short or empty: show err.Error() next to the box,
//		// and give back what was typed.
//	}
//	switch res.Action {
//	case moderation.Approve: // publish res.HTML, store res.Text
//	case moderation.Hold: // queue for a moderator, with res.Flags as the reasons
//	case moderation.Reject: // do not publish
//	}
//
// # Before and after
//
// The Body
//
//	Great write-up! The part on <b>caching</b> saved me a day.
//	More: https://go.dev/doc
//
// comes out of Check with Action Approve, one flag (external_link, score
// 0.5: a link to another site, well below a hold), and
//
//	Text: "Great write-up! The part on caching saved me a day.\nMore: https://go.dev/doc"
//	HTML: `Great write-up! The part on caching saved me a day.<br>More: <a href="https://go.dev/doc" rel="nofollow ugc" dir="ltr">https://go.dev/doc</a>`
//
// while "Check out my blog https://bit.ly/abc123 and subscribe to my
// channel!" is rejected with the flags promo_phrase, external_link,
// shortener and new_author (score 0 here: the others reject it already,
// and it tells a moderator the author is new; see the Examples, which go
// test keeps true).
//
// # The pipeline
//
// Check runs each comment through these steps, each computed once:
//
//  1. Size cap: a Body over Config.MaxBytes (64 KiB) is [ErrTooLarge] before
//     any parsing.
//  2. Strip: bluemonday removes the HTML ([StripPolicy]). Entities are
//     decoded exactly once (typing "&amp;lt;" stores "&lt;"); block elements
//     and <br> become line breaks; script, style, iframe and the like lose
//     their content; text that is not a tag ("a < b", "<3",
//     "<https://example.com>") is kept; an <a href> is replaced by its text
//     and its URL. A Body with no '<' skips the sanitizer. A Config.Policy
//     of the site's own may keep formatting elements (<b>, <em>, <code>…):
//     they are left out of the text and put back in the HTML, without
//     attributes that show text, link, fetch or restyle.
//  3. Normalise: NFC, LF line ends, no control or invisible characters, no
//     white space at line ends, at most two blank lines, no "Zalgo" stacks.
//  4. Measure: the length in Config.Unit (characters as a person counts
//     them by default); [ErrEmpty], [ErrTooShort] and [ErrTooLong] come
//     wrapped in a [*LengthError] with the numbers and a message for the
//     commenter.
//  5. Link: the Config.Linkifier finds the links of the text and renders
//     it as HTML, with line breaks as <br>. The checks read the links the
//     default Linkifier finds, whatever the site links (see
//     Config.Linkifier).
//  6. Check: every [Checker] reads one shared, read-only [View] and
//     returns its [Flag]s; each flag has a stable Code (the Code…
//     constants), a Score and a Detail.
//  7. Remember: the checks that remember earlier comments (duplicates,
//     floods, repeated hosts, new authors, the model learned with
//     [Moderator.Learn]) read the [Store] once before the verdict and write
//     it once after.
//  8. Verdict: Score is the sum of the flag scores; from Config.HoldScore
//     the comment is held, from Config.RejectScore rejected.
//
// Result.Text is what to store; Result.HTML is what to render, and holds no
// element but <a> (http, https and mailto links, rel="nofollow ugc",
// dir="ltr"), <br> and the formatting elements Config.Policy keeps, if it is
// the site's own, well-formed. Unescaped, with tags removed and <br> read
// as a line break, it is exactly Text, except that a link typed with user
// info (https://google.com@evil.example/) shows its text without it, and a
// link whose host could pass for another shows that host in punycode (see
// [Result]).
//
// A Moderator is immutable and safe for concurrent use; Check compiles
// nothing, never logs, never panics on input and reaches no network
// unless its Store does (package redisstore).
package moderation
