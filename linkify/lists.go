package linkify

import (
	_ "embed"
	"strings"
	"sync"

	"mvdan.cc/xurls/v2"
)

// commonTLDsFile is the list of TLDs that make a bare name a link on their
// own; its header says where it came from and what it leaves out on purpose.
//
//go:embed common_tlds.txt
var commonTLDsFile string

// maxTLDLen bounds the label copied to lower case for a TLD look-up. The
// longest ASCII TLD in the root zone has 24 letters; a longer label cannot be
// one, so it is rejected without a look-up.
const maxTLDLen = 32

// maxSchemeLen bounds how far back from a ':' a scheme is looked for. The
// longest scheme in xurls' lists is well under this; the bound keeps the
// backward walk constant-time, whatever the text before the ':'.
const maxSchemeLen = 32

// lists holds the look-up sets built from xurls' exported lists and the
// embedded common-TLD file. They are built once per process, on first use,
// so that a program that imports linkify but never calls it pays nothing.
type lists struct {
	tlds        map[string]bool // every TLD xurls knows (root zone + pseudo TLDs), lower case
	common      map[string]bool // common web TLDs, from common_tlds.txt
	shortTLDs   shortSet        // the two- and three-letter entries of tlds
	shortCommon shortSet        // the two- and three-letter entries of common
	authority   map[string]bool // schemes written "scheme://", lower case
	noAuth      map[string]bool // schemes written "scheme:", lower case (mailto, tel, …)
	commonList  []string        // the entries of common_tlds.txt in file order, for tests
}

var loadLists = sync.OnceValue(func() *lists {
	ls := &lists{
		tlds:      make(map[string]bool, len(xurls.TLDs)+len(xurls.PseudoTLDs)),
		common:    make(map[string]bool, 128),
		authority: make(map[string]bool, len(xurls.Schemes)+len(xurls.SchemesUnofficial)),
		noAuth:    make(map[string]bool, len(xurls.SchemesNoAuthority)),
	}
	for _, list := range [][]string{xurls.TLDs, xurls.PseudoTLDs} {
		for _, t := range list {
			ls.tlds[strings.ToLower(t)] = true
		}
	}
	for _, list := range [][]string{xurls.Schemes, xurls.SchemesUnofficial} {
		for _, s := range list {
			ls.authority[strings.ToLower(s)] = true
		}
	}
	for _, s := range xurls.SchemesNoAuthority {
		ls.noAuth[strings.ToLower(s)] = true
	}
	for _, line := range strings.Split(commonTLDsFile, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		ls.common[line] = true
		ls.commonList = append(ls.commonList, line)
	}
	for t := range ls.tlds {
		ls.shortTLDs.add(t)
	}
	for t := range ls.common {
		ls.shortCommon.add(t)
	}
	return ls
})

// shortSet is a set of two- and three-letter lower-case ASCII words as a
// bitmap: most labels a scanner meets in prose ("js", "md", "py", "com")
// are that short, and a bit test is several times cheaper than hashing
// for a map look-up.
type shortSet [(26*26 + 26*26*26 + 7) / 8]byte

// shortIndex returns the bit of a two- or three-letter lower-case word, or
// false when w is not one.
func shortIndex(w []byte) (int, bool) {
	if len(w) < 2 || len(w) > 3 {
		return 0, false
	}
	i := 0
	for _, c := range w {
		if c < 'a' || c > 'z' {
			return 0, false
		}
		i = i*26 + int(c-'a')
	}
	if len(w) == 3 {
		i += 26 * 26
	}
	return i, true
}

func (s *shortSet) add(w string) {
	if i, ok := shortIndex([]byte(w)); ok {
		s[i/8] |= 1 << (i % 8)
	}
}

func (s *shortSet) has(i int) bool { return s[i/8]&(1<<(i%8)) != 0 }

// lowerASCII copies s, lower-cased, into buf and returns the copy, or false
// when s is longer than buf. Used for allocation-free map look-ups.
func lowerASCII(buf []byte, s string) ([]byte, bool) {
	if len(s) > len(buf) {
		return nil, false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return buf[:len(s)], true
}

// isTLD reports whether label is a TLD xurls knows, in any case, or a
// punycode label ("xn--…"), which xurls also accepts as a TLD.
func (ls *lists) isTLD(label string) bool {
	if label == "" {
		return false
	}
	if label[0] >= 0x80 {
		return ls.tlds[label] || ls.tlds[strings.ToLower(label)]
	}
	if len(label) < 2 || isDigit(label[0]) {
		return false // no TLD has one letter or starts with a digit
	}
	var buf [maxTLDLen]byte
	b, ok := lowerASCII(buf[:], label)
	if !ok {
		return false
	}
	if i, ok := shortIndex(b); ok {
		return ls.shortTLDs.has(i)
	}
	if len(b) > 4 && string(b[:4]) == "xn--" {
		for _, c := range b[4:] {
			if !('a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '-') {
				return false
			}
		}
		return true
	}
	return ls.tlds[string(b)]
}

// isCommonTLD reports whether label (ASCII, any case) is in common_tlds.txt.
func (ls *lists) isCommonTLD(label string) bool {
	var buf [maxTLDLen]byte
	b, ok := lowerASCII(buf[:], label)
	if !ok {
		return false
	}
	if i, ok := shortIndex(b); ok {
		return ls.shortCommon.has(i)
	}
	return ls.common[string(b)]
}
