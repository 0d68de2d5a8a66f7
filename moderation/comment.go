package moderation

import "time"

// Comment is what a commenter submitted, with the context a check may
// need. Only Body is required; checks that need a field that is empty
// simply do not fire (author_link needs AuthorURL or AuthorEmail, for
// example). A Comment is read, never changed.
type Comment struct {
	// Body is what the commenter typed, as the form sent it: it may hold
	// HTML, entities, any line ends and any Unicode. Check strips and
	// normalises it; store Result.Text, not Body.
	Body string

	Author      string // the name the commenter gave
	AuthorEmail string // the e-mail address the commenter gave; its domain counts as theirs unless it is a free-mail provider
	AuthorURL   string // the website the commenter gave; links to its domain are author_link

	IP        string // the address the comment came from, for checks of floods and repeats
	UserAgent string // the browser's User-Agent header (read by no built-in check; for checks of your own)
	Referrer  string // the page the form was posted from, the Referer header (likewise)

	PageURL   string // the article the comment is on (read by no built-in check; for checks of your own)
	PageTitle string // the title of that article (likewise)

	// FormToken is what NewFormToken put in the comment form when it was
	// rendered; Honeypot is the value of a form field hidden from people,
	// which must come back empty. Both are read only when Config.FormKey
	// is set (CodeTooFast, CodeHoneypot).
	FormToken string
	Honeypot  string

	// Time is when the comment was submitted; zero means now. The checks
	// that remember earlier comments measure their windows with it.
	Time time.Time
}
