package moderation

import (
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestOfferOwnService: the writer offering their own service outright
// (lists/offers.txt, own: "my rates are", "we cover the whole of") beside
// a link to a site is an offer by itself, and its Detail says so; the
// same words with no link, or words that only look like them, are not.
func TestOfferOwnService(t *testing.T) {
	runCommerce(t, []commerceCase{
		{"Good point about the commas. If you ever want a second pair of eyes on a thesis, my rates are at https://copyedit-example.co.uk", Hold, CodeOffer},
		{"Gorgeous coastline shots. We cover the whole of Cornwall for weddings, packages here: https://wedding-example.co.uk/packages", Hold, CodeOffer},
		{"Retired now but still keep my hand in, I'm available for hire for small jobs: https://joiner-example.co.uk", Hold, CodeOffer},
		// Rates and hire said of a mortgage and of a hall: no one's service.
		{"My rates are fixed until 2027, so the rise passes me by for now: https://rates-example.com/fixed", Approve, ""},
		{"The parish hall is available for hire on weekday evenings: https://hall-example.org.uk/hire", Approve, ""},
		// No link: nothing to offer it at.
		{"My rates are going up in January like everyone else's, thanks to the energy cap.", Approve, ""},
		// A household's rates, not a trader's.
		{"I compared my energy rates on https://compare-example.com/energy and switched supplier.", Approve, ""},
	})
}

// TestOfferOwnServiceDetail: a moderator reads from the Detail that the
// writer offers their own service, and which words say it.
func TestOfferOwnServiceDetail(t *testing.T) {
	m, err := New(Config{})
	require.NoError(t, err)
	res, err := m.Check(context.Background(), Comment{Body: "Nice tips. For anyone who wants it done for them, my prices start low: https://garden-example.co.uk"})
	require.NoError(t, err)
	var detail string
	for _, f := range res.Flags {
		if f.Code == CodeOffer {
			detail = f.Detail
		}
	}
	assert.True(t, strings.HasPrefix(detail, "offers the writer's own service: "), "flags %v", res.Flags)
	assert.Contains(t, detail, "my prices start")
}

// TestOfferTraderTells: a trader who says, as "I", what they do or have
// made for sale ("I do professional …", "I'm doing … sessions", "I've
// written a … course") speaks in a trader's voice, and with a price, a
// discount or places beside their link it is an offer; "I do" or "I've
// written" with nothing sold after it is anyone's.
func TestOfferTraderTells(t *testing.T) {
	runCommerce(t, []commerceCase{
		{"What a handsome spaniel! I'm doing autumn portrait sessions in Bath, £60 each: https://petpix-example.co.uk", Hold, CodeOffer},
		{"Saddle height is half of it. I do professional saddle fitting in York from £80, see https://saddle-example.co.uk", Hold, CodeOffer},
		{"Generics trip everyone up. I've written a short course on them, 40% off until Sunday: https://course-example.dev/generics", Hold, CodeOffer},
		{"I do think £40 is too much for this kit, see the review: https://review-example.com/kit", Approve, ""},
		{"I've written to the council about the £2m plan: https://plan-example.org/bypass", Approve, ""},
	})
}

// TestOfferProfessional: a credential ("as a qualified …", "I'm a
// certified …", lists/offers.txt, pro) is a trader's voice with no noun
// after it, so a course that starts is places on offer from it, even
// where a community word is in the sentence ("rescue"); the credential
// beside a page it only points at offers nothing.
func TestOfferProfessional(t *testing.T) {
	runCommerce(t, []commerceCase{
		{"As a qualified piano teacher I see this a lot, my beginners' course starts in March: https://piano-example.co.uk/course", Hold, CodeOffer},
		{"I'm a certified trainer and my six-week rescue greyhound course starts in spring: https://hound-example.co.uk/course", Hold, CodeOffer},
		{"As a qualified nurse I'd point people at the guidance instead: https://guidance-example.org/flu", Approve, ""},
	})
}

// TestOfferSellerOtherLanguages: "our" opening a clause in Italian,
// Spanish, French, German and Portuguese is a business's voice, as "our"
// is, and with the best price named (gain, in the same languages) it is
// an offer; a community's "our" (a choir, a club, a society: the word
// namesCommunity reads after it) names its price and sells nothing.
func TestOfferSellerOtherLanguages(t *testing.T) {
	runCommerce(t, []commerceCase{
		{"Che bel percorso! La nostra locanda è sul sentiero, prenotate sul sito per il miglior prezzo: https://locanda-example.it/camere", Hold, CodeOffer},
		{"Muy buen artículo. Nuestro hostal está junto a la catedral, mejor precio en https://hostal-example.es/reservas", Hold, CodeOffer},
		{"Notre chorale chante le 12 décembre, entrée 8 € : https://chorale-example.fr/concert", Approve, ""},
		{"Unser Verein grillt am Samstag, Wurst 3 €: https://verein-example.de/fest", Approve, ""},
		{"Our choir sings on the 12th, tickets £8: https://choir-example.org.uk/concert", Approve, ""},
	})
}

// TestOfferProfessionalPrice: a credential with only a price beside the
// link is an expert reader's advice, not an offer; a household's "our"
// in another language is a customer's, as "our kids" is.
func TestOfferProfessionalPrice(t *testing.T) {
	runCommerce(t, []commerceCase{
		{"As a qualified electrician I'd skip the £20 plug-in tester, it misses too much: https://tester-example.com/p/20", Approve, ""},
		{"Notre famille a payé 40 € pour la visite guidée : https://visite-example.fr/tarifs", Approve, ""},
	})
}

// TestOfferTrackRecord: a business counting its own jobs ("we've fitted
// over 200") beside its own link offers its service; a count of jobs
// with no link is told, not offered.
func TestOfferTrackRecord(t *testing.T) {
	runCommerce(t, []commerceCase{
		{"Solar is worth it. We've fitted over 200 systems across Kent: https://solar-example.co.uk/quote", Hold, CodeOffer},
		{"We've fitted over 200 systems across Kent this year and the grant still confuses people.", Approve, ""},
	})
}

// TestOfferTraderNounOwn: the thing after "I do", "I've written" and
// the like is a trader's own only as a trader names it (bare, "a",
// "my"); a reader's "the course", "to the course", "I do think …" is
// none, even with a price beside the link.
func TestOfferTraderNounOwn(t *testing.T) {
	runCommerce(t, []commerceCase{
		{"I do think the course is worth it at £40: https://learn-example.com/go", Approve, ""},
		{"I've written to the course leaders about the £300 fee: https://uni-example.com/fees", Approve, ""},
		{"I do like these sessions, £5 at the door: https://yoga-example.com/drop-in", Approve, ""},
	})
}
