package main

import (
	"html/template"
	"strconv"
	"time"
)

// templateFuncs are the helpers the templates use. None of them returns HTML.
var templateFuncs = template.FuncMap{
	// date formats a comment's time for readers, in UTC.
	"date": func(t time.Time) string { return t.UTC().Format("2 January 2006 at 15:04 UTC") },
	// iso is the machine-readable time of a <time> element.
	"iso": func(t time.Time) string { return t.UTC().Format(time.RFC3339) },
	// score prints a flag or comment score.
	"score": func(f float64) string { return strconv.FormatFloat(f, 'f', 2, 64) },
}
