package main

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"embed"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"log/slog"
	"net/http"
	"sync"
	"time"

	"github.com/commentkit/commentkit/moderation"
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

// Limits of the site, each with its reason.
const (
	// maxLength is the comment box's rule: "0 of 8192 characters used".
	maxLength = 8192

	// maxCommentForm caps a comment POST. The library refuses a Body over
	// 64 KiB (ErrTooLarge) with a clear message; URL-encoding can triple
	// non-ASCII text, so the cap leaves room for that and the other fields,
	// and anything larger is not a comment.
	maxCommentForm = 1 << 20
	// maxSmallForm caps the moderator's forms, which carry a password or an id.
	maxSmallForm = 8 << 10

	// Most characters in the name, e-mail and website fields: a name longer
	// than a line, an address longer than RFC 5321 allows (254) or a URL
	// longer than browsers keep in practice is not a real one.
	maxNameLength    = 100
	maxEmailLength   = 254
	maxWebsiteLength = 2048

	// checkTimeout bounds one moderation.Check, store included, so a slow
	// store cannot hold a request open.
	checkTimeout = 5 * time.Second
	// submitTimeout bounds everything a comment waits for: the lock of its
	// form (held by another copy of it), Check and the save. A copy that
	// cannot get the lock in time answers "send it again" instead of
	// hanging. It is well under main's writeTimeout (30 s), which also
	// counts reading the form, so the answer can still be written.
	submitTimeout = 15 * time.Second
	// learnTimeout bounds a moderator's decision: Learn, Export and the save.
	learnTimeout = 10 * time.Second

	// sessionTTL is how long a moderator stays logged in: a working day.
	sessionTTL = 12 * time.Hour

	// pageSize is how many comments one moderation page lists.
	pageSize = 50

	// secretBytes is the size of the site's key (256 bits).
	secretBytes = 32
)

// Options configures a Server.
type Options struct {
	// Password is the moderator password. Required.
	Password string
	// Moderation is the filter's Config. MaxLength is always the box's 8192;
	// FormKey is derived from the site's key when nil.
	Moderation moderation.Config
	// Logger receives errors that the visitor cannot act on. Default: slog.Default().
	Logger *slog.Logger
	// Now is the clock. Default: time.Now.
	Now func() time.Time
}

// Server serves the article, its comment box and the moderation pages.
// It is an http.Handler, safe for concurrent use.
type Server struct {
	store    *Store
	mod      *moderation.Moderator
	password [sha256.Size]byte // compared as hashes, in constant time
	csrfKey  []byte
	formKey  []byte // signs the form tokens that time a comment's writing
	article  Article
	pages    map[string]*template.Template
	handler  http.Handler
	log      *slog.Logger
	now      func() time.Time

	logins loginLimiter // wrong passwords per address
	forms  formLocks    // the copies of one form, one after the other
	// submitTimeout is the constant of that name; tests shorten it.
	submitTimeout time.Duration

	// learnMu orders lessons with the saves of the model they produce, so the
	// last model saved is the one that has learned every lesson.
	learnMu sync.Mutex
}

// NewServer builds the server over store: it reads (or creates) the site's
// key, builds the Moderator and loads the learned model saved by a previous run.
func NewServer(ctx context.Context, store *Store, opts Options) (*Server, error) {
	if opts.Password == "" {
		return nil, errors.New("commentbox: a moderator password is required")
	}
	s := &Server{
		store:    store,
		password: sha256.Sum256([]byte(opts.Password)),
		article:  sampleArticle,
		log:      opts.Logger,
		now:      opts.Now,

		submitTimeout: submitTimeout,
	}
	if s.log == nil {
		s.log = slog.Default()
	}
	if s.now == nil {
		s.now = time.Now
	}
	secret, err := store.Secret(ctx, "site-key", secretBytes)
	if err != nil {
		return nil, err
	}
	s.csrfKey = deriveKey(secret, "csrf")

	cfg := opts.Moderation
	cfg.MaxLength = maxLength
	if cfg.FormKey == nil {
		cfg.FormKey = deriveKey(secret, "form-token")
	}
	s.formKey = cfg.FormKey
	if s.mod, err = moderation.New(cfg); err != nil {
		return nil, fmt.Errorf("commentbox: moderation: %w", err)
	}
	if err := s.loadModel(ctx); err != nil {
		return nil, err
	}
	if s.pages, err = parsePages(); err != nil {
		return nil, err
	}
	// The CSRF token ties a form to the browser's cookie, but a page on a
	// sibling subdomain can set that cookie to a value it has fetched a
	// token for. The browser's own Sec-Fetch-Site and Origin headers say
	// where a POST came from, whatever the cookies hold.
	cop := http.NewCrossOriginProtection()
	cop.SetDenyHandler(http.HandlerFunc(s.handleCrossOrigin))
	s.handler = withSecurityHeaders(cop.Handler(s.routes()))
	return s, nil
}

func (s *Server) handleCrossOrigin(w http.ResponseWriter, r *http.Request) {
	s.message(w, r, http.StatusForbidden, messagePage{
		Title:   "Sent from another site",
		Message: "Your browser says this form was sent from another site, so it was not accepted. Open the article here and send it again.",
	})
}

// deriveKey gives each use of the site's key its own key, so that a token
// made for one purpose is never valid for another.
func deriveKey(secret []byte, purpose string) []byte {
	mac := hmac.New(sha256.New, secret)
	mac.Write([]byte("commentbox " + purpose))
	return mac.Sum(nil)
}

func (s *Server) routes() http.Handler {
	static, _ := fs.Sub(staticFS, "static")
	mux := http.NewServeMux()
	mux.HandleFunc("GET /{$}", s.handleArticle)
	mux.HandleFunc("POST /comments", s.handleSubmit)
	mux.Handle("GET /static/", http.StripPrefix("/static/", withCache(http.FileServerFS(static))))
	mux.HandleFunc("GET /moderate", s.handleModerate)
	mux.HandleFunc("GET /moderate/approved", s.handleApproved)
	mux.HandleFunc("POST /moderate/login", s.handleLogin)
	mux.HandleFunc("POST /moderate/logout", s.handleLogout)
	mux.HandleFunc("POST /moderate/comments/{id}/{action}", s.handleDecision)
	mux.HandleFunc("/", s.handleNotFound)
	return mux
}

// ServeHTTP serves the site.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.handler.ServeHTTP(w, r) }

// Close saves the learned model one last time. It does not close the store.
func (s *Server) Close(ctx context.Context) error {
	s.learnMu.Lock()
	defer s.learnMu.Unlock()
	return s.saveModel(ctx)
}

// loadModel imports the model a previous run saved, if any.
func (s *Server) loadModel(ctx context.Context) error {
	data, err := s.store.Model(ctx)
	if err != nil || data == nil {
		return err
	}
	if err := s.mod.Import(ctx, bytes.NewReader(data)); err != nil {
		return fmt.Errorf("commentbox: the learned model saved in the database cannot be read: %w", err)
	}
	return nil
}

// saveModel exports the learned model into the database. The caller holds learnMu.
func (s *Server) saveModel(ctx context.Context) error {
	var buf bytes.Buffer
	if err := s.mod.Export(ctx, &buf); err != nil {
		return fmt.Errorf("export model: %w", err)
	}
	return s.store.SaveModel(ctx, buf.Bytes(), s.now())
}

func withCache(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		// Embedded files carry no modification time to revalidate against;
		// a short lifetime keeps a new build's script from waiting long.
		w.Header().Set("Cache-Control", "public, max-age=300")
		h.ServeHTTP(w, r)
	})
}

func parsePages() (map[string]*template.Template, error) {
	pages := map[string]*template.Template{}
	for _, name := range []string{"article", "login", "moderate", "message"} {
		t, err := template.New(name).Funcs(templateFuncs).ParseFS(templateFS, "templates/layout.html", "templates/"+name+".html")
		if err != nil {
			return nil, fmt.Errorf("commentbox: template %s: %w", name, err)
		}
		pages[name] = t
	}
	return pages, nil
}

// render writes a page. It executes the template into a buffer first, so a
// template error gives a clean 500, not half a page.
func (s *Server) render(w http.ResponseWriter, r *http.Request, status int, page string, data any) {
	var buf bytes.Buffer
	if err := s.pages[page].ExecuteTemplate(&buf, "layout", data); err != nil {
		s.log.Error("render page", "page", page, "err", err)
		http.Error(w, "Something went wrong on our side.", http.StatusInternalServerError)
		return
	}
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	// Pages carry per-browser tokens and moderator data: no shared caching.
	h.Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	w.Write(buf.Bytes())
}

// messagePage is a page with a title, a sentence and a way back.
type messagePage struct {
	Title, Message string
	Back           string // a path on this site
	BackText       string
}

func (s *Server) message(w http.ResponseWriter, r *http.Request, status int, p messagePage) {
	if p.Back == "" {
		p.Back, p.BackText = "/", "Back to the article"
	}
	s.render(w, r, status, "message", p)
}

func (s *Server) handleNotFound(w http.ResponseWriter, r *http.Request) {
	s.message(w, r, http.StatusNotFound, messagePage{
		Title:   "Page not found",
		Message: "There is nothing at this address.",
	})
}

// parseForm reads a POSTed form of at most limit bytes. On failure it has
// answered the request and returns false.
func (s *Server) parseForm(w http.ResponseWriter, r *http.Request, limit int64) bool {
	r.Body = http.MaxBytesReader(w, r.Body, limit)
	err := r.ParseForm()
	if err == nil {
		return true
	}
	var tooBig *http.MaxBytesError
	if errors.As(err, &tooBig) {
		s.message(w, r, http.StatusRequestEntityTooLarge, messagePage{
			Title:   "Too much to send",
			Message: fmt.Sprintf("The form sent more than %d KiB, which is more than any comment can be.", limit>>10),
		})
		return false
	}
	s.message(w, r, http.StatusBadRequest, messagePage{
		Title:   "The form could not be read",
		Message: "Your browser sent a form this site could not read. Please go back and try again.",
	})
	return false
}

// checkCSRF answers the request and returns false when its form does not
// carry this browser's CSRF token.
func (s *Server) checkCSRF(w http.ResponseWriter, r *http.Request, back string) bool {
	if s.validCSRF(r) {
		return true
	}
	s.message(w, r, http.StatusForbidden, messagePage{
		Title: "This form has expired",
		Message: "The form was sent without the security token this site gave your browser, so it was not accepted. " +
			"This happens when cookies are blocked or the form was sent from another site. " +
			"Go back with your browser, copy what you wrote, reload the page and send it again.",
		Back:     back,
		BackText: "Back",
	})
	return false
}
