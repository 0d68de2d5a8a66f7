package moderation

import (
	"context"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestYouTubeSpamKinds: each kind of YouTube spam that session 21 added
// (a search for a named channel, a chain letter, one's own upload or
// channel told, a vote pushed with its contest) holds in its several
// forms and languages, and the look-alikes that readers of a video or of
// an article site write pass. code is the flag that must be raised for a
// held comment ("" for any); a comment that passes raises none of
// promo_phrase and call_to_action.
func TestYouTubeSpamKinds(t *testing.T) {
	runKindCases(t, []kindCase{
		// Sending readers to a search: a call to action, held with the
		// advert's frame (or alone in a short comment).
		{"search", "If you like this kind of music search Kora Nights on youtube, you won't regret it", true, CodeCallToAction},
		{"search", "Nice song. If you enjoy afro house search Tembo Beats on youtube", true, CodeCallToAction},
		// The trade of that: a plug framed only by "for more" passes.
		{"search", "For more good music look up MarloTunes on youtube, God bless", false, ""},
		{"search", "Quem curte forró procura Bia Viola no youtube 😘", true, CodeCallToAction},
		{"search", "Yo también canto, si quieren escucharme busquen Clara Voz en youtube", true, CodeCallToAction},
		{"search", "if you love reggae search DJ Pomba on youtube", true, CodeCallToAction},
		{"search", "Search 'Hubble deep field' on YouTube, it's stunning and it puts the article in perspective.", false, ""},
		{"search", "I looked it up on Wikipedia and the date in the article is wrong.", false, ""},
		{"search", "I search this song on youtube every morning, never gets old", false, ""},
		{"search", "If you like it too, well: we search for it on youtube at breakfast, my kids dance to it", false, ""},
		{"search", "If you want the full speech, a quick search on youtube finds it in a minute.", false, ""},
		// Wanting more is no advert's frame: a reader points at a source.
		{"search", "If you want the full match, search Arsenal highlights on YouTube.", false, ""},
		{"search", "For more, search the BBC documentary on youtube.", false, ""},
		{"search", "If anyone wants the whole lecture, look up Feynman messenger lectures on youtube.", false, ""},
		{"search", "Wenn du mehr willst, such Arte Doku auf youtube.", false, ""},
		{"search", "Planning application is public: search 24/01873/FUL on the council planning portal.", false, ""},
		{"search", "If you like the history, the museum has a whole room on it; look up the opening hours first.", false, ""},

		// Chain letters: the destination or the number is in the entry.
		{"chain", "Copy and paste this on 10 videos and your crush will kiss you tomorrow", true, CodePromoPhrase},
		{"chain", "Send this to 20 people and she will reply to you. I did and it worked!!", true, CodePromoPhrase},
		{"chain", "Post this on 3 other videos or you will have bad luck for 7 years", true, CodePromoPhrase},
		{"chain", "If you dont copy this comment to 5 videos she will come to your room at midnight", true, CodePromoPhrase},
		{"chain", "Si no compartes este video con 10 personas tendrás mala suerte", true, CodePromoPhrase},
		{"chain", "Copy and paste this into your .bashrc and the prompt shows the branch.", false, ""},
		{"chain", "I sent this to my sister, she had the same problem with her boiler.", false, ""},
		{"chain", "Breaking a mirror is supposed to bring seven years of bad luck, which is where the phrase comes from.", false, ""},
		{"chain", "I showed this to 20 people at the allotment meeting and nobody had heard of it.", false, ""},

		// One's own upload told: the first person makes it the writer's.
		{"upload", "the drums in this song are insane. I did a drum cover if anyone is interested!!", true, CodePromoPhrase},
		{"upload", "I did a makeup look inspired by this video, it's my newest upload!", true, CodePromoPhrase},
		{"upload", "I love this song so much that I recorded my own acoustic version, hope she sees it", true, CodePromoPhrase},
		{"upload", "I'm 15 and I love singing, I just uploaded my first cover, please go watch it", true, CodePromoPhrase},
		{"upload", "I'm a beginner on the ukulele and this was my first song! My version is up on my page", true, CodePromoPhrase},
		{"upload", "The official channel finally uploaded the dance practice!", false, ""},
		{"upload", "I made my own version of the recipe with half the sugar and it was still lovely.", false, ""},
		{"upload", "The band did a cover of this at the festival and it was better than the original.", false, ""},
		{"upload", "I uploaded the photos to the council's portal but nobody has replied yet.", false, ""},

		{"upload", "watch my new music video  http://www.youtube.com/watch?v=Ah7vN3Pqw1c", true, CodePromoPhrase},
		{"upload", "escuchen mi remix de cumbia de esta canción", true, CodePromoPhrase},
		{"upload", "I have to watch my new puppy all day, so this indoor games list is perfect.", false, ""},
		{"upload", "The remix on the radio edit is worse than the original, sadly.", false, ""},

		// Asking for a private message, as "message me" does.
		{"message", "I earn more from home now. Send me a message to learn how, it changed my life", true, CodePromoPhrase},
		{"message", "Send me a DM and I'll tell you how", true, CodePromoPhrase},
		{"message", "My MP did send me a reply eventually, three months later.", false, ""},

		// One's own channel: told, a topic; beside an invitation, or
		// promoted, it holds.
		{"channel", "I'm trying to grow my football channel, it's all about the premier league", true, CodePromoPhrase},
		{"channel", "Just started my own music channel, would really appreciate if you could have a look", true, ""},
		{"channel", "Me and my friend started a comedy channel, it's called Two Bros, give it a look", true, ""},
		{"channel", "Música muito boa! Tenho um canal de futebol, se alguém quiser dar uma olhada", true, ""},
		{"channel", "My daughter has a channel about trains she loves, she watched this twice.", false, ""},
		{"channel", "I have a small gardening channel and I did a video on exactly this, but your method makes more sense.", false, ""},
		{"channel", "My favourite channel is BBC Four, and this documentary is why.", false, ""},
		{"channel", "I have a channel-based design where each worker owns its queue.", false, ""},
		{"channel", "It's not my football channel, I just watch it on Saturdays.", false, ""},

		// An invitation to look, a topic: asked of the reader, beside
		// one's own channel or upload it holds.
		{"look", "There's a good explainer on the BBC, have a look: https://www.bbc.co.uk/news/science-environment", false, ""},
		{"look", "Thanks, I'll have a look at the council's page tonight.", false, ""},

		// A vote pushed with its contest, or help asked to win.
		{"vote", "Please vote for my sister in the dance contest, it closes Friday!", true, CodeCallToAction},
		{"vote", "Help my band win the battle of the bands! Vote The Lost Keys on the radio website", true, CodeCallToAction},
		{"vote", "Voten por mi hermana en el concurso de baile, por favor", true, CodeCallToAction},
		{"vote", "Vote for the library levy on Tuesday, our branch needs it.", false, ""},
		{"vote", "Vote for a candidate who will fix the roads, whoever that is.", false, ""},
		{"vote", "The contest between the two candidates was closer than the polls said.", false, ""},
		{"vote", "I entered the village photo contest last year, the judging was very fair.", false, ""},
		{"vote", "The leadership contest is a mess, I'd vote for anyone but him.", false, ""},
		{"vote", "The leadership contest rules are explained here: https://www.bbc.co.uk/news/uk-politics-123", false, ""},
		{"vote", "RHS show garden contest winners are listed at https://www.rhs.org.uk/shows-events", false, ""},
		{"vote", "My daughter is in the finals of a baby photo contest, it would mean the world to us", true, CodePromoTopic},
	})
}

// kindCase is a comment of a kind of spam, or a look-alike of it: held
// tells whether it must be held (or rejected), and code is the flag a held
// one must raise ("" for any).
type kindCase struct {
	kind, body string
	held       bool
	code       string
}

// runKindCases checks each case with the default Config, each from an
// author of its own: a held one must raise its code, and one that passes
// must raise neither promo_phrase nor call_to_action.
func runKindCases(t *testing.T, cases []kindCase) {
	t.Helper()
	m, err := New(Config{})
	require.NoError(t, err)
	for i, tc := range cases {
		res, err := m.Check(context.Background(), Comment{Body: tc.body, Author: fmt.Sprintf("viewer %d", i)})
		require.NoError(t, err)
		assert.Equal(t, tc.held, res.Action != Approve, "%s: %s: %v", tc.kind, tc.body, res.Flags)
		if tc.held && tc.code != "" {
			assert.True(t, raised(res, tc.code), "%s: %s: want %s, got %v", tc.kind, tc.body, tc.code, res.Flags)
		}
		if !tc.held {
			assert.False(t, raised(res, CodePromoPhrase) || raised(res, CodeCallToAction), "%s: %s: %v", tc.kind, tc.body, res.Flags)
		}
	}
}
