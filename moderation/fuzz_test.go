package moderation

import (
	"context"
	"encoding/json"
	"errors"
	"html"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rivo/uniseg"
)

// FuzzCheck checks the invariants of Check on any Body: it never panics;
// an accepted comment's Length is within MaxLength; and its HTML holds
// only <a> and <br>, with allowed hrefs, and reads back as its Text. It is
// seeded with every case of testdata/pipeline.
func FuzzCheck(f *testing.F) {
	files, err := filepath.Glob("testdata/pipeline/*.json")
	if err != nil {
		f.Fatal(err)
	}
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		var cases []pipelineCase
		if err := json.Unmarshal(data, &cases); err != nil {
			f.Fatal(err)
		}
		for _, tc := range cases {
			if tc.Repeat == 0 {
				f.Add(tc.Body)
			}
		}
	}
	f.Add("<a href=\"https://x.com\"><a href=\"http://y.com\">nested</a></a>\x00\r\u202e")
	f.Add("<<a href=x>>&amp;&lt;<br/\n>\u0301\u0301\u0301\u0301\u0301\u0301")
	m, err := New(Config{MaxLength: 200, MaxBytes: 4096})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, body string) {
		if isNormal(body, m.cfg.MaxCombiningMarks) {
			if out := normaliseCopy(body, m.cfg.MaxCombiningMarks); out != body {
				t.Fatalf("isNormal(%q), but normalising changes it to %q", body, out)
			}
		}
		if got := string(appendUnescaped(nil, html.EscapeString(body))); got != body {
			t.Fatalf("appendUnescaped(EscapeString(%q)) = %q", body, got)
		}
		if !strings.Contains(body, "<") {
			// The fast path must give the text the sanitizer would.
			var mk Markup
			slow := normalise(m.strip.sanitizedText(body, &mk), m.cfg.MaxCombiningMarks)
			fast := normalise(m.strip.strip(body, &mk), m.cfg.MaxCombiningMarks)
			if slow != fast {
				t.Fatalf("fast path %q, sanitizer %q", fast, slow)
			}
		}
		res, err := m.Check(context.Background(), Comment{Body: body})
		var le *LengthError
		switch {
		case err == nil:
			if res.Length > m.cfg.MaxLength {
				t.Fatalf("accepted a comment of %d characters, over MaxLength %d", res.Length, m.cfg.MaxLength)
			}
		case errors.As(err, &le):
			if errors.Is(err, ErrTooLarge) {
				return
			}
		default:
			t.Fatalf("unexpected error %v", err)
		}
		checkHTMLInvariants(t, res)
		if n := uniseg.GraphemeClusterCount(res.Text); res.Length != n {
			t.Fatalf("Length %d, but %q has %d graphemes", res.Length, res.Text, n)
		}
		if again := normalise(res.Text, m.cfg.MaxCombiningMarks); again != res.Text {
			t.Fatalf("Text is not normal: %q normalises to %q", res.Text, again)
		}
	})
}
