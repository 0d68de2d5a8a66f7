package moderation

import (
	"context"
	"strings"

	"github.com/commentkit/commentkit/linkify"
)

// CodeSalesDomain: a link to a site named as throwaway sales sites are.
const CodeSalesDomain = "sales_domain"

// A site's name says who made it. A business, a club or a person names a
// site after themselves ("shipton-mill.com", "thompson-morgan.com",
// "rust-lang.org"); a site made to be dropped under other people's
// articles is named for the search words it wants to rank for, or for
// what it sells, in as many words as it takes ("discount-carp-gear.co",
// "keto-burn-ultra-uk.shop", "gewinn-jetzt-heute.de"), and registered
// where names are cheapest. SalesDomainCheck flags a link to such a name
// (see salesName).

// SalesDomainCheck flags a comment that links to a site named as
// throwaway sales sites are (CodeSalesDomain): a registrable name of
// three or more words joined by hyphens ("discount-carp-gear.co",
// "gewinn-jetzt-heute.de"), of two with a pitch's word among them
// ("spinking-casino.com", "homeworkhelp-now.net"; pitchWord), or a name
// under a top-level domain that mostly carries such sites (".shop",
// ".xyz"; salesSuffix). The name is
// the advert: the comment beside it may say nothing a filter can read
// ("BEST PRICES!!! UP TO 70% OFF >>> discount-carp-gear.co"), or be
// written in any language. With the external link it makes a hold, and
// Check weighs it no more than lifts the score to a hold, as it does
// CodeHomeLink and CodeOffer: it never rejects, so a business whose own
// site has such a name is held at worst. A trusted author's weighs half,
// as the other link flags do.
//
// Not counted either: a name of plain hyphenated words (plainWordsName:
// "aquarium-stuff-direct.co.uk"), typed as an address, in the sentence
// that tells the writer bought something there ("Got my filter from
// <link> in the sale"; purchaseTold), as home_link does not count it.
//
// Not counted: a link inside a quotation ("I got a text saying 'reschedule
// at royalmail-redelivery-uk.info'"), which a reader quotes to warn of the
// site, not to promote it; a name typed bare in a warning ("Never buy from
// best-sneaker-deals.com", warns), as home_link does not count it; e-mail addresses, public bodies' sites
// (publicBody) and allowed domains.
type SalesDomainCheck struct {
	Score float64
	links linkChecker
}

// SalesDomains returns the sales-name check (CodeSalesDomain, score
// SalesDomainScore). Allowed domains never count.
func SalesDomains(allowed ...string) *SalesDomainCheck {
	return &SalesDomainCheck{Score: SalesDomainScore, links: newLinkChecker(allowed)}
}

// Codes returns the codes the check raises.
func (c *SalesDomainCheck) Codes() []string { return []string{CodeSalesDomain} }

// Check implements Checker.
func (c *SalesDomainCheck) Check(_ context.Context, v *View) []Flag { return flagSlice(c.flag(v)) }

func (c *SalesDomainCheck) flag(v *View) (Flag, bool) {
	var sales, why string
	var quotes []quoteSpan
	quotesRead, warning := false, false
	c.links.counted(v, func(l *linkify.Link, site *linkSite) {
		if sales != "" || l.Email || site.office {
			return
		}
		domain := site.domain
		if domain == "" {
			domain = site.host
		}
		w, ok := salesName(domain)
		if !ok || publicBody(site.host) {
			return
		}
		// The quotations and the warnings only now: few comments link a
		// name made to sell.
		if !quotesRead {
			quotes, quotesRead = v.quotes(), true
			warning = warns(v.words())
		}
		if quoted(quotes, l.Start, l.End) {
			return
		}
		if warning && !typedAsAddress(l.Text) {
			return // a bare name in a warning is the scam's, as for home_link
		}
		if plainWordsName(domain) && typedAsAddress(l.Text) && purchaseTold(v, l) {
			return // where the writer bought something, as for home_link
		}
		sales, why = domain, w
	})
	if sales == "" {
		return Flag{}, false
	}
	return Flag{Code: CodeSalesDomain, Score: c.Score,
		Detail: "links to " + sales + ", " + why + ", as sites made to sell are named"}, true
}

// plainWordsName reports whether domain, which salesName reads as a
// sales site's, is so only for its many hyphenated words: no pitch word
// among them, under no sales suffix ("aquarium-stuff-direct.co.uk",
// "canoe-kayak-corner.fr"). A shop's own long name, that a customer who
// tells he bought there (purchaseTold) may cite; "cheap-meds-online.com"
// or "filament-deals.shop" is named for the pitch, whoever cites it.
func plainWordsName(domain string) bool {
	label, suffix, _ := strings.Cut(domain, ".")
	return hyphenWords(label) >= salesNameMinWords && pitchWordIn(label) == "" && !salesSuffix(suffix)
}

// salesNameMinWords is how many words, joined by hyphens, make a
// registrable name read as a string of search words rather than a
// name: two are a name and a trade ("shipton-mill", "zap-map"), three
// are rarely anything but an advert ("carp-tackle-outlet").
const salesNameMinWords = 3

// salesSuffix reports whether s, a lower-case suffix, is one of the
// top-level domains that mostly carry throwaway sites, as the lists of
// the most abused domains keep finding: cheap to register, and named to
// sell ("shop", "store", "xyz"). A business whose own site is at one is
// held with its link at worst, never rejected for it alone. A switch, not
// a map: it is asked of every link's name.
func salesSuffix(s string) bool {
	switch s {
	case "shop", "store", "xyz", "top", "live", "online", "site", "click", "date", "loan",
		"bid", "win", "icu", "buzz", "vip":
		return true
	}
	return false
}

// salesName reports whether domain, a registrable domain (one label and
// its public suffix), is named as throwaway sales sites are: at least
// salesNameMinWords words joined by hyphens, fewer with a pitchWord among
// them, or under a salesSuffix. why says which, for a Detail. domain is
// lower case, as a linkSite's is. A few bytes of the name are read, and
// nothing is allocated unless the name is one.
func salesName(domain string) (why string, ok bool) {
	label, suffix, dotted := strings.Cut(domain, ".")
	if !dotted || label == "" || strings.HasPrefix(label, "xn--") {
		return "", false // an IP address, a bare name, or a punycode label, whose hyphens are its encoding's
	}
	if strings.IndexByte(label, '-') < 0 {
		// No hyphen, as most names have: only the suffix can tell.
	} else if words := hyphenWords(label); words >= salesNameMinWords {
		return "a name of " + countText(words, "hyphenated word"), true
	} else if w := pitchWordIn(label); w != "" {
		return "a name with the word “" + w + "”", true
	}
	if salesSuffix(suffix) {
		return "a name under ." + suffix, true
	}
	return "", false
}

// pitchWordIn returns the first of label's words between hyphens that is
// a sales pitch's (pitchWord), or "": "spinking-casino", "cheap-flights",
// "paydaycash-now" are named for what they push. Only whole words between
// hyphens: a name that runs words together ("fastmail", "bestbuy") is
// not split, so no word is found inside another.
func pitchWordIn(label string) string {
	for label != "" {
		w, rest, _ := strings.Cut(label, "-")
		if pitchWord(w) {
			return w
		}
		label = rest
	}
	return ""
}

// pitchWord reports whether w, a word of a site's name, is one that names
// a pitch rather than a trade or a person: a bargain (cheap, discount,
// deals, outlet, free, promo), a gamble (casino, bonus, bet, slots), easy
// money or pills (loans, pharmacy, meds, replica), or haste (now). A
// trade's words ("shop", "store", "express", "tools") are a business's
// name as much as a spammer's, and are not among them. Lower case, as
// link hosts are.
func pitchWord(w string) bool {
	switch w {
	case "cheap", "discount", "discounts", "deal", "deals", "outlet", "free", "promo", "coupon", "coupons",
		"offers", "buy", "casino", "bonus", "bet", "betting", "slots", "loan", "loans", "pills", "meds",
		"pharmacy", "replica", "now", "online":
		return true
	}
	return false
}

// hyphenWords counts the non-empty runs of label between hyphens.
func hyphenWords(label string) int {
	n, in := 0, false
	for i := 0; i < len(label); i++ {
		if label[i] == '-' {
			in = false
		} else if !in {
			in = true
			n++
		}
	}
	return n
}
