package moderation

import (
	"context"
	"errors"
	"time"
)

// Store keeps what checks remember across comments (recent texts, who
// posted when, which domains fresh authors push, who has been approved) and
// the counts of the learned model. [Config].Store sets it; nil means a
// [MemStore] with its defaults, enough for a site on one server. Package
// redisstore keeps the same state in Redis, for a site on many servers.
//
// A Store is called from many goroutines at once. Every method stops when
// ctx ends and then returns ctx's error. A failing Store never breaks
// Check: the Moderator falls back to the stateless verdict and adds the
// flag [CodeStateUnavailable].
//
// The Moderator computes every key (fingerprints, sender and author ids,
// domains, tokens); a Store only keeps numbers under them, so a new Store
// needs no knowledge of the checks.
type Store interface {
	// Load reads, in one batch, everything one Check needs, and in the
	// same atomic step counts the comment in: it stores Query.TextID under
	// each of Query.Shingles, counts one more comment for each of
	// Query.Senders, remembers Query.Form and adds Query.Author to the
	// posters of Query.Domains. The Snapshot holds the state from before
	// the comment, its slices parallel to the Query's. Counting in while
	// reading is what makes a burst visible: of many copies of one comment
	// checked at the same moment, only the first may pass as new, and of
	// fresh accounts pushing one site at once, each sees the others.
	Load(ctx context.Context, q *Query) (*Snapshot, error)
	// Record writes, in one atomic batch, what a Check leaves behind once
	// its verdict is known. Check calls it only when there is something to
	// write, which for most comments there is not.
	Record(ctx context.Context, r *Record) error
	// Learn applies a Lesson atomically: all of it or none of it. Past the
	// store's cap on tokens, and past MaxModelCodes codes, a lesson's new
	// tokens and codes are not learned (the counts of known ones still
	// change). Every lesson also changes the model's NoFlagCounts, which
	// no cap limits. With an
	// error it applied none, except that a Store over the network that
	// cannot tell (a timeout after the request was sent) returns an error
	// and may have applied it; it must then apply a copy of the same
	// Lesson.ID at most once.
	Learn(ctx context.Context, l *Lesson) error
	// Model returns the learned model's counts, for Export.
	Model(ctx context.Context) (*Model, error)
	// AddModel adds m's counts to the learned model atomically, for Import.
	// When the model would then hold more distinct tokens than the store's
	// cap, or more than MaxModelCodes codes, it adds nothing and returns an
	// error that wraps ErrModelTooLarge.
	AddModel(ctx context.Context, m *Model) error
}

// ErrModelTooLarge is returned (wrapped) by Import when the store's cap on
// the learned model's tokens is too small for the model with what the
// store already holds, or when the model would hold more than
// MaxModelCodes flag codes: nothing was imported. Raise the cap (MaxTokens
// of the store's options) or import into an empty store.
var ErrModelTooLarge = errors.New("moderation: the model does not fit under the store's caps")

// ModelCap is implemented by a Store whose learned model has a cap on
// its distinct tokens and codes, as MemStore and redisstore's Store have.
// Import reads a model file only until it holds more than that, so that
// a file too large for the store costs no more memory than the cap: a
// Store without the method is read up to DefaultMaxTokens.
type ModelCap interface {
	// MaxTokens returns the most distinct tokens and codes the store's
	// model holds.
	MaxTokens() int
}

// MaxModelCodes is how many distinct flag codes the learned model holds.
// Codes are few by nature: the built-in checks raise 19, and the rest is
// room for a site's own. Every Check with a ready model reads the counts
// of all the model's codes in its one read of the Store (which codes the
// comment raises is known only after that read), so this cap, with the 64
// bytes of a code the model learns, bounds what that read costs whatever
// was learned or imported: a file with 200,000 codes made each Check read
// 200,000 (20 ms with the MemStore, 131 ms with Redis, where every server
// waits for it). Past it a lesson's new codes are not learned, and an
// Import that would pass it is refused with ErrModelTooLarge. Every Store
// keeps to it.
const MaxModelCodes = 128

// Query names the state one Check reads.
type Query struct {
	Now time.Time
	// Shingles are the near-duplicate lookup keys of the text (hashes of
	// some of its word triples); empty when the text is too short to
	// compare. Load stores TextID under each of them, for
	// Windows.Duplicate.
	Shingles []uint64
	TextID   uint64
	// Senders are the flood keys of the comment ("ip:…", "author:…"):
	// Load counts the comment for each (its time is the sender's last
	// comment for Windows.Interval, and one more in Windows.Flood).
	Senders []string
	// Form is the id of the comment's form token, 0 for none: Load
	// remembers it for Windows.Form and says whether it was used before.
	Form uint64
	// FormSend names what the comment sends with Form: an id the
	// Moderator computes from its text and its sender, never 0. Load
	// keeps it with a token sent for the first time, and answers it for
	// a token sent again (Snapshot.FormFirst), so that the Moderator can
	// tell the first comment sent again (a double click, the back button)
	// from a script that replays the form for other texts or from other
	// senders.
	FormSend uint64
	// Author is the author key ("" for an anonymous comment).
	Author string
	// Domains are the registrable domains the comment links to that
	// repeat_host watches (no URL shorteners, no platforms many people
	// publish on); none when the check is off. Load adds Author, if any,
	// to the posters of each for Windows.Hosts, unless the author
	// (Snapshot.Author.Ham) or the domain (DomainState.Ham) has approved
	// comments: the posters are the fresh authors linking a domain. Each
	// is at most 81 bytes: a longer domain is given as a stand-in of that
	// length, the same on every Check (a hash, "…" and the domain's end).
	Domains []string
	// Tokens are the classifier's tokens of the comment, without repeats;
	// empty when the model is not ready. With Tokens, the counts of the
	// flag codes are read whole too (Snapshot.Codes).
	Tokens []string
	// Windows say how far back Load looks.
	Windows Windows
}

// Windows are the time spans the state checks look back over; each entry
// expires when its window has passed.
type Windows struct {
	Duplicate time.Duration // how long a text's fingerprint is remembered
	Interval  time.Duration // the minimum time between two comments of one sender
	Flood     time.Duration // the window in which a sender's comments are counted
	Hosts     time.Duration // how long the authors who posted a domain are remembered
	History   time.Duration // how long learned history (authors, domains, the model) lives after its last lesson
	Form      time.Duration // how long a used form token is remembered; 0 when the form checks are off
}

// Snapshot is what Load read. Each slice is parallel to the Query's.
type Snapshot struct {
	// Shingles holds, per shingle, the TextID stored under it before this
	// comment, or 0 when none was within the window.
	Shingles []uint64
	// Senders holds, per sender, its comments before this one.
	Senders []SenderState
	// FormUsed says the Query's Form was sent before, within Windows.Form.
	FormUsed bool
	// FormFirst is the Query.FormSend the Form was first sent with, when
	// FormUsed. A Store that does not keep it leaves it 0, which matches
	// no comment: a token sent again then never counts as the first
	// comment sent again, and each copy is judged with the flood and the
	// duplicate it raises.
	FormFirst uint64
	// Author is the author's labelled history.
	Author AuthorState
	// Domains holds, per domain, who posted it and whether it was approved.
	Domains []DomainState
	// Tokens holds, per token, how many spam and ham comments held it.
	Tokens []TokenCounts
	// Codes holds the counts of every flag code the model has learned,
	// when the Query has Tokens: at most MaxModelCodes, read whole
	// because the codes that fire are known only after Load. The
	// Moderator only reads it, so a Store may return a table it shares
	// with other Snapshots, as long as it never changes that table.
	Codes map[string]TokenCounts
	// Learned is how many spam and ham comments the model has learned.
	Learned TokenCounts
	// NoFlag is the model's count of comments that raised no content
	// flag (see NoFlagCounts). A Store that does not keep it leaves it
	// zero, and the model then does without that clue.
	NoFlag NoFlagCounts
}

// SenderState is a sender's recent activity.
type SenderState struct {
	Last  time.Time // the sender's last comment within the Interval; zero when none
	Count int       // the sender's comments since its flood window began
}

// AuthorState is what moderators decided about an author's comments.
type AuthorState struct {
	Ham  int // comments learned as Ham (approved)
	Spam int // comments learned as Spam
}

// MaxDomainPosters is how many authors a Store remembers per linked
// domain, the latest ones (DomainState.Authors): repeat_host needs only to
// know whether Config.RepeatHostAuthors differ, and the bound keeps a
// domain linked by a crowd small. It is why RepeatHostAuthors may be at
// most MaxDomainPosters+1 (the others, and the comment's own author).
const MaxDomainPosters = 16

// DomainState is what is known about one link domain.
type DomainState struct {
	// Authors is how many different authors other than the Query's, none of
	// them approved before, linked to the domain within the Hosts window:
	// at most MaxDomainPosters.
	Authors int
	// Ham is how many approved comments linked to the domain.
	Ham int
}

// TokenCounts are the spam and ham counts of one token, or of the whole
// model.
type TokenCounts struct {
	Spam int64
	Ham  int64
}

// Record is what one Check leaves behind once its verdict is known: a
// near duplicate's text joins the text it copies.
type Record struct {
	Now time.Time
	// TextID is stored under each of Shingles, so that the next copy of
	// either text is found.
	TextID   uint64
	Shingles []uint64
	Windows  Windows
}

// Lesson is one comment learned (Delta +1) or unlearned (Delta -1).
type Lesson struct {
	// ID names this one call of Learn or Unlearn: random, new for every
	// call, so learning a comment twice is two lessons with two IDs. A
	// Store whose client may deliver one request twice (go-redis sends a
	// command again on a new connection when a read times out, and the
	// server then runs both) must apply a Lesson whose ID it has already
	// applied no more, for at least as long as such a copy can arrive.
	// A Store that applies each call exactly once (the MemStore) may
	// ignore it. "" (a Lesson not built by Learn) asks for no such check.
	ID     string
	Now    time.Time
	Spam   bool     // the label: true for Spam, false for Ham
	Delta  int64    // +1 to learn, -1 to take a lesson back
	Tokens []string // the comment's tokens, without repeats
	// Codes are the tokens of the codes of the content flags the comment
	// raised, without repeats. A lesson without Codes is of a comment that
	// raised no content flag: the Store counts it in NoFlagCounts.Counts
	// (and every lesson in NoFlagCounts.Learned).
	Codes []string
	// Author is the author key; "" learns nothing about an author.
	Author string
	// Domains are the comment's link domains, as in Query.Domains (at
	// most 81 bytes each); a Ham lesson marks them as approved.
	Domains []string
	Windows Windows
}

// Model is the learned model's counts, as Export writes them.
type Model struct {
	Learned TokenCounts
	Tokens  map[string]TokenCounts
	Codes   map[string]TokenCounts
	// NoFlag: zero in a model Export wrote before version 3 of its format.
	NoFlag NoFlagCounts
}

// NoFlagCounts are the counts of the model's clue "no content flag": of
// the comments learned, how many raised no flag whose code the model
// learns (no code of a content check of 1 to 64 bytes of UTF-8; the
// flags of the checks that remember, such as duplicate or new_author, are
// not content flags). That the rules found nothing in a comment is
// evidence of ham, which the codes alone cannot give: a comment that
// raised no content flag has no code to look up.
//
// They are kept apart from the flag codes, so that no code a site names
// can take their place, and with their own count of the comments learned,
// because a Store may begin to keep them after the model began (a model
// learned by an older version of commentkit, in Redis or imported from a
// file before version 3): the clue is used only once Learned holds as
// many spam and ham comments as the model needs to flag anything
// (Config.BayesMinLearned), and measured against Learned, never against
// comments learned before the counts began.
type NoFlagCounts struct {
	// Learned is how many spam and ham comments were learned while the
	// Store kept these counts: every lesson changes it, as it changes
	// Model.Learned, and no count goes below zero.
	Learned TokenCounts
	// Counts is how many of those raised no content flag (a Lesson
	// without Codes); never more than Learned, class by class.
	Counts TokenCounts
}

// Apply returns n with the lesson l applied: its Delta (+1 or -1) in its
// class, to Learned and, when l has no Codes, to Counts, with no count
// below zero and Counts never above Learned (taking back a lesson learned
// before the counts began could otherwise leave more comments without a
// flag than comments). A Store applies it with the rest of the lesson.
func (n NoFlagCounts) Apply(l *Lesson) NoFlagCounts {
	addClass(&n.Learned, l.Spam, l.Delta)
	if len(l.Codes) == 0 {
		addClass(&n.Counts, l.Spam, l.Delta)
	}
	return n.clamped()
}

// plus returns n with the counts of m added (an imported model's), no
// count below zero, Counts never above Learned.
func (n NoFlagCounts) plus(m NoFlagCounts) NoFlagCounts {
	return NoFlagCounts{Learned: addCounts(n.Learned, m.Learned), Counts: addCounts(n.Counts, m.Counts)}.clamped()
}

func (n NoFlagCounts) clamped() NoFlagCounts {
	n.Counts.Spam = min(n.Counts.Spam, n.Learned.Spam)
	n.Counts.Ham = min(n.Counts.Ham, n.Learned.Ham)
	return n
}
