package moderation

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Each shape of readerAdvice clears ham an article site gets (the
// comment is approved and no call to action is flagged), and keeps the
// spam of the same words that invites to the writer's own thing, a
// promoted person's, or this video or page (a call to action or a
// phrase is still flagged). Checked with a new author's state, as
// evaluate runs: a call to action alone holds such a comment.
func TestReaderAdvice(t *testing.T) {
	m, err := New(Config{})
	require.NoError(t, err)
	promotes := func(r Result) bool {
		for _, f := range r.Flags {
			if f.Code == CodeCallToAction || f.Code == CodePromoPhrase {
				return true
			}
		}
		return false
	}
	tests := []struct {
		rule, body string
		ham        bool
	}{
		// A third party's thing, in the plural.
		{"their", "If you like this, check out their side project's record from last year, criminally overlooked.", true},
		{"their", "Honestly the best free thing in this city is the library. Check out their Saturday storytime if you have little ones.", true},
		{"their", "There's a free emulator for almost every machine mentioned. VICE for the C64. Check them out before paying silly eBay prices.", true},
		{"their", "The allotment society runs seed swaps every spring, check them out.", true},
		{"their", "My videos are half way decent, check them out if you want.", false},
		{"their", "I record and upload covers on my channel. I would love if you could check them out.", false},
		{"their", "Usually I would vote people like this down but actually check out his channel, give this guy a chance!", false},
		{"their", "I just watched a new clip with rihanna, check out her video right here", false},
		{"their", "We are a band from Leeds, check out our new single", false},
		{"their", "The studio is great, check out their site: https://example-studio.co.uk/about", false},
		// The infinitive of a third party's want.
		{"want", "The ISO page for the standard if anyone wants to buy it (it's not cheap).", true},
		{"want", "The paperback is out of print, but if anyone wants to buy it the library sells withdrawn copies.", true},
		{"want", "Somebody needs to check it out properly before the council signs anything.", true},
		{"want", "I did a cover if u want to check it out", false},
		{"want", "people need to share this video", false},
		{"want", "if you want to check it out, it's my newest song", false},
		// A condition of coming across a thing of the world.
		{"if", "Otherwise, spot on about the 2017 vintage. If anyone sees a 2017 vintage port at a fair price, buy it and forget it for 15 years.", true},
		{"if", "If you find the first edition in a charity shop, buy it, the reprint lost the maps.", true},
		{"if", "If you spot one of the old cast iron pans at a car boot sale, buy it.", true},
		{"if", "If you see this comment, give it a like", false},
		{"if", "If you like this song, check it out, my band's first single", false},
		{"if", "if you see my video, please share it and give it a like", false},
		// "check" before the clause of a fact.
		{"check", "Tide times are on the UKHO site — please check before walking out to the island.", true},
		{"check", "Before you sign anything, please check whether the wall is load-bearing.", true},
		{"check", "The recall list is long, please check if your model is on it.", true},
		{"check", "everyone please come check our newest song", false},
		{"check", "please check my channel, new video every week", false},
		{"check", "go check that out, my first cover", false},
		// A call to share a warning of quoted words.
		{"share", "Please share this with older relatives: \"Grandma, I'm in jail, don't tell Mom, send gift cards to my lawyer\". It's always a scam.", true},
		{"share", "Someone posted \"check out my channel for free robux\" under every video. It's a scam, please share.", true},
		{"share", "Please share with your parents: texts saying \"claim your free gift card now at this link\" are phishing.", true},
		{"share", "GUYS SHARE THIS VIDEO!!!!! He must have 1.000.000.000 views", false},
		{"share", "watch youtube video \"EMINEM -YTMA artist of the year\" plz share to vote!!!", false},
		{"share", "Like&share this page on facebook please", false},
	}
	seen := map[string][2]int{}
	for _, tt := range tests {
		r, err := m.Check(context.Background(), Comment{Body: tt.body})
		require.NoError(t, err)
		n := seen[tt.rule]
		if tt.ham {
			n[0]++
			assert.False(t, promotes(r), "%s: %q is a reader's advice: %v", tt.rule, tt.body, r.Flags)
			assert.Less(t, r.Score, 1.0, "%s: %q is approved: %v", tt.rule, tt.body, r.Flags)
		} else {
			n[1]++
			assert.True(t, promotes(r), "%s: %q still calls to action: %v", tt.rule, tt.body, r.Flags)
		}
		seen[tt.rule] = n
	}
	for rule, n := range seen {
		assert.GreaterOrEqual(t, n[0], 3, "%s: three ham", rule)
		assert.GreaterOrEqual(t, n[1], 3, "%s: three spam", rule)
	}
}

// A source's link with "check before" a trip after it is a reader's, as
// "check <link> before you go" is (sendsToVerify): the home page of the
// authority that answers is not held for it. A deadline after "before",
// or a pitch's "check out", still leaves the home link held.
func TestCheckAfterLinkBeforeTrip(t *testing.T) {
	m, err := New(Config{})
	require.NoError(t, err)
	tests := []struct {
		body string
		ham  bool
	}{
		{"Tide times for the crossing are on the UKHO site, https://easytide.admiralty.co.uk — please check before walking out to the island, people get cut off every summer.", true},
		{"The pass is often closed in March: https://www.trafficscotland.org, check before setting off.", true},
		{"Opening hours change with the season, https://www.kew.org - always check before you go.", true},
		{"Huge sale on now https://www.bargain-sofas.co.uk, check before they sell out!", false},
		{"Best prices in town https://www.tyres-direct.co.uk check it out before the weekend", false},
		{"https://www.cheap-flights-deals.com please check before it's too late", false},
	}
	for _, tt := range tests {
		r, err := m.Check(context.Background(), Comment{Body: tt.body})
		require.NoError(t, err)
		home := false
		for _, f := range r.Flags {
			home = home || f.Code == CodeHomeLink
		}
		if tt.ham {
			assert.False(t, home, "%q sends the reader to verify: %v", tt.body, r.Flags)
			assert.Less(t, r.Score, 1.0, "%q is approved: %v", tt.body, r.Flags)
		} else {
			assert.True(t, home, "%q is still a home link: %v", tt.body, r.Flags)
		}
	}
}
