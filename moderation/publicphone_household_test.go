package moderation

import "testing"

// TestPublicNumberHousehold: a public service's number given by a reader
// who speaks as a family ("we", "our daughter") is no contact detail of
// a business; a firm's "we" beside a public word, or a family's story
// that sends the reader to write to a third person, still counts.
func TestPublicNumberHousehold(t *testing.T) {
	runVerdicts(t, []verdictCase{
		{"Keep the poison control number handy, 1-800-222-1222: we rang it at midnight when our daughter ate a dishwasher tablet.", Approve, ""},
		{"The police non-emergency number is 101, we used it when our kids' bikes went missing from the shed.", Approve, ""},
		{"Police vetted, we come out the same day. Ring us on 0161 832 4417 for a quote.", Hold, CodeContact},
		{"Our son lost his savings and the police did nothing, then we found an agent who got it back, text him on +44 7700 900145.", Hold, CodeContact},
	})
}
