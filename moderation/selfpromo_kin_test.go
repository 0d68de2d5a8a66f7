package moderation

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestYouTubeSpamKinds22: the kinds of YouTube spam session 22 added hold
// in forms of their own (not the development files' sentences), and what
// fans of a music video say with the same words passes: their family,
// the artist's other songs or covers by famous artists, a search for a
// live version, a wedding song, lyrics, a timestamp. code is the flag a
// held comment must raise ("" for any); a passing comment is approved.
func TestYouTubeSpamKinds22(t *testing.T) {
	runKindCases(t, []kindCase{
		// A relative's or friend's channel, named for the reader to find:
		// the pointer and the relative together.
		{"kin", "my brother plays this on the sax better than the original, search Tomi Sax Live on youtube", true, CodeCallToAction},
		{"kin", "Mi prima canta increíble, búsquenla como Lucía Voz, se los juro", true, CodeCallToAction},
		{"kin", "my aunt does these dances at 60 years old, she has a channel called GrooveGranny, go look", true, CodeCallToAction},
		{"kin", "My best friend's drum covers are the best on the internet. Channel: SticksAndSnares", true, CodeCallToAction},
		{"kin", "my sister loves this song, she plays it every morning", false, ""},
		{"kin", "I sang this at my wedding and my dad cried", false, ""},
		{"kin", "my brother showed me this, search the live version on youtube, it's even better", false, ""},
		{"kin", "There's a channel called Vevo that has all of these, my dad watches it", false, ""},
		{"kin", "busca como se baila en youtube, mi hermana lo aprendió así", false, ""},
		{"kin", "Mi amiga me enseñó el paso: busca como hacer la coreografía en youtube", false, ""},
		{"kin", "my dad says search the 1986 Wembley show on youtube", false, ""},
		// One's own performance told with a plea to watch.
		{"plea", "we played this at our school concert and my dad filmed it, go watch us!", true, CodePromoTopic},
		{"plea", "My band just put out our first single, please give it a shot", true, CodePromoTopic},
		{"plea", "Just uploaded a violin version of this. Hope you guys like it!", true, CodePromoTopic},
		{"plea", "Yo hice una versión en piano de esta canción, denle una oportunidad", true, CodePromoTopic},
		{"plea", "Pentatonix's cover is amazing, give it a listen", false, ""},
		{"plea", "Whoever uploaded it, thank you, the audio is so much better than the official one", false, ""},
		{"plea", "Someone uploaded it with better audio, I've followed that channel for years", false, ""},
		{"plea", "1:42 the high note 😍 hope you guys like it as much as I do", false, ""},
		// Chain letters that never say "copy and paste".
		{"chain", "If you dont repost this on 7 videos your phone will break tonight", true, CodePromoPhrase},
		{"chain", "copy this onto 4 other videos and you will find love", true, CodePromoPhrase},
		{"chain", "They post this to 3 channels every year, the anniversary upload", false, ""},
		// Likes bargained for a promise; a call to like with nothing in
		// return is what the YouTube collection's fans write.
		{"likes", "if this comment gets 300 likes I will sing it at my graduation and upload it", true, CodePromoPhrase},
		{"likes", "200 likes and I'll post the dance tutorial", true, CodePromoPhrase},
		{"likes", "Thumbs up if you're still singing this in 2015", false, ""},
		{"likes", "This song gets 10 million likes and deserves every one", false, ""},
		// A referral code or a giveaway told in the first person.
		{"referral", "Free gift cards daily from this app, sign up with my code ZED7", true, CodePromoTopic},
		{"giveaway", "I'm giving away a signed poster to thank my subscribers, details in my last video", true, CodePromoPhrase},
		{"giveaway", "The band is giving away their old gear to a school, lovely gesture", false, ""},
		{"giveaway", "The library is giving away free seeds this spring", false, ""},
		{"giveaway", "I'm giving away my old textbooks for free if anyone needs them", false, ""},
		// Spanish self-promotion.
		{"es", "Soy un youtuber pequeño, hago covers de rock en español, pásense", true, CodePromoPhrase},
		{"es", "Ayúdenme a llegar a 200 suscriptores porfa", true, CodePromoPhrase},
		{"es", "Mi banda toca en bodas, miren nuestro video del sábado", true, CodePromoPhrase},
		{"es", "La versión en vivo es mejor, búsquenla en el disco de 1986", false, ""},
		// A quoted title searched, with no link to search it on: a
		// pointer beside a frame or a relative introduced before it.
		{"quoted", "my cousin plays this on the harp, search \"Harp Bohemian Rhapsody Lena\"", true, CodeCallToAction},
		{"quoted", "If you enjoy folk search Wild Moor \"Horizon Line\"", true, CodeCallToAction},
		{"quoted", "For free help, search \"Citizens Advice debt\" and call them", false, ""},
		{"quoted", "search \"Live Aid 1985 Queen\", my dad was in the crowd", false, ""},
		{"quoted", "the report is at https://www.ons.gov.uk/ (search \"regional house prices\") and it's worse than quoted", false, ""},
		{"quoted", "Search \"Queen Live Aid 1985\", nothing beats it", false, ""},
	})
}

// TestNamedChannel: "channel" followed by its name (after "called",
// "named", "is called" or a colon) is a pointer; other words after it,
// another word before a colon, and a comment's end are not.
func TestNamedChannel(t *testing.T) {
	for _, tc := range []struct {
		text string
		want string // "" for no pointer
	}{
		{"a channel called FreddieLivesOn", "channel called"},
		{"his channel is called Rock Vault", "channel called"},
		{"a channel named X", "channel named"},
		{"Channel: RockVault", "channel:"},
		{"her channel is TashaSings", ""},
		{"the channel called", ""},
		{"channel, RockVault", ""},
		{"free: RockVault", ""},
	} {
		words := spansOfFolded(&View{Folded: foldText(tc.text)}, wordsOf(splitWords(foldText(tc.text))))
		got := ""
		for i := 0; i < words.len(); i++ {
			if q, ok := namedChannel(words, phraseMatch{Start: i, End: i + 1, Kind: promoTopic}); ok {
				got = q
				break
			}
		}
		assert.Equal(t, tc.want, got, tc.text)
	}
}
