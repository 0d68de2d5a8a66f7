// Package redisstore keeps the state of a moderation.Moderator in Redis, so
// that every server of a site sees the same recent comments, the same
// floods and the same learned model.
//
//	opt, err := redis.ParseURL(os.Getenv("REDIS_URL")) // redis://host:6379/0
//	…
//	store, err := redisstore.New(redis.NewClient(opt), redisstore.Options{Prefix: "mysite:comments:"})
//	…
//	m, err := moderation.New(moderation.Config{Store: store})
//
// Every call of the Store returns when its ctx ends, whatever the client's
// settings (see New), so a Check never waits longer than
// moderation.Config.StateTimeout for Redis; and when Redis refuses the
// connection (it is not running) a Check waiting for one does not wait
// at all.
//
// A Check costs one round trip, a MULTI/EXEC transaction that reads the
// state and counts the comment in (so that copies of a comment sent at
// once, to any server, see each other, and so do fresh accounts linking
// one site at once), and a second one only when its verdict leaves
// something to write (a near duplicate); Learn is one Lua script, so a
// lesson is applied whole or not at all, and it records the lesson's ID,
// so a copy that go-redis sends again after a timeout changes nothing.
// An Import is staged in short commands and added by one script (see
// Store.AddModel for how long that holds Redis).
// Every key starts with Options.Prefix and has a TTL:
// the windows of the checks for what they remember, and
// moderation.Config.History, renewed by every lesson, for the learned
// model and the authors' history.
//
// It needs Redis 7.0 or newer: a flood counter's window is set with
// PEXPIRE … NX, which older servers refuse after the counter has been
// incremented, leaving it without a TTL.
//
// With Redis Cluster or a Ring, put a hash tag in the prefix ("{comments}:"):
// a Check reads many keys in one command and a lesson updates them in one
// script, which Cluster allows only within one slot, and which a Ring sends
// to the shard of the first key only.
package redisstore

import (
	"context"
	"crypto/rand"
	_ "embed"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/commentkit/commentkit/moderation"
	"github.com/redis/go-redis/v9"
)

// DefaultPrefix starts every key when Options.Prefix is empty.
const DefaultPrefix = "commentkit:"

// Options set up a Store. The zero value is the defaults.
type Options struct {
	// Prefix starts every key, to share a Redis with other data or other
	// sites. Default DefaultPrefix.
	Prefix string
	// MaxTokens caps the distinct tokens (and flag codes, of which the
	// model holds at most moderation.MaxModelCodes) of the learned model;
	// past it new tokens are not learned (the counts of known ones still
	// change), and an Import that would go past it is refused
	// (moderation.ErrModelTooLarge). Default moderation.DefaultMaxTokens.
	MaxTokens int
}

// Store is a moderation.Store in Redis. It is safe for concurrent use.
type Store struct {
	client    redis.UniversalClient
	prefix    string
	maxTokens int
	// ctxTimeout: the client applies a ctx's deadline to its reads and
	// writes (ContextTimeoutEnabled), so a call needs no goroutine to
	// return in time (see call).
	ctxTimeout bool
	// dials ends the calls waiting for a connection that Redis refused;
	// one per client, shared by its Stores; nil for a Cluster or a Ring,
	// whose nodes dial without the hooks added to them.
	dials *dialWatch
}

// ErrNoContextTimeout was returned by New for a client without go-redis
// Options.ContextTimeoutEnabled.
//
// Deprecated: New no longer returns it. It accepts any client and bounds
// each call by its ctx itself (see New).
var ErrNoContextTimeout = errors.New("redisstore: the client must set ContextTimeoutEnabled, or a stalled Redis holds every comment for the client's ReadTimeout")

// New returns a Store that keeps its state in Redis through client, any
// client: redis.NewClient with options from redis.ParseURL, a Cluster, a
// Ring. Commands go through client itself, so its hooks see every one.
//
// Each call of the Store returns when its ctx ends. A client with
// ContextTimeoutEnabled does that itself: the ctx deadline becomes the
// deadline of each socket read and write. Without it (redis.ParseURL has no
// parameter for it) go-redis would wait for a stalled Redis until its own
// ReadTimeout (5 s by default), so the Store sends the commands of each call
// from a goroutine of its own and stops waiting when the ctx ends; that
// goroutine ends when the command on the wire is answered or times out by
// the client's ReadTimeout or WriteTimeout. So with a stalled Redis at most
// one such goroutine waits per pooled connection, for at most those
// timeouts (with a ReadTimeout of -1, none, until the connection closes).
// A Store call the ctx cut short may still be applied by Redis then, as it
// may with ContextTimeoutEnabled. Setting ContextTimeoutEnabled saves the
// goroutine (a few µs a call, see BenchmarkCall).
//
// On a *redis.Client, New adds a hook (client.AddHook) that sees only
// dials, once per client however many Stores share it. When a dial fails at
// once with an answer about Redis's address (connection refused, no route
// to the host, a name that does not exist), the Store calls then waiting
// for a connection return that error at once, instead of waiting out the
// client's dial retries and command retries, which the client still makes
// in the background. A call whose commands are already on a connection is
// not ended by it: it gets Redis's answer, or its ctx ends. go-redis does
// not say which call a dial is for, so a refused dial ends every call then
// waiting for a connection of the client, not only the one it was made for.
// A dial that fails for a reason of this host (out of file descriptors or
// local ports) or of a DNS server, or that times out, ends no call early.
func New(client redis.UniversalClient, opts Options) (*Store, error) {
	if client == nil {
		return nil, errors.New("redisstore: nil client")
	}
	s := &Store{client: client, prefix: opts.Prefix, maxTokens: opts.MaxTokens}
	switch c := client.(type) {
	case *redis.Client:
		s.ctxTimeout = c.Options().ContextTimeoutEnabled
		s.dials = watchDials(c)
	case *redis.ClusterClient:
		s.ctxTimeout = c.Options().ContextTimeoutEnabled
	case *redis.Ring:
		s.ctxTimeout = c.Options().ContextTimeoutEnabled
	}
	if s.prefix == "" {
		s.prefix = DefaultPrefix
	}
	if s.maxTokens <= 0 {
		s.maxTokens = moderation.DefaultMaxTokens
	}
	return s, nil
}

// MaxTokens returns the cap on the learned model's distinct tokens and
// codes (Options.MaxTokens, with its default): see moderation.ModelCap.
func (s *Store) MaxTokens() int {
	if s == nil || s.maxTokens <= 0 {
		return moderation.DefaultMaxTokens // a Store New did not make
	}
	return s.maxTokens
}

// errNotNew is what every call of a Store that New did not make returns
// (a zero Store{}, which has no client), so that a Check flags
// state_unavailable with it in its Detail, and Learn returns it, rather
// than panic. It wraps moderation.ErrConfig: the site's mistake.
var errNotNew = fmt.Errorf("%w: redisstore: the Store was not made by New", moderation.ErrConfig)

// built returns errNotNew for a Store New did not make.
func (s *Store) built() error {
	if s == nil || s.client == nil {
		return errNotNew
	}
	return nil
}

// The keys, after the prefix.
func (s *Store) shingleKey(h uint64) string      { return s.prefix + "dup:" + strconv.FormatUint(h, 16) }
func (s *Store) lastKey(sender string) string    { return s.prefix + "last:" + sender }
func (s *Store) countKey(sender string) string   { return s.prefix + "count:" + sender }
func (s *Store) authorKey(author string) string  { return s.prefix + "author:" + author }
func (s *Store) formKey(id uint64) string        { return s.prefix + "form:" + strconv.FormatUint(id, 16) }
func (s *Store) postersKey(domain string) string { return s.prefix + "posters:" + domain }
func (s *Store) hostOKKey(domain string) string  { return s.prefix + "hostok:" + domain }
func (s *Store) tokensKey() string               { return s.prefix + "model:tokens" }
func (s *Store) codesKey() string                { return s.prefix + "model:codes" }
func (s *Store) learnedKey() string              { return s.prefix + "model:learned" }
func (s *Store) noFlagKey() string               { return s.prefix + "model:noflag" }
func (s *Store) lessonKey(id string) string      { return s.prefix + "lesson:" + id }
func (s *Store) importKey(id string) string      { return s.prefix + "import:" + id }

// Load implements moderation.Store: one round trip, a MULTI/EXEC block
// that reads the state and counts the comment in (see moderation.Store).
func (s *Store) Load(ctx context.Context, q *moderation.Query) (*moderation.Snapshot, error) {
	if err := s.built(); err != nil {
		return nil, err
	}
	// One MGET for the plain keys that are only read, in this order: the
	// author, per domain its approvals, the model's totals and its counts
	// of comments without a content flag.
	keys := make([]string, 0, 1+len(q.Domains)+2)
	keys = append(keys, s.authorKey(q.Author))
	for _, d := range q.Domains {
		keys = append(keys, s.hostOKKey(d))
	}
	keys = append(keys, s.learnedKey(), s.noFlagKey())

	w := q.Windows
	since := strconv.FormatInt(q.Now.Add(-w.Hosts).UnixMilli(), 10)
	nowMS := q.Now.UnixMilli()
	var (
		shingles = make([]reply, len(q.Shingles))
		last     = make([]reply, len(q.Senders))
		count    = make([]reply, len(q.Senders))
		counted  = make([]*redis.IntCmd, len(q.Senders))
		form     *redis.StatusCmd
		mget     *redis.SliceCmd
		posters  = make([]*redis.IntCmd, len(q.Domains))
		self     = make([]*redis.FloatCmd, len(q.Domains))
		tokens   *redis.SliceCmd
		codes    *redis.MapStringStringCmd
	)
	// The commands are queued here and sent by call (on a goroutine of its
	// own for some clients), which reads nothing of q.
	p := s.client.TxPipeline()
	// SET … GET stores this comment's value and answers the one
	// before it, in one command, and INCR answers the count with this
	// comment: of two comments at once, each sees the other. A window
	// of 0 turns its check off: the key is only read. SET NX GET of the
	// form token keeps what it is sent with the first time, and
	// answers that for a token sent before (Redis 7.0: NX with GET).
	id := strconv.FormatUint(q.TextID, 10)
	for i, h := range q.Shingles {
		if w.Duplicate > 0 {
			shingles[i] = p.SetArgs(ctx, s.shingleKey(h), id, redis.SetArgs{TTL: w.Duplicate, Get: true})
		} else {
			shingles[i] = p.Get(ctx, s.shingleKey(h))
		}
	}
	for i, sender := range q.Senders {
		if w.Interval > 0 {
			last[i] = p.SetArgs(ctx, s.lastKey(sender), nowMS, redis.SetArgs{TTL: w.Interval, Get: true})
		} else {
			last[i] = p.Get(ctx, s.lastKey(sender))
		}
		if w.Flood > 0 {
			// The window starts at the sender's first comment: NX keeps
			// later comments from extending it.
			counted[i] = p.Incr(ctx, s.countKey(sender))
			p.Do(ctx, "PEXPIRE", s.countKey(sender), w.Flood.Milliseconds(), "NX")
		} else {
			count[i] = p.Get(ctx, s.countKey(sender))
		}
	}
	if q.Form != 0 && w.Form > 0 {
		form = p.SetArgs(ctx, s.formKey(q.Form), strconv.FormatUint(q.FormSend, 16), redis.SetArgs{Mode: "NX", TTL: w.Form, Get: true})
	}
	mget = p.MGet(ctx, keys...)
	for i, d := range q.Domains {
		posters[i] = p.ZCount(ctx, s.postersKey(d), "("+since, "+inf")
		if q.Author != "" {
			self[i] = p.ZScore(ctx, s.postersKey(d), q.Author)
		}
	}
	if q.Author != "" && w.Hosts > 0 && len(q.Domains) > 0 {
		// After the reads: the Snapshot is the state from before the
		// comment. A script, as whether the author is a poster depends
		// on the approvals it reads. EVAL rather than EVALSHA: inside
		// MULTI a missing script could not be sent again.
		keys := make([]string, 0, 1+2*len(q.Domains))
		keys = append(keys, s.authorKey(q.Author))
		for _, d := range q.Domains {
			keys = append(keys, s.hostOKKey(d), s.postersKey(d))
		}
		postersScript.Eval(ctx, p, keys, q.Author, nowMS, q.Now.Add(-w.Hosts).UnixMilli(), w.Hosts.Milliseconds(), moderation.MaxDomainPosters)
	}
	if len(q.Tokens) > 0 {
		tokens = p.HMGet(ctx, s.tokensKey(), q.Tokens...)
		// Whole: at most moderation.MaxModelCodes short fields, which
		// Learn and AddModel keep to.
		codes = p.HGetAll(ctx, s.codesKey())
	}
	if err := s.call(ctx, func(ctx context.Context) error { return execPipeline(ctx, p) }); err != nil {
		return nil, err
	}

	snap := &moderation.Snapshot{
		Shingles: make([]uint64, len(q.Shingles)),
		Senders:  make([]moderation.SenderState, len(q.Senders)),
		Domains:  make([]moderation.DomainState, len(q.Domains)),
		Tokens:   make([]moderation.TokenCounts, len(q.Tokens)),
	}
	for i, c := range shingles {
		snap.Shingles[i], _ = strconv.ParseUint(c.Val(), 10, 64)
	}
	for i := range q.Senders {
		if ms, err := strconv.ParseInt(last[i].Val(), 10, 64); err == nil {
			snap.Senders[i].Last = time.UnixMilli(ms)
		}
		if counted[i] != nil {
			snap.Senders[i].Count = int(counted[i].Val() - 1) // the comments before this one
		} else {
			snap.Senders[i].Count, _ = strconv.Atoi(count[i].Val())
		}
	}
	if form != nil && form.Err() == nil {
		// A token sent before: its value is the FormSend it was first
		// sent with (redis.Nil, an error, for a new one). The value "1"
		// that versions before FormSend wrote reads as 1, which a
		// FormSend, a 64-bit hash, is as likely to be as any other value.
		snap.FormUsed = true
		snap.FormFirst, _ = strconv.ParseUint(form.Val(), 16, 64)
	}
	vals := mget.Val()
	if len(vals) != len(keys) {
		return nil, fmt.Errorf("redisstore: MGET of %d keys answered %d values", len(keys), len(vals))
	}
	next := func() string {
		v, _ := vals[0].(string)
		vals = vals[1:]
		return v
	}
	author := parsePair(next())
	snap.Author = moderation.AuthorState{Spam: int(author.Spam), Ham: int(author.Ham)}
	for i := range q.Domains {
		snap.Domains[i].Ham, _ = strconv.Atoi(next())
	}
	snap.Learned = parsePair(next())
	snap.NoFlag = parseNoFlag(next())

	for i := range q.Domains {
		n := posters[i].Val()
		if self[i] != nil && self[i].Err() == nil && self[i].Val() > float64(q.Now.Add(-q.Windows.Hosts).UnixMilli()) {
			n-- // the author of this comment
		}
		snap.Domains[i].Authors = int(max(n, 0))
	}
	if tokens != nil {
		for i, v := range tokens.Val() {
			str, _ := v.(string)
			snap.Tokens[i] = parsePair(str)
		}
	}
	if codes != nil {
		snap.Codes = make(map[string]moderation.TokenCounts, len(codes.Val()))
		for c, v := range codes.Val() {
			snap.Codes[c] = parsePair(v)
		}
	}
	return snap, nil
}

// execPipeline sends the commands queued in p, and returns the first error but
// redis.Nil: the pipeline reports the first error, and a GET of a missing
// key or a ZSCORE of an author who never linked the domain "fails" with
// redis.Nil, so look at each.
func execPipeline(ctx context.Context, p redis.Pipeliner) error {
	cmds, err := p.Exec(ctx)
	for _, cmd := range cmds {
		if e := cmd.Err(); e != nil && !errors.Is(e, redis.Nil) {
			return e
		}
	}
	if err != nil && !errors.Is(err, redis.Nil) {
		return err
	}
	return nil
}

// reply is a command whose answer is read as a string: a GET, or a SET
// with GET.
type reply interface{ Val() string }

// parsePair reads a "spam,ham" count pair; anything else is zero.
func parsePair(v string) moderation.TokenCounts {
	a, b, ok := strings.Cut(v, ",")
	if !ok {
		return moderation.TokenCounts{}
	}
	spam, err1 := strconv.ParseInt(a, 10, 64)
	ham, err2 := strconv.ParseInt(b, 10, 64)
	if err1 != nil || err2 != nil {
		return moderation.TokenCounts{}
	}
	return moderation.TokenCounts{Spam: spam, Ham: ham}
}

// parseNoFlag reads the value of noFlagKey, the four counts of
// moderation.NoFlagCounts: "learned spam,learned ham,spam,ham" (Learned,
// then Counts); anything else is zero, which leaves the clue out.
func parseNoFlag(v string) moderation.NoFlagCounts {
	var n [4]int64
	for i := range n {
		field, rest, more := strings.Cut(v, ",")
		c, err := strconv.ParseInt(field, 10, 64)
		if err != nil || c < 0 || more != (i < len(n)-1) {
			return moderation.NoFlagCounts{}
		}
		n[i], v = c, rest
	}
	return moderation.NoFlagCounts{
		Learned: moderation.TokenCounts{Spam: n[0], Ham: n[1]},
		Counts:  moderation.TokenCounts{Spam: n[2], Ham: n[3]},
	}
}

// Record implements moderation.Store: one MULTI/EXEC round trip.
func (s *Store) Record(ctx context.Context, r *moderation.Record) error {
	if err := s.built(); err != nil {
		return err
	}
	if r.Windows.Duplicate <= 0 || len(r.Shingles) == 0 {
		return ctx.Err()
	}
	id := strconv.FormatUint(r.TextID, 10)
	p := s.client.TxPipeline()
	for _, h := range r.Shingles {
		p.Set(ctx, s.shingleKey(h), id, r.Windows.Duplicate)
	}
	return s.call(ctx, func(ctx context.Context) error {
		_, err := p.Exec(ctx)
		return err
	})
}

//go:embed posters.lua
var postersLua string

// postersScript adds a comment's author to the posters of its domains.
var postersScript = redis.NewScript(postersLua)

//go:embed learn.lua
var learnLua string

// learnScript applies a lesson, or adds an imported model, atomically.
var learnScript = redis.NewScript(learnLua)

// lessonIDTTL is how long the script remembers the ID of a lesson it
// applied, so that a copy of it runs as a no-op. Copies come from go-redis
// sending the script again when a read times out (MaxRetries, default 3),
// each attempt bounded by its dial (DialTimeout, 5 s, tried DialerRetries
// times, 5, 100 ms apart), WriteTimeout and ReadTimeout (5 s each, the
// defaults of go-redis v9.23), after a backoff of at most 512 ms, and none
// started once the call's ctx has ended: with the defaults every copy is
// sent within about two minutes of the first, and a copy that waited in a
// stalled Redis runs right after the one before it. Five minutes covers
// that; the cost is one small key per lesson of the last five minutes.
const lessonIDTTL = 5 * time.Minute

// Learn implements moderation.Store: one Lua script, applied whole or not
// at all, and once per Lesson.ID: the script records the ID (SET NX, for
// lessonIDTTL) and does nothing for an ID it has recorded.
func (s *Store) Learn(ctx context.Context, l *moderation.Lesson) error {
	if err := s.built(); err != nil {
		return err
	}
	class := "ham"
	if l.Spam {
		class = "spam"
	}
	keys := []string{s.tokensKey(), s.codesKey(), s.learnedKey(), s.authorKey(l.Author), s.lessonKey(l.ID), s.noFlagKey()}
	if !l.Spam {
		for _, d := range l.Domains {
			keys = append(keys, s.hostOKKey(d))
		}
	}
	args := make([]any, 0, 9+len(l.Tokens)+len(l.Codes))
	hasAuthor := 0
	if l.Author != "" {
		hasAuthor = 1
	}
	// At least 1 ms: SET … PX 0 is an error, and a script that fails half
	// way keeps the writes it made before failing.
	ttl := max(1, l.Windows.History.Milliseconds())
	var seen int64 // how long the lesson's ID is remembered; 0: no ID
	if l.ID != "" {
		seen = lessonIDTTL.Milliseconds()
	}
	args = append(args, "lesson", class, l.Delta, ttl, s.maxTokens, hasAuthor, len(l.Tokens), seen, moderation.MaxModelCodes)
	for _, t := range l.Tokens {
		args = append(args, t)
	}
	for _, c := range l.Codes {
		args = append(args, c)
	}
	return s.call(ctx, func(ctx context.Context) error {
		return learnScript.Run(ctx, s.client, keys, args...).Err()
	})
}

// Model implements moderation.Store, reading the model in pages (HSCAN)
// so a large model does not block Redis.
func (s *Store) Model(ctx context.Context) (*moderation.Model, error) {
	if err := s.built(); err != nil {
		return nil, err
	}
	// m is returned only when call has returned nil: its goroutine, if it
	// has one, may go on filling m after the ctx ends.
	m := &moderation.Model{Tokens: map[string]moderation.TokenCounts{}, Codes: map[string]moderation.TokenCounts{}}
	err := s.call(ctx, func(ctx context.Context) error {
		totals, err := s.client.MGet(ctx, s.learnedKey(), s.noFlagKey()).Result()
		if err != nil {
			return err
		}
		if len(totals) != 2 {
			return fmt.Errorf("redisstore: MGET of 2 keys answered %d values", len(totals))
		}
		learned, _ := totals[0].(string)
		noFlag, _ := totals[1].(string)
		m.Learned, m.NoFlag = parsePair(learned), parseNoFlag(noFlag)
		for key, into := range map[string]map[string]moderation.TokenCounts{s.tokensKey(): m.Tokens, s.codesKey(): m.Codes} {
			var cursor uint64
			for {
				kv, next, err := s.client.HScan(ctx, key, cursor, "", 1000).Result()
				if err != nil {
					return err
				}
				for i := 0; i+1 < len(kv); i += 2 {
					if c := parsePair(kv[i+1]); c.Spam > 0 || c.Ham > 0 {
						into[kv[i]] = c
					}
				}
				if cursor = next; cursor == 0 {
					break
				}
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return m, nil
}

// AddModel implements moderation.Store. Redis runs one command at a time,
// so a single script that adds a large model keeps every Check of every
// server waiting (a script with the model in its arguments held Redis
// 0.30–0.36 s per 100,000 tokens in BenchmarkImportBlocksRedis). So the model is
// first staged, importChunk tokens a command, in hashes under the import's
// own keys, which no Check reads; then one script adds them to the model,
// whole or not at all. Into an empty model (a model moved into Redis, or
// restored) that script renames the staged hashes, in constant time: no
// command of the import held Redis longer than 12 ms (median 5.6 ms).
// Into a model that has learned, it adds every staged token, in batches,
// which held Redis 0.11–0.14 s per 100,000 tokens: run such an import
// off-peak, or with a StateTimeout above that.
//
// A model that would take the distinct tokens and codes past
// Options.MaxTokens, or the codes past moderation.MaxModelCodes, is
// refused before anything is added, with an error wrapping
// moderation.ErrModelTooLarge. The import has an ID, recorded as
// a lesson's is, so a copy of the script that go-redis sends again after a
// timeout adds nothing more. Staged tokens of an import that fails half
// way expire after stagingTTL. While staged, the model takes twice its
// memory in Redis.
func (s *Store) AddModel(ctx context.Context, m *moderation.Model) error {
	if err := s.built(); err != nil {
		return err
	}
	return s.addModel(ctx, m, rand.Text())
}

// importChunk is how many tokens one command of an import stages: an
// HSET of this many short fields took Redis about 0.4 ms, a few ms at most
// (BenchmarkImportBlocksRedis), which Checks do not notice, while a model
// of 100,000 tokens takes 50 round trips.
const importChunk = 2000

// stagingTTL bounds how long the staged tokens of an import that failed
// half way (its ctx ended, Redis went away) stay in Redis; each chunk
// renews it, so it needs to cover only the time between two chunks and
// the final script.
const stagingTTL = 10 * time.Minute

// addModel adds m as the import named id: once, whatever copies of it the
// client sends.
func (s *Store) addModel(ctx context.Context, m *moderation.Model, id string) error {
	staged := [2]string{s.importKey(id) + ":tokens", s.importKey(id) + ":codes"}
	var count [2]int // the tokens and codes staged
	for k, kind := range []map[string]moderation.TokenCounts{m.Tokens, m.Codes} {
		fields := make([]any, 0, 2*min(importChunk, len(kind)))
		stage := func() error {
			if len(fields) == 0 {
				return nil
			}
			// HSET and PEXPIRE in one MULTI: a staged hash never lives
			// without a TTL. Queued here, as fields is reused.
			p := s.client.TxPipeline()
			p.HSet(ctx, staged[k], fields...)
			p.PExpire(ctx, staged[k], stagingTTL)
			fields = fields[:0]
			return s.call(ctx, func(ctx context.Context) error {
				_, err := p.Exec(ctx)
				return err
			})
		}
		for t, c := range kind {
			if c.Spam <= 0 && c.Ham <= 0 {
				continue // a token with no counts is no token
			}
			fields = append(fields, t, strconv.FormatInt(c.Spam, 10)+","+strconv.FormatInt(c.Ham, 10))
			count[k]++
			if len(fields) == 2*importChunk {
				if err := stage(); err != nil {
					return err
				}
			}
		}
		if err := stage(); err != nil {
			return err
		}
	}
	keys := []string{s.tokensKey(), s.codesKey(), s.learnedKey(), s.importKey(id), staged[0], staged[1], s.noFlagKey()}
	nf := m.NoFlag
	args := []any{"model", m.Learned.Spam, m.Learned.Ham, importTTL.Milliseconds(), s.maxTokens, lessonIDTTL.Milliseconds(), count[0], count[1], moderation.MaxModelCodes,
		nf.Learned.Spam, nf.Learned.Ham, nf.Counts.Spam, nf.Counts.Ham}
	var res []int64
	err := s.call(ctx, func(ctx context.Context) error {
		var err error
		res, err = learnScript.Run(ctx, s.client, keys, args...).Int64Slice()
		return err
	})
	switch {
	case err != nil:
		return err
	case len(res) != 2:
		return fmt.Errorf("redisstore: the import script answered %v", res)
	case res[0] == -1:
		return fmt.Errorf("%w: with it the model would hold %d distinct tokens and codes; Options.MaxTokens is %d", moderation.ErrModelTooLarge, res[1], s.maxTokens)
	case res[0] == -2:
		return fmt.Errorf("%w: with it the model would hold %d flag codes; moderation.MaxModelCodes is %d", moderation.ErrModelTooLarge, res[1], moderation.MaxModelCodes)
	}
	return nil
}

// importTTL is the TTL of an imported model until the next lesson renews
// it with the configured Config.History: an import carries no Windows.
const importTTL = moderation.DefaultHistory
