package moderation

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/microcosm-cc/bluemonday"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/commentkit/commentkit/linkify"
)

var update = flag.Bool("update", false, "rewrite the expected values in testdata/pipeline from what the code does now")

// pipelineCase is one case of the files in testdata/pipeline. Fields left
// out are not checked.
type pipelineCase struct {
	Name   string      `json:"name"`
	Body   string      `json:"body"`
	Repeat int         `json:"repeat,omitempty"` // Body is repeated this many times
	Config *caseConfig `json:"config,omitempty"`

	Text            *string        `json:"text,omitempty"`
	HTML            *string        `json:"html,omitempty"`
	HTMLContains    []string       `json:"htmlContains,omitempty"`
	HTMLNotContains []string       `json:"htmlNotContains,omitempty"`
	Length          *int           `json:"length,omitempty"`
	Err             string         `json:"err,omitempty"` // name of the sentinel error, "" for none
	Limit           int            `json:"limit,omitempty"`
	Message         string         `json:"message,omitempty"`
	Markup          *Markup        `json:"markup,omitempty"`
	Links           []linkify.Link `json:"links,omitempty"` // Result.Links, when given
}

// caseConfig is the part of Config a case may set.
type caseConfig struct {
	Unit              string `json:"unit,omitempty"`
	MaxBytes          int    `json:"maxBytes,omitempty"`
	MaxLength         int    `json:"maxLength,omitempty"`
	MinLength         int    `json:"minLength,omitempty"`
	MaxCombiningMarks int    `json:"maxCombiningMarks,omitempty"`
	Policy            string `json:"policy,omitempty"` // a name in testPolicies
}

// testPolicies are the Config.Policy a case may name, each with the
// inline elements it keeps (which Result.HTML may then hold).
var testPolicies = map[string]struct {
	policy func() *bluemonday.Policy
	inline []string
}{
	"inline": {inlinePolicy, inlineElements},
	"abbr": {func() *bluemonday.Policy {
		p := StripPolicy()
		p.AllowAttrs("title").OnElements("abbr")
		return p
	}, []string{"abbr"}},
	// attrs allows what a comment's inline tags never keep (attributes
	// that show text, link, fetch, restyle or name), and two they do.
	"attrs": {func() *bluemonday.Policy {
		p := StripPolicy()
		p.AllowAttrs("title", "lang", "style", "class", "id", "dir").OnElements("span", "bdo", "q")
		p.AllowAttrs("cite").OnElements("q")
		p.AllowAttrs("datetime").OnElements("time")
		p.AllowAttrs("src", "alt").OnElements("img")
		return p
	}, []string{"span", "q", "time"}},
	// unsafe keeps script and style, and lets their content through
	// unescaped, as a site should never configure it.
	"unsafe": {func() *bluemonday.Policy {
		p := StripPolicy()
		p.AllowElements("script", "style", "b")
		p.AllowUnsafe(true)
		return p
	}, []string{"b"}},
	// ugc is bluemonday's policy for user content, as a site may pass it.
	"ugc": {bluemonday.UGCPolicy, formattingElements},
}

// inlineElements are the elements inlinePolicy keeps.
var inlineElements = []string{"b", "i", "em", "strong", "code"}

// inlinePolicy is StripPolicy keeping a few inline elements, as a site
// that allows some formatting would write it.
func inlinePolicy() *bluemonday.Policy {
	p := StripPolicy()
	p.AllowElements(inlineElements...)
	return p
}

// inline returns the inline elements the case's policy keeps.
func (cc *caseConfig) inline() []string {
	if cc == nil {
		return nil
	}
	return testPolicies[cc.Policy].inline
}

var sentinels = map[string]error{
	"ErrEmpty": ErrEmpty, "ErrTooShort": ErrTooShort, "ErrTooLong": ErrTooLong, "ErrTooLarge": ErrTooLarge,
}

func (cc *caseConfig) config(t *testing.T) Config {
	if cc == nil {
		return Config{}
	}
	cfg := Config{MaxBytes: cc.MaxBytes, MaxLength: cc.MaxLength, MinLength: cc.MinLength, MaxCombiningMarks: cc.MaxCombiningMarks}
	if cc.Policy != "" {
		p, ok := testPolicies[cc.Policy]
		require.True(t, ok, "unknown policy %q", cc.Policy)
		cfg.Policy = p.policy()
	}
	switch cc.Unit {
	case "", "graphemes":
	case "runes":
		cfg.Unit = Runes
	case "utf16":
		cfg.Unit = UTF16
	case "bytes":
		cfg.Unit = Bytes
	default:
		t.Fatalf("unknown unit %q", cc.Unit)
	}
	return cfg
}

func TestPipeline(t *testing.T) {
	files, err := filepath.Glob("testdata/pipeline/*.json")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	for _, file := range files {
		t.Run(strings.TrimSuffix(filepath.Base(file), ".json"), func(t *testing.T) {
			data, err := os.ReadFile(file)
			require.NoError(t, err)
			var cases []pipelineCase
			require.NoError(t, json.Unmarshal(data, &cases))
			for i := range cases {
				runPipelineCase(t, &cases[i])
			}
			if *update {
				require.NoError(t, os.WriteFile(file, encodeCases(t, cases), 0o644))
			}
		})
	}
}

func runPipelineCase(t *testing.T, tc *pipelineCase) {
	t.Run(tc.Name, func(t *testing.T) {
		cfg := tc.Config.config(t)
		var seen Markup
		// Only a check that reads the View: the verdict of the built-in
		// checks is not what these cases are about.
		cfg.Checks = []Checker{CheckFunc(func(_ context.Context, v *View) []Flag {
			seen = v.Markup
			return nil
		})}
		m, err := New(cfg)
		require.NoError(t, err)
		body := tc.Body
		if tc.Repeat > 0 {
			body = strings.Repeat(body, tc.Repeat)
		}
		res, err := m.Check(context.Background(), Comment{Body: body})

		if *update {
			tc.Err, tc.Limit, tc.Message = "", 0, ""
			if err != nil {
				var le *LengthError
				require.ErrorAs(t, err, &le)
				for name, s := range sentinels {
					if le.Err == s {
						tc.Err = name
					}
				}
				tc.Limit, tc.Message = le.Limit, le.Error()
			}
			if tc.Text != nil {
				tc.Text = &res.Text
			}
			if tc.HTML != nil {
				tc.HTML = &res.HTML
			}
			if tc.Length != nil {
				tc.Length = &res.Length
				var le *LengthError
				if errors.As(err, &le) {
					tc.Length = &le.Length // ErrTooLarge has no Result.Length: the Body was not parsed
				}
			}
			if tc.Links != nil {
				tc.Links = res.Links
			}
			if tc.Markup != nil || len(seen.Anchors)+len(seen.BBCode)+len(seen.Markdown) > 0 {
				tc.Markup = &seen
			}
			return
		}

		if tc.Err == "" {
			require.NoError(t, err)
			assert.Equal(t, Markup{}.orNil(tc.Markup), seen.orEmpty(), "markup")
		} else {
			sentinel, ok := sentinels[tc.Err]
			require.True(t, ok, "unknown error name %q", tc.Err)
			require.ErrorIs(t, err, sentinel)
			var le *LengthError
			require.ErrorAs(t, err, &le)
			assert.Equal(t, tc.Limit, le.Limit, "limit")
			assert.Equal(t, tc.Message, err.Error(), "message")
			assert.Equal(t, Reject, res.Action, "a Result with an error is never approved")
			if tc.Length != nil {
				assert.Equal(t, *tc.Length, le.Length, "length in the error")
			}
		}
		if tc.Text != nil {
			assert.Equal(t, *tc.Text, res.Text, "text")
		}
		if tc.HTML != nil {
			assert.Equal(t, *tc.HTML, res.HTML, "html")
		}
		if tc.Links != nil {
			assert.Equal(t, tc.Links, res.Links, "links")
		}
		for _, s := range tc.HTMLContains {
			assert.Contains(t, res.HTML, s)
		}
		for _, s := range tc.HTMLNotContains {
			assert.NotContains(t, res.HTML, s)
		}
		if tc.Length != nil && !errors.Is(err, ErrTooLarge) {
			assert.Equal(t, *tc.Length, res.Length, "length")
		}
		if err == nil || !errors.Is(err, ErrTooLarge) {
			checkHTMLInvariants(t, res, tc.Config.inline()...)
		}
	})
}

// orNil returns want, or the empty Markup when the case gives none.
func (Markup) orNil(want *Markup) Markup {
	if want == nil {
		return Markup{}
	}
	return want.orEmpty()
}

// orEmpty makes empty slices nil, so that a case need not write them.
func (mk Markup) orEmpty() Markup {
	if len(mk.Anchors) == 0 {
		mk.Anchors = nil
	}
	if len(mk.BBCode) == 0 {
		mk.BBCode = nil
	}
	if len(mk.Markdown) == 0 {
		mk.Markdown = nil
	}
	return mk
}

// encodeCases writes cases one a line, as the files are written by hand:
// HTML unescaped, and invisible characters and combining marks as \u
// escapes, so that a reviewer sees them in the diff.
func encodeCases(t *testing.T, cases []pipelineCase) []byte {
	var b strings.Builder
	b.WriteString("[\n")
	for i, tc := range cases {
		var line strings.Builder
		enc := json.NewEncoder(&line)
		enc.SetEscapeHTML(false)
		require.NoError(t, enc.Encode(tc))
		b.WriteString("  ")
		for _, r := range strings.TrimSuffix(line.String(), "\n") {
			switch {
			case r < utf8.RuneSelf || (unicode.IsPrint(r) && !unicode.In(r, unicode.Mn, unicode.Me)):
				b.WriteRune(r)
			case r > 0xffff:
				r1, r2 := utf16.EncodeRune(r)
				fmt.Fprintf(&b, "\\u%04x\\u%04x", r1, r2)
			default:
				fmt.Fprintf(&b, "\\u%04x", r)
			}
		}
		if i < len(cases)-1 {
			b.WriteByte(',')
		}
		b.WriteByte('\n')
	}
	b.WriteString("]\n")
	return []byte(b.String())
}
