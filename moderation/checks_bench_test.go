package moderation

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/microcosm-cc/bluemonday"

	"github.com/commentkit/commentkit/linkify"
)

// benchComment returns plain comment text of about n bytes: ordinary
// prose with a link every kilobyte or so, the shape of a long comment.
func benchComment(n int) string {
	const para = "I read the whole article twice, and I think the second half makes a better case than the first. " +
		"The numbers in the table match what we saw at work last year, although our team was much smaller. "
	var b strings.Builder
	for i := 0; b.Len() < n; i++ {
		b.WriteString(para)
		if i%5 == 4 {
			fmt.Fprintf(&b, "See https://example.org/notes/%d for the details. ", i)
		}
	}
	return b.String()[:n]
}

// preparedView is viewOf(text) prepared as Check prepares its View (by
// Moderator.fold, with the facts the checks share), so that the checks
// are measured as Check runs them.
func preparedView(text string) *View {
	m, err := New(Config{})
	if err != nil {
		panic(err)
	}
	v := &View{Text: text, Links: viewOf(text).Links, Length: len(text)}
	m.fold(v)
	return v
}

// BenchmarkDefaultChecks measures the built-in checks alone on a prepared
// View, and fold what preparing the View for them costs (folding,
// splitting into words, the facts the checks share); bluemonday's
// StrictPolicy on the same text is the yardstick (the issue holds the
// whole Check to it).
func BenchmarkDefaultChecks(b *testing.B) {
	ctx := context.Background()
	checks := DefaultChecks(Config{})
	for _, size := range []int{1 << 10, 8 << 10} {
		text := benchComment(size)
		v := preparedView(text)
		b.Run(fmt.Sprintf("checks/%dKB", size>>10), func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			loop(b, func() {
				for _, c := range checks {
					c.Check(ctx, v)
				}
			})
		})
		b.Run(fmt.Sprintf("fold/%dKB", size>>10), func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			loop(b, func() { foldView(text, v.Links) })
		})
		p := bluemonday.StrictPolicy()
		b.Run(fmt.Sprintf("bluemonday-strict/%dKB", size>>10), func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			loop(b, func() { p.Sanitize(text) })
		})
	}
}

// russianText returns n bytes of Russian prose, cut at a space: Cyrillic
// letters are what folding and the script and case checks read through
// their arrays.
func russianText(n int) string {
	const sentence = "Спасибо за статью, я прочитал её дважды и согласен со второй половиной. "
	s := strings.Repeat(sentence, n/len(sentence)+1)[:n]
	return s[:strings.LastIndexByte(s, ' ')]
}

// BenchmarkChecksRussian runs the built-in checks, and what preparing
// the View for them costs, on 8 KB of Russian.
func BenchmarkChecksRussian(b *testing.B) {
	ctx := context.Background()
	checks := DefaultChecks(Config{})
	text := russianText(8 << 10)
	v := preparedView(text)
	b.Run("checks", func(b *testing.B) {
		b.SetBytes(int64(len(text)))
		b.ReportAllocs()
		loop(b, func() {
			for _, c := range checks {
				c.Check(ctx, v)
			}
		})
	})
	b.Run("fold", func(b *testing.B) {
		b.SetBytes(int64(len(text)))
		b.ReportAllocs()
		loop(b, func() { foldView(text, v.Links) })
	})
}

// BenchmarkEachCheck shows where the time of the checks goes, on 8 KB.
func BenchmarkEachCheck(b *testing.B) {
	ctx := context.Background()
	text := benchComment(8 << 10)
	v := preparedView(text)
	for _, c := range DefaultChecks(Config{BlockedWords: []string{"spam"}}) {
		b.Run(fmt.Sprintf("%T", c)[len("*moderation."):], func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			loop(b, func() { c.Check(ctx, v) })
		})
	}
}

// hostileProse is a sentence of ordinary prose.
const hostileProse = "I read the whole article twice, and I think the second half makes a better case than the first. "

// BenchmarkChecksHostile feeds the checks text made of what they look for,
// packed tight, at 8 KB and 64 KB: MB/s that stays level across the sizes
// shows the cost is linear even when every regexp has work to do.
func BenchmarkChecksHostile(b *testing.B) {
	units := []struct{ name, unit string }{
		{"links", "a . com x dot com y[.]net w w w hxxp:// watch?v=abcdefg +1 555 123 4567 1FHeNqx1twqM153v2PTAyieJNEALAhZvEM kik: bob https://bit.ly/x?tag=ab12 "},
		{"phrases", "check out my channel sub4sub subscribe to my @ss fr3e 𝗳𝗿𝗲𝗲 frее !!!!!!!!!!!! "},
		{"scripts", "Привет frее Ꮯasino ⓕⓡⓔⓔ 😀😀😀 ΑΒΓ abc "},
		// Emoji of several code points, no two alike in a row: the
		// repetition check reads them a character at a time.
		{"emoji", "👍🏽👍🏻🇫🇷🇩🇪👨‍👩‍👧😀❤️👍🏽 "},
		// Ordinary prose and short words, the yardsticks for the units
		// after them.
		{"prose", hostileProse},
		{"short-words", "x cat y cat "},
		// The words that let a pattern be looked for, with nothing a
		// match needs after them: each once had its regexp read the
		// whole text, at 30 times the cost of prose (review-unseen E).
		{"dot-words", "x dot y dot "},
		{"social-words", "instagram ig "},
		{"messenger-words", "telegram whatsapp viber kik "},
		{"spaced-dots", "a . b . "},
		{"foreign-words", "пиши в телеграм, ватсап или 微信 واتساب "},
		{"glued-names", "واتسابواتسابواتساب微信微信微信телеграмтелеграм "},
		// A messenger named after "on" again and again, none invited to:
		// each is read for an invitation before it and a handle after it
		// (review round 6, finding 7).
		{"on-messenger", "on telegram "},
		// The phrases review round 9 taught the contact check to read: an
		// invitation to join before a group's @name, a verb of advice
		// before "to", and an English word before "line id".
		{"join-group", "Join our Telegram group @signals_vip where "},
		{"advise-to", "We advise all victims to contact them on whatsapp "},
		{"line-ids", "Hot girls line id xyz_777 "},
		// Links, addresses and numbers in full-width and ideographic
		// forms, dot-like signs and Chinese full stops (widths.go); and
		// the signs and pluses packed tight, each a place a scan starts.
		{"wide", "bit。ly/abc1 ｂｉｔ．ｌｙ/x spamsite · com a·b bob＠gmail。com ＋１ ５５５ １２３ ４５６７ (٥٥٥) ١٢٣-٤٥٦٧ 我喜欢这个。com "},
		{"wide-signs", "a · b 。 c ＋١ +٥ ٥٥٥ "},
		// Names before a spaced dot or a spelled "dot" (namedDomain), each
		// read back to the word before it, none a disguised link.
		{"named-domains", "at least .io the dot shop a-b .x www. .de visit ab dot me "},
		// A messenger's name before counts and years (numberAfterName).
		{"messenger-counts", "whatsapp at 2 000 000 telegram 2024 2025 signal 5 10 "},
		// Quotation marks of every kind, some closing short quotations,
		// some after a verb of saying, some never closed, around phrases
		// and invitations (quotations, read once by each check that asks).
		{"quotations", `posted "DM me" “check out my channel” « a » 'WhatsApp me 'x "a b c d e f" `},
		// The starts of national numbers (nationalNumber), none of them
		// whole: a trunk prefix, an area code, a freephone number and a
		// date, each a place the scan reads groups from.
		{"national-starts", "0812 (11) 9555-01 0800 555 0314 07-11-2026 (0812) "},
		// Landlines read whole, none after a word of calling, and words
		// of calling before groups that make no number: each is looked
		// back from over at most 40 bytes (callWordBefore).
		{"landline-starts", "at 0113 496 0877 in (020) 7946 0018 our call 01 23 45 6 ring 0800-55 "},
		// "dot" in brackets before words that are no top-level domain:
		// each match of the pattern is looked up and let go (s17); and
		// the letters and full stops that session read as a name's.
		{"bracket-dot-words", "x(dot)yy [DOT] zz (dot) "},
		{"tiny-stops", "ᵇⁱᵗ.ˡʸ/a ʷʷʷ.x.com a﹒b c․d e︒f john。smith@x.com ℯ.ℴ "},
		// Prose in which one word of a sentence is such a word.
		{"prose-hints", strings.ReplaceAll(hostileProse, "the whole", "the dot on www, IG says: ") + "hxxp : "},
		// Offers beside a link, packed tight: calls to act that open a
		// clause, amounts with and without a currency, urgency, and
		// numbers that end no amount (the offer check reads the words
		// around each number, and back over the space before each call).
		{"offers", "Sign up now: $5 off, hurry! Only 3 left. Get 20 for 9 less; buy 7 https://shop.example/p "},
		{"offer-numbers", "Sign up 1 2 3 4 5 6 7 8 9 10 11 12 https://shop.example/p "},
		// Amounts inside links, each looked at and let go: the run of a
		// link is read once for all of its amounts (amountRun).
		{"offer-link-amounts", "Sign up https://shop.example/1$/2$/3-off/4$/5-usd/6$/7$ "},
		// Calls to act joined by hyphens: each is read back over the
		// halves before it, at most a few (opensClause).
		{"offer-hyphens", "buy-get-order-join-grab-shop-claim-book-buy-get $5 off https://shop.example/p "},
		// Calls to buy aimed at a place, each read for a link after it
		// (aimsAtLink), after commas; and phrases that nearly repeat,
		// each pair of words compared (phraseRun).
		{"offer-aimed", "buy at x, order online at y.example, shop from z "},
		{"phrase-runs", "gardening tools gardening tools garden tools "},
		// The keys of spelledDomain and spacedScheme, none a disguised
		// link: "d0t" and digits for a TLD's letters after words of
		// prose, suffixes of two labels that are none, dot-like signs
		// inside words, and spaced schemes with no "//".
		{"spelled-dots", "the d0t c0m in .c0m 1.n3t a(.)b0 x . co . zz y dot co dot qq ab·zz d0t "},
		{"spaced-schemes", "h t t p : / x h t t p s :/ y : / / "},
		{"dot-signs", "a·b x·y·z Student·in col·lecció "},
		// The sentence before each link, read for the writer's own work
		// and for a formula (selfpromo_authored.go, selfpromo_formula.go),
		// each finding nothing: a subject and a verb of making with no
		// work, and praise with a generic noun but a thing named after it.
		// Each link is read back to the link before it only.
		{"authored-misses", "Great! I actually made it up, here: https://a-b.example/x "},
		{"formula-misses", "Nice! Useful guide for the step: https://a-b.example/y "},
	}
	ctx := context.Background()
	checks := DefaultChecks(Config{BlockedWords: []string{"ass", "free casino"}})
	for _, u := range units {
		for _, n := range []int{8 << 10, 64 << 10} {
			text := strings.Repeat(u.unit, n/len(u.unit)+1)[:n]
			v := preparedView(text)
			b.Run(fmt.Sprintf("input=%s/size=%dKB", u.name, n>>10), func(b *testing.B) {
				b.SetBytes(int64(n))
				b.ReportAllocs()
				loop(b, func() {
					for _, c := range checks {
						c.Check(ctx, v)
					}
				})
			})
		}
	}
}

// BenchmarkFold measures foldText alone: on ASCII prose, on the plain
// pipeline input (a few accented words), on prose in which every few
// words has an accent, as French or German comments do, and on Russian.
func BenchmarkFold(b *testing.B) {
	const accented = "Le café était très crème, déjà à côté de l'hôtel; Größe über Zürich, naïve résumé. "
	for _, in := range []struct{ name, text string }{
		{"ascii", benchComment(8 << 10)},
		{"plain", plainText(8 << 10)},
		{"accents", strings.Repeat(accented, (8<<10)/len(accented)+1)[:8<<10]},
		{"russian", russianText(8 << 10)},
	} {
		b.Run("input="+in.name, func(b *testing.B) {
			b.SetBytes(int64(len(in.text)))
			b.ReportAllocs()
			loop(b, func() { foldText(in.text) })
		})
	}
}

// foldView prepares a View of text the way the fold benchmarks time it:
// folded, split into words, with the facts the checks share.
func foldView(text string, links []linkify.Link) *View {
	f := &View{Text: text, Links: links, Folded: foldText(text)}
	f.Words = splitWords(f.Folded)
	f.setFacts()
	return f
}
