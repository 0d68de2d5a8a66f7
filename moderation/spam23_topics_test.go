package moderation

import "testing"

// TestTopicsLoansJobsTestimonials: the topics session 22 added (quick
// loans in Polish, a fake job's "we're hiring", a tradesman's "on time
// and on budget", a product's "every home needs one", Hindi "free")
// hold beside a link; Hindi "please subscribe" is a self-promotion
// phrase, which holds alone; Polish "write to me" is a topic, which holds
// beside a pitch's other words.
func TestTopicsLoansJobsTestimonials(t *testing.T) {
	runVerdicts(t, []verdictCase{
		{"Pożyczka do 5000 zł bez BIK, pieniądze na koncie w godzinę: https://kasa-example.pl/wniosek", Hold, CodePromoTopic},
		// "we're hiring" alone beside the link: no "working from home",
		// a topic before session 22, to hold it without the new entry.
		{"We're hiring! Flexible hours for mums, apply at https://jobs-example.net/apply", Hold, CodePromoTopic},
		{"Had our kitchen fitted by Harbour Joinery, on time and on budget: https://harbour-example.co.uk", Hold, CodePromoTopic},
		{"Our puppy chewed everything until we got the ChewSafe mat. Every home needs one: https://chewsafe-example.com", Hold, CodePromoTopic},
		{"बढ़िया जानकारी! मेरा वर्कआउट प्लान मुफ्त है: https://fit-example.in/plan", Hold, CodePromoTopic},
		{"अच्छी रेसिपी, मेरे चैनल को सब्सक्राइब करें", Hold, CodePromoPhrase},
		{"Praca zdalna dla każdego, bez BIK i bez zaświadczeń, napisz do mnie na Telegramie", Hold, CodePromoTopic},
		// The same words without a link or another sign: readers say them.
		{"Pożyczka u rodziny to też ryzyko, pisałam o tym wcześniej.", Approve, ""},
		{"Our builder finished on time and on budget, which I gather is rare.", Approve, ""},
	})
}

// TestFormulaAdviceContent: "similar advice here" and "helpful content
// here" after generic praise present a link with a formula that names
// nothing (selfpromo_formula.go, genericPages), as "similar information
// here" does; a page named by its publisher is a reader's.
func TestFormulaAdviceContent(t *testing.T) {
	runVerdicts(t, []verdictCase{
		{"Really useful post, thanks! Similar advice here: https://tips-example.net/damp", Hold, CodePromoTopic},
		{"Great read, thank you. I found some more helpful content here: https://tips-example.net/mould", Hold, CodePromoTopic},
		{"Great read, thank you. The Energy Saving Trust has similar advice here: https://which-example.co.uk/damp", Approve, ""},
	})
}

// TestTopicsTestimonial: a fake customer's turn from trouble to cure
// ("… until I tried …", "until we bought …") is a topic: beside a link
// it holds; a reader's plain "I'd recommend it" is none, and neither is
// "can't recommend it enough", which readers say of what they link too.
func TestTopicsTestimonial(t *testing.T) {
	runVerdicts(t, []verdictCase{
		{"Our hedge was half dead until we tried the tonic from https://hedge-example.co.uk, it came back in a month.", Hold, CodePromoTopic},
		// A reader's fix, told the same way: no testimonial.
		{"The build kept crashing until I switched to the LTS release: https://lts-example.org/download", Approve, ""},
		{"My back was wrecked until I tried the ErgoMax cushion, see https://ergomax-example.com", Hold, CodePromoTopic},
		{"Read it twice on holiday. Can't recommend it enough: https://books-example.org/title/4411", Approve, ""},
		{"I rented the lens first from https://lens-example.co.uk and I'd recommend doing that before buying.", Approve, ""},
	})
}

// TestTopicsProofAndSchedule: the cure advert's proof, the trading
// tipster's, a channel's schedule and Turkish shop copy are topics, two
// of which hold with no link; one alone, without a link, is a reader's.
func TestTopicsProofAndSchedule(t *testing.T) {
	runVerdicts(t, []verdictCase{
		{"BACK PAIN CURED IN 14 DAYS!! Thousands of happy customers already.", Hold, CodePromoTopic},
		{"Steady profit every week with her signals, thousands of happy customers.", Hold, CodePromoTopic},
		{"If you liked the interview, search her name on https://www.bbc.co.uk/sounds/search, she's done three more.", Approve, ""},
		{"Lovely walk, we filmed the same ridge. New video every Sunday: https://video-example.com/hikes", Hold, CodePromoTopic},
		{"Kombi servisi arıyorsanız uygun fiyat, hızlı servis: https://servis-example.com.tr", Hold, CodePromoTopic},
		{"My dad's shop had loads of happy customers before the bypass took the trade.", Approve, ""},
	})
}
