package moderation

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

// TestBridgeWordsFit: isBridgeWord reads words of up to
// maxBridgeWordBytes, so every entry of bridgeWords must fit.
func TestBridgeWordsFit(t *testing.T) {
	for _, b := range bridgeWords {
		assert.LessOrEqual(t, len(b), maxBridgeWordBytes, b)
	}
}

// TestIsBridgeWord: an entry in any case is a bridge word, as
// strings.EqualFold found it before the set; nothing else is.
func TestIsBridgeWord(t *testing.T) {
	for _, b := range bridgeWords {
		first, size := utf8.DecodeRuneInString(b)
		for _, w := range []string{b, strings.ToUpper(b), string(unicode.ToUpper(first)) + b[size:]} {
			assert.True(t, isBridgeWord(w), w)
		}
	}
	for _, w := range []string{"", "on", "channels", "chanel", "КАНАЛЫ", "groupchat", "bots", "id1", strings.Repeat("канал", 10)} {
		assert.False(t, isBridgeWord(w), w)
	}
}
