package moderation

// Comment is what a commenter submitted, with the context a check may need.
type Comment struct {
	Body                           string // what the commenter typed
	Author, AuthorEmail, AuthorURL string
	IP, UserAgent, Referrer        string
	PageURL, PageTitle             string // the article the comment is on
}
