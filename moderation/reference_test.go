package moderation

import (
	"context"
	"html"
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	xhtml "golang.org/x/net/html"
)

// Plain versions of code that Check runs in a faster form, kept for the
// tests and benchmarks that compare the two.

// textShingles is shinglesInto of a []string, calling wordHash for every
// word: the reference the fast loop is held to.
func textShingles(words []string) (uint64, []uint64) {
	hashes := make([]uint64, len(words))
	for i, w := range words {
		hashes[i] = wordHash(w)
	}
	return hashShingles(hashes)
}

// hashShingles is textShingles of the words' (or link tokens') hashes.
func hashShingles(tokens []uint64) (uint64, []uint64) {
	if len(tokens) < dupMinWords {
		return 0, nil
	}
	var buf [dupKeys]uint64
	var id, w0, w1 uint64
	sketch := buf[:0]
	for i, h := range tokens {
		id = nextTextID(id, h)
		if i+1 >= dupShingleWords {
			sketch = insertSmallest(sketch, shingleHash(w0, w1, h))
		}
		w0, w1 = w1, h
	}
	return textID(id), slices.Clone(sketch)
}

// loadState is loadStateIn without a checkRoom.
func (m *Moderator) loadState(ctx context.Context, v *View) { m.loadStateIn(ctx, v, nil) }

// graphemes counts the grapheme clusters of text.
func graphemes(text string) int { return graphemesFrom(text, 0) }

// isLatin2 reports whether text[i:] starts with a Latin letter of
// U+00C0 to U+024F ("é", "ü", "ł", "ș"), two bytes in UTF-8. Each is a
// grapheme of its own next to ASCII or to another of them (none is a
// mark, a joiner, a prepended or a pictographic character), and each is in
// Normalization Form C and composes with nothing before it (TestLatin2
// checks every one); length and isNormal pass them by plainRuneLen.
func isLatin2(text string, i int) bool { return plainRuneLen(text, i) == 2 }

func allASCII(s string) bool { return asciiPrefix(s) == len(s) }

// firstRun is firstRunIn of a text that may or may not be valid UTF-8.
func firstRun(text string, n int) (rune, bool) { return firstRunIn(text, n, utf8.ValidString(text)) }

// appendUnescaped appends the escaped text s to buf, decoded as
// textReader decodes it.
func appendUnescaped(buf []byte, s string) []byte {
	w := textReader{out: buf}
	w.unescape([]byte(s))
	return w.out
}

// maybeReference matches what has the form of a complete character
// reference: "&#" and digits, "&#x" and hexadecimal digits, or "&" and a
// name, then ';'.
var maybeReference = regexp.MustCompile(`&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z0-9]+);`)

// decodeComplete decodes the complete character references of text, and
// nothing else, by other means than strip: a regular expression finds
// them, and the standard library's table, not x/net/html's, says which
// names are references (a name it knows decodes whole and leaves no ';').
// Numbers are decoded as the HTML tokenizer decodes them. Like the
// tokenizer, it first reads a typed CR or CRLF as LF: "&#13;\r" is CR LF.
func decodeComplete(text string) string {
	text = strings.ReplaceAll(strings.ReplaceAll(text, "\r\n", "\n"), "\r", "\n")
	return maybeReference.ReplaceAllStringFunc(text, func(ref string) string {
		if ref[1] == '#' {
			return xhtml.UnescapeString(ref)
		}
		if d := html.UnescapeString(ref); !strings.HasSuffix(d, ";") || ref == "&semi;" {
			return d
		}
		return ref
	})
}
