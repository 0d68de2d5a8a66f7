package moderation

import "context"

// Checker is one check of a comment. Check reads the prepared View and
// returns the flags it raises, or nil. A Checker is called from many
// goroutines at once: it must not change the View or any state of its own
// without locking. It must not re-parse the comment: everything it needs is
// in the View.
type Checker interface {
	Check(ctx context.Context, v *View) []Flag
}

// CheckFunc adapts an ordinary function to a Checker.
type CheckFunc func(ctx context.Context, v *View) []Flag

// Check calls f(ctx, v).
func (f CheckFunc) Check(ctx context.Context, v *View) []Flag { return f(ctx, v) }
