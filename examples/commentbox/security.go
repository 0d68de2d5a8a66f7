package main

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"net/http"
)

// contentSecurityPolicy allows nothing the pages do not use: scripts, styles
// and images only from this site (so no inline script or style can run, even
// if one slipped into a page), forms only posted here, and no framing.
const contentSecurityPolicy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; " +
	"connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

// withSecurityHeaders sets the headers a careful site sends with every response.
func withSecurityHeaders(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", contentSecurityPolicy)
		h.Set("X-Content-Type-Options", "nosniff")
		// Comment links lead off the site: they learn the site, not the page.
		h.Set("Referrer-Policy", "strict-origin-when-cross-origin")
		h.Set("X-Frame-Options", "DENY") // frame-ancestors for browsers that predate CSP
		h.Set("Cross-Origin-Opener-Policy", "same-origin")
		h.Set("Permissions-Policy", "camera=(), microphone=(), geolocation=()")
		next.ServeHTTP(w, r)
	})
}

// isTLS reports whether r came over TLS, so cookies can be marked Secure.
func isTLS(r *http.Request) bool { return r.TLS != nil }

// randomToken returns n random bytes, base64url-encoded.
func randomToken(n int) string {
	b := make([]byte, n)
	rand.Read(b) // never fails: see crypto/rand.Read
	return base64.RawURLEncoding.EncodeToString(b)
}

// Cross-site request forgery: signed double-submit. A browser gets a random
// cookie; every form carries HMAC(key, cookie). A forged request from another
// site cannot read the cookie to compute the field. A neighbouring subdomain
// can plant a cookie whose token it fetched itself; the server's
// CrossOriginProtection (NewServer) refuses such a cross-origin POST.
const (
	csrfCookie = "commentbox_csrf"
	csrfField  = "csrf"
	// csrfBytes of randomness: 256 bits, beyond guessing.
	csrfBytes = 32
)

// csrfToken returns the token to put in forms on the page answering r,
// setting the browser's cookie first if it has none.
func (s *Server) csrfToken(w http.ResponseWriter, r *http.Request) string {
	value := ""
	if c, err := r.Cookie(csrfCookie); err == nil && len(c.Value) >= csrfBytes {
		value = c.Value
	} else {
		value = randomToken(csrfBytes)
		http.SetCookie(w, &http.Cookie{
			Name:     csrfCookie,
			Value:    value,
			Path:     "/",
			HttpOnly: true,
			Secure:   isTLS(r),
			// Lax, not Strict: a reader who follows a link here from another
			// site must not get a new cookie that breaks forms open in other tabs.
			SameSite: http.SameSiteLaxMode,
		})
	}
	return s.signCSRF(value)
}

func (s *Server) signCSRF(cookie string) string {
	mac := hmac.New(sha256.New, s.csrfKey)
	mac.Write([]byte(cookie))
	return base64.RawURLEncoding.EncodeToString(mac.Sum(nil))
}

// validCSRF reports whether the form in r carries the token that matches its cookie.
// The form must be parsed.
func (s *Server) validCSRF(r *http.Request) bool {
	c, err := r.Cookie(csrfCookie)
	if err != nil || c.Value == "" {
		return false
	}
	got := r.PostForm.Get(csrfField)
	return hmac.Equal([]byte(got), []byte(s.signCSRF(c.Value)))
}

// Moderator sessions: a random id in an HttpOnly, SameSite=Strict cookie
// limited to /moderate; the database keeps only its SHA-256.
const (
	sessionCookie = "commentbox_session"
	sessionPath   = "/moderate"
	sessionBytes  = 32
)

func sessionHash(value string) []byte {
	h := sha256.Sum256([]byte(value))
	return h[:]
}
