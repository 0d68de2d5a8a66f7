package moderation

import (
	"context"
	"testing"
)

// BenchmarkHintsOf times the obfuscated-link check's gate alone: the
// searches of the text for dots, "com" and "://" that decide which of its
// regexps run.
func BenchmarkHintsOf(b *testing.B) {
	for _, in := range []struct{ name, body string }{{"plain-1KB", plainText(1 << 10)}, {"plain-8KB", plainText(8 << 10)}} {
		v := preparedView(normalise(in.body, DefaultMaxCombiningMarks)) // as Check has it
		b.Run("input="+in.name, func(b *testing.B) {
			b.SetBytes(int64(len(in.body)))
			b.ReportAllocs()
			loop(b, func() { hintsOf(v) })
		})
	}
}

// BenchmarkObfuscatedPlain times ObfuscatedLinkCheck on the plain inputs
// as Check prepares them: the hints, the gates of each disguise's scan
// (the leet digits of spelledDomain's among them) and the scans they let
// through.
func BenchmarkObfuscatedPlain(b *testing.B) {
	c := ObfuscatedLinks()
	for _, in := range []struct{ name, body string }{{"plain-1KB", plainText(1 << 10)}, {"plain-8KB", plainText(8 << 10)}} {
		v := preparedView(normalise(in.body, DefaultMaxCombiningMarks))
		b.Run("input="+in.name, func(b *testing.B) {
			b.SetBytes(int64(len(in.body)))
			b.ReportAllocs()
			loop(b, func() { c.Check(context.Background(), v) })
		})
	}
}
