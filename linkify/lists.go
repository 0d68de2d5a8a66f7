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
	tlds       map[string]bool // every TLD xurls knows (root zone + pseudo TLDs), lower case
	common     map[string]bool // common web TLDs, from common_tlds.txt
	authority  map[string]bool // schemes written "scheme://", lower case
	noAuth     map[string]bool // schemes written "scheme:", lower case (mailto, tel, …)
	commonList []string        // the entries of common_tlds.txt in file order, for tests
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
	return ls
})

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
	var buf [maxTLDLen]byte
	b, ok := lowerASCII(buf[:], label)
	if !ok {
		return false
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
	return ok && ls.common[string(b)]
}
