package main

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"errors"
	"fmt"
	"math"
	"net/http"
	"strconv"

	"github.com/commentkit/commentkit/moderation"
)

// moderatePage is the data of the moderation pages.
type moderatePage struct {
	Article  Article
	View     string // "held" or "approved"
	Comments []commentView
	More     int64 // id to continue after on the next page, or 0
	CSRF     string
}

// loginPage is the data of the login form.
type loginPage struct {
	Error string
	CSRF  string
}

// moderator reports whether r carries a valid moderator session.
func (s *Server) moderator(r *http.Request) bool {
	c, err := r.Cookie(sessionCookie)
	if err != nil || c.Value == "" {
		return false
	}
	ok, err := s.store.SessionValid(r.Context(), sessionHash(c.Value), s.now())
	if err != nil {
		s.log.Error("read session", "err", err)
		return false
	}
	return ok
}

func (s *Server) handleModerate(w http.ResponseWriter, r *http.Request) {
	s.listForModerator(w, r, StatusHeld)
}

func (s *Server) handleApproved(w http.ResponseWriter, r *http.Request) {
	s.listForModerator(w, r, StatusApproved)
}

func (s *Server) listForModerator(w http.ResponseWriter, r *http.Request, status Status) {
	if !s.moderator(r) {
		// A form login, not HTTP authentication: the page is a 200, and
		// 401 (which needs WWW-Authenticate) is not used anywhere.
		s.render(w, r, http.StatusOK, "login", loginPage{CSRF: s.csrfToken(w, r)})
		return
	}
	after, _ := strconv.ParseInt(r.URL.Query().Get("after"), 10, 64)
	// Held comments oldest first, as a queue; approved ones newest first,
	// where spam that slipped through is most likely to be noticed.
	newestFirst := status == StatusApproved
	stored, err := s.store.Comments(r.Context(), status, "", newestFirst, after, pageSize+1)
	if err != nil {
		s.log.Error("list comments", "status", status, "err", err)
		s.message(w, r, http.StatusInternalServerError, messagePage{
			Title: "Something went wrong", Message: "The comments could not be loaded. Please try again in a moment.",
			Back: sessionPath, BackText: "Back to moderation",
		})
		return
	}
	page := moderatePage{Article: s.article, View: string(status), CSRF: s.csrfToken(w, r)}
	if len(stored) > pageSize {
		stored = stored[:pageSize]
		page.More = stored[pageSize-1].ID
	}
	for _, c := range stored {
		page.Comments = append(page.Comments, viewComment(c))
	}
	s.render(w, r, http.StatusOK, "moderate", page)
}

func (s *Server) handleLogin(w http.ResponseWriter, r *http.Request) {
	if !s.parseForm(w, r, maxSmallForm) {
		return
	}
	if !s.checkCSRF(w, r, sessionPath) {
		return
	}
	addr, now := clientIP(r), s.now()
	if blocked, until := s.logins.blocked(addr, now); blocked {
		s.render(w, r, http.StatusTooManyRequests, "login", loginPage{
			Error: fmt.Sprintf("Too many wrong passwords. Try again in %d minutes.", int(math.Ceil(until.Sub(now).Minutes()))),
			CSRF:  s.csrfToken(w, r),
		})
		return
	}
	got := sha256.Sum256([]byte(r.PostForm.Get("password")))
	if !hmac.Equal(got[:], s.password[:]) {
		s.logins.fail(addr, now)
		s.render(w, r, http.StatusForbidden, "login", loginPage{
			Error: "That password is not right.",
			CSRF:  s.csrfToken(w, r),
		})
		return
	}
	s.logins.succeed(addr)
	value := randomToken(sessionBytes)
	if err := s.store.AddSession(r.Context(), sessionHash(value), now, now.Add(sessionTTL)); err != nil {
		s.log.Error("add session", "err", err)
		s.message(w, r, http.StatusInternalServerError, messagePage{
			Title: "Something went wrong", Message: "You could not be logged in. Please try again in a moment.",
			Back: sessionPath, BackText: "Back to the login",
		})
		return
	}
	http.SetCookie(w, &http.Cookie{
		Name:     sessionCookie,
		Value:    value,
		Path:     sessionPath,
		MaxAge:   int(sessionTTL.Seconds()),
		HttpOnly: true,
		Secure:   isTLS(r),
		SameSite: http.SameSiteStrictMode,
	})
	http.Redirect(w, r, sessionPath, http.StatusSeeOther)
}

func (s *Server) handleLogout(w http.ResponseWriter, r *http.Request) {
	if !s.parseForm(w, r, maxSmallForm) {
		return
	}
	if !s.checkCSRF(w, r, sessionPath) {
		return
	}
	if c, err := r.Cookie(sessionCookie); err == nil {
		if err := s.store.DeleteSession(r.Context(), sessionHash(c.Value)); err != nil {
			s.log.Error("delete session", "err", err)
		}
	}
	http.SetCookie(w, &http.Cookie{
		Name: sessionCookie, Value: "", Path: sessionPath, MaxAge: -1,
		HttpOnly: true, Secure: isTLS(r), SameSite: http.SameSiteStrictMode,
	})
	http.Redirect(w, r, s.article.Path, http.StatusSeeOther)
}

// handleDecision applies a moderator's decision on one comment:
// approve (learn ham), spam (learn spam, hide) or delete.
func (s *Server) handleDecision(w http.ResponseWriter, r *http.Request) {
	if !s.parseForm(w, r, maxSmallForm) {
		return
	}
	if !s.checkCSRF(w, r, sessionPath) {
		return
	}
	if !s.moderator(r) {
		s.render(w, r, http.StatusForbidden, "login", loginPage{
			Error: "Your moderator session has ended. Log in again, then repeat the decision.",
			CSRF:  s.csrfToken(w, r),
		})
		return
	}
	// Back to the list the decision was made on; only our own two pages,
	// never a URL from the form.
	back := sessionPath
	if r.PostForm.Get("back") == "approved" {
		back = sessionPath + "/approved"
	}
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		s.handleNotFound(w, r)
		return
	}
	action := r.PathValue("action")
	ctx, cancel := context.WithTimeout(r.Context(), learnTimeout)
	defer cancel()
	switch action {
	case "approve":
		err = s.approve(ctx, id)
	case "spam":
		err = s.markSpam(ctx, id)
	case "delete":
		err = s.store.DeleteComment(ctx, id)
	default:
		s.handleNotFound(w, r)
		return
	}
	switch {
	case errors.Is(err, ErrNoComment):
		s.message(w, r, http.StatusNotFound, messagePage{
			Title: "No such comment", Message: "That comment is gone: another moderator may have dealt with it.",
			Back: back, BackText: "Back to moderation",
		})
	case errors.Is(err, errWrongStatus):
		s.message(w, r, http.StatusConflict, messagePage{
			Title: "Already decided", Message: "That comment is no longer waiting for this decision: another moderator may have dealt with it.",
			Back: back, BackText: "Back to moderation",
		})
	case err != nil:
		s.log.Error("moderate comment", "id", id, "action", action, "err", err)
		s.message(w, r, http.StatusInternalServerError, messagePage{
			Title: "Something went wrong", Message: "The decision was not saved. Please try again in a moment.",
			Back: back, BackText: "Back to moderation",
		})
	default:
		http.Redirect(w, r, back, http.StatusSeeOther)
	}
}

var errWrongStatus = errors.New("comment is not in a state for this decision")

// learnComment rebuilds the Comment given to Check, for Learn and Unlearn:
// the filter learns a comment as it saw it, flags included.
func (s *Server) learnComment(c StoredComment) moderation.Comment {
	return moderation.Comment{
		Body:        c.Body,
		Author:      c.Author,
		AuthorEmail: c.Email,
		AuthorURL:   c.Website,
		IP:          c.IP,
		UserAgent:   c.UserAgent,
		Referrer:    c.Referrer,
		PageURL:     c.PageURL,
		PageTitle:   s.article.Title,
		FormToken:   c.FormToken,
		Honeypot:    c.Honeypot,
		Time:        c.Created,
	}
}

// approve publishes a held comment and teaches the filter it was good.
func (s *Server) approve(ctx context.Context, id int64) error {
	s.learnMu.Lock()
	defer s.learnMu.Unlock()
	c, err := s.store.Comment(ctx, id)
	if err != nil {
		return err
	}
	if c.Status != StatusHeld {
		return errWrongStatus
	}
	if c.Learned != LabelHam { // already learned when an earlier try failed after its lesson
		if err := s.teach(ctx, &c, LabelHam); err != nil {
			return err
		}
	}
	if err := s.store.SetStatus(ctx, id, StatusApproved, LabelHam); err != nil {
		return err
	}
	return s.saveModelLogged(ctx)
}

// markSpam hides a held or published comment and teaches the filter it was
// spam, first taking back a lesson that it was good.
func (s *Server) markSpam(ctx context.Context, id int64) error {
	s.learnMu.Lock()
	defer s.learnMu.Unlock()
	c, err := s.store.Comment(ctx, id)
	if err != nil {
		return err
	}
	if c.Status == StatusSpam {
		return errWrongStatus
	}
	if c.Learned != LabelSpam {
		if err := s.teach(ctx, &c, LabelSpam); err != nil {
			return err
		}
	}
	if err := s.store.SetStatus(ctx, id, StatusSpam, LabelSpam); err != nil {
		return err
	}
	return s.saveModelLogged(ctx)
}

// teach changes the filter's lesson about c to label: it takes back the
// lesson c.Learned, then learns label. Each step records its label in the
// database first and acts second, and puts the old label back if the
// filter refuses. So a moderator who retries after any failure never
// teaches one comment twice: at worst, when the database fails twice in a
// row, a lesson is lost, which the next decision about the comment mends.
func (s *Server) teach(ctx context.Context, c *StoredComment, label Label) error {
	lc := s.learnComment(*c)
	if c.Learned == LabelHam || c.Learned == LabelSpam {
		if err := s.store.SetStatus(ctx, c.ID, c.Status, LabelNone); err != nil {
			return err
		}
		if err := s.mod.Unlearn(ctx, lc, filterLabel(c.Learned)); err != nil {
			s.restoreLabel(ctx, c, c.Learned)
			return fmt.Errorf("unlearn %s: %w", c.Learned, err)
		}
		c.Learned = LabelNone
	}
	if err := s.store.SetStatus(ctx, c.ID, c.Status, label); err != nil {
		return err
	}
	if err := s.mod.Learn(ctx, lc, filterLabel(label)); err != nil {
		s.restoreLabel(ctx, c, LabelNone)
		return fmt.Errorf("learn %s: %w", label, err)
	}
	c.Learned = label
	return nil
}

// restoreLabel records, after the filter refused a lesson, the label the
// filter still has for c.
func (s *Server) restoreLabel(ctx context.Context, c *StoredComment, label Label) {
	if err := s.store.SetStatus(ctx, c.ID, c.Status, label); err != nil {
		s.log.Error("record the label the filter has", "id", c.ID, "label", label, "err", err)
	}
}

// filterLabel is the moderation.Label of a label the database records.
func filterLabel(l Label) moderation.Label {
	if l == LabelSpam {
		return moderation.Spam
	}
	return moderation.Ham
}

// saveModelLogged saves the model after a lesson. The decision itself is
// already saved; if the model cannot be, the next lesson or shutdown saves
// it, so the moderator is not shown an error for it.
func (s *Server) saveModelLogged(ctx context.Context) error {
	if err := s.saveModel(ctx); err != nil {
		s.log.Error("save learned model", "err", err)
	}
	return nil
}
