package moderation

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestNamedDomain: what namedDomain reads and what it leaves, with the
// name it quotes.
func TestNamedDomain(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Presale at cryptofrog .io before Friday", "cryptofrog .io"},
		{"Presale at cryptofrog .IO", ""}, // a domain typed in capitals is read by the patterns or not at all
		{"see www.loanz-now .online", "loanz-now .online"},
		{"see www.fastloans .online", "fastloans .online"},
		{"see mail.fastloans .online", ""}, // a dot before the name that is not "www."
		{"try deal24 .shop!", "deal24 .shop"},
		{"try deal24 .shop.", "deal24 .shop"},
		{"try deal24 .shopz", ""}, // no TLD
		{"try deal24 .shop/promo", "deal24 .shop"},
		{"Contact: refundteam at protonbox dot me", "protonbox dot me"},
		{"Contact: refundteam at protonbox DOT me", "protonbox DOT me"},
		{"Contact: refundteam at protonbox dotme", ""},
		{"Contact: refundteam at protonbox dot mee", ""},
		{"visit bright-deals  dot  store now", "bright-deals  dot  store"},
		{"2024 .com", ""},                     // no letter
		{"-abc .io", ""},                      // a name starts with a letter or digit
		{"at home .io", ""},                   // shorter than minLedName
		{"he sat there .io", ""},              // no word where an address goes
		{"visit https://x.example/a .io", ""}, // inside a link, or after one
		{"user@mailhost .io", ""},
		// "a colon and spaces", as nameLooksTyped says: any number of them.
		{"Presale: pixlcoin .io", "pixlcoin .io"},
		{"Presale:   pixlcoin .io", "pixlcoin .io"},
		{"Presale at   pixlcoin .io", ""}, // a word before, after one space only
	} {
		m, _ := namedDomain(viewOf(tc.text), true, true)
		assert.Equal(t, tc.want, m, tc.text)
	}
}

// TestNamedDomainLong: tens of kilobytes of what namedDomain looks at,
// none of it a disguised link, is read to its end, and a name after it
// is found.
func TestNamedDomainLong(t *testing.T) {
	for _, unit := range []string{" .io", " dot io", "at least .io ", "the dot shop ", "a-b-c-d-e ", strings.Repeat("x", 70) + " .io ", "www. .de ", "   "} {
		long := strings.Repeat(unit, 64<<10/len(unit))
		m, _ := namedDomain(viewOf(long), true, true)
		assert.Empty(t, m, unit)
		m, _ = namedDomain(viewOf(long+" visit cheapbuys .shop"), true, true)
		assert.Equal(t, "cheapbuys .shop", m, unit)
	}
}

// FuzzNamedDomain: whatever the text, what namedDomain quotes is a part
// of it that ends in a top-level domain of the ICANN list after a space
// and a dot or "dot".
func FuzzNamedDomain(f *testing.F) {
	for _, s := range []string{"Presale at pixie .io", "visit x-y dot shop", "www.a-b .de", "at least .io", "a  dot  me"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		m, what := namedDomain(viewOf(text), true, true)
		if m == "" {
			assert.Empty(t, what)
			return
		}
		assert.Contains(t, text, m)
		tld := m[strings.LastIndexAny(m, " .")+1:]
		assert.True(t, isICANNTLD(tld), m)
		assert.NotEmpty(t, what)
	})
}
