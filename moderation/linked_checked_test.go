package moderation

import (
	"context"
	"io"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/commentkit/commentkit/linkify"
)

// TestLinkifierDecidesWhatIsLinkedNotWhatIsChecked: a site that links
// fewer schemes than the default (no mailto, so that addresses are not
// harvested; only https), none of the bare names, or more schemes (tel,
// sms, ftp) changes Result.HTML and Result.Links, not the verdict: the
// checks read the links the default Linkifier finds, linked or not, and
// read the rest as it does (a tel: number is a phone number to contact).
func TestLinkifierDecidesWhatIsLinkedNotWhatIsChecked(t *testing.T) {
	comments := []Comment{
		{Body: "Write to me at jo.loans@spam.example for a quick loan today"},
		{Body: "Nice article. More on this at http://myblog.example/bees by me", AuthorURL: "http://myblog.example"},
		{Body: "http://bit.ly/x http://bit.ly/y http://tinyurl.com/z"},
		{Body: "Great deals http://amazon.com/dp/B00X?tag=spammer-20"},
		{Body: "Cheap followers at bit.ly/abc12 and mailto:sales@followers.example"},
		{Body: "Docs: https://go.dev/doc/effective_go and HTTP://GO.DEV/ref/spec"},
		{Body: "A plain comment with no link in it at all."},
		{Body: "Text me sms:+15551234567 for cheap followers"},
		{Body: "Call me now tel:+15551234567"},
		{Body: "Old files at ftp://files.example.org/pub and bit.ly/abc12"},
	}
	sites := map[string]linkify.Linkifier{
		"no mailto":                {Schemes: []string{"http", "https"}},
		"https only":               {Schemes: []string{"HTTPS"}},
		"bare names unlinked":      {DefaultScheme: "ftp"},
		"more than the default":    {Schemes: []string{"http", "https", "mailto", "tel"}},
		"http for bare names":      {DefaultScheme: "http"},
		"its own scheme for names": {Schemes: []string{"gopher"}, DefaultScheme: "gopher"},
		"tel and sms":              {Schemes: []string{"http", "https", "mailto", "tel", "sms"}},
		"ftp":                      {Schemes: []string{"http", "https", "mailto", "ftp"}},
		"mailto for bare names":    {DefaultScheme: "mailto"},
		"tel for bare names":       {Schemes: []string{"https", "tel"}, DefaultScheme: "tel"},
	}
	ctx := context.Background()
	def, err := New(stateless(Config{}))
	require.NoError(t, err)
	for name, lf := range sites {
		t.Run(name, func(t *testing.T) {
			m, err := New(stateless(Config{Linkifier: &lf}))
			require.NoError(t, err)
			shown := lf
			shown.LineBreaks = true
			for _, c := range comments {
				want, err := def.Check(ctx, c)
				require.NoError(t, err)
				got, err := m.Check(ctx, c)
				require.NoError(t, err)
				assert.Equal(t, want.Flags, got.Flags, "%q: the same flags as the default", c.Body)
				assert.Equal(t, want.Action, got.Action, c.Body)
				assert.Equal(t, shown.HTML(got.Text), got.HTML, "%q: linked as the site links", c.Body)
				links := shown.Find(got.Text)
				if len(links) == 0 {
					links = []linkify.Link{} // Check's Links are never nil
				}
				assert.Equal(t, links, got.Links, "%q: Result.Links are the links in Result.HTML", c.Body)
			}
		})
	}
}

// TestModeratorNotMadeByNew: a zero or nil Moderator (a struct that
// embeds one by value, a variable never given New's) says it was not made
// by New, an error of the site's, not the commenter's "too large" with a
// limit of 0 bytes; its Action is Reject, so that it publishes nothing.
// Learn, Unlearn, Export and Import say the same rather than panic.
func TestModeratorNotMadeByNew(t *testing.T) {
	for name, m := range map[string]*Moderator{"zero": {}, "nil": nil} {
		t.Run(name, func(t *testing.T) {
			res, err := m.Check(context.Background(), Comment{Body: "hi"})
			require.ErrorIs(t, err, ErrConfig)
			assert.NotErrorIs(t, err, ErrTooLarge)
			assert.Contains(t, err.Error(), "not made by New")
			assert.Equal(t, Reject, res.Action)
			require.ErrorIs(t, m.Learn(context.Background(), Comment{Body: "hi"}, Ham), ErrConfig)
			require.ErrorIs(t, m.Unlearn(context.Background(), Comment{Body: "hi"}, Ham), ErrConfig)
			require.ErrorIs(t, m.Export(context.Background(), io.Discard), ErrConfig)
			require.ErrorIs(t, m.Import(context.Background(), strings.NewReader("")), ErrConfig)
		})
	}
}
