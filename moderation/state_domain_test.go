package moderation

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/commentkit/commentkit/linkify"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestStateDomain reads testdata/state_domains.json: the form in which
// the state keeps a link domain. The stand-ins are written out in full
// because they are kept (Redis keys, the model's tokens, exported model
// files): a change to them would orphan what was learned under them. Each
// is at most maxStateDomainBytes, valid UTF-8, and ends as its domain does.
func TestStateDomain(t *testing.T) {
	var cases []struct{ About, Domain, Want string }
	raw, err := os.ReadFile("testdata/state_domains.json")
	require.NoError(t, err)
	require.NoError(t, json.Unmarshal(raw, &cases))
	require.NotEmpty(t, cases)
	seen := map[string]string{}
	for _, c := range cases {
		t.Run(c.About, func(t *testing.T) {
			got := stateDomain(c.Domain)
			assert.Equal(t, c.Want, got)
			assert.LessOrEqual(t, len(got), maxStateDomainBytes)
			assert.True(t, utf8.ValidString(got))
			if len(c.Domain) <= maxStateDomainBytes {
				assert.Equal(t, c.Domain, got, "kept as it is")
			} else {
				_, end, ok := strings.Cut(got, "…")
				require.True(t, ok, "a stand-in")
				assert.True(t, strings.HasSuffix(c.Domain, end), "ends as its domain does")
			}
			if other, ok := seen[got]; ok {
				t.Errorf("%q and %q have one stand-in", c.Domain, other)
			}
			seen[got] = c.Domain
		})
	}
}

// TestStateDomainWatched: the domains repeat_host leaves out (platforms,
// shorteners) are matched on what the Store is given, so a registrable
// domain under any of them, with the longest label DNS allows, must stay
// whole: within maxStateDomainBytes, stateDomain leaves it as it is and
// the list matches it. (A platform host that is itself a public suffix,
// blogspot.com, gives the longest: a 63-byte label before it.)
func TestStateDomainWatched(t *testing.T) {
	label := strings.Repeat("a", 63)
	for _, h := range append(readList("platform-hosts.txt"), readList("shorteners.txt")...) {
		d := registrableDomain(label + "." + h)
		require.Equal(t, d, stateDomain(d), "%s: a domain under it is given a stand-in", h)
		assert.Empty(t, appendWatchedHosts(nil, []string{stateDomain(d)}), d)
	}
	other := label + "." + strings.Repeat("b", 63) + ".ck"
	assert.Len(t, appendWatchedHosts(nil, []string{stateDomain(other)}), 1)
}

// TestImportLongDomainTokens imports testdata/model/long-domains-v3.jsonl,
// a model exported by commentkit before link domains were bounded (at
// 5189122), which learned three spam comments linking a 130-byte domain,
// a 1,004-byte one and shop.example, and one ham. Each long
// domain's token imports as the stand-in a comment linking that domain
// gives now, with its counts, so what the model learned still counts;
// the export holds no longer token, and imports again the same.
func TestImportLongDomainTokens(t *testing.T) {
	ctx := context.Background()
	old, err := os.ReadFile("testdata/model/long-domains-v3.jsonl")
	require.NoError(t, err)
	long := "x" + strings.Repeat("a", 62) + "." + strings.Repeat("b", 63) + ".ck"
	kilo := strings.Repeat("k", 1000) + ".com"
	require.Contains(t, string(old), `"d:`+long+`"`)
	require.Contains(t, string(old), `"d:`+kilo+`"`)

	m, err := New(Config{})
	require.NoError(t, err)
	require.NoError(t, m.Import(ctx, bytes.NewReader(old)))
	links := linkify.Find("https://" + long + "/buy")
	require.Len(t, links, 1)
	q := &Query{Now: time.Now(), Tokens: bayesTokens(wordList{}, []string{stateDomain(links[0].Domain)}, new(tokenRoom)), Windows: m.state.windows}
	snap, err := m.state.store.Load(ctx, q)
	require.NoError(t, err)
	assert.Equal(t, []TokenCounts{{Spam: 1}}, snap.Tokens, "a comment linking the 130-byte domain reads what was learned of it")

	var file bytes.Buffer
	require.NoError(t, m.Export(ctx, &file))
	for _, d := range []string{long, kilo} {
		assert.Contains(t, file.String(), `{"token":"d:`+stateDomain(d)+`","spam":1,"ham":0}`)
		assert.NotContains(t, file.String(), d)
	}
	assert.Contains(t, file.String(), `{"token":"d:shop.example","spam":1,"ham":0}`)
	again, err := New(Config{})
	require.NoError(t, err)
	require.NoError(t, again.Import(ctx, bytes.NewReader(file.Bytes())))
	var second bytes.Buffer
	require.NoError(t, again.Export(ctx, &second))
	assert.Equal(t, file.String(), second.String())
}
