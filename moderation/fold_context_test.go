package moderation

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/require"
)

// scriptsOf decides, by counting every character of s, the scripts in
// which s stands (see lookalikeContext): the rule foldTextIn applies with
// a guess, a bound and a second pass.
func scriptsOf(s string) (keep uint8) {
	var latin, cyrillic, greek int
	var others uint8
	for _, r := range s {
		if r < utf8.RuneSelf {
			if isLatinLetter(r) {
				latin++
			}
			continue
		}
		class := runeClassOf(r)
		switch {
		case class&classLatin != 0:
			latin++
		case class&(classLookCyrillic|classOtherCyrillic) != 0:
			cyrillic++
		case class&(classLookGreek|classOtherGreek) != 0:
			greek++
		}
		others |= class & (classOtherCyrillic | classOtherGreek)
	}
	if others&classOtherCyrillic != 0 && cyrillic > latin {
		keep |= classOtherCyrillic
	}
	if others&classOtherGreek != 0 && greek > latin {
		keep |= classOtherGreek
	}
	return keep
}

// FuzzFoldContext checks that folding a comment gives what folding it
// with each script's way given by scriptsOf gives: that the guess, the
// bound on Latin letters and the second pass of foldTextIn change how
// fast the rule is decided, not what it decides.
func FuzzFoldContext(f *testing.F) {
	for _, s := range []string{
		"ВОТ ЭТО ДА", "ВОТ это cool", "hot ѕех at mysite ү", "hot ѕех, ѵery nice", "ѕех сам", "ѕех ү",
		"cheap ΤΑΧΙ to the airport ϲ", "ΚΑΙ καλημέρα hello", "Déjà ѕех ү", "ВОТ приветhello",
		"ab ВОТ и", "abc ВОТ и", "𝗳𝗿𝗲𝗲 ВОТ и", "ΚΑΙ λ ѕех ж hello world", "ѕех ж ΚΑΙ λ abcdefgh",
		"\xff ВОТ ж", "ВОТ\u0301 ж a",
	} {
		f.Add(s)
	}
	var cases []foldCase
	data, err := os.ReadFile(filepath.Join("testdata", "fold.json"))
	require.NoError(f, err)
	require.NoError(f, json.Unmarshal(data, &cases))
	for _, tc := range cases {
		f.Add(tc.In)
	}
	f.Fuzz(func(t *testing.T, s string) {
		both := uint8(classOtherCyrillic | classOtherGreek)
		want, wantInfo := foldTextIn(s, lookalikeContext{fixed: both, keep: scriptsOf(s)})
		got, info := foldTextMarks(s)
		if got != want || info != wantInfo {
			t.Fatalf("%q folds to %q %+v, by the counts of its letters to %q %+v", s, got, info, want, wantInfo)
		}
	})
}
