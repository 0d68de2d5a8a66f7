package moderation

// DefaultChecks returns the built-in checks, set up from cfg's fields.
// PLACEHOLDER until the checks land.
func DefaultChecks(cfg Config) []Checker { return nil }
