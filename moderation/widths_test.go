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

// The links the checks read hold the links written in full-width and
// ideographic forms, at their offsets in Text and with the host they
// stand for; what is linked (Result.Links, Result.HTML) does not change.
func TestDisguisedLinksInView(t *testing.T) {
	m, err := New(Config{})
	require.NoError(t, err)
	for _, tc := range []struct {
		name, body string
		texts      []string // of View.Links
		hosts      []string // their Host, or for an e-mail address their Domain
		linked     []string // Result.Links
	}{
		{"ideographic full stop", "Get cheap followers at bit。ly/abc123 now", []string{"bit。ly/abc123"}, []string{"bit.ly"}, nil},
		{"full-width letters", "at ｂｉｔ．ｌｙ/abc123, now", []string{"ｂｉｔ．ｌｙ/abc123"}, []string{"bit.ly"}, nil},
		{"beside an ordinary link", "see https://go.dev and t。me/loanking and example.org/x",
			[]string{"https://go.dev", "t。me/loanking", "example.org/x"}, []string{"go.dev", "t.me", "example.org"},
			[]string{"https://go.dev", "example.org/x"}},
		{"an address takes the place of the domain linked in it", "write to bob.lender＠gmail.com today",
			[]string{"bob.lender＠gmail.com"}, []string{"gmail.com"}, []string{"gmail.com"}},
		{"an address with its dot disguised", "write to bob@gmail。com", []string{"bob@gmail。com"}, []string{"gmail.com"}, nil},
		{"with a scheme it is linked already", "at https://bit。ly/abc123", []string{"https://bit。ly/abc123"}, []string{"bit.ly"}, []string{"https://bit。ly/abc123"}},
		{"glued to Chinese before", "请访问spamsite。com", []string{"spamsite。com"}, []string{"spamsite.com"}, nil},
		{"a Latin word glued before is part of the name", "see bücher。com", nil, nil, nil},
		{"glued to Chinese after, without a path", "我在学Python。Net框架", nil, nil, nil},
		{"a sentence after a full stop", "Thanks for sharing。It helped。Me too", nil, nil, nil},
		{"an international name", "例え。jp and 例え。jp/x", nil, nil, nil},
		{"Chinese before a TLD", "我喜欢这个。com", nil, nil, nil},
		{"an address glued to a word by a full stop is one address, linked nowhere (s17)", "write to john。smith@gmail.com now",
			[]string{"john。smith@gmail.com"}, []string{"gmail.com"}, nil},
		{"a full-width local part before the full stop", "mail ｊｏｈｎ．smith@gmail.com now", []string{"ｊｏｈｎ．smith@gmail.com"}, []string{"gmail.com"}, nil},
		{"after Cyrillic the full stop ends a sentence", "Привет。smith@gmail.com", []string{"smith@gmail.com"}, []string{"gmail.com"}, []string{"smith@gmail.com"}},
		{"after Chinese the full stop ends a sentence", "详情。smith@gmail.com", []string{"smith@gmail.com"}, []string{"gmail.com"}, []string{"smith@gmail.com"}},
		{"superscript and modifier letters", "at ᵇⁱᵗ.ˡʸ/abc123 now", []string{"ᵇⁱᵗ.ˡʸ/abc123"}, []string{"bit.ly"}, nil},
		{"an international name linkify links stays as it is", "at ʷʷʷ.casino.com now", []string{"ʷʷʷ.casino.com"}, []string{"www.casino.com"}, []string{"ʷʷʷ.casino.com"}},
		{"a modifier apostrophe is no letter: the name stays linkify's", "at donʼt.com now", []string{"donʼt.com"}, []string{"xn--dont-2lc.com"}, []string{"donʼt.com"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			v, res, err := m.prepare(Comment{Body: tc.body})
			require.NoError(t, err)
			defer m.release(v)
			var texts, hosts, linked []string
			for _, l := range v.Links {
				assert.Equal(t, l.Text, v.Text[l.Start:l.End])
				texts = append(texts, l.Text)
				if l.Email {
					hosts = append(hosts, l.Domain)
				} else {
					hosts = append(hosts, l.Host)
				}
			}
			for _, l := range res.Links {
				linked = append(linked, l.Text)
			}
			assert.Equal(t, tc.texts, texts)
			assert.Equal(t, tc.hosts, hosts)
			assert.Equal(t, tc.linked, linked)
			assert.Equal(t, len(tc.linked), strings.Count(res.HTML, "<a "), res.HTML)
		})
	}
}

// The checks see the same links when a View is prepared again from the
// same text (Learn prepares it as Check does), and the facts of the links
// are those of the links with the disguised ones.
func TestDisguisedLinksSites(t *testing.T) {
	m, err := New(Config{})
	require.NoError(t, err)
	v, _, err := m.prepare(Comment{Body: "go to t。me/loanking or wa。me/15551234567"})
	require.NoError(t, err)
	defer m.release(v)
	sites := v.linkSites()
	require.Len(t, sites, 2)
	assert.Equal(t, "t.me", sites[0].listed(listChat))
	assert.Equal(t, "wa.me", sites[1].listed(listChat))
	assert.Equal(t, linkSitesOf(v.Links), sites)
}

// A check that a site writes reads the disguised links too, and a View
// built by hand has those its Links are given: the obfuscated-link check
// reads a disguised host from the links, whoever found them.
func TestObfuscatedLinkReadsLinksOfAHandBuiltView(t *testing.T) {
	v := viewOf("see https://ｂｉｔ．ｌｙ/abc123 soon")
	require.Len(t, v.Links, 1)
	flags := ObfuscatedLinks().Check(context.Background(), v)
	require.Len(t, flags, 1)
	assert.Equal(t, "a disguised link: a domain in full-width letters (“https://ｂｉｔ．ｌｙ/abc123”)", flags[0].Detail)
}

// On text made only of disguised names, of names that are not links or
// of full stops, each name is found once, and none that is no link.
func TestDisguisedLinksOnPackedText(t *testing.T) {
	m, err := New(Config{MaxBytes: 1 << 20, MaxLength: -1})
	require.NoError(t, err)
	for _, tc := range []struct {
		unit     string
		min, max int // links found in 2000 units
	}{
		{"a。com/x ", 2000, 2000},
		{"ｂ．ｃｏ/x ", 2000, 2000},
		{"a。b。", 0, 0},
		{"我。com", 0, 0},
		{"x＠y。com ", 2000, 2000},
		{"。", 0, 0},
		{"a。com/x,a。com/x!", 1, 2000}, // one path holds the rest
	} {
		body := strings.Repeat(tc.unit, 2000)
		v, _, err := m.prepare(Comment{Body: body})
		require.NoError(t, err, tc.unit)
		assert.GreaterOrEqual(t, len(v.Links), tc.min, tc.unit)
		assert.LessOrEqual(t, len(v.Links), tc.max, tc.unit)
		m.release(v)
	}
}

// asciiNumberForm returns text with every decimal digit beyond ASCII
// written as an ASCII one and the full-width and Arabic signs the phone
// scans read written as the ASCII ones they stand for.
func asciiNumberForm(text string) string {
	var b strings.Builder
	for _, r := range text {
		switch {
		case r >= utf8.RuneSelf && unicode.IsDigit(r):
			b.WriteByte('5') // the scans read no digit's value
		case strings.ContainsRune("＋（）－．，", r):
			b.WriteByte(skeletonByte(r))
		case r == '\u066b':
			b.WriteByte('.')
		case r == '\u066c':
			b.WriteByte(',')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// FuzzDisguisedLinks holds, for any comment, the links the checks read to
// what they must be: in order, not overlapping, each at its offsets in
// Text and on whole characters; every link that is linked is one of them
// or inside a disguised one; and every one that is not linked is
// disguised. The phone scans read a comment as they read it with its
// digits and signs in ASCII.
func FuzzDisguisedLinks(f *testing.F) {
	for _, body := range checkCaseBodies(f) {
		f.Add(body)
	}
	for _, s := range []string{"a。com/x,b。com", "ｂｏｂ＠ｘ．ｃｏｍ bob@x.com", "x＠y。com@z.com", "www。a。com。", "https://a。com/x bit。ly",
		"＋１ ５５５ １２３ ４５６７", "５５５－１２３-４５６７", "(٥٥٥) ١٢٣-٤٥٦٧", "+١(٥)٥", "a · com · b · net", "\xe3\x80\x82com",
		// The Arabic decimal sign is a full stop to the phone scans
		// (the fuzzer found the first).
		"call +1 555 123 4567\u066b5x", "call 555\u066b123\u066b4567", "+1 555\u066b123.4567"} {
		f.Add(s)
	}
	m, err := New(Config{MaxBytes: 4096, MaxLength: -1})
	require.NoError(f, err)
	f.Fuzz(func(t *testing.T, body string) {
		res, err := m.Check(context.Background(), Comment{Body: body})
		if err != nil {
			return
		}
		v, _, err := m.prepare(Comment{Body: body})
		require.NoError(t, err)
		defer m.release(v)
		prev := 0
		for _, l := range v.Links {
			require.True(t, prev <= l.Start && l.Start < l.End && l.End <= len(v.Text), "%+v in %q", l, v.Text)
			require.Equal(t, v.Text[l.Start:l.End], l.Text)
			require.True(t, utf8.RuneStart(v.Text[l.Start]) && (l.End == len(v.Text) || utf8.RuneStart(v.Text[l.End])))
			prev = l.End
		}
		for _, l := range res.Links {
			kept := false
			for _, c := range v.Links {
				kept = kept || c.Start == l.Start && c.End == l.End || c.Start <= l.Start && l.End <= c.End && linkDisguise(c) != ""
			}
			require.True(t, kept, "linked %q is not read", l.Text)
		}
		for _, c := range v.Links {
			linked := false
			for _, l := range res.Links {
				linked = linked || c.Start == l.Start && c.End == l.End
			}
			require.True(t, linked || linkDisguise(c) != "", "%q is read, not linked, and no disguise", c.Text)
		}
		plain, wide := &View{Text: v.Text}, &View{Text: asciiNumberForm(v.Text)}
		require.Equal(t, asciiNumberForm(internationalNumber(plain, true)), internationalNumber(wide, true), "%q", v.Text)
		require.Equal(t, asciiNumberForm(northAmericanNumber(plain)), northAmericanNumber(wide), "%q", v.Text)
	})
}
