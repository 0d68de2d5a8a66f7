package moderation

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/commentkit/commentkit/linkify"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestHomeLinkReaderMention: a home page that the comment mentions as a
// reader does (where the writer bought something, with a disclaimer of
// ties, a third party named by the name its address spells, a quotation)
// raises no home_link, and a new author's comment with nothing else
// against it is approved; a home page dropped under praise, beside an
// order, pointed at as "this site" or named by a firm that says "we" is
// still held.
func TestHomeLinkReaderMention(t *testing.T) {
	m, err := New(Config{})
	require.NoError(t, err)
	i := 0
	for _, tc := range []struct {
		body    string
		home    bool // home_link raised
		flagged bool // held or rejected
	}{
		// A purchase told in the past, the subject left out or "I"/"we".
		{"Ordered my hiking boots from https://www.alpineoutfitters.com/ before the trip, they survived three weeks of rain.", false, false},
		{"We bought our tent at https://www.campingworld.com and it has held up for four summers.", false, false},
		{"I finally picked up a secondhand loom from https://www.weaversbarn.co.uk, arrived well wrapped.", false, false},
		// The shop named in words, its address after.
		{"Bought the same hinges from Toolstation last month, a third of the price: https://www.toolstation.com", false, false},
		// In the present after a first person, and "my X are from".
		{"I usually get my coffee beans from https://www.hasbean.co.uk, the Ethiopian roast is lovely.", false, false},
		{"My reading glasses are from https://www.glassesdirect.co.uk, cheap and they fit fine.", false, false},
		// A disclaimer, anywhere in the comment.
		{"The tree nursery near us did our hedge, https://www.hillierplants.com if anyone local needs one. No affiliation.", false, false},
		// A third party named by its address's name.
		{"Halfords had the bike rack at half price yesterday: https://www.halfords.com", false, false},
		{"Wirecutter tested twelve of these kettles last spring, https://www.wirecutter.com/ has the table.", false, false},
		{"Thompson & Morgan sent the wrong bulbs twice this year, https://www.thompson-morgan.com", false, false},
		// Rented or hired is a customer's word too (session 19).
		{"I rented one from https://www.lensrental.co.uk/ for a weekend before buying, worth doing.", false, false},
		// A third party's site, called so right before its link.
		{"The inverter is a Fronius and their site https://www.fronius.com/ has the datasheets if you want them.", false, false},
		{"For the nozzle swap, Prusa's website https://www.prusa3d.com/ has the manual as a PDF.", false, false},
		{"Ask in the forum first, though Prusa’s website https://www.prusa3d.com/ answers most questions about firmware updates.", false, false},
		// Bought by someone the writer owns ("my brother", "our walking
		// group"), found at a shop, a thing that "was from" it, and a
		// participle after a comma in a sentence the writer tells.
		{"My brother bought his first lathe from https://www.axminstertools.com/ and it is still going after ten years.", false, false},
		{"Our walking group buys its maps in bulk from https://www.stanfords.co.uk/ each spring.", false, false},
		{"I found a secondhand one at https://www.musicmagpie.co.uk/ for half the price, works fine.", false, false},
		{"The blade was from https://www.toolnut.co.uk/ and it lasted two summers.", false, false},
		{"We have the same lamp in our study, bought at https://www.habitat.co.uk/ years ago.", false, false},
		// The purchase told after the link, in its sentence.
		{"The album is also on https://www.bleep.com/ as a FLAC download, which is how I bought it.", false, false},
		{"The wallpaper in the article is from https://www.sandersondesign.com/ but it is pricey so we ordered a sample roll only.", false, false},
		// Sent to the source to settle a question.
		{"Before you sign anything, check whether the extension needs planning permission: https://www.planningportal.co.uk/", false, false},
		{"Timetables changed in May, always check https://www.nationalrail.co.uk/ directly, the apps lag behind.", false, false},
		// Quoted, not the writer's own words.
		{`The parish newsletter said "see www.stmarys-hall-events.org for the full programme" but the site has been down all week.`, false, false},

		// A firm's own site is no third party's, and "it's" is no name's.
		{"We make the best inverters in the country, our site https://www.sunvolt-inverters.com/ has the prices.", true, true},
		{"Great read, and it's site https://www.garden-sheds-direct.com/ is worth a look.", true, true},
		// Generic praise above a home page: the link drop.
		{"Great article, thanks for sharing this with us! https://www.best-garden-sheds-online.com", true, true},
		{"Really useful post, I learned a lot. https://www.cheap-boiler-repair-leeds.co.uk", true, true},
		// An order, in the imperative or from "our" shop.
		{"Get yours from https://www.cheap-boots-outlet.com today, brilliant prices on every size.", true, true},
		{"Lovely pattern! Order the kit from our shop https://www.woolly-kits-direct.com for next day delivery.", true, true},
		// A purchase from "this site" points at the link as a pitch does.
		{"I just got a brand new phone from this site and it is legit: https://www.phone-deals-today.net", true, true},
		// A firm naming itself: it says "we".
		{"We are Brightwater Plumbing, fast and friendly, covering the whole county: https://www.brightwaterplumbing.com", true, true},
		// A name that is not the site's.
		{"Reuters had the story first, details here https://www.daily-news-portal-24.com", true, true},
		// A lender's form is no question settled, "check out" is a visit,
		// and a firm asks the reader to check its own coverage.
		{"Check if you qualify for a refund in two minutes: https://www.refundfinder-uk.com/", true, true},
		{"Check out https://www.rugbygearstore.com/ first for the best kit.", true, true},
		{"We deliver nationwide, check whether we cover your postcode: https://www.logcabinking.co.uk/", true, true},
		// A purchase told by a customer who canvasses for the shop.
		{"I get all my vitamins from https://www.purevita-shop.com/ now, as a customer I can say nothing else compares.", true, true},
		{"Found a lovely rug at https://www.rugsandmore.com/ last week, great little shop, go have a look.", true, true},
		{"The jacket I bought from https://www.outdoorbargains.com/ is brilliant, highly recommend them.", true, true},
		// Told after the link by a customer who canvasses, or "got" that
		// tells no purchase.
		{"Great shop https://www.outdoorkitstore.com/ and I bought mine there, highly recommend them.", true, true},
		{"https://www.essaywriterhub.com/ is what I use, I got an A on every essay.", true, true},
		// "Found" with no shop after it tells no purchase.
		{"I found this guide really helpful: https://www.runningadvice.net/", true, true},
		// "Buys" after a subject the writer does not own.
		{"Everyone buys from https://www.garden-gnome-world.com/ these days.", true, true},
		// The purchase is in another sentence than the link.
		{"I bought my first drone from a shop in town. Much better prices at https://www.drone-bargains-uk.com", true, true},
	} {
		i++
		// A new author each time, as each comment of the files is.
		res, err := m.Check(context.Background(), Comment{Body: tc.body, Author: fmt.Sprintf("reader %d", i), AuthorEmail: fmt.Sprintf("reader%d@example.net", i)})
		require.NoError(t, err)
		assert.Equal(t, tc.home, raised(res, CodeHomeLink), "%s: %v", tc.body, res.Flags)
		assert.Equal(t, tc.flagged, res.Action != Approve, "%s: %v", tc.body, res.Flags)
		if !tc.flagged {
			assert.Equal(t, Approve, res.Action, "%s: %v", tc.body, res.Flags)
		}
	}
}

// TestHomeLinkReaderMentionKeepsOtherFlags: a purchase told beside an
// affiliate link is still held by that link.
func TestHomeLinkReaderMentionKeepsOtherFlags(t *testing.T) {
	m, err := New(Config{})
	require.NoError(t, err)
	res, err := m.Check(context.Background(), Comment{Body: "Got my running shoes from https://www.sprintstore.com/?ref=runfast22 and they are great."})
	require.NoError(t, err)
	assert.False(t, raised(res, CodeHomeLink), "%v", res.Flags)
	assert.True(t, raised(res, CodeAffiliate), "%v", res.Flags)
	assert.NotEqual(t, Approve, res.Action, "%v", res.Flags)
}

func TestMentionWordsSentences(t *testing.T) {
	text := "Got it. See https://a.example.com/x.y now!\nNext line & more"
	m, err := New(Config{})
	require.NoError(t, err)
	res, err := m.Check(context.Background(), Comment{Body: text})
	require.NoError(t, err)
	ws := mentionWords(nil, res.Text, 0, len(res.Text), res.Links)
	var got []string
	var sentences []int
	for _, w := range ws {
		got = append(got, w.text)
		sentences = append(sentences, w.sentence)
	}
	assert.Equal(t, []string{"Got", "it", "See", "https://a.example.com/x.y", "now", "Next", "line", "&", "more"}, got)
	assert.Equal(t, []int{0, 0, 1, 1, 1, 3, 3, 3, 3}, sentences)
	assert.Equal(t, 0, ws[3].link)
}

// TestMentionWordsCJKSentences: CJK text puts no space after its full
// stop, and a tab may follow a '.': both still end the sentence, so a
// purchase told in one sentence is not read into the next.
func TestMentionWordsCJKSentences(t *testing.T) {
	for _, tc := range []struct {
		text      string
		sentences []int
	}{
		{"店で買った。次はhttps://a.example.com/です", []int{0, 1, 1}},
		{"店で買った！次", []int{0, 1}},
		{"Bought it.\tNext", []int{0, 0, 1}},
		{"v1.2 works", []int{0, 0, 0}},
	} {
		ws := mentionWords(nil, tc.text, 0, len(tc.text), linkify.Find(tc.text))
		var sentences []int
		for _, w := range ws {
			sentences = append(sentences, w.sentence)
		}
		assert.Equal(t, tc.sentences, sentences, "%q", tc.text)
	}
}

// raised reports whether res has a flag of code.
func raised(res Result, code string) bool {
	for _, f := range res.Flags {
		if f.Code == code {
			return true
		}
	}
	return false
}

// TestSiteNamed: a run of capitalised words names a site when its letters
// are those of the site's first registrable label or of a label before
// it, with a possessive or a plural's "s" dropped.
func TestSiteNamed(t *testing.T) {
	for _, tc := range []struct {
		text, host, domain string
		want               bool
	}{
		{"Our bee suit is from Thornes.", "www.thorne.co.uk", "thorne.co.uk", true},
		{"Seeds from Thompson & Morgan came well packed.", "www.thompson-morgan.com", "thompson-morgan.com", true},
		{"Zap-Map shows the chargers.", "www.zap-map.com", "zap-map.com", true},
		{"Try the Merlin Bird ID app.", "merlin.allaboutbirds.org", "allaboutbirds.org", true},
		{"Mozilla's docs say so.", "www.mozilla.org", "mozilla.org", true},
		{"Reuters had it first.", "www.daily-news-portal.com", "daily-news-portal.com", false},
		{"the screwfix one was cheaper.", "www.screwfix.com", "screwfix.com", false}, // no capital: no name
		{"Thorn was there.", "www.thorne.co.uk", "thorne.co.uk", false},
		{"We went to WWW school.", "www.example.com", "example.com", false},
	} {
		names := nameRuns(tc.text, nil)
		assert.Equal(t, tc.want, siteNamed(names, &linkSite{host: tc.host, domain: tc.domain}), tc.text)
	}
}

// TestHomeLinkHyphenatedName: a site whose name joins words with a hyphen
// counts at its home page even named bare, as link droppers type it; a
// bare name without a hyphen, a page on such a site, and a hyphenated
// home page a reader mentions (bought there, named, quoted) do not. A
// page on a site of three hyphenated words is still held, by
// sales_domain, not by home_link.
func TestHomeLinkHyphenatedName(t *testing.T) {
	m, err := New(Config{})
	require.NoError(t, err)
	for i, tc := range []struct {
		body    string
		home    bool
		flagged bool
	}{
		{"Cheapest followers and likes on the web, instant delivery! fast-follow-boost.com", true, true},
		{"Thanks, really useful article, keep it up. cheap-garden-sheds.co.uk", true, true},
		{"We do same-day boiler repairs across the city, call-out included: leeds-boiler-fix.co.uk", true, true},

		{"I moved my mail to fastmail.com last year and never looked back.", false, false},
		{"The packing list I used is at cheap-flights-today.net/guides/packing if it helps anyone.", false, true},
		{"Zap-Map shows which chargers are working before you set off: zap-map.com", false, false},
		{"Got my seed potatoes from real-seeds.co.uk last spring, every one came up.", false, false},
		{"I got a text saying 'your toll is unpaid, settle it at toll-pay-renew.info today'. It's a scam.", false, false},
		// A warning names the scam's site bare; a typed address in one is
		// still a pitch's.
		{"Never buy from best-sneaker-deals.com, my order never came and they stopped answering.", false, false},
		{"Beware of fake sellers, the only real shop is https://www.genuine-watch-store.com", true, true},
	} {
		res, err := m.Check(context.Background(), Comment{Body: tc.body, Author: fmt.Sprintf("hyphen %d", i), AuthorEmail: fmt.Sprintf("hyphen%d@example.net", i)})
		require.NoError(t, err)
		assert.Equal(t, tc.home, raised(res, CodeHomeLink), "%s: %v", tc.body, res.Flags)
		assert.Equal(t, tc.flagged, res.Action != Approve, "%s: %v", tc.body, res.Flags)
		assert.NotEqual(t, Reject, res.Action, "%s: %v", tc.body, res.Flags)
	}
}

// TestSpeaksAsFirmUSWord: "us" is a firm's word unless the comment names
// the US, a word of its own: a "USB" or a "FOCUS" elsewhere in the comment
// names no country, and leaves the firm's "us" as it is.
func TestSpeaksAsFirmUSWord(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Call us today", true},
		{"Call us today about the USB hubs", true},
		{"Call us today, FOCUS on results", true},
		{"it ships to the US, ask us", false},
		{"US stock: ask us", false},
		{"made in the US.", false},
		{"no one of the firm's words here", false},
	} {
		v := preparedView(tc.text)
		assert.Equal(t, tc.want, speaksAsFirm(v.words(), v.Text), tc.text)
	}
	// Through HomeLinkCheck: the same customer's story is read the same
	// with a "USB" in it as without; both say "us", as a firm does.
	m, err := New(Config{})
	require.NoError(t, err)
	for i, body := range []string{
		"Screwfix sent us the wrong cable last week, https://www.screwfix.com",
		"Screwfix sent us the wrong USB cable last week, https://www.screwfix.com",
	} {
		res, err := m.Check(context.Background(), Comment{Body: body, Author: fmt.Sprintf("firm %d", i), AuthorEmail: fmt.Sprintf("firm%d@example.net", i)})
		require.NoError(t, err)
		assert.True(t, raised(res, CodeHomeLink), "%s: %v", body, res.Flags)
	}
}

// TestHyphenatedNameIDN: a bare name typed in another script is held in
// punycode, whose "--" joins no words: a reader's "münchen.de" is no
// hyphenated site name, and no home_link; a bare hyphenated name still is.
func TestHyphenatedNameIDN(t *testing.T) {
	m, err := New(Config{})
	require.NoError(t, err)
	for i, tc := range []struct {
		body string
		home bool
	}{
		{"Ich habe das Buch bei bücher.de gefunden, sehr gut sortiert.", false},
		{"The old maps are all online at münchen.de after a long search in the archive.", false},
		{"The old maps are all online at stadt-archiv.de after a long search in the archive.", true},
	} {
		res, err := m.Check(context.Background(), Comment{Body: tc.body, Author: fmt.Sprintf("idn %d", i), AuthorEmail: fmt.Sprintf("idn%d@example.net", i)})
		require.NoError(t, err)
		assert.Equal(t, tc.home, raised(res, CodeHomeLink), "%s: %v", tc.body, res.Flags)
		if !tc.home {
			assert.Equal(t, Approve, res.Action, "%s: %v", tc.body, res.Flags)
		}
	}
}

// TestBoughtAfterWindowCutsNoCharacter: the words read after a link end
// maxPurchaseBytes on, before a character that bound would cut: a
// comment of letters of two bytes after a home page, at every offset,
// is read without a panic, and still holds the dropped link.
func TestBoughtAfterWindowCutsNoCharacter(t *testing.T) {
	m, err := New(Config{})
	require.NoError(t, err)
	for pad := 0; pad < 4; pad++ {
		body := "Great stuff, lovely post, thanks so much for this https://www.example-garden-shop.com/ " + strings.Repeat("a", pad) + strings.Repeat("é", 400)
		res, err := m.Check(context.Background(), Comment{Body: body, Author: fmt.Sprintf("cut %d", pad)})
		require.NoError(t, err)
		assert.True(t, raised(res, CodeHomeLink), "pad %d: %v", pad, res.Flags)
	}
}
