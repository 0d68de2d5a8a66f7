package moderation

import (
	"context"
	"testing"

	"github.com/commentkit/commentkit/linkify"
	"github.com/stretchr/testify/assert"
)

func TestScriptStanding(t *testing.T) {
	for _, tc := range []struct {
		text            string
		cyrillic, greek bool
	}{
		{"Переписал на Goшный context", true, false},
		// The letters of the link do not count against the Russian ones.
		{"в Dockerе это работает https://docs.docker.com/engine/install/ubuntu/", true, false},
		{"Το iPhoneάκι μου", false, true},
		{"great раypal deal", false, false}, // more Latin letters
		{"сосок", false, false},             // look-alikes only: no letter tells it is Russian
		{"ΑΒΓΔ abc", false, true},           // Γ and Δ look like no Latin letter
		{"frее 𝗳𝗿𝗲𝗲 это", false, false},     // fancy letters count as Latin
		{"Ｆｒｅｅ это", false, false},          // so do full-width ones
		{"Привет 😀😀😀😀😀😀 ok", true, false},   // emoji count for nothing
	} {
		v := viewOf(tc.text)
		got := scriptStandingOf(v)
		assert.Equal(t, scriptStanding{cyrillic: tc.cyrillic, greek: tc.greek}, got, "%q", tc.text)
	}
}

// A View built by hand may carry links that are not its text's: the
// check reads what it can and never slices out of range.
func TestMixedScriptLinksOutOfRange(t *testing.T) {
	v := viewOf("в Dockerе это работает")
	v.Links = []linkify.Link{{Start: 5, End: 1000}, {Start: 2000, End: 3000}}
	assert.NotPanics(t, func() { scriptStandingOf(v) })
	v.Links = []linkify.Link{{Start: 10, End: 3}}
	assert.NotPanics(t, func() { MixedScript().Check(context.Background(), v) })
}
