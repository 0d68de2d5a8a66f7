package moderation

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestDisguisedSalesSuffix: a dot-like sign or a bracketed dot before
// .shop or .store, the suffixes shops are registered under, disguises a
// link as it does before .com; the same signs between separate words, as
// a menu or a sign board is written, do not.
func TestDisguisedSalesSuffix(t *testing.T) {
	for _, text := range []string{
		"Designer watches at half price, see the range at timeluxe·store",
		"gift boxes for every budget: boxbarn•shop",
		"order from giftbarn (.) store",
	} {
		assert.Contains(t, obfuscatedDetail(text), "(“", text)
	}
	for _, text := range []string{
		"Bakery · Shop · Café, open from eight on Sundays",
		"the farm shop · store cupboard basics · a tea room",
		"prices per kg · shop prices vary",
	} {
		assert.Empty(t, obfuscatedDetail(text), text)
	}
}

// TestDotSpelledTypedSuffix: "dot" spelled before a two-label suffix
// typed with its own dot ("rentfair dot co.uk") disguises a link as
// "rentfair dot co dot uk" does, though the linkifier links the suffix
// alone; prose with "dot" before such a suffix does not.
func TestDotSpelledTypedSuffix(t *testing.T) {
	for _, text := range []string{
		"Compare letting agents at rentfair dot co.uk, it saved me a fortune",
		"Bridal trials open for 2027, see fionamua dot com.au",
		"Tickets for the gala: northfield-hall DOT org.uk",
	} {
		assert.Contains(t, obfuscatedDetail(text), "“dot” spelled out", text)
	}
	for _, text := range []string{
		"We went to the dot co.uk launch party in 1999",
		"The registry sells a dot co.uk name for less than a dot com one",
		"Check the address ends in co.uk before you pay",
	} {
		assert.Empty(t, obfuscatedDetail(text), text)
	}
}
