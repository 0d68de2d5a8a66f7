package moderation

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"encoding/binary"
	"errors"
	"time"
)

// Defaults of the form checks (CodeTooFast, CodeHoneypot).
const (
	// DefaultMinSubmitTime: a person needs more than three seconds to read
	// a form and type a comment; a script posting on render does not.
	DefaultMinSubmitTime = 3 * time.Second
	// DefaultMaxFormAge: a comment written over a day after its page was
	// rendered is rare, and a token older than that may have been
	// harvested to replay.
	DefaultMaxFormAge = 24 * time.Hour
	// formClockSkew is how far in the future a render time may lie and still
	// be trusted: servers of one site disagree on the time by a little.
	formClockSkew = time.Minute
)

// formTokenVersion is the first byte of every form token, so the format can
// change without old tokens being misread.
const formTokenVersion = 1

// formTokenLen is the version byte, the render time in Unix milliseconds
// and the HMAC-SHA256 of both.
const formTokenLen = 1 + 8 + sha256.Size

// NewFormToken returns the token to put in a comment form rendered at the
// given time, signed with the site's key (HMAC-SHA256). Put it in a hidden
// field and hand it back in Comment.FormToken; with Config.FormKey set to
// the same key, Check flags a form sent back too fast (CodeTooFast) or a
// token that is missing, forged (CodeHoneypot) or too old (CodeTooFast).
// The token is URL-safe base64 and holds no secret.
func NewFormToken(key []byte, rendered time.Time) string {
	var b [formTokenLen]byte
	b[0] = formTokenVersion
	binary.BigEndian.PutUint64(b[1:9], uint64(rendered.UnixMilli()))
	mac := hmac.New(sha256.New, key)
	mac.Write(b[:9])
	mac.Sum(b[:9])
	return base64.RawURLEncoding.EncodeToString(b[:])
}

// errFormToken is why a form token was refused.
var (
	errTokenMissing = errors.New("the form token is missing")
	errTokenForged  = errors.New("the form token is not one this site issued")
)

// parseFormToken returns the render time a token signed with key holds.
func parseFormToken(key []byte, token string) (time.Time, error) {
	if token == "" {
		return time.Time{}, errTokenMissing
	}
	if base64.RawURLEncoding.DecodedLen(len(token)) != formTokenLen {
		return time.Time{}, errTokenForged
	}
	var b [formTokenLen]byte
	if _, err := base64.RawURLEncoding.Decode(b[:], []byte(token)); err != nil || b[0] != formTokenVersion {
		return time.Time{}, errTokenForged
	}
	mac := hmac.New(sha256.New, key)
	mac.Write(b[:9])
	if !hmac.Equal(mac.Sum(nil), b[9:]) {
		return time.Time{}, errTokenForged
	}
	return time.UnixMilli(int64(binary.BigEndian.Uint64(b[1:9]))), nil
}
