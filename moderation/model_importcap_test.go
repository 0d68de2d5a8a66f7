package moderation_test

import (
	"context"
	"fmt"
	"io"
	"testing"

	"github.com/commentkit/commentkit/moderation"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// modelStream is a model file made as it is read, as a file far larger
// than memory would be: a header, then lines of tokens or codes. It
// counts the lines Import took from it.
type modelStream struct {
	header string
	n      int    // lines after the header
	line   string // a format with one %d, the line's number
	made   int    // lines made so far (the header is line 0)
	buf    []byte
}

func (s *modelStream) Read(p []byte) (int, error) {
	for len(s.buf) < len(p) && s.made <= s.n {
		if s.made == 0 {
			s.buf = append(s.buf, s.header+"\n"...)
		} else {
			s.buf = fmt.Appendf(s.buf, s.line+"\n", s.made)
		}
		s.made++
	}
	if len(s.buf) == 0 {
		return 0, io.EOF
	}
	n := copy(p, s.buf)
	s.buf = s.buf[n:]
	return n, nil
}

// bareStore is a Store that does not say its cap (no ModelCap).
type bareStore struct{ moderation.Store }

// TestImportStopsAtTheCap: Import refuses a model file that holds more
// tokens and codes than the store's cap (ModelCap) as soon as its header
// or its lines show it, without reading the rest: its memory is bounded
// by the cap, not by the file. A Store that does not say its cap is read
// up to DefaultMaxTokens.
func TestImportStopsAtTheCap(t *testing.T) {
	const v1 = `{"format":"commentkit-model","version":1,"spam":50,"ham":50}`
	const token = `{"token":"p:word%d other","spam":1,"ham":2}`
	// Import reads ahead what one buffer of its scanner holds: at most
	// 4 KB, under 100 lines of these.
	const readAhead = 100
	small := func() moderation.Store { return moderation.NewMemStore(moderation.MemStoreOptions{MaxTokens: 1000}) }
	cases := []struct {
		name  string
		store func() moderation.Store
		in    *modelStream
		read  int // the most lines Import may take
	}{
		{"version 1, tokens past the cap", small,
			&modelStream{header: v1, n: 100_000, line: token}, 1001 + readAhead},
		{"version 2, a header that counts more than the cap", small,
			&modelStream{header: `{"format":"commentkit-model","version":2,"spam":50,"ham":50,"tokens":100000,"codes":0}`, n: 100_000, line: token}, readAhead},
		{"version 1, codes past MaxModelCodes", small,
			&modelStream{header: v1, n: 100_000, line: `{"code":"site:%d","spam":1,"ham":2}`}, moderation.MaxModelCodes + 1 + readAhead},
		{"a store that does not say its cap", func() moderation.Store {
			return bareStore{moderation.NewMemStore(moderation.MemStoreOptions{MaxTokens: 10 * moderation.DefaultMaxTokens})}
		},
			&modelStream{header: v1, n: moderation.DefaultMaxTokens + 20_000, line: token}, moderation.DefaultMaxTokens + 1 + readAhead},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m, err := moderation.New(moderation.Config{Store: c.store()})
			require.NoError(t, err)
			err = m.Import(context.Background(), c.in)
			require.ErrorIs(t, err, moderation.ErrModelTooLarge)
			assert.LessOrEqual(t, c.in.made-1, c.read, "lines read of %d", c.in.n)
		})
	}
}
