package main

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/commentkit/commentkit/moderation"
)

// TestCommentFiles holds the default Config to what it measures on the
// comment files of testdata, written for commentkit (none taken from a
// data set; see the README's "Held out" sections). Each bound sits just
// below what the file measures (just above for the share of ham held),
// so that a change that loses spam or holds more ham shows here; none of
// a file's ham may ever be rejected.
//
// Every file was first run before any rule was changed for it, and those
// first runs are the honest figures (the README gives them): forum-holdout
// MCC 0.764 (ham flagged 2.9%), blind 0.762 (5.7%), blind2 0.718 (8.8%),
// blind3 0.665 (ham flagged 4.1%, 10 of 242; reject precision 88.9%, 8 of
// 9: one ham rejected) and blind4 0.612 (6.4%, 16 of 250), at 6e18e3d;
// blind5 0.566 (17.9%, 48 of 268) and blind6 0.609 (24.5%, 60 of 245;
// reject precision 85.7%, 6 of 7) at 9a5e1e7; blind7 0.599 (15.0%, 41 of
// 274; reject precision 90.0%, 9 of 10) and blind8 0.136 (36.0%, 90 of
// 250) at 29b63d4.
// Rules were changed after reading each file since (blind7's errors
// were read only after its sealed run at the end of session 20), so none
// is held out any more: a rule fitted to their lines shows only on
// comments they do not have.
func TestCommentFiles(t *testing.T) {
	for _, tc := range []struct {
		file          string
		rows, spam    int
		minMCC        float64
		maxHamFlagged float64
		minCaught     int // spam held or rejected
	}{
		// Comments under articles: the targets (MCC ≥ 0.90, ham
		// held ≤ 3%), measured 0.990, 2 of 344 ham held (3 before session
		// 20 read a broadcaster's "channel"), 135 of 135 spam caught.
		{"articles.csv", 479, 135, 0.985, 0.006, 135},
		// Forums, shops and local news: measured 0.958 (3 of 208 ham
		// held, 80 of 82 spam caught; 79 before "message me" was a
		// phrase in session 20) and 0.914 (3 of 208, 75 of 82; 74
		// before session 20 read "my food blog" before a link); 0.975
		// (82 of 82) and 0.958 (80 of 82) since session 21's topics
		// (one's own coverage, bought followers, crypto pitches, a
		// business's close) and referral paths.
		{"forum-dev.csv", 290, 82, 0.97, 0.015, 82},
		{"forum-holdout.csv", 290, 82, 0.955, 0.015, 80},
		// Written by someone who never ran the library: measured 0.965
		// (2 of 262 ham held, 97 of 100 spam caught) and 0.970 (2 of 240,
		// 90 of 92; 87 before session 20 read the writer's own work and
		// a formula in the sentence that gives a link, 3 ham held before
		// it read a public hotline).
		{"blind.csv", 362, 100, 0.97, 0.004, 97},
		{"blind2.csv", 332, 92, 0.975, 0.0042, 90},
		// Written in session 18 by someone who never ran the library:
		// first run 0.665, with one ham rejected (a warning that quotes
		// a scam's advert with its phone number); measured 0.955 (3 of
		// 242 ham held, 90 of 93 spam caught); 0.963 (91 of 93) since
		// session 21's "passive income … ask me how"; 0.971 (92) since
		// session 22's testimonial "until I tried".
		{"blind3.csv", 335, 93, 0.97, 0.013, 92},
		// Written in the same session by another who never ran the
		// library, and kept unread until the session's rules were done:
		// 0.612 at 6e18e3d, when the session began (16 of 250 ham held,
		// 60 of 95 spam caught), and 0.687 at its end (16 of 250, 69 of
		// 95), the honest measure of what that session's rules caught.
		// Its errors were read in session 19, and rules were written from
		// them (sales_domain, a bare hyphenated name at its home page, a
		// reader's mention of a home page): measured 0.964 (2 of 250, 92
		// of 95), a development figure; 0.971 (93 of 95) since session
		// 20's places on offer in a trader's voice; 0.978 (94 of 95)
		// since session 21's dating advert's lines.
		{"blind4.csv", 345, 95, 0.98, 0.0041, 94},
		// Written in session 19 by someone who never ran the library, and
		// kept unread until the session's rules were done: 0.566 at
		// 9a5e1e7, when the session began (48 of 268 ham held, 79 of 101
		// spam caught), and 0.718 at its end (30 of 268, 87 of 101), the
		// honest measure of what that session's rules do. Its errors were
		// read then: two spam under .casino and .finance, which linkify did
		// not link bare, are caught since (0.734, 89 of 101), a
		// development figure. Its twelve passing spam were read in
		// session 20 and general rules written for their kinds (the
		// writer's own work or a formula at a link, places on offer in a
		// trader's voice, KakaoTalk, "message me", the app store named):
		// 0.827, 101 of 101, ham held unchanged (30 of 268), a
		// development figure, fitted; its held ham were read too, and
		// rules written for their kinds (a reader's purchase at a home
		// page, community bodies' addresses, public hotlines): 0.942, 9
		// of 268 held.
		{"blind5.csv", 369, 101, 0.95, 0.027, 101},
		// Written in session 19 by someone who never ran the library, to
		// the hard cases of ham (a customer's home-page link, a club's
		// address, a scam quoted to warn, a public service's number) and
		// the subtle spam shaped like them: first run 0.609 (60 of 245
		// ham held, one rejected; 84 of 91 spam caught), then a
		// development file: measured 0.884 (12 of 245, 87 of 91), and
		// 0.942 (7 of 245, 90 of 91) after session 20's rules.
		// 0.963 (4 of 245 held) after session 22 (ham24): a repair café's
		// "questions to Jo on …, not mine".
		{"blind6.csv", 336, 91, 0.96, 0.017, 90},
		// Written in session 20 by someone who never ran the library, and
		// kept sealed until the session's rules were done: 0.599 at
		// 29b63d4, when the session began (41 of 274 ham held, one of them
		// rejected; 80 of 103 spam caught), and 0.662 at f94703b, its end
		// (33 of 274, still one rejected; 83 of 103), the honest measure
		// of that session's rules. Its errors were read then, and three
		// rules written from them (a quoted shortener in a warning, a
		// purchase told in another language, "that's the giveaway"):
		// 0.683 (29 of 274, none rejected), a development figure. Its
		// approved spam were read in session 21 and general rules written
		// for their kinds (one's own coverage at a link, a maker's "it's
		// free", LINE and KakaoTalk IDs in CJK text, referral paths,
		// memecoins, bought followers): 0.774 (95 of 103), ham held
		// unchanged; 0.822 (20 of 274 held) after session 21 (ham22) read
		// "subscribe" told of the writer as the subscriber ("We subscribe
		// the whole school", "showed me how to subscribe"); 0.844 (98)
		// after session 22 (spam23) read "similar advice/content here",
		// a business's count of its own jobs and a channel's schedule;
		// 0.868 (99) after spam24 read a local US number after "text";
		// 0.891 (13 of 274 held) after ham24 read a public body's phone
		// line beside its site, an assembly's and a reunion's addresses,
		// and "details at" in a club's notice.
		{"blind7.csv", 377, 103, 0.89, 0.048, 99},
		// Written in session 20 to the hardest kinds (a reader's bare
		// citation of a home page, clubs' addresses and numbers in many
		// languages, public helplines; polite links to one's own page,
		// businesses without a price, messenger IDs): first run 0.136 (90
		// of 250 ham held, 46 of 90 spam caught), 0.204 after rules written
		// from other files (85, 51), then a development file: 0.625 (29 of
		// 250, 68 of 90); 0.713 (78 of 90) after session 21's rules read
		// from its approved spam and blind7's; 0.792 (16 held) after
		// session 21 (ham22) read a member's "our tower practises Wednesdays" as a
		// group's voice; 0.833 (10 held) after session 22 (ham24) read
		// "free advice from someone who…", a PTA's mailbox and a club's
		// door fee of one digit.
		{"blind8.csv", 340, 90, 0.83, 0.041, 78},
		// Written in session 21 by someone who never ran the library nor
		// read the YouTube files' rows: comments under a global pop hit's
		// music video, 2013-2015, in the YouTube files' format and
		// labelling (about a quarter in other languages). First run 0.651
		// at 30965a6 (2 of 196 ham held, 106 of 176 spam caught); 0.696
		// (116) with the promotion phrases in other languages written
		// before it existed (f677f9f). A development file since: 0.861
		// (150) after session 22 (yt23) read blind13's kinds.
		{"blind10.csv", 372, 176, 0.86, 0.006, 150},
		// Written in session 21 as blind7 was (comments under articles of
		// a wide range of sites, a fifth in other languages) and kept
		// sealed until the session's first wave of rules was merged:
		// 0.731 at 30965a6 (15 of 274 ham held, one rejected: a running
		// club's message with its secretary's number; 86 of 113 spam
		// caught), 0.776 at f7ec7f2 (11 held, the same one rejected; 89).
		// A development file since: 0.783 after the rules read from its
		// held ham (10 held, none rejected), 0.829 (96 caught) after those
		// read from its missed spam; 0.888 (105) after session 22
		// (spam23): Hindi "subscribe", Polish "write to me", "similar
		// advice here", a testimonial's "until I tried", a cure's and a
		// tipster's proof, Turkish shop copy; 0.881 (103) once "can't
		// recommend it enough" and "search her name", fitted to two of its
		// rows and said by readers too, were dropped again; 0.894 (105)
		// after spam24 read LINE glued to Japanese with a handle after it,
		// and a search sent to Instagram as one sent to YouTube.
		{"blind9.csv", 387, 113, 0.89, 0.037, 105},
		// Written in session 21 as blind10 was (YouTube comments under four
		// music videos, 2013-2015, a fifth in other languages), sealed
		// likewise: 0.699 at 30965a6 (4 of 190 ham held, all timestamp
		// anchors; 118 of 173 spam caught), 0.773 at f7ec7f2 (none held;
		// 128). A development file since: 0.884 (151) after the rules read
		// from it; 0.900 (154) after session 22 (yt23) read blind13's
		// kinds.
		{"blind11.csv", 363, 173, 0.899, 0.0, 154},
		// Written in session 21 as blind9 was (comments under articles of
		// fourteen kinds of site, a quarter in other languages) and kept
		// sealed through the rest of that session: 0.860 at 30965a6, when
		// it began (7 of 238 ham held; 84 of 96 spam caught), and 0.860 at
		// 94af99b, its end, the same at session 22's start. A development
		// file since: 0.951 (96 of 96, ham held unchanged) after session
		// 22 (spam23) read its approved spam's kinds (the writer's own
		// service, a trader's course or sessions with a price, quick
		// loans, a fake job, testimonials, Hindi "free"); 0.986 (2 of 238
		// held) after ham23 read its held ham's kinds (public offices out
		// of repeat_host, a warning's disguised link, sharing this post,
		// the official site cited).
		{"blind12.csv", 334, 96, 0.985, 0.009, 96},
		// Written in session 21 as blind11 was (YouTube comments under four
		// music videos, 2013-2015) and sealed likewise: 0.720 at 30965a6
		// (4 of 189 ham held; 114 of 162 spam caught), 0.849 at 94af99b
		// (none held; 134), the honest measure of session 21's rules. A
		// development file since: 0.972 (157) after yt23 read its approved
		// spam's kinds (relatives' channels pointed to, one's own cover
		// told with a plea, chain letters that repost, referral codes).
		{"blind13.csv", 351, 162, 0.97, 0.0, 157},
		// Written in session 22 as blind12 was (comments under articles of
		// fourteen other kinds of site, a fifth in other languages), to
		// hard ham and subtle spam, and sealed: 0.668 at 9bbb34c, when the
		// session began (28 of 261 ham held; 94 of 121 spam caught), and
		// 0.667 at ee7f922 (27; 93), after the session's first rules, read
		// from blind12 and blind13. A development file since: 0.822 (27;
		// 116) after spam24 read its approved spam's kinds (numbers and
		// handles given without a link, giveaways' rules of entry, a
		// relative's business, a trade's name signed as the author);
		// 0.916 (9 of 261 held) after ham24 read its held ham's kinds
		// (readers' senses of promotion words, clubs' notices and door
		// fees, public agencies, warnings, a household's vet, "free"
		// beside a disclaimer).
		{"blind14.csv", 382, 121, 0.915, 0.035, 116},
		// Written in session 22 as blind13 was (YouTube comments under four
		// music videos, 2013-2015: EDM, K-pop, country, Bollywood) and
		// sealed through the session: 0.777 at 9bbb34c, its start (10 of
		// 192 ham held; 152 of 185 spam caught), 0.837 at ca3c964, its end
		// (10 held; 164). A development file since.
		{"blind15.csv", 377, 185, 0.836, 0.053, 164},
		// Written in session 22 as blind14 was (articles of fourteen other
		// kinds of site) and sealed likewise: 0.754 at 9bbb34c (18 of 262
		// ham held; 94 of 115 spam caught), 0.780 at ca3c964 (16 held;
		// 96). A development file since.
		{"blind16.csv", 377, 115, 0.779, 0.062, 96},
	} {
		t.Run(tc.file, func(t *testing.T) {
			r := evaluateDefault(t, tc.file)
			require.Equal(t, tc.rows, r.Rows, "rows")
			require.Equal(t, tc.spam, r.Spam, "spam rows")
			got := computeMetrics(r.Lib)
			assert.GreaterOrEqual(t, got.MCC, tc.minMCC, "MCC")
			assert.LessOrEqual(t, got.HamFlagged, tc.maxHamFlagged, "share of ham flagged")
			assert.LessOrEqual(t, r.Lib.RejectHam, rejectedHam[tc.file], "ham rejected")
			assert.Greater(t, r.Lib.RejectSpam, 0, "spam rejected")
			assert.GreaterOrEqual(t, r.Lib.TP, tc.minCaught, "spam caught")
		})
	}
}

// rejectedHam are the ham a file's honest run rejected that no rule has
// cleared yet, by file: a known failure counted here, so that it is
// neither hidden nor joined by another. Every other file rejects none.
var rejectedHam = map[string]int{
	// blind9-ham-203 (a running club's beginners group, a link to another
	// site "isn't us", "Message the club secretary on 07700 900387") was
	// rejected until session 21 (ham22) read a link the comment disclaims as no bar
	// to a community body's contact: it is held now, and no file rejects ham.
}

// TestHomePageComments: testdata/homepages.csv holds ordinary comments
// that link a site's home page (a tool, a project, a shop, a news site),
// which home_link holds from a new author. A hold is its whole weight:
// none of them may be rejected.
func TestHomePageComments(t *testing.T) {
	r := evaluateDefault(t, "homepages.csv")
	assert.Zero(t, r.Spam, "the file holds ham only")
	assert.Zero(t, r.Lib.RejectHam, "ham rejected")
	// Measured: 71 of 165 held (76 before session 22 (ham24) read a
	// body named by its initials and "details at" a club's page; 104 before session 21's readers of a
	// home page cited where a thing is found, under a label, as what a
	// site holds or published by a third party; 105 before session 20 read "check <link>
	// directly" as a reader's; 140 before a home page mentioned as a
	// reader does, where the writer bought or rented something, a third
	// party named by its address's name or called "their site", or
	// "free" said of it, stopped counting; 106 before the governments'
	// domains outside the Public Suffix List, europa.eu among them,
	// were public bodies).
	assert.LessOrEqual(t, r.Lib.FP, 71, "ham held")
}

// evaluateDefault runs testdata/name through a Moderator of the default
// Config, as `go run ./examples/evaluate` does.
func evaluateDefault(t *testing.T, name string) result {
	t.Helper()
	rows, err := readRows(filepath.Join("testdata", name))
	require.NoError(t, err)
	m, err := moderation.New(moderation.Config{})
	require.NoError(t, err)
	r, err := evaluate(context.Background(), m, rows, nil)
	require.NoError(t, err)
	return r
}
