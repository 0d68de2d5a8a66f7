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
)

// FuzzCheck checks the invariants of Check on any Body: it never panics;
// an accepted comment's Length is within MaxLength; its HTML holds only
// <a> and <br>, with allowed hrefs, and reads back as its Text; and when
// no '<' of the Body could start a tag, its Text is all that was typed,
// with only its complete character references decoded (decodeComplete).
// It is seeded with every case of testdata/pipeline.
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
	f.Add("?a=1&region=us&notin;&notit;&#65&#x41;&amp;&semi;&#; <!x> <!-- y")
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
			slow := normalise(m.strip.sanitizedText(escapeNonTags(body), &mk), m.cfg.MaxCombiningMarks)
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
		if n := referenceLength(res.Text, m.cfg.Unit); res.Length != n {
			t.Fatalf("Length %d, but %q has %d graphemes (counting past maxClusterRunes)", res.Length, res.Text, n)
		}
		if noTagCanStart(body) && err == nil {
			// Nothing typed is lost when nothing can be a tag.
			if want := normalise(decodeComplete(body), m.cfg.MaxCombiningMarks); res.Text != want {
				t.Fatalf("Text %q, want the typed text %q", res.Text, want)
			}
		}
		if again := normalise(res.Text, m.cfg.MaxCombiningMarks); again != res.Text {
			t.Fatalf("Text is not normal: %q normalises to %q", res.Text, again)
		}
	})
}

// noTagCanStart reports whether no '<' of body starts what is markup to
// a browser: a tag or an end tag (a letter next, or "/" and a letter), a
// comment ("<!--"), a doctype ("<!doctype" in any case), a CDATA section
// ("<![CDATA["), or "</>". "</3", "<?php" and "<!3" are text.
func noTagCanStart(body string) bool {
	isLetter := func(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }
	for i := strings.IndexByte(body, '<'); i >= 0; {
		if i+1 < len(body) {
			c, rest := body[i+1], body[i+2:]
			if isLetter(c) || c == '/' && rest != "" && (isLetter(rest[0]) || rest[0] == '>') {
				return false
			}
			if c == '!' && (strings.HasPrefix(rest, "--") || strings.HasPrefix(rest, "[CDATA[") ||
				len(rest) >= 7 && strings.ToLower(rest[:7]) == "doctype") {
				return false
			}
		}
		next := strings.IndexByte(body[i+1:], '<')
		if next < 0 {
			break
		}
		i += 1 + next
	}
	return true
}
