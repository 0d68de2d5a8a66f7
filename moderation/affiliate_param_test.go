package moderation

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// affiliateParamSplit is affiliateParam written the plain way (split the
// path, split the query), the reference the one Check runs is held to.
func affiliateParamSplit(rawURL string) (string, bool) {
	path := rawURL
	if i := strings.Index(path, "://"); i >= 0 {
		path = path[i+3:]
	}
	if i := strings.IndexAny(path, "?#"); i >= 0 {
		path = path[:i]
	}
	segs := strings.Split(path, "/")
	for i := 1; i+1 < len(segs); i++ { // segs[0] is the host
		if isAffiliateSegment(segs[i]) && looksLikeID(segs[i+1]) {
			return segs[i], true
		}
	}
	q := strings.IndexByte(rawURL, '?')
	if q < 0 {
		return "", false
	}
	query, _, _ := strings.Cut(rawURL[q+1:], "#")
	for _, pair := range strings.FieldsFunc(query, func(r rune) bool { return r == '&' || r == ';' }) {
		key, val, _ := strings.Cut(pair, "=")
		key = strings.TrimPrefix(strings.ToLower(key), "amp;")
		if affiliateIDs[key] && strings.ContainsAny(strings.ToLower(val), "abcdefghijklmnopqrstuvwxyz0123456789") || affiliateKeys[key] && looksLikeID(val) {
			return key, true
		}
	}
	return "", false
}

var affiliateParamCases = []string{
	"https://example.com/", "https://example.com", "example.com/ref/alice42", "https://example.com/ref/alice42/x",
	"https://example.com/a/REF/Bob7", "https://example.com/ref/", "https://example.com/ref", "https://example.com//ref/abc1",
	"https://example.com/refer/bob7?x=1", "https://example.com/p?tag=abc-20", "https://example.com/p?TAG=abc-20",
	"https://example.com/p?page=2&ref=x9x9", "https://example.com/p?page=2;aff_id=12345", "https://example.com/p?&amp;tag=Abcd",
	"https://example.com/p?ref=hl", "https://example.com/p?ref=stream", "https://example.com/p?tag=ab12#ref=zz99",
	"https://example.com/p#x?tag=ab12", "https://example.com/p?&&;;", "https://example.com/p?tag", "https://example.com/p?=ABCD",
	"https://example.com/invite/K9?ref=x", "mailto:a@b.c?ref=ABCD", "https://go.dev/blog/pprof",
	"https://pkg.go.dev/mvdan.cc/xurls/v2", "https://example.com/articles/caching?page=2", "https://e.com/aff/ZZZZ#frag",
	"example.com/p?u=https://y.example/x&tag=Abc12", "example.com/p?tag=Abc12&u=https://y.example/ref/x",
	"https://e.com/Invite/AB12?x", "https://e.com/a/articles/ABCD", "https://e.com/r/ref/#ABCD1", "https://e.com/ref/ab12cd/",
	"https://shop.example/p?aff_id=55", "https://shop.example/p?AFFID=7&x=1", "https://shop.example/p?aff_id=", "https://shop.example/p?aff_id=-",
	"https://shop.example/p?campid=5", "https://shop.example/p?ref=55", "https://shop.example/p?tag=news",
}

func TestAffiliateParam(t *testing.T) {
	for _, u := range affiliateParamCases {
		key, ok := affiliateParam(u)
		wantKey, wantOK := affiliateParamSplit(u)
		assert.Equal(t, wantOK, ok, u)
		assert.Equal(t, wantKey, key, u)
	}
}

func FuzzAffiliateParam(f *testing.F) {
	for _, u := range affiliateParamCases {
		f.Add(u)
	}
	f.Fuzz(func(t *testing.T, u string) {
		key, ok := affiliateParam(u)
		wantKey, wantOK := affiliateParamSplit(u)
		if ok != wantOK || key != wantKey {
			t.Fatalf("affiliateParam(%q) = %q, %v; the plain way gives %q, %v", u, key, ok, wantKey, wantOK)
		}
	})
}
