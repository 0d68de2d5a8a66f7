package moderation

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"html"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/microcosm-cc/bluemonday"
)

// FuzzCheck checks the invariants of Check on any Body: it never panics;
// an accepted comment's Length is within MaxLength, and its Text shows
// something (not only spaces and invisible characters); its HTML holds only
// <a> and <br>, with allowed hrefs, and reads back as its Text; and when
// no '<' of the Body could start a tag, its Text is all that was typed,
// with only its complete character references decoded (decodeComplete).
// It is seeded with every case of testdata/pipeline.
func FuzzCheck(f *testing.F) {
	addPipelineSeeds(f)
	f.Add("<a href=\"https://x.com\"><a href=\"http://y.com\">nested</a></a>\x00\r\u202e")
	f.Add("<<a href=x>>&amp;&lt;<br/\n>\u0301\u0301\u0301\u0301\u0301\u0301")
	f.Add("?a=1&region=us&notin;&notit;&#65&#x41;&amp;&semi;&#; <!x> <!-- y")
	f.Add("ｂｉｔ．ｌｙ/" + strings.Repeat("ｘ", 1000)) // evidence longer than a Detail quotes
	// Offers beside a link: calls to act that open a clause, amounts with a
	// currency sign before or after, a number at the very start and end.
	f.Add("5$ Sign up now: ＄5 off, hurry! 👉 Just claim it https://shop.example/p 7")
	f.Add("€\u00a0\u3000get 1 usd only 3 left https://a.example/ 9€")
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
			slow := normalise(m.strip.sanitizedText(escapeNonTags(body), &mk, nil), m.cfg.MaxCombiningMarks)
			fast := normalise(m.strip.strip(body, &mk, nil), m.cfg.MaxCombiningMarks)
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
			requireVisible(t, res.Text)
		case errors.As(err, &le):
			if errors.Is(err, ErrTooLarge) {
				return
			}
		default:
			t.Fatalf("unexpected error %v", err)
		}
		checkHTMLInvariants(t, res)
		for _, f := range res.Flags {
			// A Detail quotes its evidence cut short (quote: at most
			// 633 bytes, and no Detail quotes more than two pieces),
			// never a whole word or link as long as the comment.
			if len(f.Detail) > 2048 {
				t.Fatalf("%s Detail of %d bytes: %.80q…", f.Code, len(f.Detail), f.Detail)
			}
		}
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

// addPipelineSeeds adds the Body of every case of testdata/pipeline to
// the seed corpus of f.
func addPipelineSeeds(f *testing.F) {
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
}

// FuzzInline checks a Moderator whose policy keeps inline elements
// (fuzzInlinePolicy) against one with the default policy, on any Body: it
// never panics; it gives the same Text, Length and error; and its HTML
// holds, besides <a> and <br>, only the inline elements the policy keeps,
// each closed in the order opened, and reads back as its Text. It is
// seeded with every case of testdata/pipeline.
func FuzzInline(f *testing.F) {
	addPipelineSeeds(f)
	f.Add("<b><i>x</b>y</i><em>https://x.com/<strong>a</strong>b</em>\ufdd0<wbr>e<code>\u0301</code>")
	f.Add("<abbr title=\"a&amp;b\">x<br>\n y </abbr> \r<b>\n</b>z<b/>")
	f.Add("Hi <script><img src=x onerror=alert(1)><b onclick=\"alert(1)\">spam</b></script><style>b{}</style>")
	f.Add("<script><!--<script></script><b>y</b>--></script><select><script></select><b>y</b></script></select>")
	f.Add("<span lang=\"fr\" style=\"position:fixed\">a</span><img src=\"/x\"><bdo dir=\"rtl\">b</bdo><area href=\"https://e.example/\">")
	f.Add("\xe2<b>\x82\xac</b> a\t<i> \u200d</i>\u0915 <p> <b>x</b> </p>")
	// Without checks, which remember comments: the two see the same.
	def, err := New(Config{MaxLength: 200, MaxBytes: 4096, Checks: []Checker{}})
	if err != nil {
		f.Fatal(err)
	}
	mi, err := New(Config{MaxLength: 200, MaxBytes: 4096, Checks: []Checker{}, Policy: fuzzInlinePolicy()})
	if err != nil {
		f.Fatal(err)
	}
	// A policy no site should write: script and style kept, unescaped,
	// and no formatting element, so that any tag in their content that
	// reached the HTML would show.
	unsafe := StripPolicy()
	unsafe.AllowElements("script", "style", "svg", "select")
	unsafe.AllowUnsafe(true)
	mu, err := New(Config{MaxLength: 200, MaxBytes: 4096, Checks: []Checker{}, Policy: unsafe})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, body string) {
		want, wantErr := def.Check(context.Background(), Comment{Body: body})
		res, err := mi.Check(context.Background(), Comment{Body: body})
		if fmt.Sprint(err) != fmt.Sprint(wantErr) {
			t.Fatalf("error %v, with the default policy %v", err, wantErr)
		}
		if errors.Is(err, ErrTooLarge) {
			return
		}
		if res.Text != want.Text || res.Length != want.Length {
			t.Fatalf("Text %q (%d), with the default policy %q (%d)", res.Text, res.Length, want.Text, want.Length)
		}
		checkHTMLInvariants(t, res, fuzzInline...)
		if res, err = mu.Check(context.Background(), Comment{Body: body}); err == nil {
			checkHTMLInvariants(t, res)
		}
	})
}

// fuzzInline are the inline elements that fuzzInlinePolicy keeps and
// Result.HTML may hold.
var fuzzInline = []string{"b", "i", "em", "strong", "code", "abbr", "wbr", "span"}

// fuzzInlinePolicy keeps a few inline elements, one with no end tag, and
// elements and attributes that Result.HTML must not hold: an image, an
// image map's link, bdo, and attributes that show text, style or turn
// text around.
func fuzzInlinePolicy() *bluemonday.Policy {
	p := StripPolicy()
	p.AllowElements("b", "i", "em", "strong", "code", "wbr")
	p.AllowAttrs("title").OnElements("abbr")
	p.AllowAttrs("lang", "style", "title", "dir").OnElements("span", "bdo")
	p.AllowAttrs("src").OnElements("img")
	p.AllowAttrs("href").OnElements("area")
	return p
}
