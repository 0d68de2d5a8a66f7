package moderation

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A site that builds its own checks passes its word lists to MixedScript:
// a loanword-shaped word in Russian text that spells one of them is a
// disguise, one that spells none is a loanword. The embedded
// self-promotion lists count without being passed ("free" is a topic).
func TestMixedScriptListed(t *testing.T) {
	for _, tc := range []struct {
		body   string
		listed []string
		mixed  bool
	}{
		{"Привет всем, бесплатно casinо здесь", []string{"casino"}, true},
		{"Привет всем, бесплатно casinо здесь", nil, false},
		{"Привет всем, бесплатно frее здесь", nil, true}, // a self-promotion topic
		{"Привет всем, жмите subscribе to my channel, спасибо друзья", nil, true},
		{"в Dockerе это работает, спасибо", []string{"docker", "casino"}, false},
		{"в Dockerе это работает, спасибо", []string{"dockere"}, true},
		// A phrase entry: the disguised word is one of its words.
		{"Привет всем, лучшее online casinо здесь", []string{"online casino"}, true},
		{"Привет всем, лучшее casinо здесь", []string{"online casino"}, false},
	} {
		m, err := New(Config{Checks: []Checker{MixedScript(tc.listed...)}})
		require.NoError(t, err)
		res, err := m.Check(context.Background(), Comment{Body: tc.body})
		require.NoError(t, err)
		assert.Equal(t, tc.mixed, len(res.Flags) == 1, "%q listed %q: %+v", tc.body, tc.listed, res.Flags)
	}
}

// BenchmarkMixedScriptLoanwords: Russian text full of loanwords, none of
// them listed, beside a listed word ("casino"), so that every loanword is
// folded to ask whether it spells a listed word.
// The lists are read once a comment, whatever its number of loanwords:
// 64 KB costs about eight times 8 KB, not 64 times.
func BenchmarkMixedScriptLoanwords(b *testing.B) {
	const unit = "в Dockerе и Kubernetesе всё отлично работает, Goшный код, casino "
	c := MixedScript("casino", "free money")
	ctx := context.Background()
	for _, n := range []int{8 << 10, 64 << 10} {
		text := strings.Repeat(unit, n/len(unit)+1)
		text = text[:strings.LastIndexByte(text[:n], ' ')]
		v := preparedView(text)
		b.Run(fmt.Sprintf("%dKB", n>>10), func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				if c.Check(ctx, v) != nil {
					b.Fatal("a loanword was flagged")
				}
			}
		})
	}
}
