package moderation

import (
	"context"
	"fmt"
	"maps"
	"math"
	"strings"
	"sync"
	"time"
)

// Defaults of a MemStore. The memory figures are what
// TestMemStoreMemoryAtTheCaps measures with each table full of its
// costliest kind of entry, every link domain as long as a Moderator gives
// one (81 bytes: a longer one is given as a stand-in of that length, see
// Query.Domains) (go test -run MemoryAtTheCaps -v ./moderation/); a
// default MemStore with every table full holds at most 85 MB.
const (
	// DefaultMaxEntries bounds what comments leave for a day or less
	// (a text's fingerprints, a sender's counts, the authors linking a
	// domain): a day of a busy single-server site, at least 8,000
	// comments of a dozen entries each, in at most 16 MB.
	DefaultMaxEntries = 100_000
	// DefaultMaxHistory bounds the learned history (the authors and the
	// link domains moderators labelled), kept Config.History after the
	// last lesson: 100,000 labelled authors and domains, in at most 23 MB.
	DefaultMaxHistory = 100_000
	// DefaultMaxForms bounds the used form tokens, each kept
	// Config.MaxFormAge (a day): 100,000 comments within a day, more than
	// ten times the day of DefaultMaxEntries, in at most 5 MB (each with
	// what it was first sent with, Query.FormSend).
	DefaultMaxForms = 100_000
	// DefaultMaxTokens bounds the learned model of a MemStore: a few
	// thousand labelled comments use well under a tenth of it; at most
	// 44 MB when full, every token a pair of the longest words or a link
	// domain as long (the words and links of learned spam are the
	// spammer's to choose).
	DefaultMaxTokens = 250_000
)

// MemStoreOptions set up a MemStore. The zero value is the defaults.
//
// The store keeps three kinds of entries, each in a table of its own with
// its own cap, so that one kind never pushes out another: the many
// short-lived entries of each comment (MaxEntries), what moderators taught
// (MaxHistory) and the used form tokens (MaxForms). Past its cap a table
// drops the entry it wrote longest ago.
type MemStoreOptions struct {
	// MaxEntries caps what comments leave behind: a text's fingerprints,
	// a sender's last comment and count, a domain's posters. Each comment
	// leaves a dozen or fewer; a domain's entry counts one more for each
	// of its posters (up to 16), so that the cap bounds memory whatever
	// the mix.
	// Default DefaultMaxEntries.
	MaxEntries int
	// MaxHistory caps the authors and the approved link domains learned
	// from moderators' decisions (Learn). Default DefaultMaxHistory.
	MaxHistory int
	// MaxForms caps the used form tokens remembered (Config.FormKey).
	// Past it the oldest can be sent again unnoticed. Default
	// DefaultMaxForms.
	MaxForms int
	// MaxTokens caps the distinct tokens of the learned model, its flag
	// codes included (of which it holds at most MaxModelCodes). Past it a
	// lesson's new tokens are not learned (the counts of known ones still
	// change), and an Import that would pass it is refused with
	// ErrModelTooLarge. Default DefaultMaxTokens.
	MaxTokens int
}

// MemStore is the in-memory Store, the one a Moderator uses when
// Config.Store is nil. It needs no set-up (a zero MemStore{} is
// NewMemStore(MemStoreOptions{})), starts no goroutine, and is safe for
// concurrent use; use it through a pointer, and do not copy it. Its
// memory is bounded: entries expire with their window (checked when they
// are next touched, not by a background sweeper) and each kind of entry
// has its cap (MemStoreOptions). The learned
// model's counts do not expire, unlike in redisstore, where the model
// lives Config.History after its last lesson: MaxTokens bounds them, and
// they last as long as the process (Export them to keep them longer).
type MemStore struct {
	setUp     sync.Once // the fields below are set by build, once
	maxTokens int

	// learning is held by whoever changes the model (Learn, AddModel) or
	// copies it whole (Model), a semaphore rather than a mutex so that the
	// wait ends with the ctx. The writers also take mu for the moment they
	// change the maps, so a Load (mu alone) reads a consistent model, and
	// a big AddModel merges outside mu and only swaps its maps in under
	// it: Checks never wait for an Import.
	learning chan struct{}

	mu sync.Mutex
	// recent holds what comments leave for their windows (shingles,
	// senders, posters); history what Learn taught (authors, approved
	// domains); forms the used form tokens. Each is evicted only against
	// itself: a flood of comments cannot push out trust or a used token.
	recent, history memTable
	forms           memForms
	// tokens and codes are the model's counts. A token's count is
	// changed in place only by Learn; AddModel, which works on a copy of
	// the map, gives each count it changes a new TokenCounts. The codes,
	// at most MaxModelCodes, are never changed once stored: a writer
	// stores a new map, so that a Load hands the one it finds to the
	// Snapshot as it is, whatever its size, and the Check looks up the few
	// codes it raised.
	tokens  map[string]*TokenCounts
	codes   map[string]TokenCounts
	learned TokenCounts
	noFlag  NoFlagCounts
	// key is the scratch space the key of each lookup is built in: a map
	// index by string(key) makes no string, so only a new entry pays for
	// its key, not every lookup of a Check. Guarded by mu.
	key []byte
}

// memEntry is one remembered value; which fields are used depends on the
// kind of key.
type memEntry struct {
	// key is the entry's key in memTable.entries; an entry of a shingle,
	// which has none, is under its hash, shingle, in memTable.shingles.
	key     string
	shingle uint64
	// prev and next link the entries of a table in their eviction order:
	// in the entry itself, so that a new entry is one allocation.
	prev, next *memEntry
	expires    int64  // a memClock time; a number, so that keeping an entry stores no pointer
	u          uint64 // a fingerprint
	// n is a count, or a sender's last comment (memClock, read back as a
	// time.Time with no monotonic reading: the flood check subtracts it
	// from the next comment's time); n and m are ham and spam of an author.
	n, m    int64
	posters []memPoster // authors who linked a domain, at most MaxDomainPosters
}

// memPoster is an author who linked a domain, and when (memClock).
type memPoster struct {
	author string
	at     int64
}

// cost is what an entry counts against its table's cap: one, and one
// more per poster, so that a table full of domains' entries holds no more
// memory than one full of fingerprints.
func (e *memEntry) cost() int { return 1 + len(e.posters) }

// memTable is a set of entries with a cap on their total cost; past it
// the entry written longest ago goes first. The caller holds MemStore.mu.
type memTable struct {
	max     int // cap on cost
	cost    int // of the entries held
	entries map[string]*memEntry
	// shingles holds the entries of shingles by their hashes, apart from
	// entries: a uint64 key is hashed and compared in a few instructions,
	// where a string key made of it was hashed as bytes, and a new
	// shingle's entry needs no string of its key (most of a Check's
	// lookups, and most of its new entries, are its eight shingles).
	shingles map[uint64]*memEntry
	// order is the ring of entries, least recently written first:
	// order.next is the front, order.prev the back.
	order *memEntry
}

func newMemTable(max, def int) memTable {
	if max <= 0 {
		max = def
	}
	ring := new(memEntry)
	ring.prev, ring.next = ring, ring
	return memTable{max: max, entries: make(map[string]*memEntry), shingles: make(map[uint64]*memEntry), order: ring}
}

// pushBack puts e, which is in no order, at the back of t's.
func (t *memTable) pushBack(e *memEntry) {
	back := t.order.prev
	e.prev, e.next = back, t.order
	back.next, t.order.prev = e, e
}

// unlink takes e out of t's order.
func (t *memTable) unlink(e *memEntry) {
	e.prev.next, e.next.prev = e.next, e.prev
	e.prev, e.next = nil, nil
}

// moveToBack moves e to the back of t's order.
func (t *memTable) moveToBack(e *memEntry) {
	if t.order.prev != e {
		t.unlink(e)
		t.pushBack(e)
	}
}

// memForms are the used form tokens: one or two per Check, so kept in a
// map of values and a queue of ids, which hold no pointer for the GC to
// follow and are not allocated per token, unlike a memTable's entries.
// The caller holds MemStore.mu.
type memForms struct {
	max   int
	used  map[uint64]memForm // by the token's id
	order []uint64           // the ids of used, first sent first, from head on
	head  int
}

// memForm is one used form token.
type memForm struct {
	expires int64  // when it is forgotten (memClock)
	first   uint64 // the Query.FormSend it was first sent with
}

func newMemForms(max int) memForms {
	if max <= 0 {
		max = DefaultMaxForms
	}
	return memForms{max: max, used: make(map[uint64]memForm)}
}

// use says whether the token id was sent before, within ttl of when it
// was last sent, and if so what it was first sent with; it remembers the
// token as sent now, for ttl, and send as what it was first sent with
// when it was not. Past max tokens the one first sent longest ago is
// forgotten.
func (f *memForms) use(id, send uint64, now int64, ttl time.Duration) (used bool, first uint64) {
	e, known := f.used[id]
	used = known && now < e.expires
	if !known {
		f.order = append(f.order, id)
	}
	if !used {
		e.first = send // an expired token not yet dropped starts again
	}
	e.expires = max(e.expires, memAdd(now, ttl))
	f.used[id] = e
	for f.head < len(f.order) {
		id := f.order[f.head]
		if f.used[id].expires > now && len(f.used) <= f.max {
			break
		}
		delete(f.used, id)
		f.head++
	}
	if f.head > len(f.order)/2 { // reuse the queue's front half
		f.order = f.order[:copy(f.order, f.order[f.head:])]
		f.head = 0
	}
	if !used {
		return false, 0
	}
	return true, e.first
}

// Key kinds of a MemStore; a kind byte keeps keys of different kinds apart.
// (A shingle's entry has no named key: see memTable.shingles.)
const (
	memLast    = 'l'
	memCount   = 'c'
	memAuthor  = 'a'
	memPosters = 'p'
	memHostOK  = 'o'
)

// NewMemStore returns an empty MemStore.
func NewMemStore(opts MemStoreOptions) *MemStore {
	s := new(MemStore)
	s.setUp.Do(func() { s.build(opts) })
	return s
}

// ready sets up a MemStore that NewMemStore did not make (a zero
// MemStore{}) as NewMemStore(MemStoreOptions{}) would, on its first use.
// Every exported method calls it first.
func (s *MemStore) ready() { s.setUp.Do(func() { s.build(MemStoreOptions{}) }) }

func (s *MemStore) build(opts MemStoreOptions) {
	s.maxTokens = opts.MaxTokens
	if s.maxTokens <= 0 {
		s.maxTokens = DefaultMaxTokens
	}
	s.recent = newMemTable(opts.MaxEntries, DefaultMaxEntries)
	s.history = newMemTable(opts.MaxHistory, DefaultMaxHistory)
	s.forms = newMemForms(opts.MaxForms)
	s.learning = make(chan struct{}, 1)
	s.tokens = make(map[string]*TokenCounts)
	s.codes = make(map[string]TokenCounts)
}

// MaxTokens returns the cap on the learned model's distinct tokens and
// codes (MemStoreOptions.MaxTokens, with its default): see ModelCap.
func (s *MemStore) MaxTokens() int {
	s.ready()
	return s.maxTokens
}

// Len returns how many entries (not counting the model) the store holds,
// of every kind, expired ones not yet dropped included.
func (s *MemStore) Len() int {
	s.ready()
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.recent.len() + s.history.len() + len(s.forms.used)
}

// memRef names an entry of a memTable: by name, a key built by memKey,
// or, when name is nil, as the shingle whose hash is shingle.
type memRef struct {
	name    []byte
	shingle uint64
}

// memKey returns the key of kind and name, built in s.key and valid until
// the next key is built. The caller holds s.mu.
func (s *MemStore) memKey(kind byte, name string) memRef {
	s.key = append(append(s.key[:0], kind), name...)
	return memRef{name: s.key}
}

// shingleRef names the entry of the shingle whose hash is sh.
func shingleRef(sh uint64) memRef { return memRef{shingle: sh} }

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

// len returns how many entries t holds, expired ones not yet dropped
// included.
func (t *memTable) len() int { return len(t.entries) + len(t.shingles) }

// get returns the live entry under key, or nil.
func (t *memTable) get(key memRef, now int64) *memEntry {
	var e *memEntry
	if key.name == nil {
		e = t.shingles[key.shingle]
	} else {
		e = t.entries[string(key.name)]
	}
	if e == nil {
		return nil
	}
	if now >= e.expires {
		t.drop(e)
		return nil
	}
	return e
}

// put returns the live entry under key, made if needed, set to expire ttl
// after now and moved to the back of the eviction order.
func (t *memTable) put(key memRef, now int64, ttl time.Duration) *memEntry {
	return t.keep(t.get(key, now), key, now, ttl)
}

// keep is put for the entry e that get returned for key, so that reading
// an entry and then writing it looks the key up once.
func (t *memTable) keep(e *memEntry, key memRef, now int64, ttl time.Duration) *memEntry {
	if e == nil {
		if key.name == nil {
			e = &memEntry{shingle: key.shingle}
			t.shingles[e.shingle] = e
		} else {
			e = &memEntry{key: string(key.name)}
			t.entries[e.key] = e
		}
		t.pushBack(e)
		t.cost++
	} else {
		t.moveToBack(e)
	}
	if exp := memAdd(now, ttl); exp > e.expires {
		e.expires = exp
	}
	return e
}

func (t *memTable) drop(e *memEntry) {
	t.unlink(e)
	if e.key == "" { // a shingle's: every named key has its kind byte
		delete(t.shingles, e.shingle)
	} else {
		delete(t.entries, e.key)
	}
	t.cost -= e.cost()
}

// trim drops expired entries from the front of the order, then the oldest
// entries while they cost more than the cap.
func (t *memTable) trim(now int64) {
	for e := t.order.next; e != t.order; e = t.order.next {
		if now < e.expires && t.cost <= t.max {
			return
		}
		t.drop(e)
	}
}

// addPoster adds author, posting now, to the posters of a domain's entry
// e, in place of the earliest poster when there are MaxDomainPosters already.
func (t *memTable) addPoster(e *memEntry, author string, now int64) {
	oldest := 0
	for i, p := range e.posters {
		if p.author == author {
			e.posters[i].at = now
			return
		}
		if p.at < e.posters[oldest].at {
			oldest = i
		}
	}
	if len(e.posters) >= MaxDomainPosters {
		e.posters[oldest] = memPoster{author, now}
		return
	}
	e.posters = append(e.posters, memPoster{author, now})
	t.cost++
}

// Load implements Store.
func (s *MemStore) Load(ctx context.Context, q *Query) (*Snapshot, error) {
	return s.loadInto(ctx, q, new(memSnapshot))
}

// loadInto is Load with the Snapshot in ms, which must be zero: a
// Moderator's Check passes one it reuses.
func (s *MemStore) loadInto(ctx context.Context, q *Query, ms *memSnapshot) (*Snapshot, error) {
	s.ready()
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
		key := shingleRef(sh)
		e := s.recent.get(key, at)
		if e != nil {
			snap.Shingles[i] = e.u
		}
		if w.Duplicate > 0 {
			setShingle(s.recent.keep(e, key, at, w.Duplicate), q.TextID, at, w.Duplicate)
		}
	}
	for i, id := range q.Senders {
		key := s.memKey(memLast, id)
		e := s.recent.get(key, at)
		if e != nil {
			snap.Senders[i].Last = time.Unix(0, e.n)
		}
		if w.Interval > 0 {
			e = s.recent.keep(e, key, at, w.Interval)
			e.n = at
			e.expires = memAdd(at, w.Interval)
		}
		key = s.memKey(memCount, id)
		c := s.recent.get(key, at)
		if c != nil {
			snap.Senders[i].Count = int(c.n)
		}
		if w.Flood > 0 {
			// The count's window starts at the sender's first comment and
			// is not extended by later ones, like a Redis counter with
			// EXPIRE NX.
			if c != nil {
				c.n++
				s.recent.moveToBack(c)
			} else {
				s.recent.put(key, at, w.Flood).n = 1
			}
		}
	}
	if q.Form != 0 && w.Form > 0 {
		snap.FormUsed, snap.FormFirst = s.forms.use(q.Form, q.FormSend, at, w.Form)
	}
	if q.Author != "" {
		if e := s.history.get(s.memKey(memAuthor, q.Author), at); e != nil {
			snap.Author = AuthorState{Ham: int(e.n), Spam: int(e.m)}
		}
	}
	for i, d := range q.Domains {
		ds := &snap.Domains[i]
		if e := s.history.get(s.memKey(memHostOK, d), at); e != nil {
			ds.Ham = int(e.n)
		}
		key := s.memKey(memPosters, d)
		e := s.recent.get(key, at)
		if e != nil {
			since := memAdd(at, -w.Hosts)
			for _, p := range e.posters {
				if p.author != q.Author && p.at > since {
					ds.Authors++
				}
			}
		}
		if q.Author != "" && w.Hosts > 0 && snap.Author.Ham == 0 && ds.Ham == 0 {
			s.recent.addPoster(s.recent.keep(e, key, at, w.Hosts), q.Author, at)
		}
	}
	for i, t := range q.Tokens {
		if c := s.tokens[t]; c != nil {
			snap.Tokens[i] = *c
		}
	}
	if len(q.Tokens) > 0 {
		snap.Codes = s.codes // never changed: see MemStore.codes
	}
	snap.Learned = s.learned
	snap.NoFlag = s.noFlag
	s.recent.trim(at)
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

// Record implements Store.
func (s *MemStore) Record(ctx context.Context, r *Record) error {
	s.ready()
	if err := ctx.Err(); err != nil {
		return err
	}
	now, w := memClock(r.Now), r.Windows
	s.mu.Lock()
	defer s.mu.Unlock()
	if w.Duplicate > 0 {
		for _, sh := range r.Shingles {
			setShingle(s.recent.put(shingleRef(sh), now, w.Duplicate), r.TextID, now, w.Duplicate)
		}
	}
	s.recent.trim(now)
	return nil
}

// Learn implements Store.
func (s *MemStore) Learn(ctx context.Context, l *Lesson) error {
	if err := s.startLearning(ctx); err != nil {
		return err
	}
	defer s.stopLearning()
	now, ttl := memClock(l.Now), l.Windows.History
	codes := s.codes
	if len(l.Codes) > 0 {
		// A new map, made before taking mu: Loads share the one stored.
		codes = maps.Clone(s.codes)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, t := range l.Tokens {
		addToken(s.tokens, t, l.Spam, l.Delta, len(s.tokens)+len(codes) < s.maxTokens)
	}
	for _, c := range l.Codes {
		addCode(codes, c, l.Spam, l.Delta, len(s.tokens)+len(codes) < s.maxTokens && len(codes) < MaxModelCodes)
	}
	s.codes = codes
	addClass(&s.learned, l.Spam, l.Delta)
	s.noFlag = s.noFlag.Apply(l)
	if l.Author != "" {
		e := s.history.put(s.memKey(memAuthor, l.Author), now, ttl)
		if l.Spam {
			e.m = max(0, e.m+l.Delta)
		} else {
			e.n = max(0, e.n+l.Delta)
		}
		if e.n == 0 && e.m == 0 {
			s.history.drop(e) // all taken back: no history, and no room taken
		}
	}
	if !l.Spam {
		for _, d := range l.Domains {
			e := s.history.put(s.memKey(memHostOK, d), now, ttl)
			if e.n = max(0, e.n+l.Delta); e.n == 0 {
				s.history.drop(e)
			}
		}
	}
	s.history.trim(now)
	return nil
}

// startLearning waits for the model to be free to change, or for ctx to
// end; stopLearning frees it.
func (s *MemStore) startLearning(ctx context.Context) error {
	s.ready()
	if err := ctx.Err(); err != nil {
		return err
	}
	select {
	case s.learning <- struct{}{}:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func (s *MemStore) stopLearning() { <-s.learning }

// addToken changes one token's count in table, never below zero; a token
// whose counts reach zero is forgotten, and a new one is added only when
// room says there is room for it. The caller holds s.learning and s.mu.
func addToken(table map[string]*TokenCounts, t string, spam bool, delta int64, room bool) {
	c := table[t]
	if c == nil {
		if delta <= 0 || !room {
			return
		}
		c = new(TokenCounts)
		// A copy: a lesson's tokens are cut from one string of all of
		// them (bayesTokens), which a key kept as it is would keep whole:
		// with lessons of two new tokens among 400 known ones, each token
		// held 12 KB (TestMemStoreLearnKeepsOnlyNewTokens).
		table[strings.Clone(t)] = c
	}
	addClass(c, spam, delta)
	if c.Spam == 0 && c.Ham == 0 {
		delete(table, t)
	}
}

// addCode is addToken for a code, in a map of codes that no Load has seen.
func addCode(table map[string]TokenCounts, code string, spam bool, delta int64, room bool) {
	c, known := table[code]
	if !known && (delta <= 0 || !room) {
		return
	}
	addClass(&c, spam, delta)
	if c.Spam == 0 && c.Ham == 0 {
		delete(table, code)
	} else {
		table[code] = c
	}
}

func addClass(c *TokenCounts, spam bool, delta int64) {
	if spam {
		c.Spam = max(0, c.Spam+delta)
	} else {
		c.Ham = max(0, c.Ham+delta)
	}
}

// Model implements Store. It copies the model without holding up Checks:
// the maps change only under s.learning, which it holds.
func (s *MemStore) Model(ctx context.Context) (*Model, error) {
	if err := s.startLearning(ctx); err != nil {
		return nil, err
	}
	defer s.stopLearning()
	m := &Model{
		Learned: s.learned,
		Tokens:  make(map[string]TokenCounts, len(s.tokens)),
		Codes:   make(map[string]TokenCounts, len(s.codes)),
		NoFlag:  s.noFlag,
	}
	for t, c := range s.tokens {
		m.Tokens[t] = *c
	}
	maps.Copy(m.Codes, s.codes)
	return m, nil
}

// AddModel implements Store. It merges m into copies of the model's maps
// and swaps them in, so that Checks meanwhile read the model from before,
// and never wait for the merge.
func (s *MemStore) AddModel(ctx context.Context, m *Model) error {
	if err := s.startLearning(ctx); err != nil {
		return err
	}
	defer s.stopLearning()
	newCodes := 0
	for c, n := range m.Codes {
		if _, known := s.codes[c]; !known && (n.Spam > 0 || n.Ham > 0) {
			newCodes++
		}
	}
	if n := len(s.codes) + newCodes; n > MaxModelCodes {
		return fmt.Errorf("%w: the model would hold %d flag codes, MaxModelCodes is %d", ErrModelTooLarge, n, MaxModelCodes)
	}
	if n := len(s.tokens) + len(s.codes) + newTokens(s.tokens, m.Tokens) + newCodes; n > s.maxTokens {
		return fmt.Errorf("%w: the model would hold %d tokens, MaxTokens is %d", ErrModelTooLarge, n, s.maxTokens)
	}
	tokens, codes := maps.Clone(s.tokens), maps.Clone(s.codes)
	for t, c := range m.Tokens {
		var n TokenCounts
		if old := tokens[t]; old != nil {
			n = *old // shared with the maps Checks read: not changed
		}
		if n = addCounts(n, c); n == (TokenCounts{}) {
			delete(tokens, t) // as Learn forgets a token at zero
		} else {
			tokens[t] = &n
		}
	}
	for t, c := range m.Codes {
		if n := addCounts(codes[t], c); n == (TokenCounts{}) {
			delete(codes, t)
		} else {
			codes[t] = n
		}
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.tokens, s.codes = tokens, codes
	s.learned.Spam += m.Learned.Spam
	s.learned.Ham += m.Learned.Ham
	// A model without NoFlag (written before version 3) adds none: the
	// clue keeps to the comments it was counted over.
	s.noFlag = s.noFlag.plus(m.NoFlag)
	return nil
}

// addCounts returns the counts of a token with add added, never below
// zero.
func addCounts(n, add TokenCounts) TokenCounts {
	return TokenCounts{Spam: max(0, n.Spam+add.Spam), Ham: max(0, n.Ham+add.Ham)}
}

// newTokens returns how many tokens of add, with a count, table has not.
func newTokens(table map[string]*TokenCounts, add map[string]TokenCounts) int {
	n := 0
	for t, c := range add {
		if table[t] == nil && (c.Spam > 0 || c.Ham > 0) {
			n++
		}
	}
	return n
}
