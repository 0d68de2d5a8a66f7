package moderation

import (
	"bufio"
	"bytes"
	"context"
	"crypto/rand"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
)

// Label is a moderator's decision about a comment, for Learn.
type Label int

const (
	// Spam: the comment was deleted as spam or self-promotion.
	Spam Label = iota + 1
	// Ham: the comment was approved.
	Ham
)

// String returns "spam" or "ham".
func (l Label) String() string {
	switch l {
	case Spam:
		return "spam"
	case Ham:
		return "ham"
	}
	return fmt.Sprintf("Label(%d)", int(l))
}

// ErrLabel is returned, wrapped, by Learn and Unlearn for a Label that is
// neither Spam nor Ham.
var ErrLabel = errors.New("moderation: a label must be Spam or Ham")

// Learn teaches the Moderator a moderator's decision about a comment. The
// learned model (CodeBayes) counts the comment's words, word pairs, link
// domains, the shapes of its numbers, for a comment of at most three words
// the character trigrams of its words, and the codes of the content flags it raises (those of the
// checks, not of the checks that remember: a code of 1 to 64 bytes of
// UTF-8, colons and all; the model learns nothing of a flag whose code is
// empty or longer), or, when it raises none, that it raised no content
// flag (NoFlagCounts); the author's history
// counts it (after Config.TrustAfter approved comments an author is
// trusted; an author whose comments were all spam is held); an approved
// comment's link domains no longer count for CodeRepeatHost. All of it is
// kept in the Store, so every Moderator sharing the Store learns it.
//
// Learn the comment as it was submitted (the same Comment given to
// Check). A lesson is applied whole or not at all, and once: each call is
// a lesson with an ID of its own (Lesson.ID), so a Store whose client
// sends a request again after a timeout (redisstore with go-redis's
// retries) does not apply it twice.
//
// An error means nothing was learned, and the call can be retried, when
// it comes before the Store is asked: ErrLabel, a comment of the wrong
// length (the errors of Check), or a ctx that had already ended. When the
// Store fails while applying the lesson, what happened depends on the
// Store. The MemStore applies a lesson at once or not at all. With a Store
// over the network (redisstore), a ctx that ends, a timeout or a lost
// connection after the lesson was sent leaves the outcome unknown: the
// server may have applied it, or may still apply it when it gets to it
// (it was stalled, the reply was lost). Calling Learn again is a new
// lesson: if the first one was applied, the comment counts twice. That
// is a small error in the model and in the author's history (one
// approval too many), and Unlearn takes one back; for a ctx deadline,
// give Learn a longer ctx than Check (it is not on a commenter's path).
//
// Each call counts: two moderators approving one comment at once teach
// it twice. Send the decisions about one comment one after the other,
// each after the one before has returned (examples/commentbox holds a
// lock while it labels and saves), and see Unlearn for why the order
// matters.
func (m *Moderator) Learn(ctx context.Context, c Comment, label Label) error {
	return m.learn(ctx, c, label, 1)
}

// Unlearn takes back a lesson of Learn with the same comment and label,
// for a decision made by mistake. Counts never go below zero.
//
// Take back only what was learned: keep the label with the comment, as
// examples/commentbox does, and Unlearn that label once. The Store keeps
// counts, not lessons, so it cannot tell a comment it never learned, and
// taking one back lowers the count of comments learned in that class
// while most of its words stay: many such calls leave a model whose
// counts disagree, and which flags less.
//
// For the same reason an Unlearn must reach the Store after the Learn it
// takes back. One that arrives first (the two sent at once, through two
// servers, or an Unlearn sent to undo a Learn whose outcome is not known
// yet) finds nothing to take back, and the Learn that follows stands:
// call Unlearn only once that Learn has returned without an error.
func (m *Moderator) Unlearn(ctx context.Context, c Comment, label Label) error {
	return m.learn(ctx, c, label, -1)
}

// learn prepares the comment as Check does and runs the checks, but
// neither reads nor writes the state of Check: the model learns the codes
// of the checks alone (those of the checks that remember change as soon as
// a comment is recorded), and a lesson must not count as a submission for
// the flood or duplicate checks.
func (m *Moderator) learn(ctx context.Context, c Comment, label Label, delta int64) error {
	if err := m.built(); err != nil {
		return err
	}
	if label != Spam && label != Ham {
		return fmt.Errorf("%w: %v", ErrLabel, label)
	}
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("moderation: cannot learn this comment: %w", err)
	}
	v, _, err := m.prepare(c)
	if err != nil {
		return fmt.Errorf("moderation: cannot learn this comment: %w", err)
	}
	m.fold(v) // the model's tokens are words, whatever the checks read
	domains := m.state.stateDomains(v)
	l := &Lesson{
		ID:      rand.Text(), // 128 random bits: never the ID of another call
		Now:     submitTime(c.Time),
		Spam:    label == Spam,
		Delta:   delta,
		Tokens:  bayesTokens(v.words(), domains, new(tokenRoom)),
		Codes:   codeTokens(m.runChecks(ctx, v)),
		Author:  authorKey(c),
		Domains: domains,
		Windows: m.state.windows,
	}
	m.release(v)
	if err := m.state.store.Learn(ctx, l); err != nil {
		return fmt.Errorf("moderation: learning failed: %w", err)
	}
	m.state.mayBeReady()
	return nil
}

// The model file: JSON Lines. The first line names the format and its
// version and holds how many spam and ham comments were learned and (from
// version 2) how many token and code lines follow, so that a file cut
// short at a line break is refused. From version 3 the second line holds
// the model's NoFlagCounts, on a line of its own so that the header keeps
// the fields of version 2: a version of commentkit that reads only
// versions 1 and 2 refuses its header by its version (its header parser
// refuses a field it does not know before it looks at the version). Each
// further line is one token or flag code with its counts. Version 4 is
// version 3 with two more kinds of token, the shapes of numbers
// (tokNumber) and the character trigrams of short comments (tokGram): a
// version of commentkit that reads up to version 3 would refuse their
// lines, so it refuses the file by its version instead, before reading
// any of it.
const (
	modelFormat  = "commentkit-model"
	modelVersion = 4
	// gramsVersion is the first version of the format with the tokens
	// of tokNumber and tokGram.
	gramsVersion = 4
	// maxModelLine bounds one line of a model file: a token is at most
	// two words of maxTokenBytes or a domain.
	maxModelLine = 4 << 10
	// maxModelCount bounds every count of a model file: no site labels a
	// trillion comments, and sums of such counts stay exact in int64 and
	// in the float64 numbers of Redis's Lua.
	maxModelCount = 1 << 40
)

type modelHeader struct {
	Format  string `json:"format"`
	Version int    `json:"version"`
	Spam    int64  `json:"spam"`
	Ham     int64  `json:"ham"`
	// The token and code lines that follow: from version 2, not in 1.
	// They do not count the line of noFlagLine.
	Tokens *int64 `json:"tokens,omitempty"`
	Codes  *int64 `json:"codes,omitempty"`
}

// noFlagLine is the second line of a model file from version 3: the
// model's NoFlagCounts, Learned as "noflag_learned" and Counts as
// "noflag". A file of an older version has none.
type noFlagLine struct {
	Learned *modelCounts `json:"noflag_learned"`
	Counts  *modelCounts `json:"noflag"`
}

// modelCounts are spam and ham counts in a model file.
type modelCounts struct {
	Spam int64 `json:"spam"`
	Ham  int64 `json:"ham"`
}

func (c *modelCounts) ok() bool { return countOK(c.Spam) && countOK(c.Ham) }

func (c *modelCounts) atMost(n TokenCounts) bool { return c.Spam <= n.Spam && c.Ham <= n.Ham }

func (c *modelCounts) counts() TokenCounts { return TokenCounts{Spam: c.Spam, Ham: c.Ham} }

type modelLine struct {
	Token string `json:"token,omitempty"`
	Code  string `json:"code,omitempty"`
	Spam  int64  `json:"spam"`
	Ham   int64  `json:"ham"`
}

// Export writes the learned model (not the authors' history, which is
// personal data) to w, in a versioned format that Import reads: to keep
// it across restarts of a single server with the in-memory store, or to
// move it to another Store. It writes version 4 of the format, which
// holds the counts of the clue "no content flag" (NoFlagCounts) on its
// second line, as version 3 does, and the tokens of numbers' shapes
// ("n:") and of trigrams ("g:"), which version 3 does not; a version of
// commentkit that reads only versions up to 3 refuses the file with an
// error that names its version. It writes only
// what Import reads back: a token or flag code that Learn could not have
// learned (one an older version learned, an empty or over-long code) is
// left out, and the
// NoFlagCounts are written no larger than the comments learned (a fleet
// with older servers, which do not keep them, may take back a lesson
// that only the newer ones counted).
func (m *Moderator) Export(ctx context.Context, w io.Writer) error {
	if err := m.built(); err != nil {
		return err
	}
	model, err := m.state.store.Model(ctx)
	if err != nil {
		return fmt.Errorf("moderation: export: %w", err)
	}
	var lines []modelLine
	tokens, codes := int64(0), int64(0)
	for _, kind := range []map[string]TokenCounts{model.Tokens, model.Codes} {
		keys := make([]string, 0, len(kind))
		for k := range kind {
			keys = append(keys, k)
		}
		slices.Sort(keys) // the same model, the same file
		for _, k := range keys {
			line := modelLine{Spam: kind[k].Spam, Ham: kind[k].Ham}
			if code, ok := strings.CutPrefix(k, tokCode); ok {
				if !modelCode(code) {
					continue // learned by an older version: Import would refuse it
				}
				line.Code = code
				codes++
			} else {
				if !modelToken(k, modelVersion) {
					continue
				}
				line.Token = k
				tokens++
			}
			lines = append(lines, line)
		}
	}
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	h := modelHeader{Format: modelFormat, Version: modelVersion, Spam: model.Learned.Spam, Ham: model.Learned.Ham, Tokens: &tokens, Codes: &codes}
	nf := model.NoFlag
	learned := modelCounts{Spam: min(nf.Learned.Spam, model.Learned.Spam), Ham: min(nf.Learned.Ham, model.Learned.Ham)}
	noFlag := noFlagLine{Learned: &learned, Counts: &modelCounts{Spam: min(nf.Counts.Spam, learned.Spam), Ham: min(nf.Counts.Ham, learned.Ham)}}
	if err := enc.Encode(h); err != nil {
		return fmt.Errorf("moderation: export: %w", err)
	}
	if err := enc.Encode(noFlag); err != nil {
		return fmt.Errorf("moderation: export: %w", err)
	}
	for _, line := range lines {
		if err := enc.Encode(line); err != nil {
			return fmt.Errorf("moderation: export: %w", err)
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("moderation: export: %w", err)
	}
	return nil
}

// ErrModelFormat is returned, wrapped with the line it is about, by Import
// for input that is not a model Export wrote.
var ErrModelFormat = errors.New("moderation: not a commentkit model")

// Import adds a model that Export wrote to the learned model: into an
// empty Store it restores the model exactly. (One exception: a link
// domain's token longer than the model now keeps one, which an older
// version of commentkit may have written, is read as the token a comment
// linking that domain gives now, a stand-in of 81 bytes at most; see
// Query.Domains.) The whole input is read and
// checked first and then added in one atomic Store call, so bad input
// changes nothing: an error wrapping ErrModelFormat names the line at
// fault. It refuses a token that is not a word ("w:"), a word pair ("p:"),
// a link domain ("d:"), a number's shape ("n:") or a trigram ("g:"), the
// last two in a file before version 4, and a flag code longer than any
// Learn learns: lines Export could not write back as they were. Any flag
// code that Learn learns imports, a site's own "acme:casino" included. It
// reads versions 1 to 4 of the format (Export writes 4). A header of
// version 2 or later counts the token and code lines, and a file with
// more or fewer is refused: a copy cut short at a line break. Version 1
// has no such count; a version 1 file cut at a line break imports what it
// holds.
//
// A file before version 4 has no tokens of numbers' shapes or trigrams:
// the model it gives has none to look up, and counts them only in the
// comments it learns after the import. Each is then seen fewer times
// than in a model that learned all its comments with this version, and
// Robinson's smoothing keeps a token seen a few times near 0.5, so they
// count for less until the model has learned more. To give it those
// tokens at once, learn its comments again with this version instead of
// importing it.
//
// Version 3 and later hold, on line 2, the counts of the clue "no content flag"
// (NoFlagCounts), and Import adds them; it refuses a file without that
// line, or whose counts exceed the comments learned. A file of version 1
// or 2 has none: it adds its comments and tokens, but nothing to those
// counts. The model flags from the first Check after such an import, as
// it did before version 3, without that clue, until it has counted
// Config.BayesMinLearned spam and ham comments learned after the import
// (the clue is measured only against the comments it was counted over, so
// the imported ones do not skew it). To give an older model the clue at
// once, learn its comments again with this version instead of importing
// it.
//
// A model that would take the Store past its cap on distinct tokens, or
// past MaxModelCodes codes, is refused whole, with an error wrapping
// ErrModelTooLarge; one that holds more than the cap on its own (see
// ModelCap) is refused as soon as that shows, in its header or its lines,
// so Import's memory is bounded by the cap, not by the input. As with Learn, a
// Store over the network that fails after the model was sent (a ctx that
// ended, a timeout) may still have added it; see Learn.
func (m *Moderator) Import(ctx context.Context, r io.Reader) error {
	if err := m.built(); err != nil {
		return err
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 4096), maxModelLine)
	if !sc.Scan() {
		if err := sc.Err(); err != nil {
			return fmt.Errorf("moderation: import: %w", err)
		}
		return fmt.Errorf("%w: the input is empty", ErrModelFormat)
	}
	var h modelHeader
	if err := strictJSON(sc.Bytes(), &h); err != nil || h.Format != modelFormat {
		return fmt.Errorf("%w: line 1 is not a %s header", ErrModelFormat, modelFormat)
	}
	switch {
	case h.Version < 1 || h.Version > modelVersion:
		return fmt.Errorf("%w: version %d; this version of commentkit reads versions 1 to %d", ErrModelFormat, h.Version, modelVersion)
	case h.Version == 1 && (h.Tokens != nil || h.Codes != nil):
		return fmt.Errorf("%w: line 1: a version 1 header has no counts of tokens and codes", ErrModelFormat)
	case h.Version >= 2 && (h.Tokens == nil || h.Codes == nil):
		return fmt.Errorf("%w: line 1: a version %d header needs the counts of tokens and codes", ErrModelFormat, h.Version)
	case !countOK(h.Spam) || !countOK(h.Ham) || (h.Tokens != nil && !countOK(*h.Tokens)) || (h.Codes != nil && !countOK(*h.Codes)):
		return fmt.Errorf("%w: line 1: counts must be from 0 to %d", ErrModelFormat, int64(maxModelCount))
	}
	line := 2 // of the first token or code line
	var noFlag NoFlagCounts
	if h.Version >= 3 {
		var err error
		if noFlag, err = readNoFlagLine(sc, h.Version, TokenCounts{Spam: h.Spam, Ham: h.Ham}); err != nil {
			return err
		}
		line = 3
	}
	// The store's cap bounds what is read: a file that holds more tokens
	// and codes (its header says so, or its lines do) would be refused by
	// AddModel anyway, and is refused before the rest of it is read.
	limit := DefaultMaxTokens
	if c, ok := m.state.store.(ModelCap); ok {
		limit = c.MaxTokens()
	}
	if h.Tokens != nil && (*h.Tokens+*h.Codes > int64(limit) || *h.Codes > MaxModelCodes) {
		return fmt.Errorf("%w: line 1 counts %d tokens and %d codes; the store holds at most %d tokens and codes, and %d codes", ErrModelTooLarge, *h.Tokens, *h.Codes, limit, MaxModelCodes)
	}
	model := &Model{Learned: TokenCounts{Spam: h.Spam, Ham: h.Ham}, Tokens: map[string]TokenCounts{}, Codes: map[string]TokenCounts{}, NoFlag: noFlag}
	for n := line; sc.Scan(); n++ {
		if len(strings.TrimSpace(sc.Text())) == 0 {
			continue
		}
		var l modelLine
		if err := strictJSON(sc.Bytes(), &l); err != nil {
			return fmt.Errorf("%w: line %d: %v", ErrModelFormat, n, err)
		}
		switch {
		case !countOK(l.Spam) || !countOK(l.Ham):
			return fmt.Errorf("%w: line %d: counts must be from 0 to %d", ErrModelFormat, n, int64(maxModelCount))
		case (l.Token == "") == (l.Code == ""):
			return fmt.Errorf("%w: line %d: needs a token or a code", ErrModelFormat, n)
		case l.Token != "" && !modelToken(l.Token, modelVersion):
			return fmt.Errorf("%w: line %d: token %q is not a word (%q), a word pair (%q), a link domain (%q), a number's shape (%q) or a trigram (%q); flag codes go in \"code\"", ErrModelFormat, n, l.Token, tokWord, tokPair, tokDomain, tokNumber, tokGram)
		case l.Token != "" && !modelToken(l.Token, h.Version):
			return fmt.Errorf("%w: line %d: token %q is of a kind that files hold from version %d, and this one is version %d", ErrModelFormat, n, l.Token, gramsVersion, h.Version)
		case l.Code != "" && !modelCode(l.Code):
			return fmt.Errorf("%w: line %d: code %q is longer than %d bytes, more than a flag code the model learns", ErrModelFormat, n, l.Code, maxCodeBytes)
		}
		table, key := model.Tokens, l.Token
		if l.Code != "" {
			table, key = model.Codes, tokCode+l.Code
		} else if d, ok := strings.CutPrefix(key, tokDomain); ok {
			// A model learned before domains were bounded may hold a
			// longer one: it becomes the token a comment linking that
			// domain gives now, so what it taught still counts.
			key = tokDomain + stateDomain(d)
		}
		if _, dup := table[key]; dup {
			return fmt.Errorf("%w: line %d: %q appears twice", ErrModelFormat, n, key)
		}
		table[key] = l.TokenCounts()
		if len(model.Tokens)+len(model.Codes) > limit || len(model.Codes) > MaxModelCodes {
			return fmt.Errorf("%w: by line %d the input holds %d tokens and %d codes; the store holds at most %d tokens and codes, and %d codes", ErrModelTooLarge, n, len(model.Tokens), len(model.Codes), limit, MaxModelCodes)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("moderation: import: %w", err)
	}
	if h.Tokens != nil && (int64(len(model.Tokens)) != *h.Tokens || int64(len(model.Codes)) != *h.Codes) {
		return fmt.Errorf("%w: line 1 counts %d tokens and %d codes, the input holds %d tokens and %d codes: is it cut short?", ErrModelFormat, *h.Tokens, *h.Codes, len(model.Tokens), len(model.Codes))
	}
	if err := m.state.store.AddModel(ctx, model); err != nil {
		return fmt.Errorf("moderation: import failed: %w", err)
	}
	m.state.mayBeReady()
	return nil
}

func countOK(n int64) bool { return n >= 0 && n <= maxModelCount }

// readNoFlagLine reads line 2 of a model file of the given version (3 or
// later) from sc: the NoFlagCounts of a model that learned learned
// comments.
func readNoFlagLine(sc *bufio.Scanner, version int, learned TokenCounts) (NoFlagCounts, error) {
	if !sc.Scan() {
		if err := sc.Err(); err != nil {
			return NoFlagCounts{}, fmt.Errorf("moderation: import: %w", err)
		}
		return NoFlagCounts{}, fmt.Errorf("%w: a version %d file has the counts of comments without a content flag on line 2, and this one ends at line 1: is it cut short?", ErrModelFormat, version)
	}
	var l noFlagLine
	if err := strictJSON(sc.Bytes(), &l); err != nil {
		return NoFlagCounts{}, fmt.Errorf("%w: line 2: a version %d file has the counts of comments without a content flag there (noflag_learned, noflag): %v", ErrModelFormat, version, err)
	}
	switch {
	case l.Learned == nil || l.Counts == nil:
		return NoFlagCounts{}, fmt.Errorf("%w: line 2: needs both noflag_learned and noflag", ErrModelFormat)
	case !l.Learned.ok() || !l.Counts.ok():
		return NoFlagCounts{}, fmt.Errorf("%w: line 2: counts must be from 0 to %d", ErrModelFormat, int64(maxModelCount))
	case !l.Learned.atMost(learned):
		return NoFlagCounts{}, fmt.Errorf("%w: line 2: noflag_learned counts more comments (%d spam, %d ham) than the model learned (%d, %d)", ErrModelFormat, l.Learned.Spam, l.Learned.Ham, learned.Spam, learned.Ham)
	case !l.Counts.atMost(l.Learned.counts()):
		return NoFlagCounts{}, fmt.Errorf("%w: line 2: noflag counts more comments without a content flag (%d spam, %d ham) than noflag_learned counts comments (%d, %d)", ErrModelFormat, l.Counts.Spam, l.Counts.Ham, l.Learned.Spam, l.Learned.Ham)
	}
	return NoFlagCounts{Learned: l.Learned.counts(), Counts: l.Counts.counts()}, nil
}

// modelToken says whether t is a token the classifier makes, and that a
// model file of the given version holds: a kind and something of that
// kind. Any other token would never match a comment's, and one with the
// prefix of a flag code would Export as a code.
func modelToken(t string, version int) bool {
	kinds := []string{tokWord, tokPair, tokDomain}
	if version >= gramsVersion {
		kinds = append(kinds, tokNumber, tokGram)
	}
	for _, kind := range kinds {
		if rest, ok := strings.CutPrefix(t, kind); ok {
			if kind == tokNumber {
				// A number's shape is one of numberShapes: "n:1" to "n:6".
				return slices.Contains(numberShapes[1:], t)
			}
			return rest != ""
		}
	}
	return false
}

// TokenCounts returns the counts of a model line.
func (l modelLine) TokenCounts() TokenCounts { return TokenCounts{Spam: l.Spam, Ham: l.Ham} }

// strictJSON decodes one JSON object, refusing unknown fields and
// anything after the object: a line that lost its line break must not
// import half of itself.
func strictJSON(b []byte, into any) error {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(into); err != nil {
		return err
	}
	if _, err := dec.Token(); err != io.EOF {
		return errors.New("more than one JSON value on the line")
	}
	return nil
}
