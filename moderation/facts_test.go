package moderation

import (
	"context"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestWordFacts(t *testing.T) {
	for _, tc := range []struct {
		name string
		text string
		want wordFacts
	}{
		{"plain", "Nice article, thanks", wordFacts{maxRun: 1}},
		{"messenger", "add me on Telegram", wordFacts{messenger: true, maxRun: 1}},
		{"social and messenger", "my snapchat", wordFacts{messenger: true, social: true, maxRun: 1}},
		{"social", "IG: bob", wordFacts{social: true, maxRun: 1}},
		{"phone number", "call 555 123 4567", wordFacts{nanp: true, national: true, call: true, maxRun: 1}},
		{"landline offered", "Tél. : 01 23 45 67 89", wordFacts{national: true, call: true, maxRun: 1}},
		{"no word of calling", "we called them on 0113 496 0877, recalled", wordFacts{national: true, maxRun: 1}},
		{"national number", "hubungi 0812-3456-7890", wordFacts{national: true, maxRun: 1}},
		{"area code", "zap (11) 95555-2231", wordFacts{national: true, maxRun: 1}},
		{"a 0 and a 0", "00 44 11", wordFacts{maxRun: 1}},
		{"year and count", "in 2026 1234 people, 12 123 ok", wordFacts{maxRun: 1}},
		{"long word", "1FHeNqx1twqM153v2PTAyieJNEALAhZvEM", wordFacts{long: true, maxRun: 1}},
		{"disguised link", "site dot com w youtu be", wordFacts{dot: true, com: true, w: true, youtube: true, reader: true, maxRun: 1}},
		{"link reader's word", "this is the guide, my site", wordFacts{reader: true, readerAt: 3, maxRun: 1}},
		{"youtube", "youtube", wordFacts{youtube: true, maxRun: 1}},
		{"a run", "plz plz plz ok ok", wordFacts{maxRun: 3}},
		{"LINE glued after", "詳しくはLINE", wordFacts{long: true, lineGlued: true, maxRun: 1}},
		{"LINE glued before", "LINEで占い", wordFacts{lineGlued: true, maxRun: 1}},
		{"LINE glued inside", "詳しくはLINEで", wordFacts{long: true, lineGlued: true, maxRun: 1}},
		{"LINE after ASCII and kana", "OK詳しくはLINE", wordFacts{long: true, lineGlued: true, maxRun: 1}},
		{"line in an ASCII word", "pipeline deadline online", wordFacts{maxRun: 1}},
		{"line in オンライン", "オンライン", wordFacts{long: true, maxRun: 1}},
		{"no words", "!!!", wordFacts{}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, wordFactsOf(splitWords(foldText(tc.text))))
		})
	}
	// Words of a View built by hand may be empty; they run as others do.
	assert.Equal(t, wordFacts{maxRun: 3}, wordFactsOf([]string{"a", "", "", "", "a"}))
}

// factBodies returns the bodies of the check cases in testdata/checks
// and two long comments.
func factBodies(t *testing.T) []string {
	return append(checkCaseBodies(t), benchComment(3000), plainText(3000))
}

// The checks find the same with the facts Check prepares as without any
// (a View built by hand), and a copy of a View whose Words and Links are
// replaced is not judged by the facts of the original.
func TestFactsChangeNoFlag(t *testing.T) {
	m, err := New(Config{})
	require.NoError(t, err)
	checks := DefaultChecks(Config{BlockedWords: []string{"ass"}, HoldWords: []string{"free"}})
	flagsOf := func(v *View) []Flag {
		var out []Flag
		for _, c := range checks {
			out = append(out, c.Check(context.Background(), v)...)
		}
		return out
	}
	spam := viewOf("check out my channel sub4sub bit.ly/x kik: bob 555 123 4567 plz plz plz plz site dot com")
	for _, body := range factBodies(t) {
		v, _, err := m.prepare(Comment{Body: body, AuthorURL: "http://bob.example"})
		if err != nil {
			continue
		}
		require.True(t, v.facts.wordsDone && v.facts.linksDone, "%q", body)
		bare := *v
		bare.Words = v.wordStrings() // Check's own View has them as spans only
		bare.facts = viewFacts{}
		assert.Equal(t, flagsOf(&bare), flagsOf(v), "%q", body)

		swapped := *v
		swapped.Text, swapped.Folded, swapped.Words, swapped.Links = spam.Text, spam.Folded, spam.Words, spam.Links
		fresh := swapped
		fresh.facts = viewFacts{}
		assert.Equal(t, flagsOf(&fresh), flagsOf(&swapped), "%q", body)
	}
}

// listedHosts finds in each built-in list what hostSet.match does: on
// every entry of every list, a subdomain of each, their parents, and
// hosts on none.
func TestListedHosts(t *testing.T) {
	sets := [numHostLists]hostSet{listShorteners: shortenerHosts, listPromo: promoHosts, listAffiliate: affiliateHosts, listChat: chatHosts}
	hosts := []string{"", ".", "..", "a..b", ".bit.ly", "bit.ly.", "example.com", "com", "a.b.c.example.co.uk", "bitly.com.example.org"}
	for _, set := range sets {
		for h := range set {
			hosts = append(hosts, h, "x."+h, "a.b."+h, h+".evil.example", h[strings.IndexByte(h, '.')+1:])
		}
	}
	for _, h := range hosts {
		site := linkSite{host: h, listedAt: listedHosts(h)}
		for list, set := range sets {
			assert.Equal(t, set.match(h), site.listed(list), "list %d, host %q", list, h)
		}
	}
}

func TestIsAffiliateSegment(t *testing.T) {
	for seg := range affiliatePathSegments {
		assert.True(t, isAffiliateSegment(seg), seg)
		assert.True(t, isAffiliateSegment(strings.ToUpper(seg)), seg)
		assert.True(t, len(seg) >= 3 && len(seg) <= 9 && strings.ContainsRune("rai", rune(seg[0])), "the quick test must let %q through", seg)
	}
	for _, seg := range []string{"", "re", "refs", "notes", "blog", "Affiliates", "invited", "REFERRALS"} {
		assert.False(t, isAffiliateSegment(seg), seg)
	}
}

// hintsOf's one pass over "com" says what four searches of the folded
// text said.
func TestHintsOfCom(t *testing.T) {
	for _, text := range []string{"site. com", "site.  com", "site.   com", "site*com", "site,com", "a.com b. Com",
		"come common, computer", "x. c0m", "comcom. com", "nothing here", "com", ",com", ". com"} {
		v := viewOf(text)
		h := hintsOf(v)
		f := v.Folded
		assert.Equal(t, h.com && (strings.Contains(f, ". com") || strings.Contains(f, ".  com")), h.spaceCom, "%q", text)
		assert.Equal(t, h.com && (strings.Contains(f, "*com") || strings.Contains(f, ",com")), h.replacedCom, "%q", text)
	}
}

// emojiEach counts emoji and flag halves reading every character.
func emojiEach(text string) (emoji, flagHalves int) {
	for _, r := range text {
		switch {
		case isEmoji(r):
			emoji++
		case isRegionalIndicator(r):
			flagHalves++
		}
	}
	return emoji, flagHalves
}

// mixLeadEach reports whether mixLead is true at any byte of text that is
// not ASCII.
func mixLeadEach(text string) bool {
	for i := 0; i < len(text); i++ {
		if text[i] >= 0x80 && mixLead(text, i) {
			return true
		}
	}
	return false
}

// disguiseEach reports whether text has a character mayDisguise is true
// of, and whether it has a decimal digit beyond ASCII, reading every
// character with Unicode's tables.
func disguiseEach(text string) (disguise, wideLink, digits bool) {
	rs := []rune(text)
	for i, r := range rs {
		disguise = disguise || mayDisguise(r)
		digits = digits || r >= utf8.RuneSelf && unicode.IsDigit(r)
		switch r {
		case 'ａ', 'Ｚ', '０', '９', '＠', '﹫':
			wideLink = true
		case '。', '．', '｡', '﹒', '︒', '․':
			ascii := func(k int) bool {
				return k >= 0 && k < len(rs) && rs[k] < utf8.RuneSelf && (unicode.IsLetter(rs[k]) || unicode.IsDigit(rs[k]))
			}
			wideLink = wideLink || ascii(i-1) && ascii(i+1)
		default:
			wideLink = wideLink || unicode.In(r, unicode.Letter, unicode.Digit) && '\uFF01' <= r && r <= '\uFF5E' || fancyByte(r) != 0
		}
	}
	return disguise, wideLink, digits
}

// FuzzTextFacts: the one pass of textFactsOf counts the emoji that
// reading every character does, finds a lead byte of a mixed script
// wherever one is, and a character of a disguise or a digit beyond ASCII
// wherever one is.
func FuzzTextFacts(f *testing.F) {
	f.Add("Привет frее Ꮯasino ⓕⓡⓔⓔ 😀😀😀 ΑΒΓ abc 𝗳𝗿𝗲𝗲 🅵🆁🅴🅴 ☀ ✂ 🏻")
	f.Add("\xe2\x98\x80\xf0\x9f\x98\x80\xe2\x92\xb6\xcd\x80\xe1\x8e\xa0")
	f.Add("\xe2\xcd\x80\xf0\x9d")
	f.Add("🇫🇷 🇩🇪🇮")
	f.Add("bit。ly ｂｉｔ．ｌｙ bob﹫x spamsite·com ＋１ ٥٥٥ ९ 𝟱 ᱐ ꘠ ０")
	f.Add("\xc3\xc2\xb7 \xd9\xa0\xa0 \xc2")
	f.Add("l·l • 日本。中国 a。b a 。b ａ。 ＠ x。\xff")
	f.Add("ʷʷʷ.casino.com ˡʸ ʼ pʰal ℯ Å ⱼ ꟲ 𐞥") // modifier letters, letterlike: fancyByte (s17)
	f.Add("ʷʷʷ.casino.com")                     // only two-byte modifier letters
	f.Add("bɪt.ly/abc123 ɢoogle.com joɴ@x.com") // small capitals of lead byte 0xC9 (smallCapital)
	f.Fuzz(func(t *testing.T, s string) {
		got := textFactsOf(s)
		emoji, flagHalves := emojiEach(s)
		disguise, wideLink, digits := disguiseEach(s)
		if want := (textFacts{emoji: emoji, flagHalves: flagHalves, mayMix: mixLeadEach(s), disguise: disguise, wideLink: wideLink, digits: digits}); got != want {
			t.Fatalf("textFactsOf(%q) = %+v, reading every byte %+v", s, got, want)
		}
	})
}
