package moderation

import (
	"github.com/commentkit/commentkit/linkify"
	"github.com/microcosm-cc/bluemonday"
)

// Config sets up a Moderator. The zero Config is the documented defaults.
// SKELETON: fields are filled in by the pipeline work.
type Config struct {
	MaxBytes       int
	MaxLength      int
	MinLength      int
	Policy         *bluemonday.Policy
	Linkifier      *linkify.Linkifier
	MaxLinks       int
	AllowedDomains []string
	Phrases        []string
	BlockedWords   []string
	HoldWords      []string
	Checks         []Checker
	HoldScore      float64
	RejectScore    float64
}
