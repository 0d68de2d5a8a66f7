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
