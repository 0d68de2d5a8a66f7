package moderation

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// referenceElements reads lists/html-elements.txt the plain way, into a
// map, for the hash table to be checked against.
func referenceElements() map[string]bool {
	set := map[string]bool{}
	for _, line := range strings.Split(htmlElementsFile, "\n") {
		line = strings.TrimSpace(line)
		if line != "" && !strings.HasPrefix(line, "#") {
			set[line] = true
		}
	}
	return set
}

// referenceKinds is what each tag name kept by the policy becomes.
func referenceKinds() map[string]tagKind {
	k := map[string]tagKind{"br": tagBreak, "a": tagAnchor}
	for _, n := range lineBreakElements {
		k[n] = tagLine
	}
	for _, n := range paragraphElements {
		k[n] = tagParagraph
	}
	for _, n := range cellElements {
		k[n] = tagCell
	}
	return k
}

// referenceLookup is lookupElement by the maps.
func referenceLookup(set map[string]bool, name string) (bool, int) {
	var lower strings.Builder
	for i := range len(name) {
		c := name[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		lower.WriteByte(c)
	}
	if !set[lower.String()] {
		return false, -1
	}
	for i, e := range skippedElements {
		if e == lower.String() {
			return true, i
		}
	}
	return true, -1
}

// lookupProbes are names near the listed ones: each name in three cases,
// cut short, lengthened, with a byte changed (including to bytes that are
// a letter's case bit away from a digit), and tag kinds' names.
func lookupProbes() []string {
	probes := []string{"", "x", "zz", "h7", "h0", "H1", "h\x11", "\x08r", "abcdefghijk", "blockquotes", "<a", "a>", "a b", "ḃr", "BR"}
	names := append(append([]string{}, elementNames...), skippedElements[:]...)
	for k := range referenceKinds() {
		names = append(names, k)
	}
	for _, n := range names {
		probes = append(probes, n, strings.ToUpper(n), strings.ToUpper(n[:1])+n[1:], n[:len(n)-1], n+"x", n+"1", "x"+n)
		for i := range len(n) {
			for _, c := range []byte{n[i] ^ 0x20, n[i] + 1, n[i] - 0x20, 0} {
				probes = append(probes, n[:i]+string(c)+n[i+1:])
			}
		}
	}
	return probes
}

// TestLookupElementMatchesList checks the hash table against the list file
// and the skipped elements, read as maps.
func TestLookupElementMatchesList(t *testing.T) {
	set := referenceElements()
	assert.Len(t, elementNames, len(set))
	for _, name := range lookupProbes() {
		wantElement, wantSkipped := referenceLookup(set, name)
		element, skipped := lookupElement(name)
		assert.Equal(t, wantElement, element, "element %q", name)
		assert.Equal(t, wantSkipped, skipped, "skipped %q", name)
	}
	for name := range set {
		assert.LessOrEqual(t, len(name), longestElementName, name)
	}
}

// TestElementKindsMatchLists checks that the table gives each tag name the
// kind its list says, read as written (lower case), and no kind to any
// other name.
func TestElementKindsMatchLists(t *testing.T) {
	kinds := referenceKinds()
	for _, name := range lookupProbes() {
		var got tagKind
		if e := elements.find(name, false); e != nil {
			got = e.kind
		}
		assert.Equal(t, kinds[name], got, "%q", name)
	}
}

// FuzzLookupElement compares the hash table with the maps on any name.
func FuzzLookupElement(f *testing.F) {
	for _, p := range []string{"a", "DIV", "h1", "h\x11", "svg", "Template", "xmp1", ""} {
		f.Add(p)
	}
	set := referenceElements()
	f.Fuzz(func(t *testing.T, name string) {
		wantElement, wantSkipped := referenceLookup(set, name)
		element, skipped := lookupElement(name)
		if element != wantElement || skipped != wantSkipped {
			t.Fatalf("lookupElement(%q) = %v, %d; the list says %v, %d", name, element, skipped, wantElement, wantSkipped)
		}
	})
}
