package moderation

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestInlineDepth: the elements open at once are bounded (maxInlineDepth),
// so that closing and reopening them costs constant work a tag; what is
// deeper is text, and the HTML stays well-formed.
func TestInlineDepth(t *testing.T) {
	deep := maxInlineDepth + 8
	for _, tc := range []struct {
		name, body, html string
	}{
		{
			"start tags deeper than the bound are dropped",
			strings.Repeat("<b>", deep) + "x" + strings.Repeat("</b>", deep) + "y",
			strings.Repeat("<b>", maxInlineDepth) + "x" + strings.Repeat("</b>", maxInlineDepth) + "y",
		},
		{
			"an end tag closes and reopens the elements inside it",
			"<b><i><em>x</b>y</em>z",
			"<b><i><em>x</em></i></b><i><em>y</em>z</i>",
		},
		{
			"an end tag with the bound reached closes what it can",
			strings.Repeat("<i>", maxInlineDepth) + "<b>x</b>y</i>",
			strings.Repeat("<i>", maxInlineDepth) + "xy" + strings.Repeat("</i>", maxInlineDepth),
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m, err := New(Config{Policy: inlinePolicy(), Checks: []Checker{}})
			require.NoError(t, err)
			res, err := m.Check(context.Background(), Comment{Body: tc.body})
			require.NoError(t, err)
			assert.Equal(t, tc.html, res.HTML)
			checkHTMLInvariants(t, res, inlineElements...)
		})
	}
}

// inlineBench returns about size bytes of input made of unit.
func inlineBench(unit string, size int) string {
	return strings.Repeat(unit, max(size/len(unit), 1))
}

// BenchmarkInline times Check with a policy that keeps inline elements,
// on inputs made to be hard for it: tags nested as deep as the input
// goes, misnested pairs that close and reopen elements, and prose with
// tags and links. MB/s should stay flat from 1 KB to 64 KB (linear time);
// impl=default is the same input with the default policy, for the cost
// of the tags.
func BenchmarkInline(b *testing.B) {
	inputs := []struct{ name, unit string }{
		{"nested", "<b>"},
		{"nested-closed", "<b><i>x"},
		{"misnested", "<b><i><em>x</b>y</em>"},
		{"prose", "Some <b>bold</b> text with <code>a < b</code>, a link https://go.dev/doc?<i>x</i> and <em>more</em>.\n"},
	}
	cfg := stateless(Config{MaxBytes: 1 << 20, MaxLength: 1 << 20, Checks: []Checker{}})
	def, err := New(cfg)
	if err != nil {
		b.Fatal(err)
	}
	cfg.Policy = inlinePolicy()
	inline, err := New(cfg)
	if err != nil {
		b.Fatal(err)
	}
	for _, in := range inputs {
		for _, size := range []int{1 << 10, 64 << 10} {
			body := inlineBench(in.unit, size) + "end"
			for _, impl := range []struct {
				name string
				m    *Moderator
			}{{"inline", inline}, {"default", def}} {
				b.Run(fmt.Sprintf("input=%s-%dKB/impl=%s", in.name, size>>10, impl.name), func(b *testing.B) {
					benchCheck(b, impl.m, Comment{Body: body})
				})
			}
		}
	}
}
