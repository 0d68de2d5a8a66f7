package moderation

import "testing"

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
