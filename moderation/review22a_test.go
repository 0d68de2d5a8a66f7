package moderation

import "testing"

// TestReaderWordsOfSession22Entries: readers' comments that use the
// words of entries session 22 added, innocently. A Polish reader's
// "write to me" with no pitch beside it is no self-promotion; a rate
// "at" a figure is a borrower's, not the writer's own service; and
// "until I tried" before a verb in -ing tells a fix, not a cure. The
// spam's wording of each still holds.
func TestReaderWordsOfSession22Entries(t *testing.T) {
	runVerdicts(t, []verdictCase{
		{"Mam ten sam problem z drukarką, jak coś znajdziesz to napisz do mnie.", Approve, ""},
		{"Nasz klub szuka sędziów na sobotę, jeśli ktoś chce pomóc, napisz do mnie.", Approve, ""},
		{"My rates are at 5.2% fixed which now looks cheap, compare https://mortgage-example.co.uk/rates", Approve, ""},
		{"My prices are at 40p a unit on the old tariff, the cap is explained at https://energy-example.org/cap", Approve, ""},
		{"Proofreading is my trade, if the paper needs one my rates are at https://proof-example.co.uk", Hold, CodeOffer},
		{"The app kept crashing until I tried clearing the cache, as https://help-example.com/android/cache says.", Approve, ""},
		{"Our son would not settle until we tried putting him down earlier, the advice is at https://health-example.org/sleep", Approve, ""},
		{"My patio was green with moss until I tried the spray from https://moss-example.co.uk, gone in a week.", Hold, CodePromoTopic},
	})
}

// TestCredentialOwnsThePlaces: a credential ("as a certified …") is a
// trader's voice for places on offer only where the course is the
// writer's own ("my course starts"); a professional's opinion on when
// classes or a course start sells nothing.
func TestCredentialOwnsThePlaces(t *testing.T) {
	runVerdicts(t, []verdictCase{
		{"As a certified teacher I can tell you classes start far too early, the research is at https://sleep-example.org/teens", Approve, ""},
		{"As a qualified teacher I can tell you the course starts far too early for kids, see https://sleep-example.org/teens", Approve, ""},
		{"I'm a qualified dog trainer and my 8-week puppy course starts in February: https://pup-example.co.uk/course", Hold, CodeOffer},
	})
}
