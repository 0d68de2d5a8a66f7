package moderation

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestSalesName: which registrable names read as throwaway sales sites'.
// Three hyphenated words, two with a pitch's word, or a cheap sales
// suffix do; a name and a trade, words run together, a punycode label, a
// country's second-level suffix do not.
func TestSalesName(t *testing.T) {
	cases := []struct {
		domain string
		why    string // "" for no sales name
	}{
		{"bargain-patio-sets.com", "a name of 3 hyphenated words"},
		{"laufschuhe-guenstig-kaufen.de", "a name of 3 hyphenated words"},
		{"best-loan-rates-today.co.uk", "a name of 4 hyphenated words"},
		{"a--b---c.net", "a name of 3 hyphenated words"}, // runs of hyphens part two words once
		{"lumenwear.shop", "a name under .shop"},
		{"coin-gains.xyz", "a name under .xyz"},
		{"spinwheel-casino.com", "a name with the word “casino”"},
		{"paydaycash-now.net", "a name with the word “now”"},
		{"cheap-flightz.co", "a name with the word “cheap”"},
		{"city-express.co.uk", ""}, // a trade's word, not a pitch's
		{"bestbuy.com", ""},        // words run together are not split
		{"cheapflights.com", ""},
		{"casino.com", ""}, // one word is a name, whatever it says
		{"red-funnel.co.uk", ""},
		{"thompson-morgan.com", ""},
		{"go.dev", ""},
		{"shop.example.com", ""}, // the suffix is what counts, not a label
		{"example.shopping", ""},
		{"example.co.shop", ""},      // a second-level suffix is a country's
		{"xn--bcher-kva-xn.com", ""}, // punycode: its hyphens are the encoding's
		{"localhost", ""},
		{"-.com", ""},
		{"", ""},
	}
	for _, tc := range cases {
		why, ok := salesName(tc.domain)
		assert.Equal(t, tc.why != "", ok, "%q", tc.domain)
		assert.Equal(t, tc.why, why, "%q", tc.domain)
	}
}

// TestSalesDomainCheck: a link to a site named to sell holds a comment
// that says nothing else a filter can read, in any language, and never
// rejects one by itself; a reader's link to a site with an ordinary name,
// or a scam's address quoted to warn of it, is not flagged.
func TestSalesDomainCheck(t *testing.T) {
	cases := []struct {
		body   string
		action Action
		fires  bool
	}{
		{"PATIO SETS HALF PRICE THIS MONTH >>> bargain-patio-sets.com", Hold, true},
		{"Die besten Laufschuhe zum kleinen Preis: laufschuhe-guenstig-kaufen.de", Hold, true},
		{"Lovely write-up on autumn layering, a few more ideas at https://lumenwear.shop/autumn", Hold, true},
		{"Compare every lender in two minutes and save: https://best-loan-rates-today.co.uk/compare", Hold, true},
		{"Won big on the slots last night, they pay out fast! spinwheel-casino.com", Hold, true},
		{"Cheap meds without the waiting room, shipped discreetly: https://rx-pharmacy.net/order", Hold, true},
		// Held, not rejected: a bare link weighs a hold already, and the
		// name adds nothing past it.
		{"Candles: wickandwax.shop", Hold, true},
		// A name and a trade, a path on a site with an ordinary name.
		{"The summer timetable is on https://red-funnel.co.uk/timetables if anyone needs it for the crossing.", Approve, false},
		{"I used the spacing chart from https://thompson-morgan.com/guides/potatoes and it worked well.", Approve, false},
		{"The courier was https://city-express.co.uk/tracking and the parcel came a day early.", Approve, false},
		// A shop's own long name, where the writer tells he bought: no
		// pitch word in it, no sales suffix, and no canvassing beside it.
		{"Ordered my wetsuit from https://www.surf-and-sail-corner.co.uk/ before the trip, it fits well.", Approve, false},
		{"We bought the greenhouse staging at https://www.garden-frame-works.com/ and it survived the storm.", Approve, false},
		// A pitch word in the name, a sales suffix, or a customer who
		// canvasses for the shop: still the name that sells.
		{"Got my pills from https://www.cheap-meds-online.com/ last month, arrived in two days.", Hold, true},
		{"Got my filament from https://www.layerline.shop/ last month, prints cleanly.", Hold, true},
		{"Ordered my wetsuit from https://www.surf-and-sail-corner.co.uk/ and it fits, highly recommend them.", Hold, true},
		// Someone else's words, quoted to warn of them.
		{"My dad got a text saying \"your parcel is held, pay the fee at parcel-fee-redelivery-uk.info\" and nearly paid it.", Approve, false},
		{"Ignore the replies saying 'great deals on every model at cheap-phone-cases.shop', they are bots.", Approve, false},
	}
	for _, tc := range cases {
		t.Run(tc.body, func(t *testing.T) {
			m, err := New(Config{})
			require.NoError(t, err)
			res, err := m.Check(context.Background(), Comment{Body: tc.body})
			require.NoError(t, err)
			assert.Equal(t, tc.action, res.Action, "flags %v", res.Flags)
			fired := false
			for _, f := range res.Flags {
				if f.Code == CodeSalesDomain {
					fired = true
					assert.LessOrEqual(t, f.Score, SalesDomainScore, "flags %v", res.Flags)
				}
			}
			assert.Equal(t, tc.fires, fired, "flags %v", res.Flags)
		})
	}
}

// TestSalesDomainTrusted: a trusted author's link to such a name weighs
// half, as their other link flags do, and holds nothing with the link.
func TestSalesDomainTrusted(t *testing.T) {
	flags := []Flag{{Code: CodeExternalLink, Score: ExternalLinkScore}, {Code: CodeSalesDomain, Score: SalesDomainScore}}
	s := &stateSettings{trustAfter: DefaultTrustAfter}
	out := s.authorFlags(&State{Author: AuthorState{Ham: 3}}, flags)
	assert.InDelta(t, SalesDomainScore*trustedWeight, out[1].Score, 1e-9)
}

// TestSalesDomainAllowedAndDropped: a site's own domain never counts,
// however it is named, and Without drops the check by its code.
func TestSalesDomainAllowedAndDropped(t *testing.T) {
	body := "Our autumn range is in, have a look: https://north-coast-knitwear.co.uk/autumn"
	m, err := New(Config{AllowedDomains: []string{"north-coast-knitwear.co.uk"}})
	require.NoError(t, err)
	res, err := m.Check(context.Background(), Comment{Body: body})
	require.NoError(t, err)
	assert.NotContains(t, codesOf(res.Flags), CodeSalesDomain)

	m, err = New(Config{Checks: Without(DefaultChecks(Config{}), CodeSalesDomain)})
	require.NoError(t, err)
	res, err = m.Check(context.Background(), Comment{Body: body})
	require.NoError(t, err)
	assert.NotContains(t, codesOf(res.Flags), CodeSalesDomain)

	m, err = New(Config{})
	require.NoError(t, err)
	res, err = m.Check(context.Background(), Comment{Body: body})
	require.NoError(t, err)
	assert.Contains(t, codesOf(res.Flags), CodeSalesDomain)
	assert.Equal(t, Hold, res.Action, "flags %v", res.Flags)
}
