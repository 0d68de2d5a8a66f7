package moderation

import "strings"

// foldText returns text folded for matching. PLACEHOLDER until the folding lands.
func foldText(text string) string { return strings.ToLower(text) }

// splitWords splits folded text into words. PLACEHOLDER until the folding lands.
func splitWords(folded string) []string { return strings.Fields(folded) }
