package moderation

import (
	"context"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestWarningOfAScam: a warning that names a scam's messenger with nothing
// to write to, or forbids clicking its link, is approved; a messenger
// given with a number or a handle, a messenger named in an invitation, and
// "click" bidding the reader still hold.
func TestWarningOfAScam(t *testing.T) {
	m, err := New(Config{})
	require.NoError(t, err)
	for i, tc := range []struct {
		body    string
		flagged bool
	}{
		{"The account asking everyone for their WhatsApp number under these posts is spam, please report it.", false},
		{"Nobody from the shop will ever contact you on Telegram with a prize. My aunt nearly paid one. Don't fall for it.", false},
		{"Got an email saying 'your parcel is held, pay the fee at https://parcel-fee-uk.com today'. It's a scam, don't click.", false},
		{"Someone keeps posting fake concert tickets at tickets-cheap-now.com in here. Do not click it, the site steals card details.", false},

		{"Click here for today's free spins: https://spin-palace-bonus.com", true},
		{"Beware of fake recovery agents! The real expert helped me, contact him on WhatsApp +1 555 014 2288", true},
		{"Watch out for fakes, the only real agent is on WhatsApp +44 7700 900123, message him today", true},
		{"Add me on Telegram for daily trading signals, profits guaranteed", true},
		{"Warning: only five places left on the course! Message me on WhatsApp to book yours", true},
	} {
		res, err := m.Check(context.Background(), Comment{Body: tc.body, Author: fmt.Sprintf("warner %d", i), AuthorEmail: fmt.Sprintf("warner%d@example.net", i)})
		require.NoError(t, err)
		assert.Equal(t, tc.flagged, res.Action != Approve, "%s: %v", tc.body, res.Flags)
	}
}

func TestHandleGiven(t *testing.T) {
	for text, want := range map[string]bool{
		"write to @mike":              true,
		"call +44 7700 900 412":       true,
		"on WhatsApp, 555-0147":       true, // digits run on across a dash
		"on WhatsApp 5550147":         true,
		"number for 'cheap hours'":    false,
		"in 2026 on the 3rd of March": false,
	} {
		assert.Equal(t, want, handleGiven(text), text)
	}
}

// TestQuotedIn: a number is inside a quotation only when every time it is
// typed is; an empty number (none found as typed) is never.
func TestQuotedIn(t *testing.T) {
	const n = "+1 555 014 2288"
	for _, tc := range []struct {
		text, s string
		want    bool
	}{
		{`they said "write to me on +1 555 014 2288 for the refund" and I did`, n, true},
		{`they said "write to me on +1 555 014 2288 for the refund" and "+1 555 014 2288 is on WhatsApp too" twice`, n, true},
		{`they said "write to me on +1 555 014 2288 for the refund" but the real one is +1 555 014 2288`, n, false},
		{`the real one is +1 555 014 2288, they said "write to me on +1 555 014 2288 for the refund"`, n, false},
		{`"Best prices in the whole town, honestly" call 020 7946 0123`, "", false},
		{`no number here at all`, n, false},
	} {
		assert.Equal(t, tc.want, quotedIn(tc.text, func() []quoteSpan { return quotations(tc.text) }, tc.s), tc.text)
	}
}

// TestRecoveryTestimonyQuotedNumber: a recovery scam's testimony says
// "scammed" and "fake" of the broker that robbed the writer, and sends
// the reader to its own man, whose number it quotes: the number weighs
// as a quoted number does (half), not as a warning's (nothing). A warning
// that quotes the scam's bid, and bids no one, still weighs nothing.
func TestRecoveryTestimonyQuotedNumber(t *testing.T) {
	m, err := New(Config{})
	require.NoError(t, err)
	for i, tc := range []struct {
		body   string
		weight bool // contact weighs more than nothing
	}{
		{`I was scammed by fake brokers until Mr Adams recovered my money. He told me "message me on WhatsApp +1 555 014 2288 any time" so contact him today.`, true},
		{`Lost everything to a fake platform, the police did nothing. Write to him, he said "my line is +1 555 014 2288 for all my clients", he is honest.`, true},
		{`Someone posted "message me on WhatsApp +1 555 014 2288 for cheap tickets" again. It's a scam, don't contact them.`, false},
		{`They wrote "contact him on WhatsApp +1 555 014 2288 for your refund" and it is fake, please report it.`, false},
	} {
		assertContactWeighs(t, m, tc.body, fmt.Sprintf("testimony%d", i), tc.weight)
	}
}

// assertContactWeighs checks body, a new author's, for a contact flag
// that weighs more than nothing or nothing, as weight says.
func assertContactWeighs(t *testing.T, m *Moderator, body, author string, weight bool) {
	t.Helper()
	res, err := m.Check(context.Background(), Comment{Body: body, Author: author, AuthorEmail: author + "@example.net"})
	require.NoError(t, err)
	var contact *Flag
	for k := range res.Flags {
		if res.Flags[k].Code == CodeContact {
			contact = &res.Flags[k]
		}
	}
	require.NotNil(t, contact, "%s: %v", body, res.Flags)
	assert.Equal(t, weight, contact.Score > 0, "%s: %v", body, res.Flags)
}

// TestWarningContactDetail: a messenger named in a warning with nothing to
// write to is reported by its name, and the Detail does not call it a
// handle while saying none is given.
func TestWarningContactDetail(t *testing.T) {
	m, err := New(Config{})
	require.NoError(t, err)
	res, err := m.Check(context.Background(), Comment{Body: "The account asking everyone to message it on WhatsApp is spam, please report it."})
	require.NoError(t, err)
	var detail string
	for _, f := range res.Flags {
		if f.Code == CodeContact {
			assert.Zero(t, f.Score)
			detail = f.Detail
		}
	}
	assert.Equal(t, "contact details: WhatsApp named in a warning, with no handle or number to write to", detail, "%v", res.Flags)
}

// TestAlertNeedsHarm: an alert ("heads up", "PSA", "watch out") that
// names no harm is no warning: a bare keyword name after it is the
// writer's recommendation and counts, where after an alert that calls
// something a scam, a fake or a theft it does not.
func TestAlertNeedsHarm(t *testing.T) {
	m, err := New(Config{})
	require.NoError(t, err)
	for i, tc := range []struct {
		body string
		home bool // home_link or sales_domain raised
	}{
		{"Heads up, keto-burn-ultra-uk.com is where I get mine, works great", true},
		{"PSA: glow-skin-serum-shop.com has the best serum I have ever used", true},
		{"Heads up, these guys are dodgy: keto-burn-ultra-uk.com took my money and sent nothing", false},
		{"PSA: glow-skin-serum-shop.com is fake, they never shipped my order", false},
	} {
		res, err := m.Check(context.Background(), Comment{Body: tc.body, Author: fmt.Sprintf("alert %d", i), AuthorEmail: fmt.Sprintf("alert%d@example.net", i)})
		require.NoError(t, err)
		assert.Equal(t, tc.home, raised(res, CodeHomeLink) || raised(res, CodeSalesDomain), "%s: %v", tc.body, res.Flags)
		assert.Equal(t, tc.home, res.Action != Approve, "%s: %v", tc.body, res.Flags)
	}
}

// TestQuotedLandline: a landline number (found by landlineNumber, for a
// business that speaks of money) that only a warning's quotation gives
// weighs nothing, as the other numbers so quoted do; typed as the
// writer's own it still counts.
func TestQuotedLandline(t *testing.T) {
	m, err := New(Config{})
	require.NoError(t, err)
	for i, tc := range []struct {
		body   string
		weight bool
	}{
		{`A flyer through my door said "our company offers cheap boiler repairs, call us on 0161 496 0000 today". It's a scam, they took a deposit and never came.`, false},
		{`Our company offers cheap boiler repairs, call us on 0161 496 0000 today.`, true},
	} {
		assertContactWeighs(t, m, tc.body, fmt.Sprintf("landline%d", i), tc.weight)
	}
}

// TestViewQuotes: the quotations a View keeps are its Text's, read again
// when a hand-built View's Text changes, and the same as quotations.
func TestViewQuotes(t *testing.T) {
	v := &View{Text: `He said "send the fee first and we will ship it" again.`}
	first := v.quotes()
	assert.Equal(t, quotations(v.Text), first)
	assert.NotEmpty(t, first)
	v.Text = "no quotation here"
	assert.Empty(t, v.quotes())
}
