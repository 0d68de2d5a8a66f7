package moderation

// Codes of the flags raised by the checks that remember (see [Store]).
// They are stable: switch on them.
const (
	// CodeDuplicate: the same or nearly the same text was posted within
	// Config.DuplicateWindow, on any page, by any author.
	CodeDuplicate = "duplicate"
	// CodeFlood: the IP or author commented again within
	// Config.FloodInterval, or more than Config.FloodMax times within
	// Config.FloodWindow.
	CodeFlood = "flood"
	// CodeRepeatHost: a link domain with no approved comments was posted by
	// Config.RepeatHostAuthors or more different authors, none of them
	// approved before, within Config.RepeatHostWindow.
	CodeRepeatHost = "repeat_host"
	// CodeNewAuthor: an author with no approved comments tripped another
	// check; this flag adds the weight that holds such a comment (none
	// when the other flags hold it already: it is still reported), unless
	// the learned model vouches for it (CodeBayes with a negative score).
	// Also an author with at least as many comments labelled spam as
	// approved: one approved comment does not cancel the spam moderators
	// deleted.
	CodeNewAuthor = "new_author"
	// CodeTooFast: the form came back sooner than Config.MinSubmitTime
	// after it was rendered, or its token is older than Config.MaxFormAge.
	CodeTooFast = "too_fast"
	// CodeHoneypot: the hidden honeypot field was filled, or the form
	// token is missing, forged or sent before.
	CodeHoneypot = "honeypot"
	// CodeBayes: the learned model rates the comment as spam (a positive
	// score, from support at 85% to a hold on its own at 99%) or as like
	// the comments moderators approved (a negative score, half a hold).
	CodeBayes = "bayes"
	// CodeStateUnavailable: the Store failed or the ctx ended before it
	// answered; the verdict is that of the checks that need no state.
	CodeStateUnavailable = "state_unavailable"
)
