package moderation

import (
	"context"
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/microcosm-cc/bluemonday"
	"github.com/rivo/uniseg"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/unicode/norm"
)

func TestNewZeroConfigIsDefaults(t *testing.T) {
	m, err := New(Config{})
	require.NoError(t, err)
	assert.Equal(t, DefaultMaxBytes, m.cfg.MaxBytes)
	assert.Equal(t, DefaultMaxLength, m.cfg.MaxLength)
	assert.Equal(t, DefaultMinLength, m.cfg.MinLength)
	assert.Equal(t, DefaultMaxLinks, m.cfg.MaxLinks)
	assert.Equal(t, DefaultMaxCombiningMarks, m.cfg.MaxCombiningMarks)
	assert.Equal(t, Graphemes, m.cfg.Unit)
	assert.Greater(t, m.cfg.HoldScore, 0.0, "zero must not mean hold everything")
	assert.Greater(t, m.cfg.RejectScore, m.cfg.HoldScore)
	assert.NotNil(t, m.cfg.Policy)
	assert.NotNil(t, m.cfg.Linkifier)
}

func TestNewRejectsConfigsThatCannotWork(t *testing.T) {
	for _, tc := range []struct {
		name string
		cfg  Config
	}{
		{"negative MaxBytes", Config{MaxBytes: -1}},
		{"unknown Unit", Config{Unit: Bytes + 1}},
		{"MinLength over MaxLength", Config{MinLength: 10, MaxLength: 5}},
		{"HoldScore over RejectScore", Config{HoldScore: 5, RejectScore: 2}},
		{"NaN HoldScore", Config{HoldScore: math.NaN()}},
		{"nil check", Config{Checks: []Checker{nil}}},
		// []byte(os.Getenv("KEY")) with the variable unset: an empty HMAC
		// key, with which anyone can sign a form token.
		{"empty FormKey", Config{FormKey: []byte{}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m, err := New(tc.cfg)
			assert.Nil(t, m)
			assert.ErrorIs(t, err, ErrConfig)
		})
	}
}

// flagging returns a check that raises one flag with code and score.
func flagging(code string, score float64) Checker {
	return CheckFunc(func(context.Context, *View) []Flag {
		return []Flag{{Code: code, Score: score, Detail: code + " fired"}}
	})
}

func TestVerdictSumsEveryFlag(t *testing.T) {
	for _, tc := range []struct {
		name   string
		scores []float64
		want   Action
		score  float64
	}{
		{"no flags", nil, Approve, 0},
		{"below hold", []float64{0.5}, Approve, 0.5},
		{"hold at the threshold", []float64{0.5, 0.5}, Hold, 1},
		{"below reject", []float64{1, 1.5}, Hold, 2.5},
		{"reject at the threshold", []float64{1, 1, 1}, Reject, 3},
		{"a negative weight lowers the score", []float64{3, -1}, Hold, 2},
		{"a NaN weight counts as zero", []float64{math.NaN(), 1}, Hold, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var checks []Checker
			for i, s := range tc.scores {
				checks = append(checks, flagging(string(rune('a'+i)), s))
			}
			m, err := New(Config{Checks: checks, HoldScore: 1, RejectScore: 3})
			require.NoError(t, err)
			res, err := m.Check(context.Background(), Comment{Body: "hello"})
			require.NoError(t, err)
			assert.Equal(t, tc.want, res.Action)
			assert.Equal(t, tc.score, res.Score)
			require.Len(t, res.Flags, len(tc.scores), "every flag is kept, even after the first decides")
			for i, f := range res.Flags {
				assert.Equal(t, string(rune('a'+i)), f.Code, "flags keep the order of the checks")
			}
		})
	}
}

func TestEmptyChecksApprove(t *testing.T) {
	m, err := New(Config{Checks: []Checker{}})
	require.NoError(t, err)
	res, err := m.Check(context.Background(), Comment{Body: "buy cheap pills at https://bit.ly/x https://a.example https://b.example"})
	require.NoError(t, err)
	assert.Equal(t, Approve, res.Action)
	assert.Empty(t, res.Flags)
}

func TestEveryCheckSeesTheSameView(t *testing.T) {
	var views []*View
	var mu sync.Mutex
	see := CheckFunc(func(_ context.Context, v *View) []Flag {
		mu.Lock()
		defer mu.Unlock()
		views = append(views, v)
		return nil
	})
	m, err := New(Config{Checks: []Checker{see, see}})
	require.NoError(t, err)
	c := Comment{Body: "Hi <a href=\"https://example.com\">there</a>", Author: "Ann", AuthorURL: "https://example.com"}
	_, err = m.Check(context.Background(), c)
	require.NoError(t, err)
	require.Len(t, views, 2)
	assert.Same(t, views[0], views[1], "the View is built once")
	v := views[0]
	assert.Equal(t, c, v.Comment)
	assert.Equal(t, "Hi there (https://example.com)", v.Text)
	assert.Equal(t, foldText(v.Text), v.Folded)
	assert.Equal(t, splitWords(v.Folded), v.Words)
	assert.Equal(t, []string{"https://example.com"}, v.Markup.Anchors)
	require.Len(t, v.Links, 1)
	assert.Equal(t, "https://example.com", v.Links[0].URL)
	assert.Equal(t, len("Hi there (https://example.com)"), v.Length)
}

func TestLengthErrorKeepsWhatWasTyped(t *testing.T) {
	m, err := New(Config{MaxLength: 10})
	require.NoError(t, err)
	res, err := m.Check(context.Background(), Comment{Body: "<b>eleven chars</b>"})
	var le *LengthError
	require.ErrorAs(t, err, &le)
	assert.ErrorIs(t, err, ErrTooLong)
	assert.Equal(t, 12, le.Length)
	assert.Equal(t, 10, le.Limit)
	assert.Equal(t, "eleven chars", res.Text, "the site can give back what was typed")
	assert.Equal(t, 12, res.Length)
	assert.Equal(t, "eleven chars", res.HTML)
	assert.Equal(t, Reject, res.Action, "code that forgets the error never publishes")
	assert.Empty(t, res.Flags, "no checks run on a comment of the wrong size")
}

func TestLengthErrorMessages(t *testing.T) {
	for _, tc := range []struct {
		err  *LengthError
		want string
	}{
		{&LengthError{Err: ErrTooLong, Length: 8193, Limit: 8192}, "Your comment is 8,193 characters long; the limit is 8,192."},
		{&LengthError{Err: ErrTooLong, Length: 1234567, Limit: 1000000, Unit: Runes}, "Your comment is 1,234,567 characters long; the limit is 1,000,000."},
		{&LengthError{Err: ErrTooLarge, Length: 70000, Limit: 65536, Unit: Bytes}, "Your comment is too large to accept (70,000 bytes; the limit is 65,536 bytes). Please shorten it."},
		{&LengthError{Err: ErrTooShort, Length: 3, Limit: 20}, "Your comment is 3 characters long; the minimum is 20."},
		{&LengthError{Err: ErrEmpty, Limit: 1}, "Your comment is empty."},
		{&LengthError{Err: ErrTooLong, Length: 101, Limit: 100}, "Your comment is 101 characters long; the limit is 100."},
	} {
		t.Run(tc.want, func(t *testing.T) {
			assert.Equal(t, tc.want, tc.err.Error())
			assert.ErrorIs(t, tc.err, tc.err.Err)
		})
	}
}

func TestTooLargeIsNotParsed(t *testing.T) {
	called := false
	m, err := New(Config{MaxBytes: 100, Checks: []Checker{CheckFunc(func(context.Context, *View) []Flag {
		called = true
		return nil
	})}})
	require.NoError(t, err)
	_, err = m.Check(context.Background(), Comment{Body: strings.Repeat("<b>", 34)})
	assert.ErrorIs(t, err, ErrTooLarge)
	assert.False(t, called)
	var le *LengthError
	require.ErrorAs(t, err, &le)
	assert.Equal(t, 102, le.Length)
	assert.Equal(t, 100, le.Limit)
	assert.Equal(t, Bytes, le.Unit)
}

// TestCheckOnDoneContext: a ctx that has ended before Check is a fault
// of the state, as one that ends while the Store is asked (issue 4,
// Faults): the verdict of the checks that need no state, with
// state_unavailable, which holds the comment when the Config says so.
func TestCheckOnDoneContext(t *testing.T) {
	cancelled, cancel := context.WithCancel(context.Background())
	cancel()
	expired, cancel := context.WithDeadline(context.Background(), time.Now().Add(-time.Second))
	defer cancel()
	const promo = "Check out my channel for more on this"
	for _, tc := range []struct {
		name   string
		ctx    context.Context
		hold   bool
		body   string
		action Action
		codes  []string
		detail string
	}{
		{"cancelled", cancelled, false, "hello", Approve, []string{CodeStateUnavailable}, "The request had ended before the comment store was asked"},
		{"cancelled, hold on failure", cancelled, true, "hello", Hold, []string{CodeStateUnavailable}, "The request had ended before the comment store was asked"},
		{"cancelled, promotion", cancelled, false, promo, Hold, []string{CodePromoPhrase, CodeStateUnavailable}, "The request had ended before the comment store was asked"},
		{"deadline passed", expired, false, "hello", Approve, []string{CodeStateUnavailable}, "The request had ended before the comment store was asked"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m, err := New(Config{HoldOnStateFailure: tc.hold})
			require.NoError(t, err)
			res, err := m.Check(tc.ctx, Comment{Body: tc.body})
			require.NoError(t, err)
			assert.Equal(t, tc.action, res.Action, "%+v", res.Flags)
			assert.Equal(t, tc.codes, codesOf(res.Flags))
			assert.Contains(t, res.Flags[len(res.Flags)-1].Detail, tc.detail)
			assert.Equal(t, tc.body, res.Text)
		})
	}
}

func TestNewCopiesTheConfig(t *testing.T) {
	checks := []Checker{flagging("x", 5)}
	m, err := New(Config{Checks: checks})
	require.NoError(t, err)
	checks[0] = flagging("changed", 0)
	res, err := m.Check(context.Background(), Comment{Body: "hello"})
	require.NoError(t, err)
	require.Len(t, res.Flags, 1)
	assert.Equal(t, "x", res.Flags[0].Code)
}

func TestCheckIsSafeForConcurrentUse(t *testing.T) {
	m, err := New(Config{})
	require.NoError(t, err)
	bodies := []string{
		"plain text with https://example.com/a link",
		"<p>html</p><a href=\"https://example.org\">x</a><script>y</script>",
		"ünïcödé 👍🏽 text\r\nwith lines",
		strings.Repeat("long ", 1000),
		"Check out my channel and subscribe to my channel, buy buy buy buy buy now",
	}
	want := make([]Result, len(bodies))
	for i, b := range bodies {
		want[i], err = m.Check(context.Background(), Comment{Body: b})
		require.NoError(t, err)
	}
	var wg sync.WaitGroup
	errs := make(chan error, 64)
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 20 {
				k := (g + i) % len(bodies)
				got, err := m.Check(context.Background(), Comment{Body: bodies[k]})
				if err != nil {
					errs <- err
					return
				}
				// Not the Action: state (duplicates, floods) may change it.
				if got.Text != want[k].Text || got.HTML != want[k].HTML || got.Length != want[k].Length {
					errs <- errors.New("a concurrent Check gave another result")
					return
				}
				// The content checks read View.Words, whose arrays are
				// reused between Checks: their flags must not change.
				if !slices.Equal(contentFlags(got.Flags), contentFlags(want[k].Flags)) {
					errs <- fmt.Errorf("a concurrent Check of %q raised %v, alone %v", bodies[k], got.Flags, want[k].Flags)
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

// contentFlags returns the flags of flags that are not those of the checks
// that remember, whose verdicts change as comments are recorded.
func contentFlags(flags []Flag) []Flag {
	var out []Flag
	for _, f := range flags {
		switch f.Code {
		case CodeDuplicate, CodeFlood, CodeRepeatHost, CodeNewAuthor, CodeBayes:
		default:
			out = append(out, f)
		}
	}
	return out
}

func TestActionString(t *testing.T) {
	assert.Equal(t, "approve", Approve.String())
	assert.Equal(t, "hold", Hold.String())
	assert.Equal(t, "reject", Reject.String())
	assert.Equal(t, "unknown", Action(9).String())
	b, err := Hold.MarshalText()
	require.NoError(t, err)
	assert.Equal(t, "hold", string(b))
}

func TestNormaliseInvalidUTF8(t *testing.T) {
	assert.Equal(t, "a\ufffdb", normalise("a\xffb", DefaultMaxCombiningMarks))
	assert.Equal(t, "a\ufffd\ufffd", normalise("a\xe2\x82", DefaultMaxCombiningMarks), "one replacement per bad byte, as range does")
}

// TestGraphemesMatchesUniseg checks the ASCII shortcut of graphemes against
// uniseg on the whole text.
func TestGraphemesMatchesUniseg(t *testing.T) {
	for _, s := range []string{
		"", "a", "é", "e\u0301", "ae\u0301b", "#\ufe0f\u20e3 keycap", "a👍🏽b", "👨\u200d👩\u200d👧 x",
		"🇫🇷🇩🇪", "x🇫🇷y", "\u0600a", "a\u0600b", "ab\u0301cd\u0302", "a\u0301b\u0302", "日本語 text", "z\u0301\u0302\u0303\u0304",
		"a\tb\nc", "\u0915\u094d\u0937", "a\u0915\u094d\u0937b",
	} {
		assert.Equal(t, uniseg.GraphemeClusterCount(s), graphemes(s), "%q", s)
	}
}

func TestIsNFCMatchesNorm(t *testing.T) {
	for _, s := range []string{
		"", "abc", "café", "cafe\u0301", "e\u0301x", "\u0301", "a\u0308\u0301b", "日本", "<\u0338", "한국어", "\u1100\u1161",
		"x\u1100\u1161", "Å", "A\u030a", "\u212b", "a\u0316\u0300", "a\u0300\u0316",
	} {
		assert.Equal(t, norm.NFC.IsNormalString(s), isNFC(s), "%q", s)
	}
}

// TestReadTextComments: a policy that keeps HTML comments passes them
// through; they are not text, may hold '>', and do not end the layout
// white space that follows a block tag.
func TestReadTextComments(t *testing.T) {
	withComments := StripPolicy()
	withComments.AllowComments()
	s := stripper{policy: withComments}
	cases := []struct{ body, want string }{
		{"a<!-- x > y -->b<p>c</p>\n\n  <p>d</p>", "ab\n\nc\n\nd\n\n"},
		{"<ul><li>one</li>\n<!-- c -->\n<li>two</li></ul>", "one\ntwo\n\n"},
		{"<p>x</p>\n<!--y-->\ntext", "x\n\ntext"},
		{"x<!-- never closed > <p>y</p>", "x<!-- never closed > \n\ny\n\n"}, // text, not a comment that swallows the rest
		{"<p>a</p><!---->b", "a\n\nb"},
	}
	for _, c := range cases {
		var mk Markup
		assert.Equal(t, c.want, s.sanitizedText(escapeNonTags(c.body), &mk, nil), "%q", c.body)
	}
}

func TestCustomPolicy(t *testing.T) {
	// A policy that keeps formatting: the Text is still plain, block tags
	// still break lines, anchors still keep their URL; the HTML keeps the
	// inline elements.
	m, err := New(Config{Policy: bluemonday.UGCPolicy(), Checks: []Checker{}})
	require.NoError(t, err)
	res, err := m.Check(context.Background(), Comment{Body: `<p>a <b>b</b></p><p><a href="https://example.com/x" title="t">x</a></p>`})
	require.NoError(t, err)
	assert.Equal(t, "a b\n\nx (https://example.com/x)", res.Text)
	assert.Equal(t, `a <b>b</b><br><br>x (<a href="https://example.com/x" rel="nofollow ugc" dir="ltr">https://example.com/x</a>)`, res.HTML)
	checkHTMLInvariants(t, res, "b")

}

// TestPolicyKeepingNothing: a policy that keeps no element, such as the
// StrictPolicy issue 3 names as the default, or one that keeps only what
// never reaches Result.HTML (links, images), passed as Config.Policy,
// gives what the default gives: line breaks where blocks were, an
// anchor's URL in the Text, and html_link.
func TestPolicyKeepingNothing(t *testing.T) {
	bodies := []string{
		"human.<p>But</p>", "a<br>b", "<ul><li>one</li><li>two</li></ul>",
		`Great post! <a href="https://bit.ly/abc">my recipes</a>`,
		"<b>bold</b> &amp;lt; <script>x</script>", `<img src="https://example.com/cat.jpg"> cute`,
	}
	// Without the checks that remember, so that a body checked twice is
	// not a duplicate of itself.
	def, err := New(stateless(Config{}))
	require.NoError(t, err)
	links := bluemonday.NewPolicy()
	links.AllowAttrs("href").OnElements("a")
	images := bluemonday.NewPolicy()
	images.AllowImages()
	for name, p := range map[string]*bluemonday.Policy{"strict": bluemonday.StrictPolicy(), "new": bluemonday.NewPolicy(), "links": links, "images": images} {
		m, err := New(stateless(Config{Policy: p}))
		require.NoError(t, err, name)
		for _, body := range bodies {
			c := Comment{Body: body}
			want, err := def.Check(context.Background(), c)
			require.NoError(t, err)
			got, err := m.Check(context.Background(), c)
			require.NoError(t, err)
			assert.Equal(t, want.Text, got.Text, "%s %q", name, body)
			assert.Equal(t, want.HTML, got.HTML, "%s %q", name, body)
			assert.Equal(t, want.Action, got.Action, "%s %q", name, body)
			assert.Equal(t, codesOf(want.Flags), codesOf(got.Flags), "%s %q", name, body)
		}
	}
}

// TestPolicyOfAFewInlineTags: issue 3's example of another policy, "a few
// inline tags", written the obvious way (NewPolicy().AllowElements("b",
// "i")), keeps those tags in Result.HTML, while the structure it drops is
// read all the same: blocks are line breaks, an anchor's URL is in the
// Text and flagged html_link. (Run as it was, it glued "human.But" and let
// an anchor to a shortener pass unflagged.)
func TestPolicyOfAFewInlineTags(t *testing.T) {
	few := bluemonday.NewPolicy().AllowElements("b", "i")
	few.AllowAttrs("lang").OnElements("i")
	m, err := New(stateless(Config{Policy: few}))
	require.NoError(t, err)
	res, err := m.Check(context.Background(), Comment{Body: `human.<p>But <b>bold</b> <i lang="fr">oui</i> <em>no</em></p><a href="https://bit.ly/abc">my recipes</a>`})
	require.NoError(t, err)
	assert.Equal(t, "human.\n\nBut bold oui no\n\nmy recipes (https://bit.ly/abc)", res.Text)
	assert.Contains(t, res.HTML, `But <b>bold</b> <i lang="fr">oui</i> no<br>`)
	assert.Contains(t, codesOf(res.Flags), CodeHTMLLink)
	assert.Contains(t, codesOf(res.Flags), CodeShortener)
	checkHTMLInvariants(t, res, "b", "i")
}

func TestPrintableRun(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want int
	}{
		{"", 0}, {"abc", 3}, {"abcdefgh", 8}, {"abcdefghij\nk", 10}, {"abcdefgh\x7fxyz", 8},
		{"abcdefg\x1fxyz", 7}, {"~ !abcdefghijklmno\x80", 18}, {"\x00abcdefgh", 0}, {"abcdefghijklmnopq\t", 17},
		{"é", 0}, {"0123456789abcdef\x7f", 16},
	} {
		assert.Equal(t, tc.want, printableRun(tc.s), "%q", tc.s)
	}
	for c := range 256 {
		s := strings.Repeat("a", 9) + string([]byte{byte(c)}) + "aaaaaaa"
		want := 9
		if ' ' <= c && c <= '~' {
			want = len(s)
		}
		assert.Equal(t, want, printableRun(s), "byte %#x", c)
	}
}

// TestViewWordsKeptByACheck: a check of the site's own may keep v.Words
// after it returns (the contract forbids changing them, not keeping
// them); later Checks must not write over them.
func TestViewWordsKeptByACheck(t *testing.T) {
	ctx := context.Background()
	var kept [][]string
	var mu sync.Mutex
	keep := CheckFunc(func(_ context.Context, v *View) []Flag {
		mu.Lock()
		kept = append(kept, v.Words)
		mu.Unlock()
		return nil
	})
	m, err := New(Config{Checks: append(DefaultChecks(Config{}), keep)})
	require.NoError(t, err)
	bodies := []string{"the first comment has these words", "a second one, quite different", "and a third"}
	for _, b := range bodies {
		_, err := m.Check(ctx, Comment{Body: b})
		require.NoError(t, err)
	}
	require.Len(t, kept, len(bodies))
	for i, b := range bodies {
		assert.Equal(t, splitWords(foldText(b)), kept[i], "the words of %q", b)
	}
}
