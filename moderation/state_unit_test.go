package moderation

import (
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// testSettings are the default state settings over store, with HoldScore 1.
func testSettings(store Store) *stateSettings {
	return &stateSettings{
		store:         store,
		windows:       testWindows,
		floodMax:      DefaultFloodMax,
		repeatAuthors: DefaultRepeatHostAuthors,
		trustAfter:    DefaultTrustAfter,
		bayesMin:      DefaultBayesMinLearned,
		minSubmit:     DefaultMinSubmitTime,
		maxFormAge:    DefaultMaxFormAge,
		timeout:       DefaultStateTimeout,
		hold:          1,
		unit:          1,
	}
}

func TestShinglesNearDuplicates(t *testing.T) {
	base := strings.Fields("check out my new channel for the best music covers and subscribe please")
	id, sketch := textShingles(base)
	require.Len(t, sketch, dupKeys)
	cases := []struct {
		name string
		text string
		near bool
	}{
		{"same", "check out my new channel for the best music covers and subscribe please", true},
		{"one word changed", "check out my new channel for the best music covers and subscribe pls", true},
		{"one word added", "hey check out my new channel for the best music covers and subscribe please", true},
		{"a name changed", "check out my new channel for the best guitar covers and subscribe please", true},
		{"same opening", "check out my new video about the history of the roman empire", false},
		{"different", "this song reminds me of the summer of 2012 when everyone was dancing", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			otherID, other := textShingles(strings.Fields(c.text))
			shared := 0
			for _, h := range other {
				if slices.Contains(sketch, h) {
					shared++
				}
			}
			if c.near {
				assert.GreaterOrEqual(t, shared, dupMinShared)
			} else {
				assert.Less(t, shared, dupMinShared)
				assert.NotEqual(t, id, otherID)
			}
		})
	}
	_, sk := textShingles(strings.Fields("great song"))
	assert.Empty(t, sk, "short texts are not compared")
}

func TestBayesSpamScore(t *testing.T) {
	cases := []struct {
		p, want float64
	}{
		{bayesThreshold, bayesThresholdScore},
		{(bayesThreshold + bayesSure) / 2, (bayesThresholdScore + 1) / 2},
		{bayesSure, 1},
		{1, 1}, // the model alone holds; it never rejects
	}
	for _, c := range cases {
		assert.InDelta(t, c.want, bayesSpamScore(c.p), 1e-9, "p = %v", c.p)
	}
	for p := bayesThreshold; p < 1; p += 0.001 {
		assert.LessOrEqual(t, bayesSpamScore(p), bayesSpamScore(p+0.001), "rises with p = %v", p)
	}
}

func TestBayesFlags(t *testing.T) {
	learned := TokenCounts{Spam: 100, Ham: 100}
	many := func(c TokenCounts) []TokenCounts { return []TokenCounts{c, c, c, c, c} }
	cases := []struct {
		name   string
		tokens []TokenCounts
		want   float64 // the CodeBayes score; 0 for no flag
	}{
		{"sure spam holds alone", many(TokenCounts{Spam: 60}), 1},
		{"sure ham vouches", many(TokenCounts{Ham: 60}), -bayesHamWeight},
		{"no evidence, no flag", many(TokenCounts{Spam: 30, Ham: 30}), 0},
	}
	s := testSettings(nil)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			st := &State{tokensRead: true, snap: &Snapshot{Learned: learned, Tokens: c.tokens}}
			assert.InDelta(t, c.want, bayesScore(s.bayesFlags(st, nil)), 1e-9)
		})
	}
}

func TestNewAuthorNotLiftedWhenTheModelVouches(t *testing.T) {
	links := []Flag{{Code: CodeExternalLink, Score: 0.5}, {Code: CodeHTMLLink, Score: 0.4}}
	cases := []struct {
		name  string
		model []Flag
		held  bool
	}{
		{"no verdict of the model: a new author's link is held", nil, true},
		{"the model rates it spam: held", []Flag{{Code: CodeBayes, Score: 0.2}}, true},
		{"the model vouches for it: its own flags decide", []Flag{{Code: CodeBayes, Score: -bayesHamWeight}}, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			flags := append(slices.Clone(links), c.model...)
			var score float64
			for _, f := range testSettings(nil).authorFlags(&State{}, flags) {
				score += f.Score
			}
			assert.Equal(t, c.held, score >= 1, "score %v", score)
		})
	}
}

// TestAuthorHistory: what an author's labelled comments do to a comment
// that raised a link flag or nothing.
func TestAuthorHistory(t *testing.T) {
	link := []Flag{{Code: CodeExternalLink, Score: 0.5}, {Code: CodeHTMLLink, Score: 0.4}}
	cases := []struct {
		name      string
		ham, spam int
		flags     []Flag
		held      bool
	}{
		{"new author, link: held", 0, 0, link, true},
		{"new author, nothing flagged: approved", 0, 0, nil, false},
		{"one approved: established", 1, 0, link, false},
		{"spam only: held whatever the comment", 0, 1, nil, true},
		{"one approved does not cancel five spam", 1, 5, link, true},
		{"as many spam as approved: held", 2, 2, nil, true},
		{"more approved than spam: established", 3, 1, link, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			st := &State{Author: AuthorState{Ham: c.ham, Spam: c.spam}}
			var score float64
			for _, f := range testSettings(nil).authorFlags(st, slices.Clone(c.flags)) {
				score += f.Score
			}
			assert.Equal(t, c.held, score >= 1, "score %v", score)
		})
	}
}

// TestHashIDStable pins the author and sender keys: a Store keeps history
// under them (in Redis across versions), so a change of their form would
// forget every author's history.
func TestHashIDStable(t *testing.T) {
	for _, c := range []struct{ kind, id, want string }{
		{"e", "reader@example.org", "e:oC6rN68e2G1cwUu0"},
		{"ip", "192.0.2.1", "ip:9KGtwF8wFuloRW-R"},
		{"n", "reader\x00192.0.2.1", "n:uaGhyOVRZXUccP_U"},
		{"e", strings.Repeat("x", 300), "e:kfVnQjhgzlW5bKZE"}, // longer than the stack buffer
	} {
		t.Run(c.want, func(t *testing.T) {
			assert.Equal(t, c.want, hashID(c.kind, c.id))
		})
	}
}
