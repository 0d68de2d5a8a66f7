package moderation

import "context"

// Plain versions of code that Check runs in a faster form, kept for the
// tests and benchmarks that compare the two.

// textShingles is shinglesInto of a []string, calling wordHash for every
// word: the reference the fast loop is held to.
func textShingles(words []string) (uint64, []uint64) {
	if len(words) < dupMinWords {
		return 0, nil
	}
	var buf [dupKeys]uint64
	var id, w0, w1 uint64
	sketch := buf[:0]
	for i, w := range words {
		h := wordHash(w)
		id = nextTextID(id, h)
		if i+1 >= dupShingleWords {
			sketch = insertSmallest(sketch, shingleHash(w0, w1, h))
		}
		w0, w1 = w1, h
	}
	return textID(id), sketch
}

// loadState is loadStateIn without a checkRoom.
func (m *Moderator) loadState(ctx context.Context, v *View) { m.loadStateIn(ctx, v, nil) }
