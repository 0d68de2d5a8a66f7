package moderation

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestBridgedMessengerHandle: a messenger's Latin name, one or two words
// that say what the handle is, and a handle, beyond the cases of
// testdata/checks/contact.json.
func TestBridgedMessengerHandle(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Telegram канал @spamhandle", "telegram"},
		{"telegram channel: @x", "telegram"},
		{"TELEGRAM CHANNEL @x", "telegram"},
		{"WhatsApp group +1 555 123 4567", "whatsapp"},
		{"WhatsApp group chat: +44 20 7946 0958", "whatsapp"},
		{"viber group - deals_2024", "viber"},        // an ID after a dash
		{"Signal group abc12", "signal"},             // an ID: a letter and a digit
		{"telegram channel-ID: @x", "telegram"},      // words joined by a hyphen
		{"Kik account\t@someone", "kik"},             // a tab
		{"Telegram канале @x", "telegram"},           // a Russian case ending
		{"telegram group chat admins @bob", ""},      // three words
		{"telegram channel is @bob's", ""},           // "is" is no bridge word
		{"telegram channel. @bob", ""},               // a full stop
		{"telegram channel: great", ""},              // a plain word
		{"telegram channel: abcd1", "telegram"},      // an ID
		{"telegram channel abcd", ""},                // a word, no digit
		{"telegram channel 2024", ""},                // a count
		{"whatsapp group 5551234567abc", "whatsapp"}, // no number, but an ID
		{"whatsapp group 12345", ""},                 // too short for a phone number
		{"mytelegram channel @x", ""},                // not a word of its own
		{"telegramchannel @x", ""},                   // not a name and a word
		{"telegram @x", ""},                          // no word between: messengerRE's
		{"WhatsApp group @", ""},                     // an @ and nothing
		{strings.Repeat("telegram channel ", 1000), ""},
		{strings.Repeat("telegram channel ", 1000) + "@x", "telegram"},
	} {
		t.Run(tc.text[:min(len(tc.text), 40)], func(t *testing.T) {
			assert.Equal(t, tc.want, bridgedMessengerHandle(tc.text))
		})
	}
}

// TestMessengerHandle: a name after "on", "via" or "at" is contact details
// only when the words before it invite a reader to write there, or a
// handle follows the name.
func TestMessengerHandle(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"add me on telegram for the files", "telegram"},
		{"if you have som tips so contact me on kik or skype", "kik"},
		{"Contact Mr. David on WhatsApp", "whatsapp"},
		{"message my manager on WhatsApp today", "whatsapp"},
		{"hit me up on snapchat", "snapchat"},
		{"chat with me on skype", "skype"},
		{"find us via telegram", "telegram"},
		{"more details on whatsapp", "whatsapp"},
		{"I am on telegram @abc_deals", "telegram"},
		{"I am on telegram: abc", "telegram"},
		{"I read about it on Telegram yesterday. @bob you were right", ""},
		{"My whole family is on WhatsApp now", ""},
		{"I chat with my family on WhatsApp", ""},
		{"She posted it on Telegram, then on Viber", ""},
		{"add\non telegram", ""}, // a line break ends what is read
		{"contact me — on telegram", "telegram"},
		{"contact me, я был on telegram", ""}, // a word in another script ends what is read
		{strings.Repeat("ж", 5000) + " on telegram", ""},
		{"Talk to her on WhatsApp", "whatsapp"},            // an imperative to a third person
		{"Get in touch with them on Telegram", "telegram"}, // the verb four words before
		{"Ask for Dr Ogun on WhatsApp", "whatsapp"},        // a title before a name
		{"You can speak with him on Telegram", "telegram"}, // "you" is no statement's subject
		{"Scammed? Consult him on WhatsApp", "whatsapp"},   // a clause of its own
		{"I talk to her on WhatsApp", ""},                  // a statement
		{"We got in touch with them on Telegram", ""},      // a subject six words before
		{"They follow him on Telegram", ""},
		{"I was lost, talk to him on WhatsApp", "whatsapp"}, // the subject is in another clause
		{"I chat with her friends on WhatsApp", ""},         // "her" is two words too far back
		{"She is on Telegram", ""},                          // no verb that invites
		{"Get it on Telegram", ""},
		{"My son asked me to follow him on Snapchat", ""}, // an infinitive
		{"Do not talk to him on WhatsApp", ""},            // a warning
		{"Please don't contact them on WhatsApp", ""},
		{"Scammers contact them on WhatsApp", ""},              // a statement: a noun before the verb
		{"I tried to get in touch with them on WhatsApp", ""},  // "get in touch" is one verb, after "tried to"
		{"Get in touch with Mr David on WhatsApp", "whatsapp"}, // at the start of the clause
		{"I recommend that you get in touch with her on WhatsApp", "whatsapp"},
		{"I advise you to write to him on Telegram", "telegram"},
		{"I urge you to reach out to him on Telegram", "telegram"}, // the object after "out to"
		{"You should try to reach him on Telegram", "telegram"},
		{"Please try to write to him on Telegram", "telegram"},
		{"Ask her on Snapchat if you don't believe me", ""}, // "ask" invites only as "ask for"
		{"Join them on Telegram if you want", ""},
		{"He helped me \u2014 talk to him on WhatsApp", "whatsapp"}, // a dash starts a clause
		{strings.Repeat("x ", 5000) + "talk to him on WhatsApp", ""},
		{"kik: name", "kik"},
		{"Telegram @x", "telegram"},
		{"on telegram", ""},
		{strings.Repeat("it is on telegram ", 1000), ""},
		{strings.Repeat("it is on telegram ", 1000) + "add me on viber", "viber"},
		// KakaoTalk, Korea's messenger, as its users write it: the app's
		// name in full or its company's, with an ID or after "on".
		{"Shipping worldwide, contact KakaoTalk ID: kmerch_jiyu", "kakaotalk"},
		{"kakao id jiyu_22 for orders", "kakao"},
		{"add me on KakaoTalk", "kakaotalk"},
		{"message me on kakao", "kakao"},
		{"My parents in Seoul are on KakaoTalk", ""}, // named, no one invited
		{"Kakao bought the label last year", ""},
		{"WeChat ID: abc_123", "wechat"},
		{"viber: abc_123", "viber"},
		{"Signal: abc.12", "signal"},
	} {
		t.Run(tc.text[:min(len(tc.text), 40)], func(t *testing.T) {
			assert.Equal(t, tc.want, messengerHandle(tc.text))
		})
	}
}

// TestLineIDHandle: LINE, the messenger, is read only as "line id" and a
// handle.
func TestLineIDHandle(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"line id: xyz77", true},
		{"Line ID xyz77", true},
		{"LINE ID: @sweetgirl", true},
		{"line id @x", true},
		{"line id 0812345678", true},
		{"line id: someone", true}, // a handle after a colon
		{"line id - abc", true},
		{"the line id in the log was 42", false},
		{"the line id: 42", false},
		{"line id", false},
		{"line: xyz77", false},        // "line" alone is a common word
		{"line xyz77", false},         // no "id"
		{"pipeline id: abc12", false}, // inside another word
		{"line identity abc12", false},
		{"line id xyz", false}, // a word, no digit, no colon
		{strings.Repeat("line id ", 1000), false},
		{"Hi! line id xyz77", true},                     // a clause starts at it
		{"add my Line ID xyz77 for more", true},         // the writer's
		{"contact line id: xyz77", true},                // an invitation before it
		{"invoice line id: INV_2024 is missing", false}, // a line of an invoice
		{"at line ID 1234567 of the export", false},
		{"grep for line id: abc123", false},
		{"each order line id - item_42", false},
		{"สนใจติดต่อ line id: thai_girl88", true}, // after Thai words
		{"💋Line ID: sexy_girl88", true},           // after an emoji
		{"お問い合わせ→line id: abc_1234", true},        // after an arrow
		{"Contact via Line ID: thaigirl88", true}, // via, on, or: no line of anything
		{"Message on LINE ID xyz_777", true},
		{"Whatsapp or line id xyz_777", true},
		{"Find us - line id xyz_777", true}, // a dash
		{"Hot girls line id xyz_777", true}, // a word of the advert (review round 9)
		{"Add friend LINE ID: abc_123", true},
		{"the product line id: ab_12", false},
		{"Line ID 1234567 failed to parse.", true}, // a log line at the start: a known false positive
		{"Line ID 0812345678 missing you baby", true},
		{"line id 1234567 for fast loans", true},
		{"supercalifragilistic line id: ab_12", true}, // longer than any of lineOfSomething
		{"The order's line ID INV_2024", false},       // the "s" of a possessive
		{"Assembly line ID L3_north", true},           // a line of a thing not listed: a known false positive
		{"Caller line ID 0123456789", true},
		{"On line id row_42 the parser throws", true}, // "on" is also "Message on LINE ID x": a known false positive
		{"Your line ID abc_123", false},
		{"Girls available! Line ID abc_123", true}, // a clause starts at it
		{"msg me, line id abc_123", true},
		{"add line id abc_123", true},
	} {
		t.Run(tc.text[:min(len(tc.text), 40)], func(t *testing.T) {
			assert.Equal(t, tc.want, lineIDHandle(tc.text))
		})
	}
}

// FuzzContactHandles: the handle finders never panic and name only a
// network they know.
func FuzzContactHandles(f *testing.F) {
	for _, s := range []string{"Telegram канал @x", "telegram channel: @x", "WhatsApp group +1 555 123 4567", "line id: xyz77",
		"on telegram @x", "add me on kik", "telegram channel-\xd0", "line id \xff", "+", "telegram group +"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if n := bridgedMessengerHandle(s); n != "" {
			assert.Contains(t, networkNames, n)
		}
		if n := messengerHandle(s); n != "" {
			assert.Contains(t, networkNames, n)
		}
		lineIDHandle(s)
	})
}

// TestLineIDFact: the word facts say when lineIDHandle may find
// something: a word "line" and then "id", whatever the case.
func TestLineIDFact(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"line id: xyz77", true},
		{"add my LINE ID xyz77", true},
		{"the line id in the log", true}, // the fact is needed, not enough
		{"line by line", false},
		{"id line", false},
		{"online id", false},
		{"lines id", false},
		{"line", false},
	} {
		t.Run(tc.text, func(t *testing.T) {
			assert.Equal(t, tc.want, wordFactsOf(splitWords(foldText(tc.text))).lineID)
		})
	}
}

// TestAddressedAt: an @name after a group's name is someone spoken to or
// about when a question, a request or what they said follows it.
func TestAddressedAt(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"telegram group - @sarah did you see it?", false},
		{"WhatsApp group chat: @john said the meeting moved", false},
		{"WhatsApp group: @everyone please read the rules", false},  // a group mention
		{"telegram group @sarah did you see it", false},             // a question without its "?"
		{"Join our Telegram channel @signals_daily. Thanks!", true}, // another sentence
		{"telegram channel @x. Did you see it?", true},
		{"Signal account @loanoffice can approve you in 24h", true},
		{"WhatsApp group: @cryptowhale will teach you to trade", true},
		{"Telegram bot @cryptodrop_bot does the airdrop for you", true},
		{"telegram group @bob\nwhere are you?", true}, // a line break ends the clause
		{"telegram group @bob is a scam?", false},
		{"telegram group @bob " + strings.Repeat("so ", 60) + "?", true}, // past maxQuestionBytes
		{"Signal account @signalapp posted the update", false},
		{"telegram group @sarah, can you share it", false},
		{"telegram group @SARAH DID you see it", false},
		{"telegram channel @deals_daily for signals", true},
		{"telegram channel @deals_daily", true},
		{"telegram channel @deals_daily mentionedx", true}, // longer than any addressing word
		{"telegram channel @deals_daily, join now", true},
	} {
		t.Run(tc.text, func(t *testing.T) {
			got := bridgedMessengerHandle(tc.text) != ""
			assert.Equal(t, tc.want, got)
		})
	}
}

// TestMessengerHandleNoAlloc: a messenger named after "on" and invited to
// by nothing is read without an allocation, as every other hostile input
// is (review round 7, finding 4: 682 per Check on 8 KB of "on telegram ").
func TestMessengerHandleNoAlloc(t *testing.T) {
	text := strings.Repeat("on telegram ", 100)
	assert.Zero(t, testing.AllocsPerRun(10, func() { messengerHandle(text) }))
}

// TestJoinedBefore: an invitation to join, perhaps with a determiner,
// right before a messenger's name makes a group's @name its handle.
func TestJoinedBefore(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Join our Telegram group @x", true},
		{"join the Telegram group @x", true},
		{"JOIN Telegram group @x", true},
		{"Follow my Telegram channel @x", true},
		{"Please add this WhatsApp group @x", true},
		{"Telegram group @x", false},
		{"In the family WhatsApp group @mike", false}, // "family" is no determiner
		{"I joined the WhatsApp group @mike", false},
		{"rejoin the Telegram group @x", false}, // a word that ends in "join"
		{"our our our Telegram group @x", false},
		{strings.Repeat("the ", 1000) + "Telegram group @x", false},
		{strings.Repeat("x", 200) + " Telegram group @x", false},
	} {
		t.Run(tc.text[:min(len(tc.text), 40)], func(t *testing.T) {
			name := strings.Index(tc.text, "Telegram")
			if name < 0 {
				name = strings.Index(tc.text, "WhatsApp")
			}
			assert.Equal(t, tc.want, joinedBefore(tc.text, name))
		})
	}
}

// TestReadWordsFitTheirBuffer: every word that joinedBefore and
// addressedAt compare is read whole by asciiWordAt, whose buffer is as
// long as the longest of them: a longer word added to one of these lists
// would never be read, and so never match.
func TestReadWordsFitTheirBuffer(t *testing.T) {
	for name, set := range map[string]map[string]bool{
		"joinWords": joinWords, "determinerWords": determinerWords, "reportingWords": reportingWords,
		"addressWords": addressWords, "questionAuxiliaries": questionAuxiliaries, "you": {"you": true},
	} {
		for w := range set {
			var buf [len("mentioned")]byte
			got, end := asciiWordAt(strings.ToUpper(w)+" x", 0, &buf)
			assert.Equal(t, w, string(got), "%s: %q is not read whole", name, w)
			assert.Equal(t, len(w), end, "%s: %q", name, w)
		}
	}
}

// TestKakaoTalkContact: a KakaoTalk ID left in a comment is contact
// details, as a WhatsApp or Telegram one is; the messenger named in a
// reader's sentence is not.
func TestKakaoTalkContact(t *testing.T) {
	runCommerce(t, []commerceCase{
		{"Selling official albums & photocards cheaper than the store!! Shipping worldwide, contact KakaoTalk ID: kmerch_jiyu", Hold, CodeContact},
		{"Group order for the lightsticks, KakaoTalk me for a place", Hold, CodeContact},
		{"My aunt in Busan only uses KakaoTalk, so the video call was a struggle.", Approve, ""},
	})
}
