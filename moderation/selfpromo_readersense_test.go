package moderation

import "testing"

// TestReaderSensesOfPromoWords: words that promotion uses, in the senses
// readers give them: understanding that "clicks", the proverb and the
// tip called "free advice", a voter's choice, a motion voted on, and the
// page passed on to whom it concerns. The offer, the bid for votes and
// the chain letter in the same words still count.
func TestReaderSensesOfPromoWords(t *testing.T) {
	runVerdicts(t, []verdictCase{
		{"The diagram of the borrow checker is what made it click for me: https://doc.rust-lang.org/book/ch04-02-references-and-borrowing.html", Approve, ""},
		{"Free advice from someone who once lost a deposit: never pay a landlord before seeing the flat.", Approve, ""},
		{"Free advice is worth what you pay for it, but I'd get the boiler serviced before winter.", Approve, ""},
		{"Honestly I'll vote for whichever candidate fixes the bus timetable.", Approve, ""},
		{"Members can vote on the new pitch fees at the meeting on the 3rd, proxies to the secretary.", Approve, ""},
		{"Please share this with anyone who keeps rabbits, the heat warning matters for them too.", Approve, ""},
		// Still counted.
		{"Free advice: book your boiler service with us today, https://boilers.example/book", Hold, CodePromoTopic},
		{"Please vote for my daughter's photo in the contest, link in my bio!", Reject, CodePromoPhrase},
		{"Share this with everyone you know or you'll have bad luck for a year", Hold, CodeCallToAction},
		{"Click here to claim your prize: https://prize-claims.example", Hold, CodePromoTopic},
	})
}
