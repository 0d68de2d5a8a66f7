package main

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"time"

	"github.com/commentkit/commentkit/moderation"
	_ "modernc.org/sqlite" // registers the pure-Go driver "sqlite": no cgo, nothing to install
)

// Status is where a stored comment stands.
type Status string

const (
	StatusApproved Status = "approved" // shown under the article
	StatusHeld     Status = "held"     // waits for a moderator
	StatusSpam     Status = "spam"     // marked spam by a moderator; kept, never shown
)

// Label records what the moderator taught the filter about a comment, so that
// a later change of mind can take the lesson back with Unlearn.
type Label string

const (
	LabelNone Label = ""
	LabelHam  Label = "ham"
	LabelSpam Label = "spam"
)

// StoredComment is one row of the comments table: what was submitted (so a
// moderator's decision can be learned from it later), what the filter made of
// it, and where it stands.
type StoredComment struct {
	ID      int64
	Article string // slug of the article it is on
	PageURL string // the article's URL as moderation.Check saw it

	// What the commenter submitted.
	Author, Email, Website string
	Body                   string
	IP, UserAgent          string
	Referrer               string
	FormToken, Honeypot    string

	// What moderation.Check returned.
	Text  string // plain text
	HTML  string // Result.HTML: safe to render as it is
	Score float64
	Flags []moderation.Flag

	Status  Status
	Learned Label
	Created time.Time
}

// Store keeps comments, the filter's learned model, sessions and the site's
// secret in one SQLite file.
type Store struct {
	db *sql.DB
}

// schema is applied at every start; each statement is idempotent.
const schema = `
CREATE TABLE IF NOT EXISTS comments (
	id         INTEGER PRIMARY KEY,
	article    TEXT    NOT NULL,
	page_url   TEXT    NOT NULL, -- the article's URL as the filter saw it
	author     TEXT    NOT NULL,
	email      TEXT    NOT NULL,
	website    TEXT    NOT NULL,
	body       TEXT    NOT NULL,
	ip         TEXT    NOT NULL,
	user_agent TEXT    NOT NULL,
	referrer   TEXT    NOT NULL,
	form_token TEXT    NOT NULL, -- so Learn sees the comment as Check saw it
	honeypot   TEXT    NOT NULL,
	text       TEXT    NOT NULL,
	html       TEXT    NOT NULL,
	score      REAL    NOT NULL,
	flags      TEXT    NOT NULL, -- JSON array of {Code, Score, Detail}
	status     TEXT    NOT NULL CHECK (status IN ('approved', 'held', 'spam')),
	learned    TEXT    NOT NULL DEFAULT '' CHECK (learned IN ('', 'ham', 'spam')),
	created    INTEGER NOT NULL  -- Unix milliseconds, as form tokens keep time
);
CREATE INDEX IF NOT EXISTS comments_by_status ON comments (status, article, id);
-- For SentBefore: a form sent again is found by its token.
CREATE INDEX IF NOT EXISTS comments_by_form_token ON comments (form_token);

-- The moderation model as Moderator.Export writes it: one row, replaced after
-- every lesson, read back with Moderator.Import at start.
CREATE TABLE IF NOT EXISTS model (
	id      INTEGER PRIMARY KEY CHECK (id = 1),
	data    BLOB    NOT NULL,
	updated INTEGER NOT NULL
);

-- Moderator sessions: only a hash of the cookie's value is stored, so a copy
-- of the database does not log anyone in.
CREATE TABLE IF NOT EXISTS sessions (
	hash    BLOB    PRIMARY KEY,
	expires INTEGER NOT NULL
);

-- Secrets generated at first start, so that forms and sessions stay valid
-- across a restart.
CREATE TABLE IF NOT EXISTS settings (
	name  TEXT PRIMARY KEY,
	value BLOB NOT NULL
);
`

// OpenStore opens (creating if needed) the SQLite database at path and
// applies the schema.
func OpenStore(ctx context.Context, path string) (*Store, error) {
	// busy_timeout waits for a lock held by another process instead of
	// failing at once. The journal stays SQLite's default (rollback, not
	// WAL): with one connection WAL gains little, and it would leave -wal
	// and -shm files beside the database while the server runs.
	dsn := "file:" + (&url.URL{Path: path}).EscapedPath() + "?_pragma=busy_timeout(5000)"
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	// SQLite takes one writer at a time; one connection serialises writes
	// in Go rather than in retries, and is plenty for a comment box.
	db.SetMaxOpenConns(1)
	if _, err := db.ExecContext(ctx, schema); err != nil {
		db.Close()
		return nil, fmt.Errorf("create schema in %s: %w", path, err)
	}
	return &Store{db: db}, nil
}

// Close closes the database.
func (s *Store) Close() error { return s.db.Close() }

// Secret returns the named secret, generating and saving n random bytes the
// first time.
func (s *Store) Secret(ctx context.Context, name string, n int) ([]byte, error) {
	fresh := make([]byte, n)
	if _, err := rand.Read(fresh); err != nil {
		return nil, err
	}
	if _, err := s.db.ExecContext(ctx,
		`INSERT INTO settings (name, value) VALUES (?, ?) ON CONFLICT (name) DO NOTHING`, name, fresh); err != nil {
		return nil, fmt.Errorf("save secret %s: %w", name, err)
	}
	var value []byte
	if err := s.db.QueryRowContext(ctx, `SELECT value FROM settings WHERE name = ?`, name).Scan(&value); err != nil {
		return nil, fmt.Errorf("read secret %s: %w", name, err)
	}
	return value, nil
}

// AddComment stores c and returns its id.
func (s *Store) AddComment(ctx context.Context, c *StoredComment) (int64, error) {
	flags, err := json.Marshal(c.Flags)
	if err != nil {
		return 0, err
	}
	res, err := s.db.ExecContext(ctx, `
		INSERT INTO comments (article, page_url, author, email, website, body, ip, user_agent,
		                      referrer, form_token, honeypot,
		                      text, html, score, flags, status, learned, created)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		c.Article, c.PageURL, c.Author, c.Email, c.Website, c.Body, c.IP, c.UserAgent,
		c.Referrer, c.FormToken, c.Honeypot,
		c.Text, c.HTML, c.Score, string(flags), string(c.Status), string(c.Learned), c.Created.UnixMilli())
	if err != nil {
		return 0, fmt.Errorf("add comment: %w", err)
	}
	return res.LastInsertId()
}

const commentColumns = `id, article, page_url, author, email, website, body, ip, user_agent,
	referrer, form_token, honeypot, text, html, score, flags, status, learned, created`

func scanComment(row interface{ Scan(...any) error }) (StoredComment, error) {
	var (
		c       StoredComment
		flags   string
		created int64
	)
	err := row.Scan(&c.ID, &c.Article, &c.PageURL, &c.Author, &c.Email, &c.Website, &c.Body, &c.IP, &c.UserAgent,
		&c.Referrer, &c.FormToken, &c.Honeypot, &c.Text, &c.HTML, &c.Score, &flags, &c.Status, &c.Learned, &created)
	if err != nil {
		return c, err
	}
	c.Created = time.UnixMilli(created).UTC()
	if err := json.Unmarshal([]byte(flags), &c.Flags); err != nil {
		return c, fmt.Errorf("comment %d: flags: %w", c.ID, err)
	}
	return c, nil
}

// ErrNoComment is returned for an id that is not in the database.
var ErrNoComment = errors.New("no such comment")

// SentBefore returns the comment stored from the same form as c, with the
// same text from the same sender: the same form token, article, name,
// e-mail, website, body and IP address. It returns ErrNoComment when
// there is none.
func (s *Store) SentBefore(ctx context.Context, c *StoredComment) (StoredComment, error) {
	first, err := scanComment(s.db.QueryRowContext(ctx, `SELECT `+commentColumns+` FROM comments
		WHERE form_token = ? AND article = ? AND author = ? AND email = ? AND website = ? AND body = ? AND ip = ?
		ORDER BY id LIMIT 1`,
		c.FormToken, c.Article, c.Author, c.Email, c.Website, c.Body, c.IP))
	if errors.Is(err, sql.ErrNoRows) {
		return first, ErrNoComment
	}
	return first, err
}

// Comment returns the comment with the given id.
func (s *Store) Comment(ctx context.Context, id int64) (StoredComment, error) {
	c, err := scanComment(s.db.QueryRowContext(ctx,
		`SELECT `+commentColumns+` FROM comments WHERE id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return c, ErrNoComment
	}
	return c, err
}

// Comments returns up to limit (-1: no limit) comments with the given
// status, on article (any article when ""), by id, newest first or oldest
// first, starting after the id `after` (0: from the start).
func (s *Store) Comments(ctx context.Context, status Status, article string, newestFirst bool, after int64, limit int) ([]StoredComment, error) {
	q := `SELECT ` + commentColumns + ` FROM comments WHERE status = ? AND (? = '' OR article = ?)`
	args := []any{string(status), article, article}
	if after > 0 {
		if newestFirst {
			q += ` AND id < ?`
		} else {
			q += ` AND id > ?`
		}
		args = append(args, after)
	}
	if newestFirst {
		q += ` ORDER BY id DESC`
	} else {
		q += ` ORDER BY id ASC`
	}
	q += ` LIMIT ?`
	args = append(args, limit)
	rows, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("list %s comments: %w", status, err)
	}
	defer rows.Close()
	var out []StoredComment
	for rows.Next() {
		c, err := scanComment(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// SetStatus changes where a comment stands and what the filter learned from it.
func (s *Store) SetStatus(ctx context.Context, id int64, status Status, learned Label) error {
	res, err := s.db.ExecContext(ctx, `UPDATE comments SET status = ?, learned = ? WHERE id = ?`,
		string(status), string(learned), id)
	if err != nil {
		return fmt.Errorf("update comment %d: %w", id, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return ErrNoComment
	}
	return nil
}

// DeleteComment removes a comment for good.
func (s *Store) DeleteComment(ctx context.Context, id int64) error {
	res, err := s.db.ExecContext(ctx, `DELETE FROM comments WHERE id = ?`, id)
	if err != nil {
		return fmt.Errorf("delete comment %d: %w", id, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return ErrNoComment
	}
	return nil
}

// SaveModel replaces the stored model.
func (s *Store) SaveModel(ctx context.Context, data []byte, now time.Time) error {
	_, err := s.db.ExecContext(ctx, `
		INSERT INTO model (id, data, updated) VALUES (1, ?, ?)
		ON CONFLICT (id) DO UPDATE SET data = excluded.data, updated = excluded.updated`,
		data, now.Unix())
	if err != nil {
		return fmt.Errorf("save model: %w", err)
	}
	return nil
}

// Model returns the stored model, or nil when none has been saved yet.
func (s *Store) Model(ctx context.Context) ([]byte, error) {
	var data []byte
	err := s.db.QueryRowContext(ctx, `SELECT data FROM model WHERE id = 1`).Scan(&data)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read model: %w", err)
	}
	return data, nil
}

// AddSession stores the hash of a new session that ends at expires.
func (s *Store) AddSession(ctx context.Context, hash []byte, now, expires time.Time) error {
	// Expired sessions are swept here, where they would otherwise pile up.
	if _, err := s.db.ExecContext(ctx, `DELETE FROM sessions WHERE expires <= ?`, now.Unix()); err != nil {
		return fmt.Errorf("sweep sessions: %w", err)
	}
	_, err := s.db.ExecContext(ctx, `INSERT INTO sessions (hash, expires) VALUES (?, ?)`, hash, expires.Unix())
	if err != nil {
		return fmt.Errorf("add session: %w", err)
	}
	return nil
}

// SessionValid reports whether a session with this hash exists and has not
// expired at now.
func (s *Store) SessionValid(ctx context.Context, hash []byte, now time.Time) (bool, error) {
	var n int
	err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM sessions WHERE hash = ? AND expires > ?`,
		hash, now.Unix()).Scan(&n)
	if err != nil {
		return false, fmt.Errorf("read session: %w", err)
	}
	return n > 0, nil
}

// DeleteSession ends a session.
func (s *Store) DeleteSession(ctx context.Context, hash []byte) error {
	_, err := s.db.ExecContext(ctx, `DELETE FROM sessions WHERE hash = ?`, hash)
	return err
}
