package moderation

import (
	"container/list"
	"context"
	"encoding/binary"
	"math"
	"sync"
	"time"
)

// Defaults of a MemStore.
const (
	// DefaultMaxEntries bounds the remembered texts, senders, authors and
	// domains of a MemStore: a day of comments of a busy single-server
	// site, in about 22 MB (TestMemStoreMemoryAtTheCaps).
	DefaultMaxEntries = 100_000
	// DefaultMaxTokens bounds the learned model of a MemStore: a few
	// thousand labelled comments use well under a tenth of it; about 24 MB
	// when full (TestMemStoreMemoryAtTheCaps).
	DefaultMaxTokens = 250_000
	// maxPosters bounds the authors remembered per domain: repeat_host
	// needs only to know whether three differ.
	maxPosters = 16
)

// MemStoreOptions set up a MemStore. The zero value is the defaults.
type MemStoreOptions struct {
	// MaxEntries caps the remembered entries; past it the entry written
	// longest ago is dropped first. Default DefaultMaxEntries.
	MaxEntries int
	// MaxTokens caps the distinct tokens of the learned model; past it new
	// tokens are not learned (the counts of known ones still change).
	// Default DefaultMaxTokens.
	MaxTokens int
}

// MemStore is the in-memory Store, the one a Moderator uses when
// Config.Store is nil. It needs no set-up, starts no goroutine, and is safe
// for concurrent use. Its memory is bounded: entries expire with their
// window (checked when they are next touched, not by a background sweeper)
// and past MaxEntries the entry written longest ago goes first. The
// learned model's counts do not expire, unlike in redisstore, where the
// model lives Config.History after its last lesson: MaxTokens bounds them,
// and they last as long as the process (Export them to keep them longer).
type MemStore struct {
	maxEntries, maxTokens int

	mu      sync.Mutex
	entries map[string]*memEntry
	order   list.List // of *memEntry, least recently written first
	tokens  map[string]*TokenCounts
	codes   map[string]*TokenCounts
	learned TokenCounts
	// key is the scratch space the key of each lookup is built in: a map
	// index by string(key) makes no string, so only a new entry pays for
	// its key, not every lookup of a Check. Guarded by mu.
	key []byte
}

// memEntry is one remembered value; which fields are used depends on the
// kind of key.
type memEntry struct {
	key     string
	elem    *list.Element
	expires int64            // a memClock time; a number, so that keeping an entry stores no pointer
	u       uint64           // a fingerprint
	n, m    int64            // a count; ham and spam of an author
	t       time.Time        // a sender's last comment
	posters map[string]int64 // authors who linked a domain, and when (memClock)
}

// Key kinds of a MemStore; a kind byte keeps keys of different kinds apart.
const (
	memShingle = 's'
	memLast    = 'l'
	memCount   = 'c'
	memAuthor  = 'a'
	memPosters = 'p'
	memHostOK  = 'o'
	memForm    = 'f'
)

// NewMemStore returns an empty MemStore.
func NewMemStore(opts MemStoreOptions) *MemStore {
	s := &MemStore{
		maxEntries: opts.MaxEntries,
		maxTokens:  opts.MaxTokens,
		entries:    make(map[string]*memEntry),
		tokens:     make(map[string]*TokenCounts),
		codes:      make(map[string]*TokenCounts),
	}
	if s.maxEntries <= 0 {
		s.maxEntries = DefaultMaxEntries
	}
	if s.maxTokens <= 0 {
		s.maxTokens = DefaultMaxTokens
	}
	s.order.Init()
	return s
}

// Len returns how many entries (not counting the model) the store holds,
// expired ones not yet dropped included.
func (s *MemStore) Len() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.entries)
}

// memKey returns the key of kind and name in s.key, valid until the next
// key is built. The caller holds s.mu.
func (s *MemStore) memKey(kind byte, name string) []byte {
	s.key = append(append(s.key[:0], kind), name...)
	return s.key
}

// memShingleKey is memKey for a shingle: its hash as eight bytes.
func (s *MemStore) memShingleKey(sh uint64) []byte { return s.memIDKey(memShingle, sh) }

// memIDKey is memKey for a number: kind and the number as eight bytes.
func (s *MemStore) memIDKey(kind byte, id uint64) []byte {
	s.key = binary.BigEndian.AppendUint64(append(s.key[:0], kind), id)
	return s.key
}

// memEpoch is where memClock counts from.
var memEpoch = time.Unix(0, 0)

// memClock is t as a MemStore keeps the expiry of an entry: nanoseconds of
// wall clock since 1970. A time.Time holds a pointer (its Location), so
// each entry kept in a Check stored a pointer, with the GC's write barrier
// while it marks; Sub saturates, so a date past 2262 cannot wrap.
func memClock(t time.Time) int64 { return int64(t.Sub(memEpoch)) }

// memAdd returns at plus d, saturated.
func memAdd(at int64, d time.Duration) int64 {
	switch {
	case d > 0 && at > math.MaxInt64-int64(d):
		return math.MaxInt64
	case d < 0 && at < math.MinInt64-int64(d):
		return math.MinInt64
	}
	return at + int64(d)
}

// get returns the live entry under key, or nil. The caller holds s.mu.
func (s *MemStore) get(key []byte, now int64) *memEntry {
	e := s.entries[string(key)]
	if e == nil {
		return nil
	}
	if now >= e.expires {
		s.drop(e)
		return nil
	}
	return e
}

// put returns the live entry under key, made if needed, set to expire ttl
// after now and moved to the back of the eviction order. The caller holds
// s.mu.
func (s *MemStore) put(key []byte, now int64, ttl time.Duration) *memEntry {
	return s.keep(s.get(key, now), key, now, ttl)
}

// keep is put for the entry e that get returned for key, so that reading
// an entry and then writing it looks the key up once. The caller holds
// s.mu.
func (s *MemStore) keep(e *memEntry, key []byte, now int64, ttl time.Duration) *memEntry {
	if e == nil {
		e = &memEntry{key: string(key)}
		e.elem = s.order.PushBack(e)
		s.entries[e.key] = e
	} else {
		s.order.MoveToBack(e.elem)
	}
	if exp := memAdd(now, ttl); exp > e.expires {
		e.expires = exp
	}
	return e
}

func (s *MemStore) drop(e *memEntry) {
	s.order.Remove(e.elem)
	delete(s.entries, e.key)
}

// trim drops expired entries from the front of the order, then the oldest
// entries while there are too many. The caller holds s.mu.
func (s *MemStore) trim(now int64) {
	for f := s.order.Front(); f != nil; f = s.order.Front() {
		e := f.Value.(*memEntry)
		if now < e.expires && len(s.entries) <= s.maxEntries {
			return
		}
		s.drop(e)
	}
}

// Load implements Store.
func (s *MemStore) Load(ctx context.Context, q *Query) (*Snapshot, error) {
	return s.loadInto(ctx, q, new(memSnapshot))
}

// loadInto is Load with the Snapshot in ms, which must be zero: a
// Moderator's Check passes one it reuses.
func (s *MemStore) loadInto(ctx context.Context, q *Query, ms *memSnapshot) (*Snapshot, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	snap := &ms.Snapshot
	snap.Shingles = room(ms.shingles[:], len(q.Shingles))
	snap.Senders = room(ms.senders[:], len(q.Senders))
	snap.Domains = room(ms.domains[:], len(q.Domains))
	snap.Tokens = make([]TokenCounts, len(q.Tokens))
	at := memClock(q.Now)
	s.mu.Lock()
	defer s.mu.Unlock()
	w := q.Windows
	// Read and count the comment in, under one lock (see Store.Load).
	for i, sh := range q.Shingles {
		key := s.memShingleKey(sh)
		e := s.get(key, at)
		if e != nil {
			snap.Shingles[i] = e.u
		}
		if w.Duplicate > 0 {
			setShingle(s.keep(e, key, at, w.Duplicate), q.TextID, at, w.Duplicate)
		}
	}
	for i, id := range q.Senders {
		key := s.memKey(memLast, id)
		e := s.get(key, at)
		if e != nil {
			snap.Senders[i].Last = e.t
		}
		if w.Interval > 0 {
			e = s.keep(e, key, at, w.Interval)
			e.t = q.Now
			e.expires = memAdd(at, w.Interval)
		}
		key = s.memKey(memCount, id)
		c := s.get(key, at)
		if c != nil {
			snap.Senders[i].Count = int(c.n)
		}
		if w.Flood > 0 {
			// The count's window starts at the sender's first comment and
			// is not extended by later ones, like a Redis counter with
			// EXPIRE NX.
			if c != nil {
				c.n++
				s.order.MoveToBack(c.elem)
			} else {
				s.put(key, at, w.Flood).n = 1
			}
		}
	}
	if q.Form != 0 && w.Form > 0 {
		key := s.memIDKey(memForm, q.Form)
		e := s.get(key, at)
		snap.FormUsed = e != nil
		s.keep(e, key, at, w.Form)
	}
	if q.Author != "" {
		if e := s.get(s.memKey(memAuthor, q.Author), at); e != nil {
			snap.Author = AuthorState{Ham: int(e.n), Spam: int(e.m)}
		}
	}
	for i, d := range q.Domains {
		ds := &snap.Domains[i]
		if e := s.get(s.memKey(memHostOK, d), at); e != nil {
			ds.Ham = int(e.n)
		}
		key := s.memKey(memPosters, d)
		e := s.get(key, at)
		if e != nil {
			since := memAdd(at, -w.Hosts)
			for a, t := range e.posters {
				if a != q.Author && t > since {
					ds.Authors++
				}
			}
		}
		if q.Author != "" && w.Hosts > 0 && snap.Author.Ham == 0 && ds.Ham == 0 {
			addPoster(s.keep(e, key, at, w.Hosts), q.Author, at)
		}
	}
	for i, t := range q.Tokens {
		if c := s.tokens[t]; c != nil {
			snap.Tokens[i] = *c
		}
	}
	if len(q.Tokens) > 0 {
		snap.Codes = make(map[string]TokenCounts, len(s.codes))
		for c, n := range s.codes {
			snap.Codes[c] = *n
		}
	}
	snap.Learned = s.learned
	s.trim(at)
	return snap, nil
}

// setShingle stores a text id in the entry of a shingle, for ttl from
// now. The caller holds s.mu.
func setShingle(e *memEntry, textID uint64, now int64, ttl time.Duration) {
	e.u = textID
	e.expires = memAdd(now, ttl)
}

// memSnapshot is a Snapshot with room for the entries of the Query of a
// Check (dupKeys shingles, an IP and an author, maxStateDomains domains),
// so that Load allocates once, not once per slice.
type memSnapshot struct {
	Snapshot
	shingles [dupKeys]uint64
	senders  [2]SenderState
	domains  [maxStateDomains]DomainState
}

// room returns the first n entries of arr, or a new slice when arr is too
// short.
func room[T any](arr []T, n int) []T {
	if n <= len(arr) {
		return arr[:n:n]
	}
	return make([]T, n)
}

// addPoster adds author, posting now, to the posters of a domain's entry
// e. The caller holds s.mu.
func addPoster(e *memEntry, author string, now int64) {
	if e.posters == nil {
		e.posters = make(map[string]int64)
	}
	if _, ok := e.posters[author]; !ok && len(e.posters) >= maxPosters {
		dropOldest(e.posters)
	}
	e.posters[author] = now
}

// Record implements Store.
func (s *MemStore) Record(ctx context.Context, r *Record) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	now, w := memClock(r.Now), r.Windows
	s.mu.Lock()
	defer s.mu.Unlock()
	if w.Duplicate > 0 {
		for _, sh := range r.Shingles {
			setShingle(s.put(s.memShingleKey(sh), now, w.Duplicate), r.TextID, now, w.Duplicate)
		}
	}
	s.trim(now)
	return nil
}

// dropOldest removes the earliest poster of a full poster set.
func dropOldest(posters map[string]int64) {
	var oldest string
	var at int64
	for a, t := range posters {
		if oldest == "" || t < at {
			oldest, at = a, t
		}
	}
	delete(posters, oldest)
}

// Learn implements Store.
func (s *MemStore) Learn(ctx context.Context, l *Lesson) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	now, ttl := memClock(l.Now), l.Windows.History
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, t := range l.Tokens {
		s.addToken(s.tokens, t, l.Spam, l.Delta)
	}
	for _, c := range l.Codes {
		s.addToken(s.codes, c, l.Spam, l.Delta)
	}
	addClass(&s.learned, l.Spam, l.Delta)
	if l.Author != "" {
		e := s.put(s.memKey(memAuthor, l.Author), now, ttl)
		if l.Spam {
			e.m = max(0, e.m+l.Delta)
		} else {
			e.n = max(0, e.n+l.Delta)
		}
	}
	if !l.Spam {
		for _, d := range l.Domains {
			e := s.put(s.memKey(memHostOK, d), now, ttl)
			e.n = max(0, e.n+l.Delta)
		}
	}
	s.trim(now)
	return nil
}

// addToken changes one token's count, never below zero; a token whose
// counts reach zero is forgotten. The caller holds s.mu.
func (s *MemStore) addToken(table map[string]*TokenCounts, t string, spam bool, delta int64) {
	c := table[t]
	if c == nil {
		if delta <= 0 || len(s.tokens)+len(s.codes) >= s.maxTokens {
			return
		}
		c = new(TokenCounts)
		table[t] = c
	}
	addClass(c, spam, delta)
	if c.Spam == 0 && c.Ham == 0 {
		delete(table, t)
	}
}

func addClass(c *TokenCounts, spam bool, delta int64) {
	if spam {
		c.Spam = max(0, c.Spam+delta)
	} else {
		c.Ham = max(0, c.Ham+delta)
	}
}

// Model implements Store.
func (s *MemStore) Model(ctx context.Context) (*Model, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	m := &Model{
		Learned: s.learned,
		Tokens:  make(map[string]TokenCounts, len(s.tokens)),
		Codes:   make(map[string]TokenCounts, len(s.codes)),
	}
	for t, c := range s.tokens {
		m.Tokens[t] = *c
	}
	for t, c := range s.codes {
		m.Codes[t] = *c
	}
	return m, nil
}

// AddModel implements Store.
func (s *MemStore) AddModel(ctx context.Context, m *Model) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.learned.Spam += m.Learned.Spam
	s.learned.Ham += m.Learned.Ham
	for t, c := range m.Tokens {
		s.addToken(s.tokens, t, true, c.Spam)
		s.addToken(s.tokens, t, false, c.Ham)
	}
	for t, c := range m.Codes {
		s.addToken(s.codes, t, true, c.Spam)
		s.addToken(s.codes, t, false, c.Ham)
	}
	return nil
}
