package moderation

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/binary"
	"errors"
	"strings"
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
	// formClockSkew is how far in the future a time may lie and still be
	// trusted, as servers of one site disagree on the time by a little:
	// a form's render time, and a Comment.Time (submitTime), which past
	// it is taken as now.
	formClockSkew = time.Minute
)

// formTokenVersion is the first byte of every form token, so the format can
// change without old tokens being misread. Version 1 had no nonce, so two
// forms rendered in the same millisecond had one token, and a used token
// could not be told from a fresh one; it is no longer accepted.
const formTokenVersion = 2

// A form token is the version byte, the render time in Unix milliseconds, a
// random nonce that makes each token one of a kind, and the HMAC-SHA256 of
// the three.
const (
	formTokenNonce = 8
	formTokenBody  = 1 + 8 + formTokenNonce
	formTokenLen   = formTokenBody + sha256.Size
)

// NewFormToken returns the token to put in a comment form rendered at the
// given time, signed with the site's key (HMAC-SHA256). Put it in a hidden
// field and hand it back in Comment.FormToken; with Config.FormKey set to
// the same key, Check flags a form sent back too fast (CodeTooFast) or a
// token that is missing, forged or sent a second time (CodeHoneypot) or too
// old (CodeTooFast). Each call returns a new token, even for the same time:
// render a fresh one with every form. The token is URL-safe base64 and holds
// no secret.
//
// NewFormToken panics if key is empty, as New refuses such a FormKey: most
// often it is a key read from an unset variable, and a token signed with it
// is one anyone could forge.
func NewFormToken(key []byte, rendered time.Time) string {
	if len(key) == 0 {
		panic("moderation: NewFormToken with an empty key; see Config.FormKey")
	}
	var nonce [formTokenBody - 9]byte
	rand.Read(nonce[:]) // never fails (crypto/rand, Go 1.24+)
	return formTokenWith(key, rendered, nonce)
}

// formTokenWith is NewFormToken with the nonce given: a test's seed that
// is the same in every process.
func formTokenWith(key []byte, rendered time.Time, nonce [formTokenBody - 9]byte) string {
	var b [formTokenLen]byte
	b[0] = formTokenVersion
	binary.BigEndian.PutUint64(b[1:9], uint64(rendered.UnixMilli()))
	copy(b[9:formTokenBody], nonce[:])
	mac := hmac.New(sha256.New, key)
	mac.Write(b[:formTokenBody])
	mac.Sum(b[:formTokenBody])
	return base64.RawURLEncoding.EncodeToString(b[:])
}

// errFormToken is why a form token was refused.
var (
	errTokenMissing = errors.New("the form token is missing")
	errTokenForged  = errors.New("the form token is not one this site issued")
)

// formToken is what a verified form token holds.
type formToken struct {
	rendered time.Time
	// id tells this token from every other: the Store remembers it to
	// flag a form sent twice. Never 0.
	id uint64
}

// formTokenEncoding decodes a form token: the URL-safe base64 that
// NewFormToken writes, strictly. The last character of a token holds four
// bits beyond its bytes; a lenient decoder ignores them, so that sixteen
// strings would verify as each token NewFormToken made. Strictly, one does.
// Line breaks inside a token, which base64 skips, leave it short of
// bytes at the length of a token: parseFormToken counts the bytes.
var formTokenEncoding = base64.RawURLEncoding.Strict()

// parseFormToken returns what a token signed with key holds. Spaces
// around it are not part of it: a template that writes the hidden field's
// value on a line of its own sends them.
func parseFormToken(key []byte, token string) (formToken, error) {
	token = strings.TrimSpace(token)
	if token == "" {
		return formToken{}, errTokenMissing
	}
	if base64.RawURLEncoding.DecodedLen(len(token)) != formTokenLen {
		return formToken{}, errTokenForged
	}
	var b [formTokenLen]byte
	if n, err := formTokenEncoding.Decode(b[:], []byte(token)); err != nil || n != formTokenLen || b[0] != formTokenVersion {
		return formToken{}, errTokenForged
	}
	mac := hmac.New(sha256.New, key)
	mac.Write(b[:formTokenBody])
	if !hmac.Equal(mac.Sum(nil), b[formTokenBody:]) {
		return formToken{}, errTokenForged
	}
	return formToken{
		rendered: time.UnixMilli(int64(binary.BigEndian.Uint64(b[1:9]))),
		id:       binary.BigEndian.Uint64(b[9:formTokenBody]) | 1,
	}, nil
}
