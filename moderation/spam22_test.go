package moderation

import "testing"

// TestProfilePointersAndApologies: pointing readers at one's profile page
// without a link ("link in my about section", "click my name"),
// apologising for one's own self-promotion, and asking for a private
// message ("drop a DM") hold alone; fans and readers who talk about
// profiles, names, promotion or messages are approved.
func TestProfilePointersAndApologies(t *testing.T) {
	runVerdicts(t, []verdictCase{
		{"Love this song so much. I sell handmade earrings like hers, link in my about page!", Hold, CodePromoPhrase},
		{"New lyric videos every Friday, links in my about section 💜", Hold, CodePromoPhrase},
		{"I do piano versions of songs like this one, click my name to hear them", Hold, CodePromoPhrase},
		{"Want the chords? Click on my name, it's all there", Hold, CodePromoPhrase},
		{"Sorry for the self promo but I just covered this on guitar, hope you like it", Hold, CodePromoPhrase},
		{"sry for the self promo guys, made a lofi flip of this beat", Hold, CodePromoPhrase},
		{"Anyone want to learn how I pay my rent with my phone? Drop me a DM", Hold, CodePromoPhrase},
		// Fans and readers.
		{"Her about page says she started singing at 6, that explains it", Approve, ""},
		{"When I click her name it takes me to an old account, weird", Approve, ""},
		{"Self promo in the comments is getting out of hand on every music video.", Approve, ""},
		{"The author's profile has a list of his other articles if you want more.", Approve, ""},
		{"You can drop the council a line, they answered me in two days.", Approve, ""},
		{"Sorry for the long comment but the second point about the boiler is wrong.", Approve, ""},
	})
}

// TestOwnChannelOtherLanguages: "my channel", "sub for sub", "please
// subscribe" and "my new cover" in Korean, Vietnamese, Indonesian and
// Hindi hold as their English entries do; fans in those languages who
// talk about the artist's channel or a cover are approved.
func TestOwnChannelOtherLanguages(t *testing.T) {
	runVerdicts(t, []verdictCase{
		{"노래 너무 좋아요! 커버 올렸으니 제 채널 구경 오세요", Hold, CodePromoPhrase},
		{"맞구독 해요~ 댓글 남겨주세요", Hold, CodePromoPhrase},
		{"구독 부탁드려요 매주 커버 올려요", Hold, CodePromoPhrase},
		{"빅뱅 노래 커버했어요 채널 놀러와주세요", Hold, CodePromoPhrase},
		{"Mọi người ghé kênh mình xem cover nha", Hold, CodePromoPhrase},
		{"Aku bikin cover lagu ini, mampir ke channel aku ya", Hold, CodePromoPhrase},
		{"Lagu ini enak banget, dengerin versi akustik di channel gw", Hold, CodePromoPhrase},
		{"Dosto mera naya cover suno, bahut mehnat ki hai", Hold, CodePromoPhrase},
		{"Kiếm tiền tại nhà mỗi ngày, inbox mình nhé", Hold, CodePromoPhrase},
		// Fans in the same languages.
		{"빅뱅 채널에 새 영상 올라왔어요! 너무 좋아요", Approve, ""},
		{"이 커버 영상 진짜 잘 만들었네요 구독 누르고 갑니다", Approve, ""},
		{"Kênh của BIGBANG ra video mới rồi, hay quá", Approve, ""},
		{"Lagu ini selalu bikin aku nangis, channel ini the best", Approve, ""},
		{"Yeh gaana mera favourite hai, har din sunta hoon", Approve, ""},
	})
}

// TestOwnMusicToldWithoutLink: a writer who says they make or released
// music or covers ("I make beats", "I'm a producer", "my band", "my
// first EP", "my own version") and asks for a listen or points at a
// search holds; a fan who plays in a band, made a version for a school
// show or produces music as a hobby, with no ask, is approved.
func TestOwnMusicToldWithoutLink(t *testing.T) {
	runVerdicts(t, []verdictCase{
		{"I make beats in this style, just one listen would mean the world", Hold, CodePromoTopic},
		{"Im a producer from Leeds, search Kestrel Audio on youtube 🎧", Hold, CodePromoTopic},
		{"If you like this you will love my band, search The Low Arches on soundcloud", Hold, CodePromoTopic},
		{"Just released my first EP on soundcloud, dark pop, would love if you listened", Hold, CodePromoTopic},
		{"I make covers too, one listen is all I ask ♡", Hold, CodePromoPhrase},
		{"Recorded my own version of this last night, give it a listen!", Hold, CodePromoPhrase},
		// Fans.
		{"My band played this at our school prom and everyone sang along", Approve, ""},
		{"I made my own version of the dance for my sister's wedding haha", Approve, ""},
		{"I make music as a hobby and the bridge in this song is genius", Approve, ""},
		{"Her first EP is still my favourite, nothing beats it", Approve, ""},
		{"The remix of this with Calvin Harris is even better", Approve, ""},
		{"I'm a producer too and the mixing on this track is insane", Approve, ""},
	})
}

// TestOwnBlogToldAtLink: one's own blog told ("I have a blog", "tengo un
// blog", "j'ai un blog") holds beside its link, as "tengo un canal" does;
// a reader who has a blog and links someone else's page, or links
// nothing, is approved.
func TestOwnBlogToldAtLink(t *testing.T) {
	runVerdicts(t, []verdictCase{
		{"Great recipe! I have a blog with 150 more like this: https://cucina-example.com", Hold, CodePromoTopic},
		{"¡Qué rica! Yo tengo un blog de repostería, os espero en https://dulce-example.es", Hold, CodePromoTopic},
		{"Super article, j'ai un blog sur le jardinage bio : https://jardin-example.fr", Hold, CodePromoTopic},
		{"Tenho um blog de viagens com dicas assim: https://viagem-example.com.br", Hold, CodePromoTopic},
		// Readers.
		{"I have a blog too but I'd never write something this thorough.", Approve, ""},
		{"Tengo un blog de cocina desde hace años y esta receta me ha encantado.", Approve, ""},
		{"I run a blog for our allotment society; the council rules are at https://www.gov.uk/allotments", Approve, ""},
	})
}

// TestSelfPromotionOpeners: the openers of a self-promotion ("I don't
// usually do this", "I know nobody will read this", "sorry for the spam")
// hold beside an ask or a channel; said alone, or by a reader who posted
// twice, they are approved.
func TestSelfPromotionOpeners(t *testing.T) {
	runVerdicts(t, []verdictCase{
		{"I don't usually do this but please check my channel, I sing covers", Reject, CodePromoPhrase},
		{"I know nobody will read this but my music is on soundcloud, just one listen", Reject, CodePromoTopic},
		{"I don't usually do this, but my band has a show on Friday, just one listen to our demo", Hold, CodePromoTopic},
		{"Sorry for the spam, I'm an upcoming rapper, give it a listen", Reject, CodePromoPhrase},
		// Readers and fans.
		{"I don't usually do this but I had to say this article changed my mind.", Approve, ""},
		{"I know nobody will read this but this song got me through chemo ❤", Approve, ""},
		{"Sorry for the spam, my comment posted three times somehow.", Approve, ""},
	})
}
