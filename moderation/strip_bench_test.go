package moderation

import (
	"strings"
	"testing"

	"github.com/microcosm-cc/bluemonday"
)

// discard is a string writer that keeps nothing: the sanitizer's own cost,
// without the textWriter behind it.
type discard struct{}

func (discard) Write(p []byte) (int, error)       { return len(p), nil }
func (discard) WriteString(s string) (int, error) { return len(s), nil }

// recorder keeps each write of the sanitizer, to replay them into a
// textWriter alone.
type recorder struct{ writes []string }

func (r *recorder) Write(p []byte) (int, error) { return r.WriteString(string(p)) }
func (r *recorder) WriteString(s string) (int, error) {
	r.writes = append(r.writes, s)
	return len(s), nil
}

// BenchmarkStrip splits the strip stage on 8 KB of HTML into its parts:
// part=strip is the whole stage; part=escape is escapeNonTags alone;
// part=policy is bluemonday with StripPolicy writing to nowhere, beside
// part=strict, bluemonday.StrictPolicy().Sanitize, the baseline of the
// issue; part=writer replays the sanitizer's writes into a textWriter.
// What strip costs beyond part=policy is ours to make cheaper.
func BenchmarkStrip(b *testing.B) {
	body := htmlText(8 << 10)
	s := stripper{policy: StripPolicy()}
	escaped := escapeNonTags(body)
	var rec recorder
	if err := s.policy.SanitizeReaderToWriter(strings.NewReader(escaped), &rec); err != nil {
		b.Fatal(err)
	}
	strict := bluemonday.StrictPolicy()
	parts := []struct {
		name string
		run  func()
	}{
		{"strip", func() { var mk Markup; s.strip(body, &mk) }},
		{"escape", func() { escapeNonTags(body) }},
		{"sanitized", func() { var mk Markup; s.sanitizedText(escaped, &mk) }},
		{"policy", func() { _ = s.policy.SanitizeReaderToWriter(strings.NewReader(escaped), discard{}) }},
		{"strict", func() { _ = strict.Sanitize(body) }},
		{"writer", func() {
			var mk Markup
			w := textWriter{anchorStart: -1, mk: &mk}
			w.out.Grow(len(body))
			for _, p := range rec.writes {
				_, _ = w.WriteString(p)
			}
			w.finish()
		}},
	}
	for _, p := range parts {
		b.Run("part="+p.name, func(b *testing.B) {
			b.SetBytes(int64(len(body)))
			b.ReportAllocs()
			loop(b, p.run)
		})
	}
}
