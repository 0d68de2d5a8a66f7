package moderation

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestReferenceLen checks, for references and things that look like
// them, that escapeNonTags leaves exactly the complete ones for the
// tokenizer to decode, as decodeComplete (the standard library's table)
// says: among them every name isReference answers without decoding.
func TestReferenceLen(t *testing.T) {
	refs := []string{
		"&amp;", "&lt;", "&gt;", "&quot;", "&apos;", "&nbsp;", "&semi;",
		"&hellip;", "&mdash;", "&ndash;", "&copy;", "&reg;", "&trade;",
		"&lsquo;", "&rsquo;", "&ldquo;", "&rdquo;", "&laquo;", "&raquo;",
		"&euro;", "&pound;", "&times;", "&middot;", "&bull;", "&deg;",
		"&notin;", "&AMP;", "&NotNestedGreaterGreater;", "&CounterClockwiseContourIntegral;",
		"&#65;", "&#x41;", "&#X1F600;", "&#0;", "&#128;", "&#xD800;", "&#99999999999;",
		"&notaname;", "&Unknown;", "&Amp;", "&amp", "&reg", "&region=", "&nbsp is",
		"&#65", "&#;", "&#x;", "&#xg;", "&;", "&", "&#", "&CounterClockwiseContourIntegralX;",
	}
	for _, ref := range refs {
		complete := decodeComplete(ref) != ref
		n := referenceLen(ref)
		assert.Equal(t, complete, n == len(ref), "%q", ref)
		assert.True(t, n == 0 || n == len(ref), "%q: only a whole reference is complete", ref)
		if complete {
			// Whatever follows a complete reference is not read with it.
			assert.Equal(t, len(ref), referenceLen(ref+"x;"), "%q", ref)
			assert.Equal(t, ref, escapeNonTags(ref), "%q", ref)
		} else {
			assert.Equal(t, "&amp;"+ref[1:], escapeNonTags(ref), "%q", ref)
			assert.Equal(t, ref, strings.Replace(escapeNonTags(ref), "&amp;", "&", 1))
		}
	}
}
