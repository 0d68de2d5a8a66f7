package moderation

import (
	"context"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestHomeLinkLocatedAt: a home page given as the place where a thing the
// reader speaks of is found ("the timetable is on <link>"), in several
// languages, raises no home_link, and a new author's comment with nothing
// else against it is approved; the same sentence of the writer's own goods,
// of "more info" or "the best deals", of a lone "it", or in a comment that
// speaks as a firm, is still held. So for "you can see/read/find <thing>
// at <link>", the reader told where to see a thing.
func TestHomeLinkLocatedAt(t *testing.T) {
	m, err := New(Config{})
	require.NoError(t, err)
	for i, tc := range []struct {
		body string
		home bool // home_link raised, and the comment held
	}{
		// English: copula, optional "listed"/"up", preposition, link.
		{"The winter timetable is on https://www.stagecoachbus.com, the 36 stops running after 7pm.", false},
		{"Opening hours for the Christmas period are listed at https://www.kew.org - closed on the 24th.", false},
		{"The full recording of the debate is up at https://www.parliamentlive.tv if you missed it.", false},
		{"That price is wrong. The current rates were on https://www.ofgem.gov.example.org last week.", false},
		// The subject's "'s", and "the … site" between the place and the link.
		{"The recall notice's on the manufacturer's site, https://www.britax.co.uk, with the batch numbers.", false},
		{"Exam dates are on the exam board page: https://www.aqa.org.uk - they moved chemistry to June.", false},
		// Other languages, the same grammar.
		{"Le calendrier des collectes est sur https://www.sictom-example.fr, pensez à sortir les bacs la veille.", false},
		{"Die Fahrpläne für die Feiertage sind auf https://www.vvs.de, der Nachtbus fährt nicht.", false},
		{"Los resultados oficiales están aquí: https://www.resultados-elecciones.es y cuadran con la noticia.", false},
		{"De dienstregeling staat op https://www.ns.nl, de late treinen rijden niet.", false},
		{"L'orario estivo della biblioteca è su https://www.bibliotecasalaborsa.it, chiude alle 19.", false},

		// The reader told where to see or read a thing.
		{"If you want the original wording, you can read the full judgment at https://www.bailii.org, paragraph 40 onwards.", false},
		{"You'll find the minutes of the planning meeting on https://www.headingleyparish.org.uk under 2025.", false},
		{"Pour les chiffres exacts, on peut lire le compte rendu de l'assemblée sur https://www.clubalpinlyon.fr, page 3.", false},
		{"Anyone can watch the whole launch again on https://www.nasaspaceflight.com, the landing is at 1:12:00.", false},

		// "Is online too": the place with a trailing "too".
		{"The 1911 census return for the street is online too: https://www.freecen.org.uk", false},
		// A label of what the link holds, then a colon or an arrow.
		{"Loved the piece on the half marathon. Leaderboard for anyone wondering where the club finished: https://www.runbritainrankings.com", false},
		{"Programme du festival de la bande dessinée : https://www.bdangouleme.com", false},
		{"Der Fahrplan für die Feiertage -> https://www.vgn.de", false},
		{"The full timetable for the heritage railway: https://www.bluebell-railway.com", false},

		// The link as the subject of a verb of holding or telling.
		{"Before you repaint, https://www.farrow-ball.com has the full colour chart with the old names.", false},
		{"The article skips the numbers, but https://www.backblaze.com publishes its drive failure stats every quarter.", false},
		{"Für die Zahlen: https://www.bahn.de hat die Verspätungsstatistik für jeden Monat.", false},
		{"Si alguien quiere el texto, https://www.cervantesvirtual.com tiene la edición completa.", false},

		// A third party published a thing at the link.
		{"The Met Office publishes the rainfall records for every station at https://www.rainfallrescue.org if you want the long view.", false},
		{"The orchestra has posted the full season programme online at https://www.hallecconcerts.co.uk, tickets go on sale in May.", false},
		{"Le festival a mis la programmation complète en ligne -> https://www.festivalinterceltique.bzh", false},
		{"Der Verein hat die Satzung veröffentlicht: https://www.tsvmoosach.de", false},

		// A member's "our" of a community body is no firm's voice.
		{"Our Rotary club collects old phones for the hospice. Drop-off points are listed at https://www.rotaryribi.org, or bring them to the library.", false},
		{"Our choir sang at the memorial last year. The order of service is on https://www.coventrycathedral.org.uk if anyone wants it.", false},
		{"Our allotment society lost three sheds in the storm. The insurer's guidance is at https://www.nfumutual.co.uk, page 4.", false},

		// The writer's own thing, or the reader's order.
		{"Our new autumn range is at https://www.oakandbrass-example.com, free delivery this week.", true},
		{"My handmade candles are on https://www.glowcraft-example.com if anyone wants one.", true},
		{"Mi tienda está aquí: https://www.artesania-example.es, envíos a toda España.", true},
		{"Notre boutique est sur https://www.savonnerie-example.fr, venez nous voir.", true},
		{"Unser Shop ist auf https://www.holzspielzeug-example.de zu finden.", true},
		// A pitch: more info, deals, prices, everything.
		{"Nice article. More info is at https://www.solar-grants-example.com for homeowners.", true},
		{"Great tips! The best deals are on https://www.cheapflights-example.com this month.", true},
		{"Everything you need is at https://www.keto-example.com, thank me later.", true},
		{"Las mejores ofertas están aquí: https://www.ofertas-example.es", true},
		// A lone pronoun points at the link.
		{"Thanks for the post, it's all at https://www.crypto-signals-example.com", true},
		// Where to see the writer's own, "more", or a lone pronoun.
		{"Nice post! You can see my latest designs at https://www.tshirtprints-example.com", true},
		{"Great guide. You can find more tips like this at https://www.hometips-example.com", true},
		{"You can find us at https://www.plumbers-example.co.uk for any leak.", true},
		{"Brilliant, you can read it at https://www.essay-example.net for nothing.", true},
		// Told to buy, not to see: not this grammar.
		{"You can order the whole kit at https://www.kit-example.com today.", true},
		// The link holding a pitch, the writer's own, a lone pronoun, or
		// selling (not a verb of holding).
		{"Great article! https://www.flightdealz.com has the cheapest flights to Spain this month.", true},
		{"Loved this. https://www.oakbrass.com has our new range of cabinet handles.", true},
		{"Such a useful post, https://www.essaypros.net has it all.", true},
		{"Good tips. https://www.vitashop.com sells the same vitamins for half the price.", true},
		// Published by the writer, of a pitch, or by a lone pronoun.
		{"Nice read. I posted my full guide online at https://www.hikingguru.com last week.", true},
		{"Great tips. We have published our new catalogue at https://www.gardenkit.co.uk", true},
		{"They posted the best deals online at https://www.dealhunter.co.uk today.", true},
		{"Fab article, it's published at https://www.writerhub.net now.", true},
		{"Wir haben unseren neuen Katalog veröffentlicht: https://www.moebelhaus.de", true},
		// A bid, the writer's own label, or a pitch before the colon.
		{"Payday loan approved today. Apply in 2 minutes: https://www.paydaynow.com", true},
		{"Great article about festivals! Our programme: https://www.festivalgoer.com", true},
		{"Thanks for sharing. Source of the best cheap followers: https://www.instaboost.com", true},
		{"Best pizza in the whole city, honestly. Menu: https://www.pizzaroma.com", true},
		// "Our" of a community body beside a firm's "we", or of a shop.
		{"Our running club loves these shoes and we sell them too. The sizes are at https://www.trailshoes-shop.co.uk", true},
		{"Our shop stocks the whole range. The colour chart is on https://www.yarnpalace.co.uk", true},
		{"Our club members get a discount. The booking form is at https://www.gymdeals.co.uk, contact us for the code.", true},
		// A firm's voice elsewhere in the comment.
		{"We build garden rooms to order. Photos of past projects are on https://www.gardenrooms-example.co.uk", true},
		// A bare hyphenated name, as link droppers type them, still counts.
		{"The full timetables are on cheap-bus-tickets.co.uk for every route in the county.", true},
		// A name right before the link, no copula: not this grammar.
		{"Great post about investing! I use https://www.tradebot-example.ai every day.", true},
	} {
		res, err := m.Check(context.Background(), Comment{Body: tc.body, Author: fmt.Sprintf("located %d", i), AuthorEmail: fmt.Sprintf("located%d@example.net", i)})
		require.NoError(t, err)
		assert.Equal(t, tc.home, raised(res, CodeHomeLink), "%s: %v", tc.body, res.Flags)
		assert.Equal(t, tc.home, res.Action != Approve, "%s: %v", tc.body, res.Flags)
	}
}

// TestLocatedAtGrammar reads locatedAt alone on the words before a link:
// where the link ends the sentence's place, and where it does not.
func TestLocatedAtGrammar(t *testing.T) {
	m, err := New(Config{})
	require.NoError(t, err)
	for _, tc := range []struct {
		body string
		want bool
	}{
		{"The archive is at https://lore.example.org", true},
		{"The slides are also online at https://talks.example.org", true},
		{"El programa está en https://festival.example.es", true},
		{"The petition's on the official parliament site https://petition.example.uk", true},
		{"It's at https://a.example.com", false},                        // a lone pronoun
		{"is at https://a.example.com", false},                          // no subject
		{"The details are on my site https://a.example.com", false},     // "my site": not "the … site"
		{"Our menu is at https://a.example.com", false},                 // the writer's
		{"If you want it, the form is at https://a.example.com", false}, // the reader's "you" in the sentence
		{"The form. https://a.example.com", false},                      // no copula and place
		{"The archive is at https://b.example.org https://a.example.com", false},
	} {
		res, err := m.Check(context.Background(), Comment{Body: tc.body})
		require.NoError(t, err)
		l := res.Links[len(res.Links)-1]
		ws := mentionWords(nil, res.Text, 0, l.End, res.Links)
		assert.Equal(t, tc.want, locatedAt(ws, len(ws)-1), tc.body)
	}
}
