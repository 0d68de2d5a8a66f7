package moderation

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// stateScenario is one file of testdata/state: comments checked and
// learned in order, each at a time after the start, with the state codes
// each Check must and must not raise.
type stateScenario struct {
	About  string          `json:"about"`
	Config json.RawMessage `json:"config"`
	Steps  []struct {
		At      string   `json:"at"`
		Check   *Comment `json:"check"`
		Learn   string   `json:"learn"`
		Comment *Comment `json:"comment"`
		Has     []string `json:"has"`
		Not     []string `json:"not"`
		Action  string   `json:"action"`
		About   string   `json:"about"`
	} `json:"steps"`
}

var scenarioStart = time.Date(2026, 6, 1, 12, 0, 0, 0, time.UTC)

func TestStateScenarios(t *testing.T) {
	files, err := filepath.Glob("testdata/state/*.json")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			data, err := os.ReadFile(file)
			require.NoError(t, err)
			var sc stateScenario
			require.NoError(t, json.Unmarshal(data, &sc))
			runScenario(t, sc, nil)
		})
	}
}

// runScenario plays sc on a new Moderator over store (nil: the default).
func runScenario(t *testing.T, sc stateScenario, store Store) {
	ctx := context.Background()
	var cfg Config
	if len(sc.Config) > 0 {
		require.NoError(t, json.Unmarshal(sc.Config, &cfg))
	}
	cfg.Store = store
	m, err := New(cfg)
	require.NoError(t, err)
	for i, step := range sc.Steps {
		at, err := time.ParseDuration(step.At)
		require.NoError(t, err, "step %d", i)
		switch {
		case step.Check != nil:
			c := *step.Check
			c.Time = scenarioStart.Add(at)
			res, err := m.Check(ctx, c)
			require.NoError(t, err, "step %d", i)
			codes := codesOf(res.Flags)
			for _, code := range step.Has {
				assert.Contains(t, codes, code, "step %d (%s): %q %s", i, step.At, c.Body, step.About)
			}
			for _, code := range step.Not {
				assert.NotContains(t, codes, code, "step %d (%s): %q %s", i, step.At, c.Body, step.About)
			}
			if step.Action != "" {
				assert.Equal(t, step.Action, res.Action.String(), "step %d (%s): %q flags %+v", i, step.At, c.Body, res.Flags)
			}
		case step.Learn != "":
			require.NotNil(t, step.Comment, "step %d", i)
			c := *step.Comment
			c.Time = scenarioStart.Add(at)
			label := map[string]Label{"spam": Spam, "ham": Ham}[step.Learn]
			require.NoError(t, m.Learn(ctx, c, label), "step %d", i)
		default:
			t.Fatalf("step %d does nothing", i)
		}
	}
}

// spamAndHam returns n made-up spam and n ham comments, distinct texts
// from distinct authors.
func spamAndHam(n int) (spam, ham []Comment) {
	spamTexts := []string{"win a free iphone now click here", "cheap pills best price order today", "earn money fast from home guaranteed", "free gift card click the link now"}
	hamTexts := []string{"the chorus reminds me of my childhood", "the lyrics in the second verse are beautiful", "i saw them live last year and it was amazing", "this melody has been stuck in my head all week"}
	for i := range n {
		spam = append(spam, Comment{Body: spamTexts[i%len(spamTexts)] + " " + itoa(i), Author: "spammer" + itoa(i)})
		ham = append(ham, Comment{Body: hamTexts[i%len(hamTexts)] + " " + itoa(i), Author: "fan" + itoa(i)})
	}
	return spam, ham
}

// teach has m learn spam[i] as Spam and ham[i] as Ham, for each i < n.
func teach(t *testing.T, m *Moderator, spam, ham []Comment, n int) {
	t.Helper()
	for i := range n {
		require.NoError(t, m.Learn(context.Background(), spam[i], Spam))
		require.NoError(t, m.Learn(context.Background(), ham[i], Ham))
	}
}

func itoa(i int) string { return string(rune('a'+i%26)) + string(rune('a'+i/26%26)) }

func hasCode(flags []Flag, code string) bool {
	for _, f := range flags {
		if f.Code == code {
			return true
		}
	}
	return false
}

// bayesScore is the score of the CodeBayes flag, 0 without one.
func bayesScore(flags []Flag) float64 {
	for _, f := range flags {
		if f.Code == CodeBayes {
			return f.Score
		}
	}
	return 0
}

func TestBayesColdStart(t *testing.T) {
	ctx := context.Background()
	spam, ham := spamAndHam(40)
	probe := Comment{Body: "win a free iphone now, click here", Author: "probe"}
	hamProbe := Comment{Body: "the chorus reminds me of summer", Author: "probe2"}
	check := func(m *Moderator, c Comment) []Flag {
		t.Helper()
		res, err := m.Check(ctx, c)
		require.NoError(t, err)
		return res.Flags
	}

	t.Run("only spam learned never flags", func(t *testing.T) {
		m, err := New(Config{})
		require.NoError(t, err)
		for _, c := range spam {
			require.NoError(t, m.Learn(ctx, c, Spam))
		}
		for _, c := range append([]Comment{probe, hamProbe}, spam[:5]...) {
			check(m, c) // the first Check after learning enough reads the model's readiness
			assert.False(t, hasCode(check(m, c), CodeBayes), "%q", c.Body)
		}
	})
	t.Run("below the minimum never flags", func(t *testing.T) {
		m, err := New(Config{})
		require.NoError(t, err)
		teach(t, m, spam, ham, DefaultBayesMinLearned-1)
		check(m, probe)
		assert.False(t, hasCode(check(m, probe), CodeBayes))
	})
	t.Run("enough of both flags spam, not ham", func(t *testing.T) {
		m, err := New(Config{})
		require.NoError(t, err)
		teach(t, m, spam, ham, DefaultBayesMinLearned)
		// The first Check after the lesson that made the model ready uses it.
		assert.Positive(t, bayesScore(check(m, probe)), "spam-like")
		assert.Negative(t, bayesScore(check(m, hamProbe)), "ham-like: the model vouches for it")
	})
	t.Run("unlearn takes it back", func(t *testing.T) {
		m, err := New(Config{})
		require.NoError(t, err)
		teach(t, m, spam, ham, DefaultBayesMinLearned)
		require.NoError(t, m.Unlearn(ctx, spam[0], Spam))
		check(m, probe)
		assert.False(t, hasCode(check(m, probe), CodeBayes), "19 spam left: below the minimum again")
	})
}

func TestSpamProbability(t *testing.T) {
	learned := TokenCounts{Spam: 100, Ham: 100}
	assert.Equal(t, 0.5, spamProbability(learned, nil), "no evidence")
	assert.Equal(t, 0.5, spamProbability(TokenCounts{Spam: 100}, []TokenCounts{{Spam: 100}}), "a model without ham says nothing")
	assert.Greater(t, spamProbability(learned, []TokenCounts{{Spam: 50}, {Spam: 40, Ham: 1}, {Spam: 30}}), 0.95)
	assert.Less(t, spamProbability(learned, []TokenCounts{{Ham: 50}, {Ham: 40, Spam: 1}, {Ham: 30}}), 0.05)
	// One telling clue is a verdict: Fisher's method gives its own
	// probability, Robinson's f(w) of 50 sightings all in spam.
	assert.InDelta(t, (bayesStrength*bayesNeutral+50)/(bayesStrength+50), spamProbability(learned, []TokenCounts{{Spam: 50}}), 1e-9, "one clue")
	assert.InDelta(t, (bayesStrength*bayesNeutral)/(bayesStrength+50), spamProbability(learned, []TokenCounts{{Ham: 50}}), 1e-9, "one clue")
	assert.Equal(t, 0.5, spamProbability(learned, []TokenCounts{{Spam: 50, Ham: 48}}), "a clue that tells nothing is no clue")
	long := make([]TokenCounts, 5000)
	for i := range long {
		long[i] = TokenCounts{Spam: 90, Ham: 1}
	}
	p := spamProbability(learned, long)
	assert.False(t, p != p, "no NaN on long input")
	assert.Greater(t, p, 0.99)
}

// failingStore fails every call, after waiting for ctx when block is set.
type failingStore struct {
	block bool
	err   error
}

func (s failingStore) wait(ctx context.Context) error {
	if s.block {
		<-ctx.Done()
		return ctx.Err()
	}
	return s.err
}
func (s failingStore) Load(ctx context.Context, _ *Query) (*Snapshot, error) { return nil, s.wait(ctx) }
func (s failingStore) Record(ctx context.Context, _ *Record) error           { return s.wait(ctx) }
func (s failingStore) Learn(ctx context.Context, _ *Lesson) error            { return s.wait(ctx) }
func (s failingStore) Model(ctx context.Context) (*Model, error)             { return nil, s.wait(ctx) }
func (s failingStore) AddModel(ctx context.Context, _ *Model) error          { return s.wait(ctx) }

// recordFails answers Load like an empty MemStore and fails Record.
type recordFails struct{ *MemStore }

func (recordFails) Record(context.Context, *Record) error { return errors.New("disk full") }

func TestStateUnavailable(t *testing.T) {
	ctx := context.Background()
	broken := failingStore{err: errors.New("connection refused")}
	plain := Comment{Body: "A perfectly ordinary comment about the article.", Author: "Ann"}
	promo := Comment{Body: "Check out my channel!", Author: "Bob"}
	// Only a comment that leaves something behind once judged is
	// recorded: a near duplicate, whose text joins the one it copies.
	original := Comment{Body: "I ran the second benchmark on our own servers last week and saw the same drop in latency once the cache was warm.", Author: "Ann", IP: "192.0.2.9"}
	nearCopy := Comment{Body: "I ran the second benchmark on our own servers last month and saw the same drop in latency once the cache was warm.", Author: "Cy", IP: "192.0.2.10"}

	cases := []struct {
		name   string
		cfg    Config
		before []Comment // checked first, with the same Moderator
		c      Comment
		action Action
	}{
		{"store fails: the stateless verdict stands", Config{Store: broken}, nil, plain, Approve},
		{"store fails: still flags content", Config{Store: broken}, nil, promo, Hold},
		{"store fails, HoldOnStateFailure", Config{Store: broken, HoldOnStateFailure: true}, nil, plain, Hold},
		{"store stalls past StateTimeout", Config{Store: failingStore{block: true}, StateTimeout: 20 * time.Millisecond}, nil, plain, Approve},
		// A near duplicate is held for being one; the failure adds no
		// weight unless HoldOnStateFailure, here with a RejectScore out of
		// reach so that the weight shows in the Score alone.
		{"record fails", Config{Store: recordFails{NewMemStore(MemStoreOptions{})}}, []Comment{original}, nearCopy, Hold},
		{"record fails, HoldOnStateFailure", Config{Store: recordFails{NewMemStore(MemStoreOptions{})}, HoldOnStateFailure: true, RejectScore: 10}, []Comment{original}, nearCopy, Hold},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m, err := New(c.cfg)
			require.NoError(t, err)
			for _, b := range c.before {
				_, err := m.Check(ctx, b)
				require.NoError(t, err)
			}
			res, err := m.Check(ctx, c.c)
			require.NoError(t, err, "a failing store is a flag, not an error")
			assert.True(t, hasCode(res.Flags, CodeStateUnavailable), "%+v", res.Flags)
			assert.Equal(t, c.action, res.Action, "%+v", res.Flags)
			weight := 0.0
			if c.cfg.HoldOnStateFailure {
				weight = DefaultHoldScore
			}
			for _, f := range res.Flags {
				if f.Code == CodeStateUnavailable {
					assert.Equal(t, weight, f.Score, f.Detail)
				}
			}
			sum := 0.0
			for _, f := range res.Flags {
				sum += f.Score
			}
			assert.InDelta(t, sum, res.Score, 1e-9)
		})
	}

	t.Run("ctx deadline while the store stalls", func(t *testing.T) {
		m, err := New(Config{Store: failingStore{block: true}, StateTimeout: -1})
		require.NoError(t, err)
		dctx, cancel := context.WithTimeout(ctx, 20*time.Millisecond)
		defer cancel()
		res, err := m.Check(dctx, plain)
		require.NoError(t, err)
		assert.True(t, hasCode(res.Flags, CodeStateUnavailable))
	})

	t.Run("Learn returns the error", func(t *testing.T) {
		m, err := New(Config{Store: broken})
		require.NoError(t, err)
		assert.ErrorIs(t, m.Learn(ctx, plain, Ham), broken.err)
		assert.ErrorIs(t, m.Unlearn(ctx, plain, Spam), broken.err)
		assert.ErrorIs(t, m.Learn(ctx, plain, Label(0)), ErrLabel)
		assert.ErrorIs(t, m.Learn(ctx, Comment{Body: "  "}, Spam), ErrEmpty)
		assert.Error(t, m.Export(ctx, io.Discard))
	})
}

func TestExportImport(t *testing.T) {
	ctx := context.Background()
	spam, ham := spamAndHam(25)
	m, err := New(Config{})
	require.NoError(t, err)
	teach(t, m, spam, ham, len(spam))
	var first bytes.Buffer
	require.NoError(t, m.Export(ctx, &first))
	assert.True(t, strings.HasPrefix(first.String(), `{"format":"commentkit-model","version":4,"spam":25,"ham":25,`), first.String()[:80])
	assert.Contains(t, first.String(), `{"code":"promo_phrase"`[:8])

	m2, err := New(Config{})
	require.NoError(t, err)
	require.NoError(t, m2.Import(ctx, bytes.NewReader(first.Bytes())))
	var second bytes.Buffer
	require.NoError(t, m2.Export(ctx, &second))
	assert.Equal(t, first.String(), second.String(), "Import into an empty store restores the model exactly")

	probe := Comment{Body: "win a free iphone now, click here", Author: "probe"}
	_, _ = m2.Check(ctx, probe)
	res, err := m2.Check(ctx, probe)
	require.NoError(t, err)
	assert.True(t, hasCode(res.Flags, CodeBayes), "the imported model classifies")

	bad := []struct{ name, in string }{
		{"empty", ""},
		{"not json", "hello\n"},
		{"other format", `{"format":"something","version":1}` + "\n"},
		{"future version", `{"format":"commentkit-model","version":5,"spam":1,"ham":1,"tokens":0,"codes":0}` + "\n"},
		{"negative", `{"format":"commentkit-model","version":1,"spam":1,"ham":1}` + "\n" + `{"token":"w:x","spam":-1,"ham":0}` + "\n"},
		{"no token", `{"format":"commentkit-model","version":1,"spam":1,"ham":1}` + "\n" + `{"spam":1,"ham":0}` + "\n"},
		{"unknown field", `{"format":"commentkit-model","version":1,"spam":1,"ham":1}` + "\n" + `{"token":"w:x","spam":1,"ham":0,"extra":1}` + "\n"},
		{"repeated token", `{"format":"commentkit-model","version":1,"spam":1,"ham":1}` + "\n" + `{"token":"w:x","spam":1,"ham":0}` + "\n" + `{"token":"w:x","spam":1,"ham":0}` + "\n"},
		{"absurd count", `{"format":"commentkit-model","version":1,"spam":9000000000000000000,"ham":1}` + "\n"},
		{"two objects on a line", `{"format":"commentkit-model","version":1,"spam":1,"ham":1}` + "\n" + `{"token":"w:x","spam":1,"ham":0}{"token":"w:y","spam":1,"ham":0}` + "\n"},
		{"trailing text", `{"format":"commentkit-model","version":1,"spam":1,"ham":1} and more` + "\n"},
		{"bad line late", `{"format":"commentkit-model","version":1,"spam":1,"ham":1}` + "\n" + `{"token":"w:x","spam":1,"ham":0}` + "\n" + "oops\n"},
	}
	for _, b := range bad {
		t.Run(b.name, func(t *testing.T) {
			m3, err := New(Config{})
			require.NoError(t, err)
			assert.ErrorIs(t, m3.Import(ctx, strings.NewReader(b.in)), ErrModelFormat)
			var out bytes.Buffer
			require.NoError(t, m3.Export(ctx, &out))
			assert.Equal(t, `{"format":"commentkit-model","version":4,"spam":0,"ham":0,"tokens":0,"codes":0}`+"\n"+`{"noflag_learned":{"spam":0,"ham":0},"noflag":{"spam":0,"ham":0}}`+"\n", out.String(), "nothing was added")
		})
	}
}

func TestConcurrentCheckAndLearn(t *testing.T) {
	ctx := context.Background()
	m, err := New(Config{})
	require.NoError(t, err)
	spam, ham := spamAndHam(60)
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Go(func() {
			for i := g; i < len(spam); i += 4 {
				assert.NoError(t, m.Learn(ctx, spam[i], Spam))
				assert.NoError(t, m.Learn(ctx, ham[i], Ham))
			}
		})
		wg.Go(func() {
			for i := range 60 {
				c := ham[(i+g)%len(ham)]
				c.IP = "192.0.2." + itoa(g)
				_, err := m.Check(ctx, c)
				assert.NoError(t, err)
			}
		})
	}
	wg.Wait()
	var out bytes.Buffer
	require.NoError(t, m.Export(ctx, &out))
	assert.True(t, strings.HasPrefix(out.String(), `{"format":"commentkit-model","version":4,"spam":60,"ham":60,`))
}

func TestFormChecksInCheck(t *testing.T) {
	ctx := context.Background()
	key := []byte("site key")
	m, err := New(Config{FormKey: key})
	require.NoError(t, err)
	rendered := time.Now().Add(-time.Minute)
	c := Comment{Body: "Thoughtful comment.", Author: "Ann", FormToken: NewFormToken(key, rendered)}
	res, err := m.Check(ctx, c)
	require.NoError(t, err)
	assert.Equal(t, Approve, res.Action, "%+v", res.Flags)

	c.Honeypot = "http://bot.example"
	c.FormToken = NewFormToken(key, rendered)
	res, err = m.Check(ctx, c)
	require.NoError(t, err)
	assert.Equal(t, Reject, res.Action, "%+v", res.Flags)

	// One form sent again, with another text, from another address (a
	// script replaying the form it fetched once): held.
	replay := Comment{Body: "Another thought entirely.", Author: "Bo", IP: "203.0.113.9", FormToken: c.FormToken}
	res, err = m.Check(ctx, replay)
	require.NoError(t, err)
	assert.Equal(t, Hold, res.Action, "%+v", res.Flags)
	assert.Equal(t, []string{CodeHoneypot}, codesOf(res.Flags))

	// Without a store to ask, a token is not known to be used.
	down, err := New(Config{FormKey: key, Store: failingStore{err: errors.New("down")}})
	require.NoError(t, err)
	res, err = down.Check(ctx, replay)
	require.NoError(t, err)
	assert.Equal(t, []string{CodeStateUnavailable}, codesOf(res.Flags))

	off, err := New(Config{})
	require.NoError(t, err)
	res, err = off.Check(ctx, Comment{Body: "Thoughtful comment.", Honeypot: "x"})
	require.NoError(t, err)
	assert.Equal(t, Approve, res.Action, "no FormKey: form checks off")
}

// FuzzImport: no input panics Import; what it refuses adds nothing, and
// what it takes Exports back as a model.
func FuzzImport(f *testing.F) {
	f.Add(`{"format":"commentkit-model","version":1,"spam":2,"ham":1}` + "\n" + `{"token":"w:x","spam":1,"ham":0}` + "\n" + `{"code":"promo_phrase","spam":1,"ham":0}` + "\n")
	f.Add("")
	f.Add(`{"format":"commentkit-model","version":1,"spam":-1,"ham":1}`)
	f.Add(`{"format":"commentkit-model","version":3,"spam":2,"ham":1,"tokens":1,"codes":1}` + "\n" + `{"noflag_learned":{"spam":2,"ham":1},"noflag":{"spam":1,"ham":1}}` + "\n" + `{"token":"w:x","spam":1,"ham":0}` + "\n" + `{"code":"promo_phrase","spam":1,"ham":0}` + "\n")
	// A link domain's token longer than the model keeps now, as an older
	// version wrote it: imported as its stand-in.
	f.Add(`{"format":"commentkit-model","version":2,"spam":1,"ham":0,"tokens":1,"codes":0}` + "\n" + `{"token":"d:` + strings.Repeat("k", 100) + `.com","spam":1,"ham":0}` + "\n")
	f.Fuzz(func(t *testing.T, in string) {
		ctx := context.Background()
		m, err := New(Config{})
		require.NoError(t, err)
		err = m.Import(ctx, strings.NewReader(in))
		var out bytes.Buffer
		require.NoError(t, m.Export(ctx, &out))
		if err != nil {
			assert.Equal(t, `{"format":"commentkit-model","version":4,"spam":0,"ham":0,"tokens":0,"codes":0}`+"\n"+`{"noflag_learned":{"spam":0,"ham":0},"noflag":{"spam":0,"ham":0}}`+"\n", out.String())
			return
		}
		m2, err := New(Config{})
		require.NoError(t, err)
		require.NoError(t, m2.Import(ctx, bytes.NewReader(out.Bytes())), "an export imports")
	})
}

// TestStateFlagsWithHoldScoreBelowZero: a HoldScore below zero, the
// documented way to hold every comment for a person, must not turn the
// weights of the state flags (in units of HoldScore) against the comment:
// a bot that fills the honeypot is still rejected, a flood still counts.
func TestStateFlagsWithHoldScoreBelowZero(t *testing.T) {
	ctx := context.Background()
	key := []byte("site key")
	m, err := New(Config{FormKey: key, HoldScore: -1})
	require.NoError(t, err)
	c := Comment{Body: "Thoughtful comment.", Author: "Ann", IP: "192.0.2.7",
		FormToken: NewFormToken(key, time.Now().Add(-time.Minute))}
	res, err := m.Check(ctx, c)
	require.NoError(t, err)
	assert.Equal(t, Hold, res.Action, "every comment is held: %+v", res.Flags)

	c.Honeypot = "http://bot.example"
	res, err = m.Check(ctx, c)
	require.NoError(t, err)
	assert.Equal(t, Reject, res.Action, "%+v", res.Flags)
	for _, f := range res.Flags {
		assert.Positive(t, f.Score, "%s speaks against the comment", f.Code)
	}
}
