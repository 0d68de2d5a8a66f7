package storetest

import (
	"context"
	"testing"
	"time"

	"github.com/commentkit/commentkit/moderation"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// FormFirst checks what Load keeps with a form token: the Query.FormSend
// of the comment that first sent it, answered as Snapshot.FormFirst to
// every later comment with the token and never replaced by theirs; no
// FormFirst for a token sent for the first time, one of another form, or
// with the form checks off (Windows.Form 0). store is an empty Store.
func FormFirst(t *testing.T, store moderation.Store) {
	ctx := context.Background()
	now := time.Now()
	w := Windows
	w.Form = 24 * time.Hour
	steps := []struct {
		name      string
		form      uint64
		send      uint64
		window    time.Duration // Windows.Form
		used      bool
		formFirst uint64
	}{
		{"a token sent for the first time", 0xf1, 0xa1, w.Form, false, 0},
		{"sent again, with another text or sender", 0xf1, 0xb2, w.Form, true, 0xa1},
		{"sent a third time: still the first one's", 0xf1, 0xc3, w.Form, true, 0xa1},
		{"the first one's own copy", 0xf1, 0xa1, w.Form, true, 0xa1},
		{"another form", 0xf2, 0xa1, w.Form, false, 0},
		{"the form checks off: nothing kept", 0xf3, 0xd4, 0, false, 0},
		{"nor read", 0xf3, 0xe5, 0, false, 0},
		{"a FormSend the largest 64-bit number", 0xf4, ^uint64(0), w.Form, false, 0},
		{"kept whole", 0xf4, 1, w.Form, true, ^uint64(0)},
	}
	for i, s := range steps {
		q := w
		q.Form = s.window
		snap, err := store.Load(ctx, &moderation.Query{Now: now.Add(time.Duration(i) * time.Second), Form: s.form, FormSend: s.send, Windows: q})
		require.NoError(t, err, s.name)
		assert.Equal(t, s.used, snap.FormUsed, "%s: FormUsed", s.name)
		assert.Equal(t, s.formFirst, snap.FormFirst, "%s: FormFirst", s.name)
	}
}
