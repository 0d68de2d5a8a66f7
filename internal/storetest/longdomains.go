package storetest

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/commentkit/commentkit/linkify"
	"github.com/commentkit/commentkit/moderation"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// MaxDomainBytes is the most bytes of a link domain that a Moderator
// gives a Store (moderation.Query.Domains): a longer domain is given as a
// stand-in of this length.
const MaxDomainBytes = 81

// LongDomains checks that link domains longer than a Store is given
// (MaxDomainBytes), which an attacker chooses (a host under a wildcard
// public suffix such as *.ck may be 253 bytes, its registrable domain
// 130), reach store only as their bounded stand-ins, in its keys and in
// the model's tokens, and that the stand-ins still tell the domains
// apart: repeat_host counts the authors of each long domain apart from
// those of another with the same end, a long domain approved by a
// moderator is no longer watched, and the model learns a token of its
// own for each. store is an empty Store.
func LongDomains(t *testing.T, store moderation.Store) {
	ctx := context.Background()
	rec := &recording{Store: store}
	m, err := moderation.New(moderation.Config{Store: rec, StateTimeout: StateTimeout})
	require.NoError(t, err)
	// A 63-byte label, then one under the wildcard suffix *.ck: the
	// whole host is its registrable domain.
	tail := "." + strings.Repeat("b", 63) + ".ck"
	domain := func(first byte) string { return string(first) + strings.Repeat("a", 62) + tail }
	links := linkify.Find("https://" + domain('s') + "/page")
	require.Len(t, links, 1)
	require.Equal(t, domain('s'), links[0].Domain, "a domain DNS allows")
	require.Greater(t, len(links[0].Domain), MaxDomainBytes, "longer than a Store is given")

	n := 0
	check := func(first byte) moderation.Result {
		n++
		res, err := m.Check(ctx, moderation.Comment{
			Body:        fmt.Sprintf("Comment %d, see https://%s/page%d", n, domain(first), n),
			AuthorEmail: fmt.Sprintf("author%d@mail.example", n),
			IP:          fmt.Sprintf("192.0.2.%d", n),
		})
		require.NoError(t, err)
		for _, f := range res.Flags {
			// A store that failed would make every assertion below fail
			// with nothing to say why.
			require.NotEqual(t, moderation.CodeStateUnavailable, f.Code, "comment %d: %s", n, f.Detail)
		}
		return res
	}
	repeatHost := func(res moderation.Result) *moderation.Flag {
		for i, f := range res.Flags {
			if f.Code == moderation.CodeRepeatHost {
				return &res.Flags[i]
			}
		}
		return nil
	}

	for _, first := range []byte{'x', 'y', 'z'} {
		assert.Nil(t, repeatHost(check(first)), "three long domains with the same end, one author each")
	}
	assert.Nil(t, repeatHost(check('s')))
	assert.Nil(t, repeatHost(check('s')))
	f := repeatHost(check('s'))
	if assert.NotNil(t, f, "the third author of one long domain") {
		assert.Contains(t, f.Detail, strings.Repeat("b", 40)+".ck", "the Detail names the domain by its end")
	}

	require.NoError(t, m.Learn(ctx, moderation.Comment{Body: "A fine page: https://" + domain('h') + "/", AuthorEmail: "regular@mail.example"}, moderation.Ham))
	for range 3 {
		assert.Nil(t, repeatHost(check('h')), "a long domain a moderator approved")
	}

	require.NoError(t, m.Learn(ctx, moderation.Comment{Body: "Buy now https://" + domain('k') + "/", AuthorEmail: "spammer@mail.example"}, moderation.Spam))
	var file strings.Builder
	require.NoError(t, m.Export(ctx, &file))
	domainTokens := 0
	for line := range strings.Lines(file.String()) {
		var l struct{ Token string }
		require.NoError(t, json.Unmarshal([]byte(line), &l))
		if d, ok := strings.CutPrefix(l.Token, "d:"); ok {
			domainTokens++
			assert.LessOrEqual(t, len(d), MaxDomainBytes, "token %q", l.Token)
		}
	}
	assert.Equal(t, 2, domainTokens, "the approved and the spam domain, each its own token")

	rec.mu.Lock()
	defer rec.mu.Unlock()
	require.NotEmpty(t, rec.domains)
	for _, d := range rec.domains {
		assert.LessOrEqual(t, len(d), MaxDomainBytes, "%q", d)
	}
}

// recording is a Store that remembers the link domains it was given,
// as domains and as the model's tokens.
type recording struct {
	moderation.Store
	mu      sync.Mutex
	domains []string
}

func (r *recording) keep(domains, tokens []string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.domains = append(r.domains, domains...)
	for _, t := range tokens {
		if d, ok := strings.CutPrefix(t, "d:"); ok {
			r.domains = append(r.domains, d)
		}
	}
}

func (r *recording) Load(ctx context.Context, q *moderation.Query) (*moderation.Snapshot, error) {
	r.keep(q.Domains, q.Tokens)
	return r.Store.Load(ctx, q)
}

func (r *recording) Learn(ctx context.Context, l *moderation.Lesson) error {
	r.keep(l.Domains, l.Tokens)
	return r.Store.Learn(ctx, l)
}
