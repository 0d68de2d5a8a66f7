package main

import (
	"context"
	"errors"
	"fmt"
	"html/template"
	"net"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/commentkit/commentkit/moderation"
	"github.com/rivo/uniseg"
)

// Names of the comment form's fields.
const (
	fieldName      = "name"
	fieldEmail     = "email"
	fieldWebsite   = "website"
	fieldBody      = "body"
	fieldFormToken = "form_token"
	// fieldHoneypot is hidden from people by CSS and from screen readers by
	// aria-hidden; bots that fill every field with a URL-like name fill it.
	fieldHoneypot = "homepage"
)

// commentForm is what the commenter typed, kept to refill the form when the
// comment cannot be accepted as it is.
type commentForm struct {
	Name, Email, Website, Body string
	// Token is the form token to render instead of a new one: the
	// submitted one (see answer.sameForm). "": a new one.
	Token string
}

// commentView is a stored comment as a page shows it.
type commentView struct {
	ID         int64
	Author     string
	Email      string
	Website    string // as given; shown to moderators only
	WebsiteURL string // an http(s) URL to link the author's name to, or ""
	IP         string
	Created    time.Time
	Score      float64
	Flags      []moderation.Flag
	Status     Status
	// HTML is moderation.Result.HTML: escaped text with links made safe by
	// the library. It is the only HTML this site renders from a visitor.
	HTML template.HTML
}

func viewComment(c StoredComment) commentView {
	v := commentView{
		ID:      c.ID,
		Author:  c.Author,
		Email:   c.Email,
		Website: c.Website,
		IP:      c.IP,
		Created: c.Created,
		Score:   c.Score,
		Flags:   c.Flags,
		Status:  c.Status,
		HTML:    template.HTML(c.HTML),
	}
	if v.Author == "" {
		v.Author = "Anonymous"
	}
	if u, err := url.Parse(c.Website); err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != "" {
		v.WebsiteURL = u.String()
	}
	return v
}

// articlePage is the data of the article page.
type articlePage struct {
	Article   Article
	Comments  []commentView
	Form      commentForm
	Count     int // characters in Form.Body, as the counter shows them
	MaxLength int
	Notice    string // what happened to the comment just sent
	Error     string // why the comment in Form was not accepted
	CSRF      string
	FormToken string
}

// Notices after a comment was sent, chosen by the ?comment= query parameter,
// so that nothing a visitor puts in a URL is shown on the page.
var notices = map[string]string{
	"approved": "Thank you! Your comment is published below.",
	"held":     "Thank you! Your comment awaits review by a moderator and will appear here once it is approved.",
}

// rejectedMessage is what a commenter reads when the filter rejects a
// comment: polite, and with nothing a spammer could tune against. It asks
// for a minute's wait: sent again at once, the comment would be judged
// with the flood and the near duplicate of the one rejected, and rejected
// again; a minute later the flood is over, and a copy that is still
// nearly the same is held for a moderator rather than rejected
// (TestRejectedCommentSentAgainLater). It asks for the comment to be
// rephrased: one rejected for its words, sent again as it was, is
// rejected again for the same words.
const rejectedMessage = "Sorry, we could not publish this comment: our filter took it for spam or advertising. " +
	"If that is a mistake, wait a minute, then rephrase it (with fewer links, if it has several) and send it again."

func (s *Server) handleArticle(w http.ResponseWriter, r *http.Request) {
	s.renderArticle(w, r, http.StatusOK, commentForm{}, notices[r.URL.Query().Get("comment")], "")
}

func (s *Server) renderArticle(w http.ResponseWriter, r *http.Request, status int, form commentForm, notice, errMsg string) {
	stored, err := s.store.Comments(r.Context(), StatusApproved, s.article.Slug, false, 0, -1)
	if err != nil {
		s.log.Error("list comments", "err", err)
		s.message(w, r, http.StatusInternalServerError, messagePage{
			Title:   "Something went wrong",
			Message: "The comments could not be loaded. Please try again in a moment.",
		})
		return
	}
	formToken := form.Token
	if formToken == "" {
		formToken = moderation.NewFormToken(s.formKey, s.now())
	}
	comments := make([]commentView, len(stored))
	for i, c := range stored {
		comments[i] = viewComment(c)
	}
	s.render(w, r, status, "article", articlePage{
		Article:   s.article,
		Comments:  comments,
		Form:      form,
		Count:     uniseg.GraphemeClusterCount(form.Body),
		MaxLength: maxLength,
		Notice:    notice,
		Error:     errMsg,
		CSRF:      s.csrfToken(w, r),
		FormToken: formToken,
	})
}

func (s *Server) handleSubmit(w http.ResponseWriter, r *http.Request) {
	if !s.parseForm(w, r, maxCommentForm) {
		return
	}
	if !s.checkCSRF(w, r, s.article.Path) {
		return
	}
	f := r.PostForm
	form := commentForm{
		Name:    oneLine(f.Get(fieldName)),
		Email:   oneLine(f.Get(fieldEmail)),
		Website: oneLine(f.Get(fieldWebsite)),
		Body:    f.Get(fieldBody),
	}
	if msg := form.fieldError(); msg != "" {
		// Check has not seen the form: it is still the one first shown.
		form.Token = f.Get(fieldFormToken)
		s.renderArticle(w, r, http.StatusUnprocessableEntity, form, "", msg)
		return
	}
	sent := &StoredComment{
		Article:   s.article.Slug,
		PageURL:   s.pageURL(r),
		Author:    form.Name,
		Email:     form.Email,
		Website:   form.Website,
		Body:      form.Body,
		IP:        clientIP(r),
		UserAgent: r.UserAgent(),
		Referrer:  r.Referer(),
		FormToken: f.Get(fieldFormToken),
		Honeypot:  f.Get(fieldHoneypot),
		Created:   s.now(),
	}
	a := s.accept(r.Context(), sent)
	if a.to != nil {
		// Post/Redirect/Get: reloading the page does not send the comment twice.
		http.Redirect(w, r, outcomeURL(s.article, a.to), http.StatusSeeOther)
		return
	}
	if a.sameForm {
		form.Token = sent.FormToken
	}
	s.renderArticle(w, r, a.status, form, "", a.errMsg)
}

// answer is what to tell the commenter about a comment sent: where to go,
// or why the form is shown again.
type answer struct {
	to *StoredComment // the comment to send the commenter to; nil: show the form again

	status int    // of the page showing the form again
	errMsg string // why, for the commenter
	// sameForm keeps the submitted form token in the page instead of a
	// new one, in two cases:
	//   - Check has not used the token: it was not called, or it returned
	//     an error, which it does only before it reads or records any
	//     state (a length error). The form
	//     is still the one the commenter loaded, maybe minutes ago; a new
	//     token would date it from now, and the comment fixed and sent
	//     again at once would be held as too_fast.
	//   - Check has counted the comment, but it was not saved (or an
	//     earlier copy still holds the form's lock): sending it again with
	//     the same token is one comment sent twice (held, as a double
	//     click is), where a new token would make it a second comment
	//     within the flood interval repeating the first (rejected).
	// A token Check has judged into a verdict the commenter sees (a
	// rejection) is never given back: it is used, and a new form is due.
	sameForm bool
}

// Answers when something failed on the server's side.
const (
	notSavedMessage = "Something went wrong on our side and your comment was not saved. Please send it again in a moment."
	// busyMessage: the form is being handled by an earlier request (a
	// first click on Send) that has not finished within the deadline.
	// Sending it again finds that comment if it was saved in the meantime.
	busyMessage = "Your comment is still being sent from an earlier click, and that is taking longer than it should. " +
		"Please send it again in a moment: if the first copy was saved, you will be taken to it."
)

// accept judges sent and saves it, one copy of a form at a time, and says
// what to answer. It writes nothing: the answer is written once the form's
// lock is released, so that a client reading its answer slowly (or not at
// all) holds no lock that another request waits for.
//
// client is the request's context. What was sent is judged and saved even
// when the browser stops waiting for the answer: a second click on Send
// cancels the first request, and the second copy must then find the first
// one saved. Everything, the wait for the lock included, ends by the
// deadline of submitTimeout.
func (s *Server) accept(client context.Context, sent *StoredComment) answer {
	deadline := time.Now().Add(s.submitTimeout)
	work, cancel := context.WithDeadline(context.WithoutCancel(client), deadline)
	defer cancel()
	if sent.FormToken != "" {
		// A copy that waits gives up when its browser has gone: the copy
		// holding the lock is then the one that counts.
		wait, stop := context.WithDeadline(client, deadline)
		unlock, err := s.forms.lock(wait, sent.FormToken)
		stop()
		if err != nil {
			return answer{status: http.StatusServiceUnavailable, errMsg: busyMessage, sameForm: true}
		}
		defer unlock()
		first, err := s.store.SentBefore(work, sent)
		switch {
		case err == nil:
			// The same form with the same text from the same sender: a
			// double click, the back button, a retry. It is the comment
			// already saved, so the commenter goes where that one did.
			// (Check would take it for a second comment with a used
			// form: held, or rejected if the first was held.)
			return answer{to: &first}
		case !errors.Is(err, ErrNoComment):
			s.log.Error("look for the comment sent before", "err", err)
			return answer{status: http.StatusInternalServerError, errMsg: notSavedMessage, sameForm: true}
		}
	}
	c := moderation.Comment{
		Body:        sent.Body,
		Author:      sent.Author,
		AuthorEmail: sent.Email,
		AuthorURL:   sent.Website,
		IP:          sent.IP,
		UserAgent:   sent.UserAgent,
		Referrer:    sent.Referrer,
		PageURL:     sent.PageURL,
		PageTitle:   s.article.Title,
		FormToken:   sent.FormToken,
		Honeypot:    sent.Honeypot,
		Time:        sent.Created,
	}
	ctx, cancelCheck := context.WithTimeout(work, checkTimeout)
	defer cancelCheck()
	res, err := s.mod.Check(ctx, c)
	if err != nil {
		// Check returns an error before it has used the form's token
		// (moderation.Moderator.Check), so the form stays the same.
		if isCommenterError(err) {
			// Too long, empty, too large: the error says what to fix, with its
			// numbers, and the form keeps everything typed.
			return answer{status: http.StatusUnprocessableEntity, errMsg: err.Error(), sameForm: true}
		}
		s.log.Error("check comment", "err", err)
		return answer{status: http.StatusInternalServerError, errMsg: notSavedMessage, sameForm: true}
	}
	if res.Action == moderation.Reject {
		return answer{status: http.StatusOK, errMsg: rejectedMessage}
	}
	sent.Text, sent.HTML, sent.Score, sent.Flags = res.Text, res.HTML, res.Score, res.Flags
	sent.Status = StatusHeld
	if res.Action == moderation.Approve {
		sent.Status = StatusApproved
	}
	id, err := s.store.AddComment(work, sent)
	if err != nil {
		s.log.Error("save comment", "err", err)
		// Check has counted this form: sent again with it, the comment is
		// the same one sent twice (held), not a second one (rejected).
		return answer{status: http.StatusInternalServerError, errMsg: notSavedMessage, sameForm: true}
	}
	sent.ID = id
	return answer{to: sent}
}

// outcomeURL is where a commenter goes after sending c: to the comment
// once it is published, else to the notice that it awaits review. A
// comment marked spam since is not announced as such to whoever sends it
// again.
func outcomeURL(a Article, c *StoredComment) string {
	if c.Status == StatusApproved {
		return fmt.Sprintf("%s?comment=approved#comment-%d", a.Path, c.ID)
	}
	return a.Path + "?comment=held#respond"
}

// formLocks make the copies of one form wait for each other: a double
// click sends a form twice at once, and the second copy must find the
// first one saved rather than race it through Check.
//
// Each form token has a lock of its own, made when a request first asks
// for it and dropped when the last request holding or waiting for it
// leaves. So a request only ever waits for copies of its own form, and
// whatever tokens a client sends, it makes no one else wait. That needs
// no check of the token before the lock (Check verifies it): a client
// that sends a forged token waits for its own copies alone. A fixed set
// of locks picked by a hash of the token let a client that sent one token
// per lock hold up every commenter on the site; picking by a keyed hash of
// verified tokens would still let one client fill every lock with tokens
// from a few dozen page loads. Memory is one small entry per token in
// flight, and each such request already holds its form and a connection.
//
// The locks hold within this process; servers that share a database would
// claim the token there.
type formLocks struct {
	mu      sync.Mutex
	byToken map[string]*formLock // the tokens in flight; nil until the first
}

// formLock is the lock of one form token.
type formLock struct {
	held chan struct{} // holds a value while a request holds the lock
	refs int           // requests holding or waiting for it; under formLocks.mu
}

// lock takes the lock of the form token and returns its unlock. It waits
// until ctx is done at most, and then returns ctx's error.
func (l *formLocks) lock(ctx context.Context, token string) (unlock func(), err error) {
	l.mu.Lock()
	m := l.byToken[token]
	if m == nil {
		if l.byToken == nil {
			l.byToken = map[string]*formLock{}
		}
		m = &formLock{held: make(chan struct{}, 1)}
		l.byToken[token] = m
	}
	m.refs++
	l.mu.Unlock()

	unlock = func() {
		<-m.held
		l.leave(token, m)
	}
	// A free lock is taken even when ctx is done: a browser that has gone
	// does not stop its comment from being saved (Server.accept).
	select {
	case m.held <- struct{}{}:
		return unlock, nil
	default:
	}
	select {
	case m.held <- struct{}{}:
		return unlock, nil
	case <-ctx.Done():
		l.leave(token, m)
		return nil, ctx.Err()
	}
}

// leave drops a request's reference to m, and m with the last.
func (l *formLocks) leave(token string, m *formLock) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if m.refs--; m.refs == 0 {
		delete(l.byToken, token)
	}
}

// fieldError checks the short fields, which the library does not see as the
// comment itself, and returns what to fix, or "".
func (f commentForm) fieldError() string {
	switch {
	case utf8.RuneCountInString(f.Name) > maxNameLength:
		return fmt.Sprintf("Your name is longer than %d characters; please shorten it.", maxNameLength)
	case utf8.RuneCountInString(f.Email) > maxEmailLength:
		return fmt.Sprintf("Your e-mail address is longer than %d characters; please check it.", maxEmailLength)
	case utf8.RuneCountInString(f.Website) > maxWebsiteLength:
		return fmt.Sprintf("Your website address is longer than %d characters; please shorten it.", maxWebsiteLength)
	case f.Email != "" && !strings.Contains(f.Email, "@"):
		return "Your e-mail address needs an @; or leave it empty."
	}
	return ""
}

// oneLine returns a short field of the form (name, e-mail, website) as it
// is checked, stored and shown: without bidi controls (Unicode's
// Bidi_Control: marks, embeddings, overrides, isolates) and control
// characters, and without spaces around it. A bidi control turns the text
// after it around ("\u202eAlice" shows as "ecilA"), so a name would not
// read as it is stored, and could pass for another; none belongs in a
// name, an address or a URL. The library drops the same from the body.
// Joiners (ZWJ, ZWNJ) stay: emoji sequences and Persian or Indic names
// need them.
func oneLine(s string) string {
	return strings.TrimSpace(strings.Map(func(r rune) rune {
		if unicode.Is(unicode.Bidi_Control, r) || unicode.IsControl(r) {
			return -1
		}
		return r
	}, s))
}

// isCommenterError reports whether err is one the commenter can fix.
func isCommenterError(err error) bool {
	var le *moderation.LengthError
	return errors.As(err, &le) ||
		errors.Is(err, moderation.ErrEmpty) ||
		errors.Is(err, moderation.ErrTooShort) ||
		errors.Is(err, moderation.ErrTooLong) ||
		errors.Is(err, moderation.ErrTooLarge)
}

// clientIP is the address the request came from. This example serves
// browsers directly; behind a proxy, take it from the proxy's header instead.
func clientIP(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}

// pageURL is the absolute URL of the article, as the library's checks see it.
func (s *Server) pageURL(r *http.Request) string {
	scheme := "http"
	if isTLS(r) {
		scheme = "https"
	}
	return scheme + "://" + r.Host + s.article.Path
}
