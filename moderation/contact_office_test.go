package moderation

import (
	"context"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestContactOffice: a number or an address given for an office of a
// community body that the comment names ("ring the secretary", "bel de
// secretaris", "Kontakt über die Schriftführerin") raises no contact and
// is approved, with no date of an event needed; the same with money, a
// firm's own line, the writer's own, no community body, or a messenger,
// is still held.
func TestContactOffice(t *testing.T) {
	m, err := New(Config{})
	require.NoError(t, err)
	for i, tc := range []struct {
		body    string
		contact bool // contact raised, and the comment held
	}{
		{"The choir is looking for tenors again. Ring the secretary, Margaret, on 07700 900 123.", false},
		{"Our allotment society has two plots free this winter, email the treasurer: jim.hartley@gmail.com", false},
		{"Der Chor sucht noch Bässe für das Frühjahr, Kontakt über die Schriftführerin: chor.sued@web.de", false},
		{"De voetbalvereniging zoekt nieuwe trainers voor de jeugd. Mail de secretaris: p.dekker77@gmail.com", false},
		{"La parroquia busca voluntarios para el comedor, llamen a la secretaría: +34 612 345 678", false},
		{"Il coro parrocchiale cerca voci nuove, scrivete alla segreteria: coro.sanmarco@gmail.com", false},

		// Money: the club sells.
		{"Our club has cheap memberships at half price this week, call the secretary on 07700 900 456.", true},
		// The writer's own line, or a firm's.
		{"I'm the club secretary, text me on 07700 900 789 for anything.", true},
		{"We look after the school's minibus, call our secretary on +44 7700 900 321.", true},
		// No community body named: an office alone is no club's.
		{"Fast approval on every application, contact the secretary: +44 7700 900 654", true},
		// A messenger named beside it.
		{"The choir secretary is on WhatsApp: +44 7700 900 987, message her to join.", true},
		// The office words far from the number tell nothing of it.
		{"The secretary of our chess club wrote a lovely piece about this. Unrelated, but my cousin sells phones, ring 07700 900 111.", true},
	} {
		res, err := m.Check(context.Background(), Comment{Body: tc.body, Author: fmt.Sprintf("office %d", i), AuthorEmail: fmt.Sprintf("office%d@example.net", i)})
		require.NoError(t, err)
		assert.Equal(t, tc.contact, raised(res, CodeContact), "%s: %v", tc.body, res.Flags)
		assert.Equal(t, tc.contact, res.Action != Approve, "%s: %v", tc.body, res.Flags)
	}
}
