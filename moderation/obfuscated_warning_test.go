package moderation

import "testing"

// TestObfuscatedLinkQuotedWarning: a disguised link a reader quotes from
// a message they received, and calls a scam or a fake, is a warning and
// weighs nothing; the same disguise unquoted, or quoted with no word of
// a scam, or quoted in a comment that sends the reader to someone, still
// holds.
func TestObfuscatedLinkQuotedWarning(t *testing.T) {
	runVerdicts(t, []verdictCase{
		{`My neighbour had a letter saying "your parcel is waiting, pay the fee at royal-post-redelivery dot com". It's a scam, the real one never asks that way.`, Approve, CodeObfuscatedLink},
		{`A text came in: 'Your bank card is locked, verify now at secure-card-check dot net'. Fake, obviously, I rang the number on the back of my card instead.`, Approve, CodeObfuscatedLink},
		{`Pay the fee at royal-post-redelivery dot com and your parcel is released today.`, Hold, CodeObfuscatedLink},
		{`My cousin recommended "cheap-watches-outlet dot com" and it was great, honestly.`, Hold, CodeObfuscatedLink},
		{`I was scammed by a fake broker, then "fund-recovery-experts dot net" got my money back, contact them today.`, Hold, CodeObfuscatedLink},
	})
}
