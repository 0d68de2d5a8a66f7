package linkify

import "strings"

// maxFinderBytes is the most bytes a byteFinder looks for: the seven bytes
// that HTML with LineBreaks escapes (< > & ' " CR LF).
const maxFinderBytes = 7

// byteFinder finds, in one string, the next of a few bytes (a byteSet):
// where a link may be recognised ('.', ':', '@'), or what HTML escapes.
// Prose has few of them, so it is cheaper to let strings.IndexByte
// (vectorised) search for each byte of the set in bulk than to look at
// every byte in turn. Each byte of the set is searched for from where the
// caller is, and only once the caller has passed where it was last found;
// so that, for calls whose i never decreases, no byte of s is read twice in
// search of the same byte: the cost stays linear in len(s) whatever s holds.
type byteFinder struct {
	s   string
	set *byteSet
	// at[k] is where set.bytes[k] occurs next, at or after the i of the
	// call that searched for it, or len(s) when it occurs no more; -1
	// before the first search.
	at [maxFinderBytes]int
}

// A byteSet is the bytes a byteFinder finds.
type byteSet struct {
	bytes string
	has   [256]bool
}

func newByteSet(bytes string) *byteSet {
	s := &byteSet{bytes: bytes}
	for i := 0; i < len(bytes); i++ {
		s.has[bytes[i]] = true
	}
	return s
}

// prescan is how many bytes next looks at one by one before it searches:
// where the bytes of the set are dense (an attacker's "a@b.c:a@b.c:" or
// "<<<<"), that is cheaper than a search for each; in prose it costs little.
const prescan = 8

func newByteFinder(s string, set *byteSet) byteFinder {
	f := byteFinder{s: s, set: set}
	for k := range set.bytes {
		f.at[k] = -1
	}
	return f
}

// next returns the index of the first byte of the set in s at or after i,
// or len(s). i must be no less than in the previous call.
func (f *byteFinder) next(i int) int {
	for end := min(i+prescan, len(f.s)); i < end; i++ {
		if f.set.has[f.s[i]] {
			// The searches skipped leave at stale, but below i,
			// where the next search starts: no byte is read twice.
			return i
		}
	}
	m := len(f.s)
	for k := 0; k < len(f.set.bytes); k++ {
		if f.at[k] < i {
			f.at[k] = len(f.s)
			if j := strings.IndexByte(f.s[i:], f.set.bytes[k]); j >= 0 {
				f.at[k] = i + j
			}
		}
		m = min(m, f.at[k])
	}
	return m
}

// hostEnds ends the host of a bare link (before a port or a path);
// authEnds ends the authority of a URL.
var (
	hostEnds = newByteSet(":/")
	authEnds = newByteSet(`/?#\`)
)

// index returns the index of the first byte of the set in s, or -1: as
// strings.IndexAny, without building the set on every call, for the short
// strings of one link.
func (set *byteSet) index(s string) int {
	for i := 0; i < len(s); i++ {
		if set.has[s[i]] {
			return i
		}
	}
	return -1
}
