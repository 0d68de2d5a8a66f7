package moderation

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// hintsOfCom is what hintsOf used to find before it looked after dots,
// commas and stars: what comes before each "com" of the folded text.
func hintsOfCom(v *View) (spaceCom, replacedCom bool) {
	if !v.wordFacts().com {
		return false, false
	}
	f := v.Folded
	for i := strings.Index(f, "com"); i >= 0; {
		before := f[:i]
		spaceCom = spaceCom || strings.HasSuffix(before, ". ") || strings.HasSuffix(before, ".  ")
		replacedCom = replacedCom || strings.HasSuffix(before, "*") || strings.HasSuffix(before, ",")
		next := strings.Index(f[i+3:], "com")
		if next < 0 {
			break
		}
		i += 3 + next
	}
	return spaceCom, replacedCom
}

// hintsOf finds what its search before each "com" found, on the checks'
// test cases, the fuzz corpora and texts made to sit on the edges.
func TestHintsOfSame(t *testing.T) {
	texts := append(factBodies(t), "com. com", ".com", ". com", ".  com", ".   com", "x.com, com,com *com",
		"a. c0m com", "a.. com", "a . com", "a ,com com", "com*", "com.", "com. ", "com.  ", "site. Com", "site,COM com")
	files, err := filepath.Glob(filepath.Join("testdata", "fuzz", "*", "*"))
	require.NoError(t, err)
	for _, file := range files {
		data, err := os.ReadFile(file)
		require.NoError(t, err)
		for _, line := range strings.Split(string(data), "\n") {
			if rest, ok := strings.CutPrefix(line, "string("); ok {
				if s, err := strconv.Unquote(strings.TrimSuffix(rest, ")")); err == nil {
					texts = append(texts, s, s+" com", "com "+s)
				}
			}
		}
	}
	require.Greater(t, len(texts), 50)
	for _, text := range texts {
		v := viewOf(text)
		h := hintsOf(v)
		spaceCom, replacedCom := hintsOfCom(v)
		assert.Equal(t, spaceCom, h.spaceCom, "%q", text)
		assert.Equal(t, replacedCom, h.replacedCom, "%q", text)
	}
}
