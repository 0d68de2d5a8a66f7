package moderation

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// lookalikeProbe is a word of a likely word list for each Latin letter:
// TestLookalikeDisguisesMatch hides one of its letters behind each
// look-alike of that letter.
var lookalikeProbe = map[string]string{
	"a": "casino", "b": "bitcoin", "c": "casino", "d": "dollar", "e": "free",
	"g": "gift", "h": "cash", "i": "viagra", "j": "job", "k": "poker",
	"l": "lottery", "m": "money", "n": "casino", "o": "money", "p": "paypal",
	"q": "quick", "r": "free", "s": "casino", "t": "bitcoin", "u": "bonus",
	"v": "viagra", "w": "win", "x": "xanax", "y": "money", "z": "prize",
}

// Every letter of the look-alike table hides its Latin letter from no
// word list: a hold word spelled with it, inside the word, fires, and so
// does mixed_script.
func TestLookalikeDisguisesMatch(t *testing.T) {
	for r, latin := range lookalike {
		word, ok := lookalikeProbe[latin]
		require.True(t, ok, "no probe word for %q", latin)
		disguised := strings.Replace(word, latin, string(r), 1)
		t.Run(disguised, func(t *testing.T) {
			m, err := New(Config{HoldWords: []string{word}})
			require.NoError(t, err)
			res, err := m.Check(context.Background(), Comment{Body: "get " + disguised + " now"})
			require.NoError(t, err)
			codes := map[string]bool{}
			for _, f := range res.Flags {
				codes[f.Code] = true
			}
			assert.True(t, codes[CodeHoldWord], "%q (U+%04X for %q): %+v", disguised, r, latin, res.Flags)
			assert.True(t, codes[CodeMixedScript], "%q (U+%04X for %q): %+v", disguised, r, latin, res.Flags)
		})
	}
}

// Ordinary Russian, Ukrainian, Bulgarian, Serbian and Greek text keeps
// its letters: no word of it folds to anything with a Latin letter, so no
// Latin list entry can match it by accident, whichever of its words are
// made of look-alikes only ("горе", "пора", "για", "ροή"), and none of it
// is a mixed word.
func TestLookalikeHamKeepsItsLetters(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "fold_lookalike_ham.json"))
	require.NoError(t, err)
	var cases []struct{ Lang, Text string }
	require.NoError(t, json.Unmarshal(data, &cases))
	for _, tc := range cases {
		t.Run(tc.Lang+"/"+tc.Text, func(t *testing.T) {
			for _, w := range splitWords(foldText(tc.Text)) {
				for _, r := range w {
					assert.False(t, r < utf8.RuneSelf && asciiCase[r] != 0, "%q folds to %q", tc.Text, w)
				}
			}
			m, err := New(Config{})
			require.NoError(t, err)
			res, err := m.Check(context.Background(), Comment{Body: tc.Text})
			require.NoError(t, err)
			for _, f := range res.Flags {
				assert.NotEqual(t, CodeMixedScript, f.Code, "%+v", f)
			}
			assert.Equal(t, Approve, res.Action, "%+v", res.Flags)
		})
	}
}
