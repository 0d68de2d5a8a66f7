package moderation

import (
	"context"
	"encoding/json"
	"fmt"
	"net/netip"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// senderIPCase is one case of testdata/sender/ips.json.
type senderIPCase struct {
	IP    string `json:"ip"`
	Key   string `json:"key"`
	About string `json:"about"`
}

func senderIPCases(t *testing.T) []senderIPCase {
	t.Helper()
	data, err := os.ReadFile("testdata/sender/ips.json")
	require.NoError(t, err)
	var file struct {
		Cases []senderIPCase `json:"cases"`
	}
	require.NoError(t, json.Unmarshal(data, &file))
	require.NotEmpty(t, file.Cases)
	return file.Cases
}

// TestSenderIPForm: each way a site writes an IP keys the sender it
// names.
func TestSenderIPForm(t *testing.T) {
	for _, c := range senderIPCases(t) {
		t.Run(fmt.Sprintf("%q", c.IP), func(t *testing.T) {
			var buf [senderIPBuf]byte
			key, net := appendSenderIP(buf[:0], c.IP)
			assert.Equal(t, c.Key, string(key), c.About)
			assert.Equal(t, strings.HasSuffix(c.Key, "/56"), net, c.About)
		})
	}
}

// TestSenderIPFlood: two comments within FloodInterval from IPs with one
// key are a flood, from IPs with different keys are not; for every pair
// of cases, through Check.
func TestSenderIPFlood(t *testing.T) {
	cases := senderIPCases(t)
	ctx := context.Background()
	// FloodMax off: only the interval, so that the pairs do not add up.
	m, err := New(Config{FloodMax: -1})
	require.NoError(t, err)
	at := scenarioStart
	for _, a := range cases {
		for _, b := range cases {
			if a.Key == "" || b.Key == "" {
				continue
			}
			at = at.Add(time.Minute) // past the interval of the pair before
			_, err := m.Check(ctx, Comment{Body: "Thanks for the article.", IP: a.IP, Time: at})
			require.NoError(t, err)
			res, err := m.Check(ctx, Comment{Body: "Thanks for the article.", IP: b.IP, Time: at.Add(time.Second)})
			require.NoError(t, err)
			assert.Equal(t, a.Key == b.Key, hasCode(res.Flags, CodeFlood), "%q then %q: %+v", a.IP, b.IP, res.Flags)
		}
	}
}

// TestSenderIPv6Subnet: an IPv6 client picks any address of its /64, and
// a home or office any /64 of its /56, so 30 comments in 30 s from one /64,
// or from 30 /64s of one /56 (review s9 round 2, #4), are held as 30 from
// one IPv4 address are; from 30 /56s of one /48 (a provider's customers,
// or a /48 holder: the limit the README names) none is.
func TestSenderIPv6Subnet(t *testing.T) {
	ctx := context.Background()
	for _, c := range []struct {
		name string
		ip   func(i int) string
		held int
		who  string // in the Detail
	}{
		{"one IPv4 address", func(int) string { return "198.51.100.200" }, 29, "from this IP address"},
		{"one IPv6 /64", func(i int) string { return fmt.Sprintf("2001:db8:9:9::%x", i+1) }, 29, "from this IPv6 network (one /56)"},
		{"one IPv6 /64, privacy addresses", func(i int) string { return fmt.Sprintf("2001:db8:9:9:%x:1b2c:3d4e:5f6", (i*7919+1)&0xffff) }, 29, "from this IPv6 network (one /56)"},
		{"30 /64s of one /56", func(i int) string { return fmt.Sprintf("2001:db8:9:%x::1", i+1) }, 29, "from this IPv6 network (one /56)"},
		{"30 /56s of one /48", func(i int) string { return fmt.Sprintf("2001:db8:9:%x00::1", i+1) }, 0, ""},
		{"X-Forwarded-For, the client's entry changed each time", func(i int) string { return fmt.Sprintf("10.%d.0.1, 198.51.100.201", i) }, 29, "from this IP address"},
		// An IPv6-only site behind NAT64/SIIT sees each IPv4 reader in
		// 64:ff9b::/96 (review s9 round 3, #4): one /56 for all of them.
		{"30 IPv4 readers through NAT64", func(i int) string { return fmt.Sprintf("64:ff9b::c633:64%02x", i+1) }, 0, ""},
		{"one IPv4 reader through NAT64", func(int) string { return "64:ff9b::c633:6401" }, 29, "from this IP address"},
		{"30 IPv4 readers through a local-use /96", func(i int) string { return fmt.Sprintf("64:ff9b:1:1::c633:64%02x", i+1) }, 0, ""},
		{"30 Teredo clients of one server", func(i int) string { return fmt.Sprintf("2001:0:4136:e378:8000:63bf:3fff:fd%02x", i+1) }, 0, ""},
		{"30 clients behind a proxy that writes 'unknown'", func(i int) string { return fmt.Sprintf("198.51.100.%d, unknown", i+1) }, 0, ""},
		{"'unknown' alone, 30 readers", func(int) string { return "unknown" }, 0, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			m, err := New(Config{})
			require.NoError(t, err)
			held := 0
			for i := range 30 {
				res, err := m.Check(ctx, Comment{Body: fmt.Sprintf("Thanks for the article %d.", i), IP: c.ip(i), Time: scenarioStart.Add(time.Duration(i) * time.Second)})
				require.NoError(t, err)
				if res.Action != Approve {
					held++
					assert.Equal(t, []string{CodeFlood}, codesOf(res.Flags))
					assert.Contains(t, res.Flags[0].Detail, c.who)
				}
			}
			assert.Equal(t, c.held, held)
		})
	}
}

// TestSenderAuthorKey: an author without e-mail is their name and IP, the
// IP read as the flood reads it; so one commenter keeps their history
// whichever way the site writes the address, and as their IPv6 address
// changes within its /56.
func TestSenderAuthorKey(t *testing.T) {
	for _, c := range []struct {
		name string
		a, b Comment
		same bool
	}{
		{"port and mapped IPv4", Comment{Author: "Bo", IP: "192.0.2.7:51234"}, Comment{Author: "bo", IP: "::ffff:192.0.2.7"}, true},
		{"IPv6 in one /64", Comment{Author: "Bo", IP: "2001:db8:1:2::1"}, Comment{Author: "Bo", IP: "[2001:DB8:1:2::99]:443"}, true},
		{"name with spaces and case", Comment{Author: " Bo  Diddley", IP: "192.0.2.7"}, Comment{Author: "bo diddley ", IP: "192.0.2.7"}, true},
		{"other IPv4", Comment{Author: "Bo", IP: "192.0.2.7"}, Comment{Author: "Bo", IP: "192.0.2.8"}, false},
		{"another /64 of the /56", Comment{Author: "Bo", IP: "2001:db8:1:2::1"}, Comment{Author: "Bo", IP: "2001:db8:1:3::1"}, true},
		{"other /56", Comment{Author: "Bo", IP: "2001:db8:1:2::1"}, Comment{Author: "Bo", IP: "2001:db8:1:102::1"}, false},
		{"e-mail first", Comment{Author: "Bo", AuthorEmail: "bo@example.org", IP: "192.0.2.7"}, Comment{Author: "Robert", AuthorEmail: " BO@example.org", IP: "2001:db8::1"}, true},
		// The name alone keys an author without e-mail or IP, for
		// the spam labelled under it (see Comment.Author and
		// TestSenderByName).
		{"no IP: the name alone", Comment{Author: "Anonymous"}, Comment{Author: "anonymous"}, true},
		{"no IP, a blank IP", Comment{Author: "Anonymous"}, Comment{Author: "Anonymous", IP: " "}, true},
		{"the name alone is not the name with an IP", Comment{Author: "Anonymous"}, Comment{Author: "Anonymous", IP: "192.0.2.7"}, false},
		{"'unknown' is no IP: the name alone", Comment{Author: "Anonymous"}, Comment{Author: "Anonymous", IP: "unknown"}, true},
		{"a list with no address is no IP", Comment{Author: "Anonymous"}, Comment{Author: "Anonymous", IP: "unknown, _hidden"}, true},
		{"NAT64 and IPv4: one author", Comment{Author: "Bo", IP: "192.0.2.7"}, Comment{Author: "Bo", IP: "64:ff9b::c000:207"}, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			ka, kb := authorKey(c.a), authorKey(c.b)
			require.NotEmpty(t, ka)
			assert.Equal(t, c.same, ka == kb)
		})
	}
	assert.Empty(t, authorKey(Comment{IP: " "}), "no name, no e-mail, no IP: no author")
	// An IPv4 address already written as it should be keeps the key it
	// had before addresses were read (TestHashIDStable): the history a
	// Store holds under it stays found.
	keys, _ := senderKeys(nil, Comment{Author: "Reader", IP: "192.0.2.1"}, authorKey(Comment{Author: "Reader", IP: "192.0.2.1"}))
	assert.Equal(t, []string{"ip:9KGtwF8wFuloRW-R", "n:uaGhyOVRZXUccP_U"}, keys)
}

// TestSenderHistoryAcrossForms: spam learned from a commenter by
// r.RemoteAddr is theirs when the next comment carries the mapped IPv6
// form of the same address.
func TestSenderHistoryAcrossForms(t *testing.T) {
	ctx := context.Background()
	m, err := New(Config{})
	require.NoError(t, err)
	require.NoError(t, m.Learn(ctx, Comment{Body: "Buy cheap pills today.", Author: "Bo", IP: "192.0.2.7:51234", Time: scenarioStart}, Spam))
	res, err := m.Check(ctx, Comment{Body: "A fine article.", Author: "bo", IP: "::ffff:192.0.2.7", Time: scenarioStart.Add(time.Hour)})
	require.NoError(t, err)
	assert.Equal(t, []string{CodeNewAuthor}, codesOf(res.Flags), "the author's spam history: %+v", res.Flags)
}

// TestSenderIPAllocs: an address, in any form a site passes it, is read
// without an allocation (each Check reads it twice: sender and author).
func TestSenderIPAllocs(t *testing.T) {
	for _, c := range senderIPCases(t) {
		if _, err := netip.ParseAddr(c.Key); err != nil {
			if _, err := netip.ParsePrefix(c.Key); err != nil {
				continue // not an address: used as given
			}
		}
		t.Run(fmt.Sprintf("%q", c.IP), func(t *testing.T) {
			var buf [senderIPBuf]byte
			assert.Zero(t, testing.AllocsPerRun(10, func() { _, _ = appendSenderIP(buf[:0], c.IP) }), c.About)
		})
	}
}

// FuzzSenderIP: any IP a site passes is read without a panic, into at
// most senderIPBuf bytes when it is an address, and reading the result
// again gives it back (one sender has one key).
func FuzzSenderIP(f *testing.F) {
	for _, c := range []string{"192.0.2.77", "192.0.2.77:51234", "[2001:db8::1]:80", "[2001:db8::1]", "::ffff:192.0.2.77", "fe80::1%eth0", "[", "[]", ":", "a3f1c09e57d2", " ", "198.51.100.1, 192.0.2.77", "a,\u00a0,", ",,", "64:ff9b::c633:6401", "64:ff9b:1::1", "2001:0:4136:e378:8000:63bf:3fff:fdd2", "192.0.2.1, unknown", "unknown", "a3f1,b,unknown"} {
		f.Add(c)
	}
	f.Fuzz(func(t *testing.T, ip string) {
		var buf [senderIPBuf]byte
		b, net := appendSenderIP(buf[:0], ip)
		key := string(b)
		if _, ok := parseSenderIP(key); ok || net {
			assert.LessOrEqual(t, len(key), senderIPBuf)
		}
		again, _ := appendSenderIP(buf[:0], key)
		assert.Equal(t, key, string(again))
	})
}
