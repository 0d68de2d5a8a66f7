package moderation

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// checkCase is one case of the files in testdata/checks: a comment run
// through New(config).Check with the default checks, and the flag codes
// that must and must not fire. Fields left out are not checked.
type checkCase struct {
	Name        string             `json:"name"`
	Body        string             `json:"body"`
	AuthorURL   string             `json:"authorURL,omitempty"`
	AuthorEmail string             `json:"authorEmail,omitempty"`
	Config      *checkCaseConfig   `json:"config,omitempty"`
	Fires       []string           `json:"fires,omitempty"`
	NotFires    []string           `json:"notFires,omitempty"`
	Action      string             `json:"action,omitempty"`  // "approve", "hold" or "reject"
	Scores      map[string]float64 `json:"scores,omitempty"`  // the score of each of these flags
	Details     map[string]string  `json:"details,omitempty"` // the Detail of each of these flags
}

// checkCaseConfig is the part of Config the checks read.
type checkCaseConfig struct {
	MaxLinks       int      `json:"maxLinks,omitempty"`
	AllowedDomains []string `json:"allowedDomains,omitempty"`
	Phrases        []string `json:"phrases,omitempty"`
	BlockedWords   []string `json:"blockedWords,omitempty"`
	HoldWords      []string `json:"holdWords,omitempty"`
}

func TestChecks(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "checks", "*.json"))
	require.NoError(t, err)
	require.NotEmpty(t, files)
	for _, file := range files {
		data, err := os.ReadFile(file)
		require.NoError(t, err)
		var cases []checkCase
		require.NoError(t, json.Unmarshal(data, &cases), file)
		t.Run(filepath.Base(file), func(t *testing.T) {
			for _, tc := range cases {
				t.Run(tc.Name, func(t *testing.T) {
					cfg := Config{}
					if c := tc.Config; c != nil {
						cfg = Config{MaxLinks: c.MaxLinks, AllowedDomains: c.AllowedDomains, Phrases: c.Phrases,
							BlockedWords: c.BlockedWords, HoldWords: c.HoldWords}
					}
					m, err := New(cfg)
					require.NoError(t, err)
					res, err := m.Check(context.Background(), Comment{Body: tc.Body, AuthorURL: tc.AuthorURL, AuthorEmail: tc.AuthorEmail})
					require.NoError(t, err)
					fired := map[string]Flag{}
					for _, f := range res.Flags {
						fired[f.Code] = f
						assert.NotEmpty(t, f.Detail, "flag %s has no Detail", f.Code)
						if f.Code == CodeNewAuthor || f.Code == CodeHomeLink || f.Code == CodeOffer || f.Code == CodeSalesDomain || f.Code == CodeContact || f.Code == CodeExternalLink || f.Code == CodeShortener {
							// 0 when the other flags hold the comment
							// already; a contact detail, a link or a
							// shortened link 0 when a warning only
							// reports it.
							assert.GreaterOrEqual(t, f.Score, 0.0, "flag %s", f.Code)
						} else {
							assert.Greater(t, f.Score, 0.0, "flag %s", f.Code)
						}
					}
					for _, code := range tc.Fires {
						assert.Contains(t, fired, code, "flags: %+v", res.Flags)
					}
					for _, code := range tc.NotFires {
						assert.NotContains(t, fired, code, "flags: %+v", res.Flags)
					}
					for code, score := range tc.Scores {
						assert.InDelta(t, score, fired[code].Score, 1e-9, "score of %s; flags: %+v", code, res.Flags)
					}
					for code, detail := range tc.Details {
						assert.Equal(t, detail, fired[code].Detail, "Detail of %s; flags: %+v", code, res.Flags)
					}
					if tc.Action != "" {
						assert.Equal(t, tc.Action, res.Action.String(), "score %.2f, flags: %+v", res.Score, res.Flags)
					}
				})
			}
		})
	}
}

// foldCase is one case of testdata/fold.json.
type foldCase struct {
	Name   string   `json:"name"`
	In     string   `json:"in"`
	Folded *string  `json:"folded,omitempty"`
	Words  []string `json:"words,omitempty"`
}

func TestFold(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "fold.json"))
	require.NoError(t, err)
	var cases []foldCase
	require.NoError(t, json.Unmarshal(data, &cases))
	for _, tc := range cases {
		t.Run(tc.Name, func(t *testing.T) {
			folded := foldText(tc.In)
			if tc.Folded != nil {
				assert.Equal(t, *tc.Folded, folded)
			}
			if tc.Words != nil {
				assert.Equal(t, tc.Words, splitWords(folded))
			}
		})
	}
}

func TestFoldASCIIFastPathReturnsItsInput(t *testing.T) {
	s := "already folded, nothing to do"
	assert.Equal(t, s, foldText(s))
	assert.Equal(t, s, undoLeet(s))
}

func FuzzFold(f *testing.F) {
	for _, s := range []string{"fr3e", "ƒree", "frее", "𝗳𝗿𝗲𝗲", "sub4sub", "I’ll", "a\u0301", "\xff\xfe", "@$@$", "Привет", "ВОТ ЭТО ДА", "καλημέρα ΚΑΙ ΤΟ", "Ёлка ѕех"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		folded := foldText(s)
		// Folding is idempotent: a word of folded text folds to itself
		// alone, one of the two ways a list entry is folded
		// (foldVariants), so that the entry matches it. A word of
		// look-alikes only, "сок", reads as Latin alone but keeps its
		// letters in Russian text.
		for _, w := range splitWords(folded) {
			if !slices.Contains(foldVariants(w), w) {
				t.Fatalf("word %q of %q folds alone to %q", w, s, foldVariants(w))
			}
		}
	})
}

func TestPhraseSet(t *testing.T) {
	s := newPhraseSet([]string{"check out my", "check out", "if i get # subscribers", "Sub 4 Sub"})
	words := splitWords(foldText("Check out my stuff! if I get 100 subscribers, sub 4 sub; check OUT"))
	var got []string
	s.find(words, func(m phraseMatch) { got = append(got, m.Phrase) })
	assert.Equal(t, []string{"check out my", "check out", "if i get # subscribers", "sub 4 sub", "check out"}, got)
}

func TestReadListSkipsCommentsAndBlanks(t *testing.T) {
	for _, name := range []string{"shorteners.txt", "freemail.txt", "affiliate-hosts.txt", "affiliate-params.txt", "affiliate-id-params.txt", "promo-hosts.txt", "promo-phrases.txt", "promo-cues.txt", "promo-topics.txt"} {
		t.Run(name, func(t *testing.T) {
			data, err := listFiles.ReadFile("lists/" + name)
			require.NoError(t, err)
			assert.Contains(t, string(data[:200]), "#", "the list starts with a header")
			assert.Contains(t, string(data), "Source", "the header names the source")
			entries := readList(name)
			require.NotEmpty(t, entries)
			for _, e := range entries {
				assert.NotEqual(t, '#', rune(e[0]))
				assert.Equal(t, e, trimmed(e))
			}
		})
	}
}

func trimmed(s string) string {
	for len(s) > 0 && (s[0] == ' ' || s[0] == '\t') {
		s = s[1:]
	}
	for len(s) > 0 && (s[len(s)-1] == ' ' || s[len(s)-1] == '\t' || s[len(s)-1] == '\r') {
		s = s[:len(s)-1]
	}
	return s
}

func TestHostSetCoversSubdomains(t *testing.T) {
	s := newHostSet([]string{"Bit.ly", "www.example.com."})
	assert.Equal(t, "bit.ly", s.match("bit.ly"))
	assert.Equal(t, "bit.ly", s.match("j.bit.ly"))
	assert.Equal(t, "example.com", s.match("shop.example.com"))
	assert.Equal(t, "", s.match("notbit.ly"))
	assert.Equal(t, "", s.match("ly"))
}

func TestScaledAndWithout(t *testing.T) {
	ctx := context.Background()
	v := viewOf("SUBSCRIBE TO MY CHANNEL AND CHECK OUT MY VIDEOS!!!!!!!!!!!!")
	base := Shouting().Check(ctx, v)
	require.Len(t, base, 1)
	scaled := Scaled(Shouting(), 4).Check(ctx, v)
	require.Len(t, scaled, 1)
	assert.Equal(t, 4*base[0].Score, scaled[0].Score)
	assert.Equal(t, base[0].Code, scaled[0].Code)

	checks := DefaultChecks(Config{})
	custom := CheckFunc(func(context.Context, *View) []Flag { return nil })
	checks = append(checks, Scaled(Emoji(), 2), custom)
	kept := Without(checks, CodeEmoji, CodeShouting)
	assert.Len(t, kept, len(checks)-3, "both emoji checks and the shouting check are dropped")
	for _, c := range kept {
		assert.NotContains(t, checkCodes(c), CodeEmoji)
		assert.NotContains(t, checkCodes(c), CodeShouting)
	}
	assert.Len(t, Without(checks, CodeBlockedWord), len(checks), "Words raises two codes; dropping one keeps it, without that code")
	assert.Len(t, Without(DefaultChecks(Config{BlockedWords: []string{"x"}}), CodeBlockedWord, CodeHoldWord), len(DefaultChecks(Config{})))
}

// TestWithoutOneCodeOfACheck: naming one code of a check that raises
// several drops that code's flags and keeps the others, where it used to
// keep the whole check and drop nothing. Without CodePromoPhrase the
// check reads a phrase's words as any others, so that a phrase never
// hides the calls to action beside it (review 15 M1): adding one to a
// comment never lowers its score.
func TestWithoutOneCodeOfACheck(t *testing.T) {
	ctx := context.Background()
	checks := Without([]Checker{SelfPromotion()}, CodePromoPhrase)
	require.Len(t, checks, 1)
	assert.ElementsMatch(t, []string{CodeCallToAction, CodePromoTopic, CodeOffer}, checkCodes(checks[0]))
	for _, tc := range []struct {
		text, before, after string // the code of the one flag raised, "" for none
	}{
		{"Subscribe to my channel", CodePromoPhrase, CodeCallToAction},
		{"Please share this video", CodeCallToAction, CodeCallToAction},
		{"Check out my channel, please share it with your friends", CodePromoPhrase, CodeCallToAction},
		{"Read my blog for more on this", CodePromoPhrase, CodePromoTopic},          // "my blog" is a topic of its own
		{"I wrote about this on my blog last year", CodePromoTopic, CodePromoTopic}, // "my blog" named, no invitation
		{"Visit my blog for recipes", CodePromoPhrase, CodePromoTopic},
	} {
		v := viewOf(tc.text)
		for _, c := range []struct {
			check Checker
			want  string
		}{{SelfPromotion(), tc.before}, {checks[0], tc.after}} {
			flags := c.check.Check(ctx, v)
			if c.want == "" {
				assert.Empty(t, flags, tc.text)
				continue
			}
			if assert.Len(t, flags, 1, tc.text) {
				assert.Equal(t, c.want, flags[0].Code, tc.text)
			}
		}
	}
	assert.Empty(t, Without([]Checker{SelfPromotion()}, CodePromoPhrase, CodeCallToAction, CodePromoTopic, CodeOffer))

	score := func(c Checker, text string) float64 {
		var sum float64
		for _, f := range c.Check(ctx, viewOf(text)) {
			sum += f.Score
		}
		return sum
	}
	for _, c := range []Checker{checks[0], Without([]Checker{Scaled(SelfPromotion(), 2)}, CodePromoPhrase)[0]} {
		// Each longer than PromoShortWords, whose rule for a short
		// comment would otherwise decide.
		for _, rest := range []string{
			"please share it with all of your friends today",
			"free money, make money fast from your own home",
			"give it a like and tell all your friends about it",
			"subscribers wanted, please share this with everyone you know",
		} {
			for _, phrase := range []string{"Check out my channel, ", "Subscribe to my channel and ", "Visit my blog: "} {
				assert.GreaterOrEqual(t, score(c, phrase+rest), score(c, rest), "%q", phrase+rest)
			}
		}
	}
}

func TestExportedScoreFieldsReweight(t *testing.T) {
	ctx := context.Background()
	v := viewOf("https://bit.ly/abc")
	c := Shorteners()
	c.Score = 3
	flags := c.Check(ctx, v)
	require.Len(t, flags, 1)
	assert.Equal(t, 3.0, flags[0].Score)
	assert.Equal(t, ShortenerScore, Shorteners().Score, "each constructor call is a new value")
}

func TestDefaultChecksCodesAreDistinctAndConstant(t *testing.T) {
	seen := map[string]bool{}
	for _, c := range DefaultChecks(Config{BlockedWords: []string{"x"}}) {
		codes := checkCodes(c)
		require.NotEmpty(t, codes, "%T names its codes", c)
		for _, code := range codes {
			assert.False(t, seen[code], "code %s raised by two checks", code)
			seen[code] = true
		}
	}
	for _, code := range []string{CodeTooManyLinks, CodeAuthorLink, CodePromoPhrase, CodeHTMLLink, CodeShortener, CodeAffiliate,
		CodeContact, CodeObfuscatedLink, CodeBlockedWord, CodeHoldWord, CodeMixedScript, CodeShouting, CodeRepetition, CodeEmoji,
		CodePromoLink, CodeBareLink, CodeExternalLink, CodeCallToAction, CodePromoTopic} {
		assert.True(t, seen[code], "no default check raises %s", code)
	}
}

func TestChecksDoNotChangeTheView(t *testing.T) {
	v := viewOf("Check out my channel https://bit.ly/x +447935454150 frее 😀😀😀😀😀😀😀😀😀😀 WOW!!!!!!!!!!!!")
	before := *v
	words := append([]string(nil), v.Words...)
	for _, c := range DefaultChecks(Config{BlockedWords: []string{"free"}}) {
		c.Check(context.Background(), v)
	}
	assert.Equal(t, before.Text, v.Text)
	assert.Equal(t, before.Folded, v.Folded)
	assert.Equal(t, words, v.Words)
}

// viewOf builds a View of plain text as the pipeline would, without
// stripping or normalising: for the checks' own tests.
func viewOf(text string) *View {
	m, err := New(Config{Checks: []Checker{}})
	if err != nil {
		panic(err)
	}
	v := &View{Text: text, Folded: foldText(text)}
	v.Words = splitWords(v.Folded)
	v.Links = m.linkify.Find(text)
	v.Length = len(text)
	return v
}

// FuzzFirstRun: firstRun, which looks only at every (n-1)th byte, finds
// the same first run as reading every character does.
func FuzzFirstRun(f *testing.F) {
	f.Add("aaaaaaaaaaaa", 10)
	f.Add("ééééééé x", 3)
	f.Add("ab!!!!!!!!!!!c", 4)
	f.Add("aaa bbbb 😀😀😀😀😀", 5)
	f.Fuzz(func(t *testing.T, s string, n int) {
		if !utf8.ValidString(s) || n < 0 || n > 64 {
			return
		}
		r, ok := firstRun(s, n)
		wantR, wantOK := firstRunEach(s, max(n, 2))
		if r != wantR || ok != wantOK {
			t.Fatalf("firstRun(%q, %d) = %q, %v; reading every character: %q, %v", s, n, r, ok, wantR, wantOK)
		}
	})
}

// TestFirstRunEveryPlace: firstRun finds what reading every character
// finds for runs one short of n, of n and one longer, of ASCII letters,
// white space and longer characters, at every offset after every
// prefix, alone and after a run of another character; and on the checks'
// cases, the fuzz corpora and random texts (leetDigitTexts). From n = 4
// it looks only inside runs (firstRunIn), so the edges of the text and
// of the runs are where it could go wrong.
func TestFirstRunEveryPlace(t *testing.T) {
	var texts []string
	for _, n := range []int{0, 1, 2, 3, 4, 5, 6, 9, 10, 11, 17} {
		for _, unit := range []string{"a", " ", "!", "é", "😀", "\n", "\u3000"} {
			for _, length := range []int{n - 2, n - 1, n, n + 1} {
				if length < 0 {
					continue
				}
				run := strings.Repeat(unit, length)
				for pre := 0; pre <= n+2; pre++ {
					prefix := strings.Repeat("xy", pre)[:pre]
					for _, after := range []string{"", "b", "bb", "é", unit} {
						texts = append(texts, prefix+run+after, prefix+"zz"+run+after+strings.Repeat("q", n), prefix+run+after+run)
					}
				}
			}
		}
	}
	require.Greater(t, len(texts), 1000)
	for _, text := range append(texts, leetDigitTexts(t)...) {
		for _, n := range []int{0, 2, 3, 4, 5, 10, 11} {
			r, ok := firstRun(text, n)
			wantR, wantOK := firstRunEach(text, max(n, 2))
			if r != wantR || ok != wantOK {
				t.Fatalf("firstRun(%q, %d) = %q, %v; reading every character: %q, %v", text, n, r, ok, wantR, wantOK)
			}
		}
	}
}

// TestWithoutAnyPromotionCode: without any of the self-promotion check's
// codes, and without two of them one after the other, adding a phrase or
// a call to action to a comment never lowers its score (review 17 L1):
// the check reads no entry of a dropped code rather than dropping a flag
// that also counted the other kinds.
func TestWithoutAnyPromotionCode(t *testing.T) {
	ctx := context.Background()
	score := func(c Checker, text string) float64 {
		var sum float64
		for _, f := range c.Check(ctx, viewOf(text)) {
			sum += f.Score
		}
		return sum
	}
	only := func(checks []Checker) Checker {
		require.Len(t, checks, 1)
		return checks[0]
	}
	sp := []Checker{SelfPromotion()}
	for name, c := range map[string]Checker{
		"promo_phrase":                 only(Without(sp, CodePromoPhrase)),
		"call_to_action":               only(Without(sp, CodeCallToAction)),
		"promo_topic":                  only(Without(sp, CodePromoTopic)),
		"call_to_action, promo_phrase": only(Without(Without(sp, CodeCallToAction), CodePromoPhrase)),
		"promo_phrase, promo_topic":    only(Without(Without(sp, CodePromoPhrase), CodePromoTopic)),
	} {
		// Each longer than PromoShortWords.
		for _, rest := range []string{
			"free money, make money fast from your own home today",
			"free gift card giveaway for all of our new subscribers",
			"please share it with all of your friends today",
		} {
			for _, add := range []string{"Check out my channel, ", "Please share: ", "Subscribe to my channel and ", "Check it out: "} {
				assert.GreaterOrEqual(t, score(c, add+rest), score(c, rest), "without %s: %q", name, add+rest)
			}
		}
	}
	c := only(Without(sp, CodeCallToAction))
	flags := c.Check(ctx, viewOf("Please share: free money, make money fast from your own home"))
	require.Len(t, flags, 1)
	assert.Equal(t, CodePromoTopic, flags[0].Code)
	assert.Equal(t, []string{CodePromoPhrase, CodePromoTopic, CodeOffer}, checkCodes(c))
}

// TestWithoutOffer: the offer flag, which the self-promotion check's walk
// finds, is dropped alone by Without, and the self-promotion flags stay.
func TestWithoutOffer(t *testing.T) {
	ctx := context.Background()
	const text = "Check out my channel! Sign up with my link and we both get $50: https://www.example-bank.com/open"
	codes := func(c Checker) []string {
		var out []string
		for _, f := range c.Check(ctx, viewOf(text)) {
			out = append(out, f.Code)
		}
		return out
	}
	sp := SelfPromotion()
	assert.Equal(t, []string{CodePromoPhrase, CodeOffer}, codes(sp))
	without := Without([]Checker{sp}, CodeOffer)
	require.Len(t, without, 1)
	assert.Equal(t, []string{CodePromoPhrase}, codes(without[0]))
	assert.Equal(t, []string{CodePromoPhrase, CodeCallToAction, CodePromoTopic}, checkCodes(without[0]))
	onlyOffer := Without([]Checker{sp}, CodePromoPhrase, CodeCallToAction, CodePromoTopic)
	require.Len(t, onlyOffer, 1)
	assert.Equal(t, []string{CodeOffer}, codes(onlyOffer[0]))
}

// siteSelfPromotion is a site's own check that embeds the built-in one
// and raises a flag of its own.
type siteSelfPromotion struct{ *SelfPromotionCheck }

func (s siteSelfPromotion) Check(ctx context.Context, v *View) []Flag {
	return append(s.SelfPromotionCheck.Check(ctx, v), Flag{Code: "site_own", Score: 1, Detail: "the site's own"})
}

func (s siteSelfPromotion) Codes() []string { return append(s.SelfPromotionCheck.Codes(), "site_own") }

// TestWithoutKeepsAnEmbeddingCheck: Without keeps a site's check that
// embeds *SelfPromotionCheck (review 17 M3): its own Check still runs,
// with only the dropped code filtered out.
func TestWithoutKeepsAnEmbeddingCheck(t *testing.T) {
	checks := Without([]Checker{siteSelfPromotion{SelfPromotion()}}, CodePromoPhrase)
	require.Len(t, checks, 1)
	var codes []string
	for _, f := range checks[0].Check(context.Background(), viewOf("Subscribe to my channel")) {
		codes = append(codes, f.Code)
	}
	assert.Equal(t, []string{"site_own"}, codes)
}
