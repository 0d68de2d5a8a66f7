package moderation

import (
	"context"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// ContactCheck flags contact details written into a public comment
// (CodeContact): phone numbers, e-mail addresses, messenger and social
// handles ("kik: name", "add me on telegram", "talk to him on WhatsApp",
// "IG: name", "Telegram channel @name", "line id: name", "KakaoTalk ID:
// name"), chat and payment
// links (wa.me, t.me, paypal.me) and Bitcoin addresses. A reader who has
// something to say says it in the comment; one who leaves a number or a
// handle wants to be contacted elsewhere, as spammers and scammers do. A
// messenger merely named is none ("I read about it on Telegram
// yesterday", "she is on Telegram", "I talk to her on WhatsApp"), nor is
// an @mention of another commenter ("WhatsApp group: @john said…").
// Numbers are read in the digits of any script ("＋１ ５５５ １２３ ４５６７",
// "+١ ٥٥٥ ١٢٣ ٤٥٦٧"), and addresses and links written in full-width or
// ideographic forms ("ｂｏｂ＠ｇｍａｉｌ．ｃｏｍ", "bob﹫gmail.com",
// "t。me/name") as the addresses and links they stand for.
// Nor is an e-mail address or chat link at one of the allowed domains
// (the site's own support address): as a link to the site, it never
// counts against a comment. Nor an e-mail address at a public office's
// domain (publicOffice: "outages@citywater.gov"), nor a public service's
// phone number alone (publicServiceNumber: "the police's non-emergency
// number is …"; publicHotline: "the national maternal mental health
// hotline is …"), nor a community body's e-mail address at a domain of its
// own, given for its members, volunteers or an event in a comment that
// speaks of no money (communityContact: "the junior section needs coaches,
// email juniors@riverside-rfc.example"), nor an invitation to write on a messenger quoted from
// someone else ("Someone posted 'contact him on WhatsApp' again"; see
// quotations). A phone number that only a quotation gives weighs half, and
// nothing in a comment that calls what it quotes a scam, a fake or a
// theft (reportsScam: "they said 'WhatsApp me on +44 …'. It's fake, don't
// pay").
type ContactCheck struct {
	Score float64
	links linkChecker
}

// Contact returns the contact-details check (CodeContact, score
// ContactScore), which does not count e-mail addresses and chat links at
// the allowed domains (as Config.AllowedDomains).
func Contact(allowed ...string) *ContactCheck {
	return &ContactCheck{Score: ContactScore, links: newLinkChecker(allowed)}
}

// Codes returns the codes the check raises.
func (c *ContactCheck) Codes() []string { return []string{CodeContact} }

var (
	// A messenger's name followed by what introduces a handle, or "on"
	// and a messenger's name.
	messengerRE = regexp.MustCompile(`(?i)\b(whatsapp|telegram|kik|skype|wechat|viber|snapchat|signal|kakaotalk|kakao)\s*(?:[:@]|id\b|me\b|number\b|username\b)|\b(?:on|via|at)\s+(whatsapp|telegram|kik|skype|wechat|viber|snapchat|kakaotalk|kakao)\b`)
	// A social network's name and, close after it, a handle: "IG :
	// __name", "instagram username is name_", "twitter likes @name".
	socialHandleRE = regexp.MustCompile(`(?i)\b(instagram|insta|ig|twitter|tiktok|snapchat|snap|kik|skype)\b(?:\s*(?:user\s*name|username|handle|name|id|account)?\s*(?:is|:|-)\s*@?[\w.]{3}|[^@\n]{0,24}@\s?\w{3})`)
	// Hosts whose links open a chat with a person, or take a payment.
	chatHosts = newHostSet([]string{"wa.me", "api.whatsapp.com", "chat.whatsapp.com", "t.me", "telegram.me", "m.me", "kik.me", "paypal.me", "cash.app"})
)

// contactWord tells whether w names a messenger or a social network (kik,
// skype and snapchat are both): only such names let the handle regexps run
// at all, and most comments have none. One switch serves both, as it runs
// for every word.
func contactWord(w string) (messenger, social bool) {
	switch w {
	case "whatsapp", "whats", "telegram", "wechat", "viber", "signal", "kakaotalk", "kakao":
		return true, false
	case "kik", "skype", "snapchat":
		return true, true
	case "instagram", "insta", "ig", "twitter", "tiktok", "snap":
		return false, true
	}
	return false, false
}

// foreignMessengers are the common ways of writing a messenger's name in
// scripts other than Latin, as contact spam in Russian, Chinese and
// Arabic writes them (review-unseen B4): the Russian transliterations
// with the endings Russian adds to them ("в телеграме", "в вайбере"),
// and "телега", what Russian speakers call Telegram in speech ("пиши в
// телегу"); WeChat and Telegram in Chinese ("加微信" is "add on WeChat",
// "微信号" "WeChat ID"), and 威信, which sounds as 微信 does and is written
// for it to pass filters; WhatsApp in Arabic. Such a name is contact
// details only with a handle after it (foreignHandleAfter): Russian,
// Chinese and Arabic comments talk about these apps as English ones do,
// and 威信 is also the ordinary word for "prestige".
var foreignMessengers = []struct {
	name    string // lower case
	network string // the key of networkNames
	script  foreignScript
	endings []string // those the name may take (foreignEnding)
}{
	{"телеграм", "telegram", cyrillic, cyrillicEndings}, // телеграмм is телеграм and an ending
	{"телег", "telegram", cyrillic, telegaEndings},
	{"ватсап", "whatsapp", cyrillic, cyrillicEndings},
	{"вотсап", "whatsapp", cyrillic, cyrillicEndings},
	{"вайбер", "viber", cyrillic, cyrillicEndings},
	{"微信", "wechat", han, nil}, // in 加微信 and 微信号 too
	{"威信", "wechat", han, nil},
	{"电报", "telegram", han, nil},
	// KakaoTalk in Korean, in full and as Koreans shorten it ("카카오톡 ID:
	// money7777", "카톡 ID abc_123"), and in Japanese katakana. Not LINE's
	// katakana ライン, which is inside オンライン ("online"), nor カカオ
	// alone, which is cacao.
	{"카카오톡", "kakaotalk", han, nil},
	{"카톡", "kakaotalk", han, nil},
	{"カカオトーク", "kakaotalk", han, nil},
	// LINE in Thai ("ทักไลน์ @name", "message on LINE"), where LINE is
	// the messenger most used; Thai is written without spaces, as Chinese
	// is. Its last mark (์) is not in the name, as the words are folded
	// without marks; and the name inside ออนไลน์ ("online") is not LINE.
	{"ไลน", "line", han, nil},
	{"واتساب", "whatsapp", arabic, arabicEndings},
}

// foreignScript is how a name of foreignMessengers stands in its text.
type foreignScript int

const (
	// cyrillic: a word starts with the name, in any case, and may have
	// an ending.
	cyrillic foreignScript = iota
	// han: the name is anywhere in a run of characters (Chinese and
	// Thai have no spaces between words), perhaps followed by 号
	// ("number").
	han
	// arabic: the name is anywhere in a word (Arabic joins "on", "the"
	// and "with" to the front of it).
	arabic
)

// foreignMessengerWord reports whether a folded word has a name of
// foreignMessengers in it, as its script places it there.
func foreignMessengerWord(w string) bool {
	if w == "" || w[0] < utf8.RuneSelf {
		return false
	}
	for _, f := range foreignMessengers {
		if f.script == cyrillic && strings.HasPrefix(w, f.name) || f.script != cyrillic && strings.Contains(w, f.name) {
			return true
		}
	}
	return false
}

// foreignMessengerLeads are the first bytes, and the fewest bytes, of a
// folded word that foreignMessengerWord may find a name in: the words
// wordFactsIn hands it.
func foreignMessengerLeads(mark func(lead byte, minLen int)) {
	for _, f := range foreignMessengers {
		switch f.script {
		case cyrillic:
			mark(f.name[0], len(f.name))
		case han: // any character of the CJK blocks, of Hangul or of Thai may come first
			mark(0xE0, len(f.name))
			for lead := byte(0xE3); lead <= 0xED; lead++ {
				mark(lead, len(f.name))
			}
		case arabic: // any Arabic letter may come first
			for lead := byte(0xD8); lead <= 0xDB; lead++ {
				mark(lead, len(f.name))
			}
		}
	}
}

// foreignHandle returns the networkNames key of the first name of
// foreignMessengers in text with a handle after it, or "". It reads the
// text once, whatever names it holds: a name is looked for only where a
// character starts with the bytes of its first letter (foreignLeads).
func foreignHandle(text string) string {
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			i++
			continue
		}
		if i+1 < len(text) && foreignSeconds[foreignSecond[c]][text[i+1]] {
			for _, l := range foreignLeads[c] {
				if !hasRestOf(text, i, l.first) {
					continue
				}
				for _, k := range l.names {
					f := foreignMessengers[k]
					end := -1
					if f.script != cyrillic {
						end = len(prefixOf(text[i:], f.name))
						if end > 0 && strings.HasSuffix(text[:i], "ออน") {
							end = -1 // ออนไลน์, "online"
						}
					} else if end = hasFoldedPrefix(text[i:], f.name); end > 0 {
						if r, _ := utf8.DecodeLastRuneInString(text[:i]); i > 0 && unicode.IsLetter(r) {
							end = -1 // inside another word
						}
					}
					if end > 0 && foreignHandleAfter(text, i+end, f.script, f.endings) {
						return f.network
					}
				}
			}
		}
		// On to the next character: past this one's continuation bytes.
		for i++; i < len(text) && text[i]&0xC0 == 0x80; i++ {
		}
	}
	return ""
}

// foreignLeads lists, by the first byte of a character, the characters
// that start a name of foreignMessengers (a Cyrillic name's first letter
// in either case) and the names each starts: most characters of a text
// start none, and the rest are told apart by a byte or two.
var foreignLeads = func() (t [256][]foreignLead) {
	for k, f := range foreignMessengers {
		r, _ := utf8.DecodeRuneInString(f.name)
		firsts := []string{string(r)}
		if f.script == cyrillic {
			firsts = append(firsts, string(unicode.ToUpper(r)))
		}
	next:
		for _, first := range firsts {
			leads := t[first[0]]
			for j := range leads {
				if leads[j].first == first {
					leads[j].names = append(leads[j].names, k)
					continue next
				}
			}
			t[first[0]] = append(leads, foreignLead{first, []int{k}})
		}
	}
	return t
}()

// foreignSecond and foreignSeconds tell, by the first two bytes of a
// character, whether it may start a name of foreignMessengers: the
// characters of a Russian or Chinese text are ruled out by two loads.
// foreignSecond gives, for a first byte, its row of foreignSeconds (row
// 0 holds no byte).
var foreignSecond, foreignSeconds = func() (second [256]uint8, rows [][256]bool) {
	rows = make([][256]bool, 1)
	for c, leads := range foreignLeads {
		if len(leads) == 0 {
			continue
		}
		var row [256]bool
		for _, l := range leads {
			row[l.first[1]] = true
		}
		second[c] = uint8(len(rows))
		rows = append(rows, row)
	}
	return second, rows
}()

// foreignLead is a character that starts names of foreignMessengers, and
// their indexes.
type foreignLead struct {
	first string
	names []int
}

// hasRestOf reports whether text[i:] starts with first, whose first
// byte text[i] is.
func hasRestOf(text string, i int, first string) bool {
	if len(text)-i < len(first) {
		return false
	}
	for k := 1; k < len(first); k++ {
		if text[i+k] != first[k] {
			return false
		}
	}
	return true
}

// hasFoldedPrefix returns the length of the prefix of s that is name,
// lower case, in any case, or -1.
func hasFoldedPrefix(s, name string) int {
	n := 0
	for _, want := range name {
		r, size := utf8.DecodeRuneInString(s[n:])
		if r != want && unicode.ToLower(r) != want {
			return -1
		}
		n += size
	}
	return n
}

// foreignHandleAfter reports whether a handle follows a messenger's name
// that ends at text[i]: after the rest of the word (one of endings, a
// Chinese 号, an "ID"), spaces, and perhaps a colon or a dash, one of
//   - "@" and a character of a handle (ASCII letters, digits, "_", ".");
//   - after a colon or a dash, a handle of 3 characters or more with a
//     letter or "_" in it;
//   - a handle of 5 characters or more with a letter and a digit or a
//     "_" in it: an ID or a user name ("加微信 abc12345", "в Телеграме
//     easy_money_ru"; a word has no "_");
//   - a number of minNumericHandle digits or more, a phone number
//     ("ватсап 89991234567").
//
// or, after a Cyrillic name, one or two words that say what the handle
// is (bridgedHandle: "телеграм канал @name").
//
// So "пиши в телеграм @easy_money_ru" has one, "в телеграме каждый
// день", "телеграм: удобный", "телеграм durov" and "в телеграм 2024
// года" have none.
func foreignHandleAfter(text string, i int, script foreignScript, endings []string) bool {
	if script == han {
		i += len(prefixOf(text[i:], "号"))
		for r, n := utf8.DecodeRuneInString(text[i:]); n > 0 && unicode.Is(unicode.Mn, r); r, n = utf8.DecodeRuneInString(text[i:]) {
			i += n // a mark the name ends with ("ไลน์")
		}
	} else {
		i += foreignEnding(text[i:], endings)
	}
	if r, _ := utf8.DecodeRuneInString(text[i:]); script != han && i < len(text) && unicode.IsLetter(r) && r >= utf8.RuneSelf {
		return false // another word that starts with the name ("телеграмщик")
	}
	if script == cyrillic && bridgedHandle(text, i, -1) {
		return true // "телеграм канал @name"
	}
	// A closing quote or bracket: "«Телеграм»: @name".
	for _, q := range []string{"»", "”", "\"", ")", "）", "」"} {
		if strings.HasPrefix(text[i:], q) {
			i += len(q)
			break
		}
	}
	if p := foldLitAt(text, skipForeignSpace(text, i), "id"); p >= 0 && (p == len(text) || !isWordByte(text[p])) {
		i = p
	}
	i = skipForeignSpace(text, i)
	sep := false
	for _, s := range []string{":", "：", "-", "–", "—"} {
		if strings.HasPrefix(text[i:], s) {
			i, sep = skipForeignSpace(text, i+len(s)), true
			break
		}
	}
	if i < len(text) && text[i] == '@' {
		return handleLen(text[i+1:]) >= minAtHandle
	}
	n, letters, digits := handleRun(text[i:])
	if n < len(text)-i && isWordByte(text[i+n]) {
		return false
	}
	if letters == 0 {
		// A number alone is a phone number only when it is as long as
		// one: "Телега 12345 лет назад" (a cart) counts years, and
		// "Подписчиков в Телеграме: 50000" subscribers.
		return n >= minNumericHandle
	}
	return sep && n >= 3 || n >= 5 && (digits > 0 || strings.IndexByte(text[i:i+n], '_') >= 0)
}

// minNumericHandle is how many digits a number after a messenger's name
// needs to be a handle: seven, the shortest local phone numbers.
const minNumericHandle = 7

// minAtHandle is how many characters of a handle an "@" after a
// messenger's name needs: one. The "@" itself says a handle follows, as
// messengerRE reads "Telegram @x"; the names in other scripts and the
// words after a name (bridgedHandle) read it the same way.
const minAtHandle = 1

// maxBridgeWords bounds the words that may stand between a messenger's
// name and a handle: two. People name what the handle is, in a word or
// two ("Telegram channel @deals", "WhatsApp group chat: +1…", "телеграм
// канал @x", "channel ID: @x"); further on, an "@" is most often another
// commenter addressed by name in a sentence that merely mentions the
// messenger ("I read about it on Telegram yesterday. @bob you were
// right"). So the words must be bridgeWords, one after the other with only
// spaces or a hyphen between.
const maxBridgeWords = 2

// bridgeWords are the words that may stand between a messenger's name and
// its handle (maxBridgeWords): what the account is, in English and in
// Russian with its case endings.
var bridgeWords = []string{
	"channel", "group", "chat", "id", "account", "username", "handle", "number", "contact", "bot",
	"канал", "канала", "каналу", "канале", "каналом",
	"группа", "группы", "группе", "группу", "группой",
	"чат", "чата", "чату", "чате", "чатом",
	"аккаунт", "аккаунта", "аккаунте", "ник", "номер", "номера", "айди",
	"бот", "бота", "боте",
}

// bridgedHandle reports whether, from text[i] on, one to maxBridgeWords
// bridgeWords follow, each after spaces or a hyphen, and then a handle
// (bridgedHandleAt; the messenger's name starts at text[name]).
func bridgedHandle(text string, i, name int) bool {
	for n := 0; n < maxBridgeWords; n++ {
		j := i
		for j < len(text) && (text[j] == ' ' || text[j] == '\t') {
			j++
		}
		if j == i && j < len(text) && text[j] == '-' {
			j++
		}
		if j == i {
			return false // a word glued to the one before, or the end
		}
		end := j
		for end < len(text) {
			r, size := utf8.DecodeRuneInString(text[end:])
			if !unicode.IsLetter(r) {
				break
			}
			end += size
		}
		if end == j || !isBridgeWord(text[j:end]) {
			return false
		}
		if bridgedHandleAt(text, end, text[j:end], name) {
			return true
		}
		i = end
	}
	return false
}

// numberAfterName reports whether a phone number follows a messenger's
// name that ends at text[i]: after spaces, perhaps one of numberLeads
// ("WhatsApp 612 55 83 90", "WhatsApp al 612 55 83 90", "Telegram at
// +44 7700 900461"), a number as long as a phone number
// (minNumericHandle digits, perhaps after a "+" and in groups) whose
// groups are no count: not a first group of one digit ("signal 5 10 15
// 20"), nor groups of three after one of three or fewer ("WhatsApp at 2
// 000 000 000 users"), nor years ("WhatsApp 2024 2025"), unless it starts
// with a "+" or a "0".
func numberAfterName(text string, i int) bool {
	j := i
	for j < len(text) && text[j] == ' ' {
		j++
	}
	if j == i {
		return false
	}
	if w := j; w < len(text) && text[w] >= utf8.RuneSelf {
		// A word of Hindi between the name and the number: "WhatsApp
		// करें 98765 55031" ("WhatsApp [us]"), "WhatsApp पर …" ("on").
		for w < len(text) && text[w] != ' ' {
			w++
		}
		if w == len(text) || !hindiNumberLeads[text[j:w]] {
			return false
		}
		for j = w; j < len(text) && text[j] == ' '; j++ {
		}
	} else if w := j; w < len(text) && isLetterASCII(text[w]) {
		for w < len(text) && isLetterASCII(text[w]) && w-j <= 2 {
			w++
		}
		if w == len(text) || text[w] != ' ' || !numberLeads[strings.ToLower(text[j:w])] {
			return false
		}
		for j = w; j < len(text) && text[j] == ' '; j++ {
		}
	}
	if phoneDigitsAt(text, j) < minNumericHandle {
		return false
	}
	if text[j] == '+' || text[j] == '0' {
		return true
	}
	first, threes, groups := 0, true, 0
	for k := j; k < len(text); {
		n := 0
		for k < len(text) && isDigit(text[k]) {
			k++
			n++
		}
		if n == 0 {
			break
		}
		if groups == 0 {
			first = n
		} else if n != 3 {
			threes = false
		}
		groups++
		if k+1 < len(text) && (text[k] == ' ' || text[k] == '.' || text[k] == '-') && isDigit(text[k+1]) {
			k++
			continue
		}
		break
	}
	year := first == 4 && groups > 1 && (text[j:j+2] == "19" || text[j:j+2] == "20")
	return first >= 2 && !(groups > 1 && threes && first <= 3) && !year
}

// numberLeads are the prepositions that may stand between a messenger's
// name and a number, in the languages contact spam writes them in: "at",
// "on", Spanish "al", French "au", Portuguese "no", Indonesian "ke",
// Swahili "na".
var numberLeads = lowerSet([]string{"at", "on", "al", "au", "no", "ke", "na"})

// hindiNumberLeads are the Hindi words that may stand between a
// messenger's name and a number: "पर" ("on") and the polite and familiar
// "do" that makes the name a verb ("WhatsApp करें", "WhatsApp करो":
// "WhatsApp [us]").
var hindiNumberLeads = map[string]bool{"पर": true, "करें": true, "करो": true, "कीजिए": true, "करे": true}

// isBridgeWord reports whether w is one of bridgeWords, in any case. It
// runs after every messenger's name, so on text made of names it ran for
// each word: comparing it with each entry (strings.EqualFold) made such
// text cost the contact check five times what it did (review round 6).
// Now one map look-up, or two for a word with a capital, lowered in a
// buffer on the stack.
func isBridgeWord(w string) bool {
	if w == "" || len(w) > maxBridgeWordBytes || !bridgeFirst[w[0]] {
		return false // most words: "on", "is", "the"
	}
	return bridgeSet[w] || isBridgeWordFolded(w)
}

// isBridgeWordFolded is isBridgeWord for a word that is not an entry as
// it is: lowered, it may be one. Kept out of isBridgeWord so that the
// test for most words is inlined where it is called.
func isBridgeWordFolded(w string) bool {
	var buf [maxBridgeWordBytes]byte
	lower := buf[:0]
	for _, r := range w {
		lower = utf8.AppendRune(lower, unicode.ToLower(r))
	}
	return bridgeSet[string(lower)]
}

// maxBridgeWordBytes is at least the length of the longest of bridgeWords
// (TestBridgeWordsFit).
const maxBridgeWordBytes = 32

// bridgeSet holds bridgeWords, in lower case.
var bridgeSet = lowerSet(bridgeWords)

// bridgeFirst tells the bytes a word of bridgeWords may start with, in
// either case.
var bridgeFirst = func() (t [256]bool) {
	for _, b := range bridgeWords {
		r, _ := utf8.DecodeRuneInString(b)
		for _, c := range []rune{unicode.ToLower(r), unicode.ToUpper(r), unicode.ToTitle(r)} {
			t[string(c)[0]] = true
		}
	}
	return t
}()

// bridgedHandleAt reports whether a handle stands at text[i], after the
// words between a messenger's name and it: spaces, perhaps a colon or a
// dash, then "@" and a character of a handle, a number as long as a phone
// number (minNumericHandle digits, perhaps after a "+" and in groups),
// or an ID: a handle of 5 characters or more with a letter and a digit or
// a "_". A plain word is none ("Telegram channel: great for news"), nor
// is a count ("WhatsApp group 2024").
//
// bridge is the word before the handle: after a room with members
// (groupWord), an @name may be a member addressed (addressedAt), unless
// an invitation to join stands before the messenger's name, which starts
// at text[name] (joinedBefore; name is -1 for a name in another script):
// the @name is then the room's handle ("Join our Telegram group
// @signals_vip where we share signals", review round 9). joinedBefore
// runs only for such an @name, not for every messenger's name: run for
// each, it made text of messenger names 50% slower.
func bridgedHandleAt(text string, i int, bridge string, name int) bool {
	i = skipForeignSpace(text, i)
	for _, s := range []string{":", "：", "-", "–", "—"} {
		if strings.HasPrefix(text[i:], s) {
			i = skipForeignSpace(text, i+len(s))
			break
		}
	}
	if i < len(text) && text[i] == '@' {
		n := handleLen(text[i+1:])
		for n > 0 && text[i+n] == '.' {
			n-- // a full stop after the handle ends its sentence
		}
		return n >= minAtHandle && !groupMention(text[i+1:i+1+n]) && !addressedAt(text, i+1+n, groupWord(bridge) && (name < 0 || !joinedBefore(text, name)))
	}
	if phoneDigitsAt(text, i) >= minNumericHandle {
		return true
	}
	n, letters, digits := handleRun(text[i:])
	if n < len(text)-i && isWordByte(text[i+n]) {
		return false
	}
	return n >= 5 && letters > 0 && (digits > 0 || strings.IndexByte(text[i:i+n], '_') >= 0)
}

// joinWords are the verbs that, before a messenger's name, invite the
// reader into its group or channel ("Join our Telegram group @x"): the
// @name after them is the group's handle, whatever follows it.
var joinWords = lowerSet([]string{"join", "follow", "subscribe", "add"})

// joinedBefore reports whether one of joinWords stands right before
// text[i], or before a determiner there ("Join our", "join the",
// "Join my"): at most two words back, so it costs a constant.
func joinedBefore(text string, i int) bool {
	var buf [len("mentioned")]byte
	for n := 0; n < 2; n++ {
		end := i
		for end > 0 && text[end-1] == ' ' {
			end--
		}
		start := end
		for start > 0 && isASCIIAlnum(text[start-1]) && end-start < len(buf) {
			start--
		}
		if start == end || start > 0 && isWordByte(text[start-1]) {
			return false
		}
		w, _ := asciiWordAt(text, start, &buf)
		if joinWords[string(w)] {
			return true
		}
		if !determinerWords[string(w)] {
			return false
		}
		i = start
	}
	return false
}

// determinerWords may stand between a verb of joinWords and the
// messenger's name.
var determinerWords = lowerSet([]string{"our", "my", "the", "this", "a"})

// groupMention reports whether name, after an "@", notifies every
// member of a group chat ("@everyone", "@all", "@here"): no one's handle.
func groupMention(name string) bool {
	return strings.EqualFold(name, "everyone") || strings.EqualFold(name, "all") || strings.EqualFold(name, "here")
}

// groupWords are the bridgeWords that name a room with members ("group",
// "chat"), where an @name may be someone spoken to: the others
// ("channel", "account", "bot", "ID", "handle", "number", "username",
// "contact") name a thing one writes to (addressedAt).
var groupWords = []string{"group", "chat",
	"группа", "группы", "группе", "группу", "группой", "чат", "чата", "чату", "чате", "чатом"}

// groupWord reports whether w is one of groupWords, in any case. It runs
// only for a bridge word with an "@" after it.
func groupWord(w string) bool {
	for _, g := range groupWords {
		if strings.EqualFold(w, g) {
			return true
		}
	}
	return false
}

// addressWords are the words that, right after an @name in a group,
// make it a member spoken to: thanks, and a question ("WhatsApp group
// @anna how was the trip"). "you" and "please" are not: "Join the
// Telegram group @ForexSignalsVIP you will thank me later", "please join"
// follow spam's handles as often.
var addressWords = lowerSet([]string{"thanks", "thank", "how", "what", "where", "when", "why", "who"})

// reportingWords are the words that, right after an @name, make it a
// person spoken about rather than a handle to write to: "WhatsApp group
// chat: @john said the meeting moved", "the Signal account @signalapp
// posted the update". They report what someone said or did; the words
// spam puts after its handle ("you will thank me", "can help you", "who
// helped me", "please join", "thanks") are none of them (review round 7).
// A channel's news is reported too: "The Signal account @signalapp
// confirmed the outage", "Telegram channel @durov announced it" (review
// round 9). Only verbs of saying and publishing: any past tense would
// free the testimonial's "Telegram @dr_ogun helped me".
var reportingWords = lowerSet([]string{"said", "says", "asked", "wrote", "replied", "posted", "mentioned",
	"announced", "reported", "confirmed", "tweeted"})

// questionAuxiliaries are the verbs that, with "you" right after them,
// open a question put to the @name before them, with or without its "?":
// "telegram group chat @sarah can you share it".
var questionAuxiliaries = lowerSet([]string{"did", "do", "does", "can", "could", "will", "would"})

// maxQuestionBytes bounds how far addressedAt reads for the "?" that ends
// the clause after an @name: 160 bytes, a long spoken question. A
// constant bound keeps a text of many handles linear.
const maxQuestionBytes = 160

// addressedAt reports whether the @name that ends at text[i] is someone
// spoken to or about, not a handle. After any bridge word, the first word
// after it, past spaces and a comma, is one of reportingWords ("the
// Signal account @signalapp posted the update"). After a room with
// members (group is true), also one of addressWords, an auxiliary and
// "you" (questionAuxiliaries), or a "?" that ends the @name's own clause:
// "telegram group - @sarah did you see it?". A comma, a semicolon, a
// dash, ".", "!" or a line break ends that clause first, so "Join our
// Telegram group @signals_vip, are you ready to earn?" asks the readers,
// not the @name (review round 8). After a channel, an account, a bot or
// an ID, a question is put to the readers ("Telegram channel @x what are
// you waiting for?"): one writes to such an @name, one does not address
// it.
func addressedAt(text string, i int, group bool) bool {
	h := i
	for i < len(text) && (text[i] == ' ' || text[i] == ',') {
		i++
	}
	var buf [len("mentioned")]byte
	w, j := asciiWordAt(text, i, &buf)
	if reportingWords[string(w)] {
		return true
	}
	if !group {
		return false
	}
	if addressWords[string(w)] {
		return true
	}
	if questionAuxiliaries[string(w)] {
		if you, _ := asciiWordAt(text, skipForeignSpace(text, j), &buf); string(you) == "you" {
			return true
		}
	}
	for end := min(len(text), h+maxQuestionBytes); h < end; h++ {
		switch c := text[h]; {
		case c == '?':
			return true
		case c == '.' || c == '!' || c == '\n' || c == ',' || c == ';':
			return false
		case c == '-' && h > 0 && text[h-1] == ' ':
			return false // " - ", not the hyphen of "e-mail"
		case c == 0xE2 && (strings.HasPrefix(text[h:], "–") || strings.HasPrefix(text[h:], "—")):
			return false
		}
	}
	return false
}

// asciiWordAt returns the ASCII word at text[i], lowered into buf, and
// where it ends; nil for a word longer than buf (longer than any word
// addressedAt looks for).
func asciiWordAt(text string, i int, buf *[len("mentioned")]byte) ([]byte, int) {
	n := 0
	for ; i+n < len(text) && isASCIIAlnum(text[i+n]); n++ {
		if n == len(buf) {
			return nil, i + n
		}
		buf[n] = text[i+n] | 0x20
	}
	return buf[:n], i + n
}

// phoneDigitsAt returns how many digits the number at text[i] has: after
// a "+" perhaps, digits in groups split by single spaces, dashes, dots or
// parentheses, as internationalNumber reads them; 0 when it runs into a
// letter ("5551234567abc" is no number).
func phoneDigitsAt(text string, i int) int {
	if i < len(text) && text[i] == '+' {
		i++
	}
	digits := 0
	for ; i < len(text); i++ {
		c := text[i]
		if isDigit(c) {
			digits++
			continue
		}
		if (c == ' ' || c == '.' || c == '-' || c == '(' || c == ')') && i+1 < len(text) && (isDigit(text[i+1]) || text[i+1] == '(') {
			continue
		}
		break
	}
	if i < len(text) && isWordByte(text[i]) {
		return 0
	}
	return digits
}

// bridgedMessengerHandle returns the networkNames key of the first
// messenger's Latin name (messengerNames) followed by bridge words and a
// handle ("Telegram канал @name", "WhatsApp group 5551234567") or by a
// phone number (numberAfterName: "WhatsApp al 612 55 83 90"), or "".
// messengerRE reads a handle right after the name only.
func bridgedMessengerHandle(text string) string {
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c >= utf8.RuneSelf || !messengerFirst[c] || i > 0 && isWordByte(text[i-1]) {
			continue
		}
		for _, n := range messengerNames {
			if c|0x20 != n[0] {
				continue
			}
			if j := foldLitAt(text, i, n); j >= 0 && (j == len(text) || !isWordByte(text[j])) && (numberAfterName(text, j) || bridgedHandle(text, j, i)) {
				return n
			}
		}
	}
	return ""
}

// messengerHandle returns the name of the first messenger messengerRE
// finds with a handle or an invitation to write there, or "". A name
// right before ":", "@", "id", "me", "number" or "username" has one. A
// name after "on", "via" or "at" has one when the words before invite a
// reader to write (invitesBefore: "add me on telegram", "contact Mr.
// David on WhatsApp", "talk to her on WhatsApp"), or when a handle
// follows the name after all ("I am on telegram @abc"): "I read about it
// on Telegram yesterday" only mentions it.
func messengerHandle(text string) string {
	h, _ := messengerHandleAt(text)
	return h
}

// messengerHandleAt is messengerHandle, with where in text the handle
// it returns starts (-1 with none).
func messengerHandleAt(text string) (string, int) {
	var quotes []quoteSpan
	quotesDone := false
	for from := 0; from < len(text); {
		m, ok := findMessenger(text[from:])
		if !ok {
			return "", -1
		}
		if m[2] >= 0 {
			if !invitedMe(text[from+m[0] : from+m[1]]) {
				return strings.ToLower(text[from+m[2] : from+m[3]]), from + m[2]
			}
			if !quotesDone {
				quotes, quotesDone = quotations(text), true
			}
			if !quoted(quotes, from+m[0], from+m[1]) {
				return strings.ToLower(text[from+m[2] : from+m[3]]), from + m[2]
			}
			// "WhatsApp me" quoted, as "contact him on WhatsApp" below
			from += m[1]
			continue
		}
		name := from + m[4]
		if invitesBefore(text, from+m[0]) {
			if !quotesDone {
				quotes, quotesDone = quotations(text), true
			}
			// An invitation quoted is someone else's ("Someone posted
			// 'contact him on WhatsApp' again"): it has no handle of its
			// own to write to.
			if !quoted(quotes, from+m[0], from+m[1]) {
				return strings.ToLower(text[name : from+m[5]]), name
			}
		}
		// A handle right after the name: the regexp's first way, which
		// ends within the spaces after the name and "username" (its
		// longest word) and the byte that tells its \b. Reading only
		// that far keeps a text of many names ("on telegram " repeated)
		// from having each name's search run on to the next one.
		near := min(len(text), skipRESpace(text, from+m[5])+len("username")+1)
		if d, ok := findMessenger(text[name:near]); ok && d[0] == 0 && d[2] >= 0 {
			return strings.ToLower(text[name : name+d[3]]), name
		}
		from += m[1]
	}
	return "", -1
}

// invitedMe reports whether a match of messengerRE's first way is a
// messenger's name used as a verb ("WhatsApp me"), which gives no
// address, not a name before one ("WhatsApp: +1…", "Telegram @name").
func invitedMe(m string) bool {
	return len(m) >= 2 && m[len(m)-2]|0x20 == 'm' && m[len(m)-1]|0x20 == 'e'
}

// The roles a word before "on WhatsApp" may play in an invitation to
// write there (inviteRoles).
const (
	// roleInvite: a word that invites on its own, among the nearest
	// maxInvitationWords: verbs of getting in touch ("add me on",
	// "message my manager on", "contact Mr. David on") and what a reader
	// is to ask there ("details on").
	roleInvite = 1 << iota
	// roleVerb: a commoner verb that invites only with a person after it
	// ("find me on", "chat with me on", "talk to her on"): "I chat with
	// my family on WhatsApp" invites no one.
	roleVerb
	// roleThirdVerb: a verb that invites to write to a third person
	// (roleThird), when it is in the imperative position
	// (imperativeAt): those of talking and writing, and the verbs of
	// roleInvite. "ask", "get", "join" and "find" are not: "Ask her on
	// Snapchat if you don't believe me", "Get him on Skype and record
	// it", "Join them on Telegram if you want" ask no one to write; they
	// invite only as "ask for Mr David on" and "get in touch with him on"
	// (inviteVerbAt).
	roleThirdVerb
	// roleFirst: "me" or "us", the object that makes roleVerb an
	// invitation wherever it stands.
	roleFirst
	// roleThird: "him", "her", "them", or a title before a name ("Mr",
	// "Dr"): recovery and "fund manager" scams praise a third person to
	// write to ("Get in touch with him on WhatsApp").
	roleThird
	// rolePolite: "please", "just", "kindly", which may stand before an
	// imperative: "just talk to him on Telegram".
	rolePolite
	// roleYou: "you", or "everyone", the subject of an advice:
	// "you can talk to her on", "I recommend you speak with him on".
	roleYou
	// roleModal: "can", "should", "must", "could", after roleYou:
	// "you should talk to her on".
	roleModal
	// roleAdvise: a verb that asks the reader to do what follows: "I
	// advise you to write to him on", "I recommend that you get in touch
	// with her on", "I want you to message him on".
	roleAdvise
	// roleTo: "to", before an infinitive: an imperative only after "try
	// to", "you need to", or roleAdvise; otherwise a statement ("my son
	// asked me to follow him on Snapchat", "I tried to get in touch with
	// them").
	roleTo
	// roleTry, roleNeed, roleThat: "try", "need", "that", read in those
	// phrases.
	roleTry
	roleNeed
	roleThat
	// roleIn, roleGet, roleTouch, roleAsk, roleFor: the words of "get in
	// touch" and "ask for", read as one verb.
	roleIn
	roleGet
	roleTouch
	roleAsk
	roleFor
	// roleStrong: a verb whose only use before a third person and "on
	// WhatsApp" is to send someone there ("contact him on", "message
	// her on", "write to him on", "reach out to him on"): it invites
	// wherever it stands (strongInviteAt), not only as an imperative.
	roleStrong
	// roleSubject: "I", "we", "they", "he", "she", "it", "people": a
	// subject that makes what follows a statement ("I contact him on
	// WhatsApp every week", "Is it safe to message them on").
	roleSubject
	// roleDeterminer: "my", "the", "a"…: a noun phrase, the subject of a
	// statement ("my mum and dad message her on") or a noun ("a message
	// to him on").
	roleDeterminer
	// roleNot: a negation, a warning ("do not contact him on", "don't
	// message him on"; "t" is what is left of "don't" and "can't"; "You cannot
	// contact them on", "Nobody can reach them on", "Impossible to contact them on").
	roleNot
	// roleHesitate: "hesitate", which takes back the negation before it
	// ("don't hesitate to contact him on").
	roleHesitate
	// roleReport: a verb that reports what someone was asked or told
	// ("told me to write to them on", "ask you to write to them on",
	// "did you contact him on").
	roleReport
	// roleIf: a condition or a question ("if", "when", "did", "why",
	// "would"), which makes a verb right after it and its subject no
	// invitation: "If you contact them on WhatsApp they will ask for
	// your card", "Did anyone contact her on", "Why would you message
	// him on".
	roleIf
	// roleNotNoun: words ending in "s" that are no plural noun ("is",
	// "always", "thanks"), so no subject (rolePlural).
	roleNotNoun
	// rolePlural and rolePast are shapes, not entries of inviteRoles:
	// any other word ending in "s" (a plural noun: "Scammers contact
	// them on"), and one ending in "ed" or "ing" (a past or a
	// progressive: "I tried to contact him on", "trying to").
	rolePlural
	rolePast
	// roleThem: "them", in a comment a company or a group as often as
	// spam's one person ("You cannot contact them on WhatsApp"), so a
	// strong verb before it invites only as an imperative (review round 9).
	roleThem
	// roleIs: a copula that makes the verb after it what is advised: "My
	// advice is to contact him on", "The best thing to do is contact him on".
	roleIs
	// roleWell: the "well" of "do well to contact him on", West African
	// English for "please".
	roleWell
)

// inviteRoles gives the roles of the words, in lower case, that may
// make "on WhatsApp" an invitation.
var inviteRoles = func() map[string]uint32 {
	m := map[string]uint32{}
	for role, words := range map[uint32][]string{
		roleInvite: {"add", "message", "msg", "contact", "text", "txt", "dm", "pm", "inbox", "ping", "hmu", "reach",
			"details", "info", "inquiries", "enquiries", "orders"},
		roleVerb: {"call", "write", "chat", "talk", "find", "follow", "join", "hit", "send", "catch", "connect",
			"touch", "speak", "consult", "ask", "get"},
		roleThirdVerb: {"add", "message", "msg", "contact", "text", "txt", "dm", "pm", "inbox", "ping", "reach",
			"call", "write", "chat", "talk", "follow", "hit", "catch", "connect", "speak", "consult"},
		roleFirst:      {"me", "us"},
		roleThird:      {"him", "her", "them", "mr", "mrs", "ms", "miss", "dr", "prof"},
		rolePolite:     {"please", "pls", "plz", "just", "kindly"},
		roleYou:        {"you", "u", "everyone", "everybody"},
		roleModal:      {"can", "should", "must", "could"},
		roleAdvise:     {"advise", "urge", "recommend", "suggest", "encourage", "want"},
		roleTo:         {"to"},
		roleTry:        {"try"},
		roleNeed:       {"need"},
		roleThat:       {"that"},
		roleIn:         {"in"},
		roleGet:        {"get"},
		roleTouch:      {"touch"},
		roleAsk:        {"ask"},
		roleFor:        {"for"},
		roleStrong:     {"message", "msg", "contact", "text", "txt", "dm", "pm", "inbox", "ping", "reach", "write"},
		roleSubject:    {"i", "we", "they", "he", "she", "it", "people"},
		roleDeterminer: {"my", "our", "their", "his", "the", "a", "an", "this", "these", "some", "most", "many"},
		roleNot:        {"not", "never", "dont", "t", "cannot", "no", "nobody", "impossible", "unable"},
		roleHesitate:   {"hesitate"},
		roleReport:     {"ask", "asks", "asked", "tell", "tells", "told", "do"},
		roleIf:         {"if", "once", "when", "did", "does", "why", "would"},
		roleThem:       {"them"},
		roleIs:         {"is", "was"},
		roleWell:       {"well"},
		roleNotNoun: {"is", "was", "has", "does", "its", "thus", "always", "perhaps", "sometimes", "plus", "yes",
			"as", "guys", "less", "unless", "thanks", "us", "details", "inquiries", "enquiries", "orders"},
	} {
		for _, w := range words {
			m[w] |= role
		}
	}
	return m
}()

// roleShapes tells, by length, the first letters of the words of
// inviteRoles (a bit for each letter, 'a' and 'A' alike), so that most
// words are ruled out without a look-up.
var roleShapes = func() (t [maxRoleWord + 1]uint32) {
	for w := range inviteRoles {
		t[len(w)] |= 1 << (w[0] & 0x1f)
	}
	return t
}()

// maxInvitationWords is how many words before "on" may invite: four,
// room for a verb, its object and a name ("contact Mr. David on", "chat
// with me on", "touch with Mr David on"). maxObjectWords is how many words
// after the verb hold its object: three ("reach out to him on").
// maxRoleWords is how many words invitesBefore reads: ten, room for the
// longest phrase before a verb that still makes it an imperative ("I
// advise you to get in touch with him on").
const (
	maxInvitationWords = 4
	maxObjectWords     = 3
	maxRoleWords       = 10
)

// maxRoleWord is the longest word inviteRoles holds: a longer one is
// none of them.
const maxRoleWord = len("impossible")

// invitesBefore reports whether the words before text[at] invite a reader
// to get in touch (see the roles of inviteRoles).
func invitesBefore(text string, at int) bool {
	var (
		roles [maxRoleWords]uint32 // the nearest first
		first [maxRoleWords]bool   // the word starts its clause
		buf   [maxRoleWord]byte
	)
	n := 0
	var verbs uint32 // the roles of the words read
	for end := at; n < len(roles); {
		clause := false
		for end > 0 && !isWordByte(text[end-1]) && text[end-1] != '\n' {
			if c := text[end-1]; c < utf8.RuneSelf {
				clause = clause || c == '.' || c == ',' || c == '!' || c == '?' || c == ';' || c == ':' || c == '-'
				end--
				continue
			}
			r, size := utf8.DecodeLastRuneInString(text[:end])
			if isWordLetter(r) {
				break // a word in another script: no invitation word
			}
			end -= size // a dash, a quote, an emoji
			clause = true
		}
		if n > 0 && clause {
			first[n-1] = true
		}
		start := end
		for start > 0 && isWordByte(text[start-1]) {
			start--
		}
		if start == end {
			if n > 0 {
				first[n-1] = true // the start of the text or of a line
			}
			break // or a word beyond ASCII
		}
		if l := end - start; l <= maxRoleWord && roleShapes[l]&(1<<((text[start]|0x20)&0x1f)) != 0 {
			w := buf[:l]
			for k := range w {
				w[k] = text[start+k] | 0x20 // word bytes: letters, digits and "_"
			}
			roles[n] = inviteRoles[string(w)]
			verbs |= roles[n]
		}
		if roles[n] == 0 {
			roles[n] = wordShape(text[start:end])
		}
		n++
		end = start
		if n == maxInvitationWords && verbs&(roleInvite|roleVerb) == 0 {
			return false // no verb near enough: the words before it do not matter
		}
	}
	return invitesIn(roles[:n], first[:n])
}

// invitesIn reports whether the roles of the words before "on WhatsApp",
// the nearest first, invite a reader to get in touch.
func invitesIn(roles []uint32, first []bool) bool {
	for k := 0; k < min(len(roles), maxInvitationWords); k++ {
		if roles[k]&(roleInvite|roleVerb) == 0 {
			continue
		}
		var object, single uint32
		for o := max(0, k-maxObjectWords); o < k; o++ {
			object |= roles[o]
			if roles[o]&roleThem == 0 {
				single |= roles[o]
			}
		}
		if object&roleFirst != 0 {
			return true // "find me on", "chat with me on"
		}
		if object&roleThird != 0 {
			// "contact Mr David on": an invitation unless a statement;
			// "talk to her on": only in the imperative position.
			start, strong := inviteVerbAt(roles, k)
			strong = strong && single&roleThird != 0 // "them" alone: only as an imperative
			if strong && strongInviteAt(roles, first, start) || !strong && start >= 0 && imperativeAt(roles, first, start) {
				return true
			}
			continue
		}
		if roles[k]&roleInvite != 0 {
			return true // "add on", "message my manager on"
		}
	}
	return false
}

// inviteVerbAt returns where the verb at roles[k] starts when it invites
// to write to a third person (roleThirdVerb): the verb itself, "ask"
// before "for", or the "get" of "get in touch"; -1 for another verb.
// strong tells a verb of roleStrong, or "get in touch".
func inviteVerbAt(roles []uint32, k int) (start int, strong bool) {
	switch {
	case roles[k]&roleTouch != 0 && k+2 < len(roles) && roles[k+1]&roleIn != 0 && roles[k+2]&roleGet != 0:
		return k + 2, true // "get in touch with him on"
	case roles[k]&roleThirdVerb != 0:
		return k, roles[k]&roleStrong != 0
	case roles[k]&roleAsk != 0 && k > 0 && roles[k-1]&roleFor != 0:
		return k, false // "ask for Mr David on"
	}
	return -1, false
}

// wordShape gives the roles a word outside inviteRoles has by its
// ending: rolePlural for one in "s", rolePast for one in "ed" or "ing".
func wordShape(w string) uint32 {
	n := len(w)
	switch {
	case n >= 3 && w[n-1]|0x20 == 's':
		return rolePlural
	case n >= 5 && (w[n-2]|0x20 == 'e' && w[n-1]|0x20 == 'd' || w[n-3]|0x20 == 'i' && w[n-2]|0x20 == 'n' && w[n-1]|0x20 == 'g'):
		return rolePast
	}
	return 0
}

// strongInviteAt reports whether the verb of roleStrong at roles[k] (or
// "get in touch") invites: the words before it in its clause, the nearest
// first, make it a statement only with a subject ("I", "they", "my mum
// and dad", "Scammers contact them on"), a negation ("do not contact him
// on", but "don't hesitate to"), a report ("I tried to", "told me to",
// "asked customers to", "ask you to"), or a condition or a question ("If
// you contact them on", "Did anyone contact her on"). Anything else leaves it what such
// a verb before a third person "on WhatsApp" is in a comment: the
// testimonial's invitation ("Feel free to contact him on", "All you need
// to do is contact him on", "So contact him on", "You can also contact
// him on", "If you need help contact her on"; review round 8). The past
// ("contacted", "messaged", "got in touch") is none of these verbs.
func strongInviteAt(roles []uint32, first []bool, k int) bool {
	// in tells whether roles[j] is in the verb's clause.
	in := func(j int) bool { return j < len(roles) && !first[j-1] }
	for j := k + 1; in(j); j++ {
		w := roles[j]
		switch {
		case w&roleHesitate != 0:
			return true // "don't hesitate to contact him on"
		case w&roleYou != 0:
			// not "ask you to", "do you", nor "if you" right before the
			// verb ("If you need help contact her on" still invites)
			return !in(j+1) || roles[j+1]&roleReport == 0 && (j > k+1 || roles[j+1]&roleIf == 0)
		case w&(roleSubject|roleNot|roleDeterminer|roleIf) != 0:
			return false
		case w&roleTo != 0 && in(j+1) && (roles[j+1]&roleIs != 0 || roles[j+1]&roleWell != 0 && in(j+2) && roles[j+2]&roleReport != 0):
			return true // "My advice is to", "do well to"
		case w&roleTo != 0 && in(j+2) && adviseWithin(roles, first, j+2):
			return true // "We advise all victims to", "I urge anyone in need to"
		case j == k+1 && w&roleIs != 0 && in(j+1) && roles[j+1]&roleReport != 0:
			return true // "The best thing to do is contact him on"
		case w&roleTo != 0 && in(j+1):
			if roles[j+1]&(rolePast|roleReport|roleFirst|roleThird) != 0 || in(j+2) && roles[j+2]&(rolePast|roleReport) != 0 {
				return false // "tried to", "told me to", "asked customers to"
			}
		case j == k+1 && w&rolePlural != 0:
			return false // "Scammers contact them on"
		}
	}
	return true
}

// adviseWithin reports whether a verb of advice (roleAdvise) stands at
// roles[j] or before it in its clause, with no report or past between:
// "We advise all victims to contact him on". It is called from the word
// after the one before "to", so a verb of advice needs an object before
// "to": "I want to message her on" is the writer's own wish. It reads no
// further than invitesBefore read (maxRoleWords).
func adviseWithin(roles []uint32, first []bool, j int) bool {
	for ; j < len(roles); j++ {
		if roles[j]&(roleReport|rolePast) != 0 {
			return false
		}
		if roles[j]&roleAdvise != 0 {
			return true
		}
		if first[j] {
			return false
		}
	}
	return false
}

// imperativeAt reports whether the verb at roles[k] is in the imperative
// position: at the start of its clause, perhaps after "please", "just"
// or "kindly"; after "you can", "you should", "you need to", "try to";
// or after a verb of advice ("I advise you to", "I recommend you", "I
// recommend that you"). Any other word before it makes the sentence a
// statement ("My mum and dad talk to her on WhatsApp", "I tried to get
// in touch with them"), and so does a negation, a warning: "Do not talk to
// him on WhatsApp", "Never follow them on Telegram".
func imperativeAt(roles []uint32, first []bool, k int) bool {
	at := func(j int) uint32 {
		if j < len(roles) {
			return roles[j]
		}
		return 0
	}
	for {
		if first[k] {
			return true
		}
		if k+1 >= len(roles) {
			return false // read no further: taken as a statement
		}
		before := roles[k+1]
		switch {
		case before&rolePolite != 0:
			k++ // "please talk to him on"
		case before&roleTo != 0:
			switch w := at(k + 2); {
			case w&roleTry != 0:
				k += 2 // "try to talk to him on": is "try" an imperative?
			case w&roleAdvise != 0:
				return true // "I recommend to contact him on"
			case w&roleYou != 0:
				return at(k+3)&roleAdvise != 0 // "I advise you to write to him on"
			case w&roleNeed != 0:
				return at(k+3)&roleYou != 0 // "you need to talk to him on"
			default:
				return false // "asked me to follow him on"
			}
		case before&roleModal != 0:
			return at(k+2)&roleYou != 0 // "you can talk to her on"
		case before&roleYou != 0:
			// "I recommend you speak with him on", "I recommend that you
			// get in touch with her on"
			return at(k+2)&roleAdvise != 0 || at(k+2)&roleThat != 0 && at(k+3)&roleAdvise != 0
		default:
			return false
		}
	}
}

// lineIDHandle reports whether text has LINE's name, the messenger,
// followed by "ID" and a handle (foreignHandleAfter: "line id: xyz77",
// "Line ID xyz77", "LINE ID @name", a phone number). "Line" is a common
// word, so only "line id" with a handle after it counts: not "line:",
// and not "the line id in the log was 42", where a word follows or a
// number too short for a phone number, and only where the writer owns it
// (lineIDOwned).
func lineIDHandle(text string) bool {
	for i := 0; i+len("line id") <= len(text); i++ {
		if text[i]|0x20 != 'l' || i > 0 && isWordByte(text[i-1]) {
			continue
		}
		j := foldLitAt(text, i, "line")
		if j < 0 || j >= len(text) || text[j] != ' ' {
			continue
		}
		k := foldLitAt(text, skipForeignSpace(text, j), "id")
		if k < 0 || k < len(text) && isWordByte(text[k]) {
			continue
		}
		if lineIDOwned(text, i) && foreignHandleAfter(text, k, cyrillic, nil) {
			return true
		}
	}
	return false
}

// gluedLineHandle reports whether text names LINE glued to a word of a
// script written without spaces, and perhaps one particle of it after
// the name ("LINEで", "LINEは", "LINEに"), then a handle as
// foreignHandleAfter reads one after a Chinese name: "詳しくはLINEで：
// @name", "LINE：abc_123". The name "line" inside an ASCII word is not
// read. One scan.
func gluedLineHandle(text string) bool {
	for i := 0; ; {
		k := indexFold(text[i:], "line")
		if k < 0 {
			return false
		}
		at := i + k
		end := at + len("line")
		i = end
		if at > 0 && text[at-1] < utf8.RuneSelf || end < len(text) && isASCIIAlnum(text[end]) {
			continue // an English word, or inside one
		}
		if r, n := utf8.DecodeRuneInString(text[end:]); n == 3 && (r == 'で' || r == 'は' || r == 'に' || r == 'へ' || r == 'の') {
			end += n
		}
		if foreignHandleAfter(text, end, han, nil) {
			return true
		}
	}
}

// gluedLineIDHandle reports whether text, which names LINE glued to a
// word of a script written without spaces (wordFacts.lineGlued:
// "詳しくはLINE ID: x", "LINEで占いやってます！…ID: uranai_mika"), gives
// an ID with a handle after it: "ID" as a word of its own, after no
// other ASCII word but "line" ("Apple ID: taro_7777", "Steam ID" are
// another service's), then what foreignHandleAfter takes for a handle.
// "line" glued to such text is LINE's name, never the English word,
// which has a space before it in Japanese or Thai text as well. An "id"
// inside a handle's run of characters ("abc.id") is part of it, not an
// ID: each ID reads the run after it, and "id.id.id…" read so from each
// "id" would cost the square of its length.
func gluedLineIDHandle(text string) bool {
	for i := 0; i+len("id") <= len(text); i++ {
		if text[i]|0x20 != 'i' || i > 0 && (isWordByte(text[i-1]) || text[i-1] == '.') {
			continue
		}
		k := foldLitAt(text, i, "id")
		if k < 0 || k < len(text) && isWordByte(text[k]) {
			continue
		}
		if j := strings.TrimRight(text[:i], " "); j != "" && isWordByte(j[len(j)-1]) && !hasFoldSuffix(j, "line") {
			continue // another service's ID
		}
		if foreignHandleAfter(text, i, han, nil) {
			return true
		}
	}
	return false
}

// hasFoldSuffix reports whether s ends with the ASCII word w, in any
// case, not as the end of a longer ASCII word.
func hasFoldSuffix(s, w string) bool {
	n := len(s) - len(w)
	return n >= 0 && strings.EqualFold(s[n:], w) && (n == 0 || !isWordByte(s[n-1]))
}

// lineIDOwned reports whether the "line" at text[i] is the messenger's.
// It is, unless one of lineOfSomething stands right before it (spaces
// skipped): "invoice line id: INV_2024", "at line ID 1234567 of the
// export", "The order's line ID INV_2024", "Your line ID abc_123 is listed
// twice". Anything else before it starts a clause or names the writer's:
// the start, a punctuation mark, a dash or "/", an emoji, Thai or Japanese
// ("สนใจติดต่อ line id: x", "💋Line ID: x"), an owner or an invitation
// ("add my", "contact via", "WhatsApp or"), or a word of the advert ("Hot
// girls line id x", "Booking line id: x", "Add friend LINE ID: x"). This
// is 413e523's rule: round 8 had read "line id" as LINE's only after an
// owner or a linking word, which missed every English advert with a noun
// before it (review round 9: 15 errors more on the hand-written cases of
// reviews 7 to 9, notes/s11/contactfix3-score.sh). What it misses the other
// way: a line of a thing not listed ("Assembly line ID L3_north", "Caller
// line ID 0123456789"), and a log line at the start of a comment ("Line ID
// 1234567 failed to parse."): no word after the ID tells a log from an
// account reached by its phone number.
func lineIDOwned(text string, i int) bool {
	j := i
	for j > 0 && (text[j-1] == ' ' || text[j-1] == '\t') {
		j--
	}
	s := j
	for s > 0 && isASCIIAlnum(text[s-1]) {
		s--
	}
	if s == j || j-s > maxLineOfWord || s > 0 && isWordByte(text[s-1]) {
		return true // no ASCII word, or one longer than any listed
	}
	var buf [maxLineOfWord]byte
	w := buf[:j-s]
	for k := range w {
		w[k] = text[s+k] | 0x20
	}
	return !lineOfSomething[string(w)]
}

// lineOfSomething are the words that, right before "line id", make it a
// line of something else than the LINE messenger: an article, a
// determiner or a possessive other than the writer's ("the", "each",
// "your", the "s" of "order's"), a preposition ("at", "for"), or a record
// that has lines (an invoice, an order, a log, a CSV file). "my" and "our"
// are not among them: "add my line id", "Our line ID: x" are the adverts'.
var lineOfSomething = lowerSet([]string{
	"the", "a", "an", "this", "that", "each", "every", "which", "its", "your", "his", "their", "s",
	"at", "of", "for", "in", "per", "from", "by",
	"invoice", "order", "item", "product", "purchase", "receipt", "bill", "transaction",
	"parser", "log", "file", "csv", "source", "code", "record", "table", "query",
})

// maxLineOfWord is at least the length of the longest of lineOfSomething.
const maxLineOfWord = len("transaction")

// The endings a name of foreignMessengers takes: Russian cases
// (телеграмме, телеграммом, ватсапе, вайбером; a second м is how many
// write "Telegram"), those of телега after its stem телег (телеги,
// телеге, телегу, телегой), Arabic possessives (واتسابي, "my WhatsApp").
var (
	cyrillicEndings = []string{"м", "ме", "ма", "му", "мом", "е", "а", "у", "ом"}
	telegaEndings   = []string{"а", "и", "е", "у", "ой", "ою"}
	arabicEndings   = []string{"ي", "ك", "ه", "نا"}
)

// latinJoinedHandle returns the networkNames key of a messenger's Latin
// name joined by a hyphen to a Russian word ("Telegram-канал",
// "WhatsApp-группа", "Viber-чат") with a handle after that word
// (foreignHandleAfter), or "". The English handle regexp reads such a
// name as followed by a hyphen and stops, and the Cyrillic names do not
// hold it. It reads each hyphen once: back over a Latin word of at most
// 8 letters, on over a Cyrillic word.
func latinJoinedHandle(text string) string {
	for i := 0; i < len(text); {
		j := strings.IndexByte(text[i:], '-')
		if j < 0 {
			return ""
		}
		h := i + j
		i = h + 1
		if i >= len(text) || text[i] != 0xD0 && text[i] != 0xD1 { // not a Cyrillic letter next
			continue
		}
		var buf [8]byte // the name in lower case, on the stack: no allocation per hyphen
		s := h
		for s > 0 && h-s < len(buf) && isASCIIAlnum(text[s-1]) {
			s--
		}
		if s == h || s > 0 && isWordByte(text[s-1]) {
			continue // no Latin word before it, or a longer one than any name
		}
		lower := buf[:h-s]
		for k := range lower {
			lower[k] = text[s+k]
			if 'A' <= lower[k] && lower[k] <= 'Z' {
				lower[k] += 'a' - 'A'
			}
		}
		if m, _ := contactWord(string(lower)); !m || networkNames[string(lower)] == "" {
			continue
		}
		e := i
		for e < len(text) {
			r, size := utf8.DecodeRuneInString(text[e:])
			if !unicode.Is(unicode.Cyrillic, r) {
				break
			}
			e += size
		}
		if foreignHandleAfter(text, e, cyrillic, nil) {
			return strings.ToLower(text[s:h])
		}
	}
	return ""
}

// foreignEnding returns the length of the longest of endings, in any
// case, that s starts with and that ends a word there, or 0.
func foreignEnding(s string, endings []string) int {
	if r, _ := utf8.DecodeRuneInString(s); r < utf8.RuneSelf || !unicode.IsLetter(r) {
		return 0 // no letter follows: the commonest case, a space
	}
	longest := 0
	for _, e := range endings {
		if n := hasFoldedPrefix(s, e); n > longest {
			if r, _ := utf8.DecodeRuneInString(s[n:]); n == len(s) || !unicode.IsLetter(r) {
				longest = n
			}
		}
	}
	return longest
}

// prefixOf returns p when s starts with it, or "".
func prefixOf(s, p string) string {
	if strings.HasPrefix(s, p) {
		return p
	}
	return ""
}

// skipForeignSpace returns where the spaces from text[i] on end: ASCII
// ones and the ideographic space.
func skipForeignSpace(text string, i int) int {
	for i < len(text) {
		switch {
		case text[i] == ' ' || text[i] == '\t':
			i++
		case strings.HasPrefix(text[i:], "\u3000"):
			i += len("\u3000")
		default:
			return i
		}
	}
	return i
}

// handleLen returns how many bytes of a handle (ASCII letters, digits,
// "_" and ".") s starts with.
func handleLen(s string) int {
	n, _, _ := handleRun(s)
	return n
}

// handleRun returns how many bytes of a handle s starts with, and how
// many of them are letters (or "_") and digits.
func handleRun(s string) (n, letters, digits int) {
	for n < len(s) {
		c := s[n]
		switch {
		case isDigit(c):
			digits++
		case isASCIIAlnum(c) || c == '_':
			letters++
		case c == '.':
		default:
			return n, letters, digits
		}
		n++
	}
	return n, letters, digits
}

// networkNames are the names of the messengers and social networks the
// handle regexps know, as their owners write them, for a Detail.
var networkNames = map[string]string{
	"whatsapp": "WhatsApp", "telegram": "Telegram", "kik": "Kik", "skype": "Skype", "wechat": "WeChat",
	"viber": "Viber", "snapchat": "Snapchat", "snap": "Snapchat", "signal": "Signal", "line": "LINE",
	"kakaotalk": "KakaoTalk", "kakao": "KakaoTalk",
	"instagram": "Instagram", "insta": "Instagram", "ig": "Instagram", "twitter": "Twitter", "tiktok": "TikTok",
}

// networkName is the name of the network a regexp matched as typed
// ("WhatsApp" of "whatsapp"), or typed itself.
func networkName(typed string) string {
	if name := networkNames[strings.ToLower(typed)]; name != "" {
		return name
	}
	return typed
}

// handleText names a handle on the network a regexp matched as typed:
// "an Instagram handle", "a WhatsApp handle".
func handleText(typed string) string {
	name := networkName(typed)
	if strings.ContainsRune("AEIOU", rune(name[0])) {
		return "an " + name + " handle"
	}
	return "a " + name + " handle"
}

// Check implements Checker.
func (c *ContactCheck) Check(_ context.Context, v *View) []Flag {
	var what []string
	sites := v.linkSites()
	ownMail := false // the e-mail address is at a domain of its own, not a free-mail one
	var mail string  // that address, as typed
	for i := range v.Links {
		if v.Links[i].Email && !c.links.allows(&v.Links[i], &sites[i]) && !sites[i].office {
			what = append(what, "the e-mail address "+clip(v.Links[i].Text))
			d := sites[i].domain
			if !sites[i].domainLower {
				d = strings.ToLower(d)
			}
			ownMail = freeMailHosts.match(d) == ""
			mail = v.Links[i].Text
			break
		}
	}
	for i := range sites {
		if h := sites[i].listed(listChat); h != "" && !c.links.allows(&v.Links[i], &sites[i]) {
			what = append(what, "a "+h+" link")
			break
		}
	}
	// The words say which of the scans below can find anything; most
	// comments need none of them.
	words := v.wordFacts()
	facts := v.textFacts()
	phone := -1       // where in what the phone number is
	var number string // the phone number, as typed
	if n := internationalNumber(v, facts.disguise); n != "" {
		phone, number = len(what), n
		what = append(what, "the phone number "+clip(n))
	} else if n := localSevenDigits(v, words.nanpLocal); n != "" {
		phone, number = len(what), n
		what = append(what, "the phone number "+clip(n))
	} else if words.nanp || facts.digits || words.national {
		if n := localNumber(v, words.nanp || facts.digits, words.national); n != "" {
			phone, number = len(what), n
			what = append(what, "the phone number "+clip(n))
		} else if words.national && (words.call || strings.IndexByte(v.Text, ':') >= 0) {
			if n := landlineNumber(v); n != "" && sellsByLandline(v) {
				phone, number = len(what), n // as typed, for quotedIn as the others
				what = append(what, "the phone number "+clip(n))
			}
		}
	}
	if words.long {
		if a := bitcoinAddress(v); a != "" {
			what = append(what, "the Bitcoin address "+a)
		}
	}
	// The handles are read in ASCII, whatever the width they are typed
	// in ("ｔｅｌｅｇｒａｍ: @loanking", "telegram：@loanking"): the words
	// that say a scan may find one are read folded already.
	handles := v.Text
	if facts.disguise && (words.messenger || words.lineID || words.foreignMessenger || words.social) {
		handles = narrowWidths(v.Text)
	}
	handle := -1          // where in what a messenger named to write on is
	handleAt := -1        // where in handles that messenger's name starts
	var handleName string // that messenger, as typed
	if words.messenger {
		if n, at := messengerHandleAt(handles); n != "" {
			handle, handleAt, handleName = len(what), at, n
			what = append(what, handleText(n))
		}
	}
	if words.messenger && len(what) == 0 {
		if n := latinJoinedHandle(handles); n != "" {
			what = append(what, handleText(n))
		} else if n := bridgedMessengerHandle(handles); n != "" {
			what = append(what, handleText(n))
		}
	}
	if words.lineID && len(what) == 0 && lineIDHandle(handles) {
		what = append(what, handleText("line"))
	}
	if words.lineGlued && len(what) == 0 && (gluedLineIDHandle(handles) || gluedLineHandle(handles)) {
		what = append(what, handleText("line"))
	}
	if words.foreignMessenger && len(what) == 0 {
		if n := foreignHandle(handles); n != "" {
			what = append(what, handleText(n))
		}
	}
	if words.social && len(what) == 0 {
		if m := findSocialHandle(handles); m != nil {
			what = append(what, handleText(submatch(handles, m, 1)))
		}
	}
	if len(what) == 0 {
		return nil
	}
	if len(what) == 1 && phone == 0 && !words.messenger && !words.foreignMessenger && !words.lineID && !words.social && (publicServiceNumber(v) || publicHotline(v) || communityPhone(v, number) || officeContact(v, number)) {
		return nil // a public service's number, and no messenger named
	}
	if len(what) == 1 && mail != "" && !words.messenger && !words.foreignMessenger && !words.lineID && !words.social {
		// A club's or a charity's own address, and no messenger named: at
		// a domain of its own, which may name the body in place of the
		// text ("trails@valleymtbclub.example"), or at a free-mail one
		// when the mailbox names the body the text names too ("Scout
		// group here … 5thkendalscouts@gmail.com"), as small clubs'
		// addresses are. Anyone can open a free mailbox of any name, so
		// there the name alone does not make the body. Nor must it when
		// the comment says the body gathers on a day, and speaks of no
		// money, trading or anything done online (gathers: "The knit and
		// natter group meets Thursdays … email me at sue.k@gmail.com"):
		// the address is for joining a group that meets somewhere.
		box := addressNamesCommunity(mail, false)
		if officeContact(v, mail) {
			return nil // "Email the secretary, Alan: <address>" (contact_office.go)
		}
		if ownMail && communityContact(v, box || addressNamesCommunity(mail, true)) ||
			!ownMail && (box && communityContact(v, false) && !gatheringBarred(v) || gathers(v) && communityContact(v, true)) {
			return nil
		}
	}
	score, detail := c.Score, "contact details: "+strings.Join(what, ", ")
	if len(what) == 1 && (phone == 0 && quotedIn(v.Text, v.quotes, number) ||
		handle == 0 && quoted(quotations(handles), handleAt, handleAt+len(handleName))) {
		// A number that only a quotation gives is most often a scam's,
		// quoted to warn of it ("Somebody posted 'Cheap tickets, DM me on
		// WhatsApp +44 7700 900412' and three parents paid"). It still
		// counts, as an address does wherever it stands, but at half
		// weight: with other signs it holds, and it never makes a
		// warning one sign short of a reject. A comment that calls what
		// it quotes a scam, a fake or a theft (reportsScam) is a warning:
		// the number is reported with no weight. A testimony that quotes
		// its "doctor's" number praises it, and says none of that. A
		// messenger and its handle inside a quotation ("I got 'contact
		// me on telegram @deals_uk'. Obviously fake") are weighed the
		// same way: the scam's address, as its number would be.
		score /= 2
		detail += " (inside a quotation)"
		if reportsScam(v.words()) {
			score = 0
			detail = "contact details: " + what[0] + " (quoted in a warning of a scam)"
		}
	} else if len(what) == 1 && handle == 0 && !handleGiven(v.Text) && warns(v.words()) {
		// A messenger named in a warning, with nothing to write to: the
		// scam's channel, not the writer's (warning.go).
		// The Detail names the messenger, not "a … handle": none is given.
		score = 0
		detail = "contact details: " + networkName(handleName) + " named in a warning, with no handle or number to write to"
	}
	return []Flag{{Code: CodeContact, Score: score, Detail: detail}}
}

// quotedIn reports whether s is in text and every s in text lies inside a
// quotation (of quotesOf(), the quotations of text, read only when s is
// there): a number typed once in a quotation and once more outside it is
// the writer's own. An empty s is none.
func quotedIn(text string, quotesOf func() []quoteSpan, s string) bool {
	if s == "" || !strings.Contains(text, s) {
		return false
	}
	quotes := quotesOf()
	for i := 0; ; {
		k := strings.Index(text[i:], s)
		if k < 0 {
			return true
		}
		if !quoted(quotes, i+k, i+k+len(s)) {
			return false
		}
		i += k + len(s)
	}
}

// submatch returns the kth group of the match m of s, or "".
func submatch(s string, m []int, k int) string {
	if m[2*k] < 0 {
		return ""
	}
	return s[m[2*k]:m[2*k+1]]
}

// The length of an international phone number in digits, after its "+":
// E.164 allows at most 15; fewer than 8 is no full number.
const (
	minPhoneDigits = 8
	maxPhoneDigits = 15
)

// internationalNumber returns the first "+" number outside links: a "+"
// (or a full-width "＋") not after a letter or digit, then 8 to 15
// digits in groups separated by single spaces, dots, dashes or
// parentheses, ASCII or full-width. A digit is one of any script
// (\p{Nd}): "＋１ ５５５ １２３ ４５６７", "+١ ٥٥٥ ١٢٣ ٤٥٦٧" and "+𝟭 𝟱𝟱𝟱…"
// are read as people read them. It scans the text once; wide says that
// the text may have a full-width "＋" (textFacts.disguise).
func internationalNumber(v *View, wide bool) string {
	text := v.Text
	k := 0
	// The next "+" and the next "＋" at or after i, each searched for
	// again only once i has passed it, so that text full of one is not
	// searched for the other again and again.
	asciiPlus, widePlus := -1, len(text)
	if wide {
		widePlus = -1
	}
	for i := 0; i < len(text); {
		if asciiPlus < i {
			asciiPlus = searchFrom(text, i, "+")
		}
		if widePlus < i {
			widePlus = searchFrom(text, i, "＋")
		}
		plus := min(asciiPlus, widePlus)
		if plus == len(text) {
			return ""
		}
		i = plus + 1
		if text[plus] != '+' {
			i = plus + len("＋")
		}
		if digitAt(text, i) == 0 {
			continue
		}
		if plus > 0 && (isASCIIAlnum(text[plus-1]) || digitBefore(text, plus) || wideLetterBefore(text, plus)) {
			continue
		}
		digits, end := 0, i
		for j := i; j < len(text); {
			if n := digitAt(text, j); n > 0 {
				digits++
				j += n
				end = j
				continue
			}
			if n := runeIn(text, j, phoneGaps); n > 0 && (digitAt(text, j+n) > 0 || runeIn(text, j+n, "(（") > 0) {
				j += n
				continue
			}
			break
		}
		if end < len(text) && (isASCIIAlnum(text[end]) || wideLetterAt(text, end)) {
			continue // glued to a word: not a number on its own
		}
		if overlapsLink(v.Links, &k, plus, end) {
			continue
		}
		if minPhoneDigits <= digits && digits <= maxPhoneDigits {
			return text[plus:end]
		}
	}
	return ""
}

// searchFrom returns the index of the first sub in text from text[i]
// on, or len(text).
func searchFrom(text string, i int, sub string) int {
	if k := strings.Index(text[i:], sub); k >= 0 {
		return i + k
	}
	return len(text)
}

// phoneGaps are what may stand between the groups of a phone number's
// digits, ASCII or full-width, the full stops an IME types for a dot
// ("555。123。4567"), the Arabic decimal sign (U+066B), and the spaces
// normalise keeps: the ideographic space (U+3000) and those of
// U+2000–U+200A. The Arabic decimal sign is read as the full stop it
// stands for, as countSeps reads it: "+1 555 123 4567٫5x" is no number on
// its own, as "+1 555 123 4567.5x" is not, and "+1 555٫123٫4567" is one.
const phoneGaps = " .-()－（）\u066b" + fullStops + wideSpaces

// phoneSeps are the separators of a North American number's groups
// (isPhoneSep), ASCII or full-width, the full stops, the Arabic decimal
// sign, and the spaces normalise keeps (each compares as its ASCII form:
// sepByte).
const phoneSeps = " .-－\u066b" + fullStops + wideSpaces

// wideSpaces are the spaces beyond ASCII that normalise keeps as typed.
const wideSpaces = "\u3000\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"

// countSeps are what makes a run of digits a count or an amount
// ("2,127,315,950", "1.000.000", "١٬٢٣٤٬٥٦٧"): the signs of thousands and
// of decimals, Arabic ones among them, and a dash.
const countSeps = ".,-．，－\u066b\u066c"

// northAmericanNumber returns the first number outside links written as
// (555) 123-4567, 555-123-4567, 555.123.4567 or 555 123 4567: groups of 3,
// 3 and 4 digits, not part of a longer run of digits and separators (so
// "2,127,315,950" and "1.000.000" are counts, not numbers). Digits,
// separators and brackets are read as internationalNumber reads them:
// "５５５－１２３－４５６７" and "(٥٥٥) ١٢٣-٤٥٦٧" are numbers. One scan.
func northAmericanNumber(v *View) string {
	text := v.Text
	k := 0
	for i := 0; i+12 <= len(text); i++ {
		if c := text[i]; c < utf8.RuneSelf && !isDigit(c) && c != '(' || !utf8.RuneStart(c) {
			continue // no number starts here: most bytes are done with after one test
		}
		start := i
		j := i
		paren := runeIn(text, j, "(（")
		j += paren
		if j = digitsFrom(text, j, 3); j < 0 {
			continue
		}
		var sep byte // the first separator, as ASCII
		if paren > 0 {
			n := runeIn(text, j, ")）")
			if n == 0 {
				continue
			}
			j += n
			if j < len(text) && text[j] == ' ' {
				j++
			}
		} else {
			n := runeIn(text, j, phoneSeps)
			if n == 0 {
				continue
			}
			sep = sepByte(text, j)
			j += n
		}
		if j = digitsFrom(text, j, 3); j < 0 {
			continue
		}
		n := runeIn(text, j, phoneSeps)
		if n == 0 {
			continue
		}
		if paren == 0 && sepByte(text, j) != sep {
			continue // 555-123.4567 mixes separators: not a phone number (a full-width "－" is a "-")
		}
		end := digitsFrom(text, j+n, 4)
		if end < 0 {
			continue
		}
		if paren == 0 {
			start = trunkPrefix(text, start, sep)
		}
		if start > 0 && (isASCIIAlnum(text[start-1]) || digitBefore(text, start) || wideLetterBefore(text, start) || runeBefore(text, start, countSeps) > 0) {
			continue
		}
		if end < len(text) && (isASCIIAlnum(text[end]) || digitAt(text, end) > 0 || wideLetterAt(text, end)) {
			continue
		}
		if n := runeIn(text, end, countSeps); n > 0 && digitAt(text, end+n) > 0 {
			continue
		}
		if overlapsLink(v.Links, &k, start, end) {
			continue
		}
		return text[start:end]
	}
	return ""
}

// localSevenDigits returns the first number written as North America
// writes a local one, without its area code ("555-0143", "555.0143"),
// right after a word that offers it to be called or texted
// (personCallWords: "text 555-0143 for pictures"), or "". Seven digits
// alone are as often a reference or a count, so the word must stand
// right before; maybe says the words hold one (wordFacts.nanpLocal).
func localSevenDigits(v *View, maybe bool) string {
	if !maybe {
		return ""
	}
	text := v.Text
	k := 0
	for i := 0; i+8 <= len(text); i++ {
		if !isDigit(text[i]) || i > 0 && (isASCIIAlnum(text[i-1]) || isNationalSep(text[i-1]) && i > 1 && isDigit(text[i-2])) {
			continue
		}
		if !isDigit(text[i+1]) || !isDigit(text[i+2]) || text[i+3] != '-' && text[i+3] != '.' || digitsFrom(text, i+4, 4) != i+8 {
			continue
		}
		end := i + 8
		if end < len(text) && (isASCIIAlnum(text[end]) || isNationalSep(text[end]) && end+1 < len(text) && isDigit(text[end+1])) {
			continue
		}
		if offeredToCall(text, i) && !overlapsLink(v.Links, &k, i, end) {
			return text[i:end]
		}
	}
	return ""
}

// offeredToCall reports whether a word of personCallWords stands right
// before text[i] as an offer, a request to call or text ("text 555-0199
// for photos", "please call 555-0143"): not a noun after an article or a
// possessive ("the text 555-0143 code"), nor a call the writer or another
// made ("I had to call 555-0143", "she tried to ring 555-0143"), which
// tell of a number as a reader does. It reads three words back.
func offeredToCall(text string, i int) bool {
	n := 0
	var prev, prev2 string
	for w := range wordsBack(text, max(0, i-40), i, 3) {
		switch n {
		case 0:
			if !personCallWords.has(w) {
				return false
			}
		case 1:
			prev = w
		case 2:
			prev2 = w
		}
		n++
	}
	if n == 0 {
		return false
	}
	return !toldCallBefore.has(prev) && !(prev == "to" && toldCallBeforeTo.has(prev2))
}

var (
	// toldCallBefore are the words before a word of calling that make it
	// a noun or a call told of, not offered: an article or a possessive,
	// or the writer or another as its subject ("I call", "she rang").
	toldCallBefore = newWordSet([]string{"the", "a", "an", "this", "that", "my", "his", "her", "their", "your", "i", "he", "she", "they", "first", "last", "same"})
	// toldCallBeforeTo are the words before "to" that make the call one
	// the writer or another had to make ("had to call", "tried to ring").
	toldCallBeforeTo = newWordSet([]string{"had", "have", "has", "tried", "try", "trying", "needed", "need", "got", "went"})
)

// localNumber returns the first number written without its country
// code that the words say may be there: a North American one (nanp), or
// another country's in its national format (national).
func localNumber(v *View, nanp, national bool) string {
	if nanp {
		if n := northAmericanNumber(v); n != "" {
			return n
		}
	}
	if national {
		return nationalNumber(v)
	}
	return ""
}

// The length of a national number in digits, its trunk "0" or its area
// code counted: from the ten of a mobile number in Indonesia, Vietnam,
// Kenya, France or the Netherlands ("0812-3456-7890", "0912 555 847",
// "06 12 34 56 78") to the thirteen of Indonesia's longest; fewer is a
// date ("01-02-2026") or a short code, more a card or an account.
const (
	minNationalDigits = 10
	maxNationalDigits = 13
)

// nationalNumber returns the first number outside links written as most
// countries outside North America write one at home, in ASCII digits:
//   - a mobile number (mobileTrunk) after its trunk prefix "0", in two or
//     more groups split by one kind of separator (a space, a dash or a
//     dot), the first of 2 to 5 digits, the trunk prefix among them, and
//     the others of 2 to 8 (maxGroupDigits): "0812-3456-7890",
//     "0912 555 847", "0722 555 914", "06 12 34 56 78", "06-18273645";
//   - or after an area code of 2 or 3 digits in brackets, in two or more
//     groups of 2 to 8 digits, the first of 4 or more (minGroupDigits):
//     "(11) 95555-2231"; an area code with a trunk prefix
//     (of up to 4 digits) only in a mobile's range ("(0812) 3456-7890",
//     not "(020) 7946 0018");
//
// 10 to 13 digits in all (minNationalDigits, maxNationalDigits), not part
// of a longer run of digits and separators, and not after a letter, a
// "+" (internationalNumber's), a "#" or a "/". A run of digits with no
// separator is not read: it is an ISBN, an order or a tracking number
// as often as a phone number ("0306406152"). Nor is a first group of one
// digit ("0-306-40615-2", an ISBN) or of a "0" and another ("00 44…", a
// dialling prefix). One scan: a number that fails is skipped whole.
func nationalNumber(v *View) string { return nationalScan(v, false) }

// nationalScan reads the numbers nationalNumber reads, or, with land,
// those landlineNumber reads. One scan.
func nationalScan(v *View, land bool) string {
	text := v.Text
	k := 0
	trunkOK, minDigits, maxDigits := mobileTrunk, minNationalDigits, maxNationalDigits
	if land {
		trunkOK, minDigits, maxDigits = landlineTrunk, minLandlineDigits, maxLandlineDigits
	}
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c != '0' && c != '(' {
			continue
		}
		start, j := i, i
		digits := 0
		if c == '(' {
			n := 0
			for j++; j < len(text) && isDigit(text[j]) && n < 5; j++ {
				n++
			}
			trunk := n > 0 && text[i+1] == '0'
			if land && (!trunk || n < 2 || j >= len(text) || text[j] != ')' || !landlineTrunk(text[i+1:j])) {
				continue // "(020) 7946 0018", "(02) 9876 5432": a trunk prefix and an area code
			}
			if !land && (n < 2 || n > 3 && !trunk || n > 4 || j >= len(text) || text[j] != ')' || trunk && !mobileTrunk(text[i+1:j])) {
				continue
			}
			digits = n
			j++
			if j < len(text) && text[j] == ' ' {
				j++
			}
		} else if !trunkOK(text[i:min(len(text), i+5)]) && (land || !australianMobile(text, i)) {
			continue
		}
		if start > 0 {
			b := text[start-1]
			if isASCIIAlnum(b) || b == '+' || b == '#' || b == '/' || b == '_' ||
				digitBefore(text, start) || wideLetterBefore(text, start) || runeBefore(text, start, countSeps) > 0 ||
				apostropheGlued(text, start) {
				i = skipNumber(text, j)
				continue
			}
		}
		minFirst, maxFirst := 2, 5 // the first group holds the trunk prefix ("07700")
		if c == '(' && text[i+1] != '0' {
			minFirst, maxFirst = 4, 8 // a subscriber's number after an area code: "(11) 95555-2231"
		} else if c == '(' && land {
			maxFirst = 8 // "(030) 12345678"
		}
		end, groups, ok := nationalGroups(text, j, minFirst, maxFirst)
		i = max(i, end-1)
		if !ok {
			continue
		}
		digits += countDigits(text[j:end])
		if groups < 2 && !(land && c == '(') || digits < minDigits || digits > maxDigits {
			continue
		}
		if land && !callWordBefore(text, start) && !signsOff(text, start, end) {
			continue
		}
		if overlapsLink(v.Links, &k, start, end) {
			continue
		}
		return text[start:end]
	}
	return ""
}

// apostropheGlued reports whether an apostrophe (', ’, ‘ or ʼ) right
// before text[start] joins it to a letter or a digit before it, as the
// words are split: "0'0812" is one word, not a number's first group.
func apostropheGlued(text string, start int) bool {
	r, n := utf8.DecodeLastRuneInString(text[:start])
	if r != '\'' && r != '’' && r != '‘' && r != 'ʼ' {
		return false
	}
	p, _ := utf8.DecodeLastRuneInString(text[:start-n])
	return unicode.IsLetter(p) || unicode.IsDigit(p) || unicode.IsMark(p)
}

// nationalGroups reads the groups of a national number from text[i]:
// groups of ASCII digits split by one kind of separator. It
// returns where the run of digits and separators ends, how many groups
// it had, and whether they make a number on their own: none longer or
// shorter, no second kind of separator, and nothing after the last
// group but a space, an end of sentence or a bracket. The first group
// has minFirst to maxFirst digits (minGroupDigits, maxGroupDigits).
func nationalGroups(text string, i, minFirst, maxFirst int) (end, groups int, ok bool) {
	var sep byte
	ok = true
	for {
		n := 0
		for i < len(text) && isDigit(text[i]) {
			i++
			n++
		}
		if n < minGroupDigits(groups, minFirst) || n > maxGroupDigits(groups, maxFirst) {
			ok = false
		}
		groups++
		if i+1 >= len(text) || !isNationalSep(text[i]) || !isDigit(text[i+1]) {
			break
		}
		if sep == 0 {
			sep = text[i]
		} else if text[i] != sep {
			ok = false
		}
		i++
	}
	if i < len(text) && (isASCIIAlnum(text[i]) || digitAt(text, i) > 0 || wideLetterAt(text, i)) {
		ok = false
	}
	if n := runeIn(text, i, countSeps); n > 0 && digitAt(text, i+n) > 0 {
		ok = false
	}
	return i, groups, ok
}

// australianMobile reports whether text[i:] starts with a number in the
// shape Australia writes its mobiles, "04" and ten digits in all, in
// groups of 4, 3 and 3 ("0491 570 983", "0412-345-678"): 04 is a landline
// in France and Italy, but they group their numbers otherwise ("04 72 10
// 30 30"), save Italy's alpine valleys ("0436 555 019"), which an advert
// gives to be called as a mobile is. A word of mobileRefWords right before
// it makes it a reference ("part 0450-123-456").
func australianMobile(text string, i int) bool {
	if len(text)-i < 12 || text[i+1] != '4' {
		return false
	}
	sep := text[i+4]
	if sep != ' ' && sep != '-' {
		return false
	}
	for k, c := range []byte(text[i : i+12]) {
		if k == 4 || k == 8 {
			if c != sep {
				return false
			}
		} else if !isDigit(c) {
			return false
		}
	}
	if i+12 < len(text) && (isDigit(text[i+12]) || text[i+12] == sep && i+13 < len(text) && isDigit(text[i+13])) {
		return false
	}
	for w := range wordsBack(text, max(0, i-16), i, 1) {
		return !mobileRefWords.has(w)
	}
	return true
}

// mobileRefWords are the words right before a number in the shape of an
// Australian mobile that make it a reference, not a number to call: a
// part, a model, an order, a business's registration ("part
// 0450-123-456", "ABN 0412 345 678").
var mobileRefWords = newWordSet([]string{
	"part", "model", "ref", "reference", "serial", "sku", "item", "order", "invoice", "ticket", "case",
	"policy", "account", "abn", "acn", "tfn", "isbn", "product", "code",
})

// mobileTrunk reports whether s, the first digits of a number written
// with its trunk prefix "0" (up to four of them), start a mobile number:
// a "0" and 6 to 9, the ranges most countries give mobiles (06 in France
// and the Netherlands, 07 in Britain, Kenya and South Africa, 08 in
// Indonesia, Nigeria and Japan, 09 in Vietnam and the Philippines), but
// not the freephone "0800" or "0808". Vietnam's newer mobile ranges, 03
// and 05, are not read: Britain's 03 is a public body's. The lower ranges are landlines and
// the numbers a public body publishes (Britain's 01, 02 and 03, France's
// 01 to 05), and a freephone number is a business's or a helpline's front
// door: a reader passes them on ("the council's line is 0300 123 4567")
// where spam gives a mobile, to be written to on WhatsApp.
func mobileTrunk(s string) bool {
	if len(s) < 2 || s[0] != '0' || s[1] < '6' || s[1] > '9' {
		return false
	}
	return !strings.HasPrefix(s, "0800") && !strings.HasPrefix(s, "0808")
}

// maxGroupDigits is how many digits the group of a national number
// after groups others may have: maxFirst for the first (5 where it holds
// the trunk prefix, "07700"), and 8 for a later one, as the Dutch write a
// mobile ("06-18273645").
func maxGroupDigits(groups, maxFirst int) int {
	if groups == 0 {
		return maxFirst
	}
	return 8
}

// minGroupDigits is how many digits the group of a national number after
// groups others needs: minFirst for the first (4 after an area code
// without a trunk prefix: a subscriber's number starts so, "(11)
// 95555-2231"), 2 for any other.
func minGroupDigits(groups, minFirst int) int {
	if groups == 0 {
		return minFirst
	}
	return 2
}

// isNationalSep reports whether c may split the groups of a national
// number: a space, a dash or a dot.
func isNationalSep(c byte) bool { return c == ' ' || c == '-' || c == '.' }

// skipNumber returns where the run of ASCII digits and separators that
// starts at text[i] ends, less one: the scan's next index after it.
func skipNumber(text string, i int) int {
	for i < len(text) && (isDigit(text[i]) || isNationalSep(text[i]) && i+1 < len(text) && isDigit(text[i+1])) {
		i++
	}
	return i - 1
}

// countDigits returns how many ASCII digits s has.
func countDigits(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) {
			n++
		}
	}
	return n
}

// trunkPrefix returns where a North American number that starts at
// text[start] really starts when the trunk prefix "1" stands before it,
// joined by the number's own separator sep: "1-800-555-0199",
// "1.800.555.0199", the way a toll-free number is most often written.
// Without it the "-" before "800" would make the groups part of a longer
// run of digits and separators, a count or a date, and the number would
// not be read. Only an ASCII "1" at the start of a word is a trunk prefix
// ("21-800-555-0199" and "1-1-800-555-0199" are runs, read as before).
// Otherwise it returns start.
func trunkPrefix(text string, start int, sep byte) int {
	n := runeBefore(text, start, phoneSeps)
	if n == 0 || sepByte(text, start-n) != sep {
		return start
	}
	one := start - n - 1
	if one < 0 || text[one] != '1' {
		return start
	}
	if one > 0 && (isASCIIAlnum(text[one-1]) || digitBefore(text, one) || wideLetterBefore(text, one) || runeBefore(text, one, countSeps) > 0 || text[one-1] == '+') {
		return start
	}
	return one
}

// sepByte returns the ASCII character of the separator at text[i],
// which may be full-width or the Arabic decimal sign (a full stop).
func sepByte(text string, i int) byte {
	r, _ := utf8.DecodeRuneInString(text[i:])
	if r == '\u066b' {
		return '.'
	}
	return skeletonByte(r)
}

// digitsFrom returns where n digits of any script from text[i] on end,
// or -1.
func digitsFrom(text string, i, n int) int {
	for ; n > 0; n-- {
		size := digitAt(text, i)
		if size == 0 {
			return -1
		}
		i += size
	}
	return i
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// bitcoinAddress returns the first Bitcoin address outside links: a word
// of 26 to 35 base58 characters starting with 1 or 3 (legacy and P2SH), or
// of 14 to 74 lower-case characters starting with "bc1" (bech32), with
// both letters and digits. It scans the text once.
func bitcoinAddress(v *View) string {
	text := v.Text
	k := 0
	for i := 0; i < len(text); {
		if !isASCIIAlnum(text[i]) {
			i++
			continue
		}
		j := i
		letters, digits, base58 := 0, 0, true
		for j < len(text) && isASCIIAlnum(text[j]) {
			c := text[j]
			if isDigit(c) {
				digits++
			} else {
				letters++
			}
			if c == '0' || c == 'O' || c == 'I' || c == 'l' {
				base58 = false
			}
			j++
		}
		word := text[i:j]
		start := i
		i = j
		if j < len(text) && text[j] >= 0x80 {
			continue // glued to a non-ASCII letter
		}
		ok := false
		switch {
		case strings.HasPrefix(word, "bc1"):
			ok = 14 <= len(word) && len(word) <= 74 && strings.ToLower(word) == word
		case word[0] == '1' || word[0] == '3':
			ok = base58 && 26 <= len(word) && len(word) <= 35
		}
		if !ok || letters == 0 || digits == 0 {
			continue
		}
		if overlapsLink(v.Links, &k, start, j) {
			continue
		}
		return word
	}
	return ""
}

// findMessenger returns what messengerRE.FindStringSubmatchIndex(s)
// returns, as an array, and whether it matched, running
// the regexp only on a window around a messenger's name that a match
// could go through (see windowMatch): the name at a \b, then \s* and ":",
// "@", "id", "me", "number" or "username"; or "on", "via" or "at", \s+,
// then the name and a \b.
func findMessenger(s string) (m messengerMatch, ok bool) {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !messengerFirst[c] || c < utf8.RuneSelf && i > 0 && isWordByte(s[i-1]) || !nameMayStart(&messengerLead, s, i) {
			continue // no \b before an ASCII letter, and no space
		}
		j, name := -1, ""
		for _, n := range messengerNames {
			if c < utf8.RuneSelf && c|0x20 != n[0] {
				continue
			}
			if j = foldLitAt(s, i, n); j >= 0 {
				name = n
				break
			}
		}
		if j < 0 {
			continue
		}
		lo, end := -1, -1
		if reBoundary(s, i) {
			p := skipRESpace(s, j)
			if p < len(s) && (s[p] == ':' || s[p] == '@') {
				end = p + 1
			} else if p < len(s) && (s[p] >= utf8.RuneSelf || messengerSuffixLead[s[p]]) {
				for _, w := range [...]string{"id", "me", "number", "username"} {
					if t := foldLitAt(s, p, w); t >= 0 && reBoundary(s, t) {
						end = max(end, t)
					}
				}
			}
			if end >= 0 {
				lo = i
			}
		}
		if name != "signal" && reBoundary(s, j) {
			if q := skipRESpaceBack(s, i); q < i && q > 0 && messengerPrepEnd[s[q-1]] {
				for _, w := range [...]string{"on", "via", "at"} {
					if st := foldLitBefore(s, q, w); st >= 0 && reBoundary(s, st) {
						// The regexp's second way matches here, and its
						// first cannot start as early, at "on": what it
						// would return is known without running it, once
						// for each of many names ("on telegram " repeated).
						return messengerMatch{st, j, -1, -1, i, j}, true
					}
				}
			}
		}
		if lo >= 0 {
			if w := windowMatch(messengerRE, s, lo, end, i); w != nil {
				return messengerMatch(w), true
			}
		}
	}
	return m, false
}

// messengerMatch is what messengerRE.FindStringSubmatchIndex returns, in
// an array: findMessenger returns it for every "on <messenger>" of a
// text, and a slice made there would cost an allocation each time (review
// round 7, finding 4).
type messengerMatch [6]int

// messengerSuffixLead tells the ASCII bytes "id", "me", "number" and
// "username" start with; messengerPrepEnd those "on", "via" and "at" end
// with. Neither has a letter that (?i) matches to one beyond ASCII.
var messengerSuffixLead, messengerPrepEnd = func() (lead, end [256]bool) {
	for _, c := range []byte("imnuIMNU") {
		lead[c] = true
	}
	for _, c := range []byte("natNAT") {
		end[c] = true
	}
	return lead, end
}()

// messengerNames are the names messengerRE knows, in its order.
var messengerNames = []string{"whatsapp", "telegram", "kik", "skype", "wechat", "viber", "snapchat", "signal", "kakaotalk", "kakao"}

// socialNames are the names socialHandleRE knows, in its order.
var socialNames = []string{"instagram", "insta", "ig", "twitter", "tiktok", "snapchat", "snap", "kik", "skype"}

// messengerLead and socialLead tell, for each byte a name of
// messengerNames or socialNames may start with as (?i) matches it, the
// lower-case ASCII letters its second letter may be; for ſ and K (no
// ASCII) they hold "*", any. nameMayStart reads them.
var messengerLead, socialLead = nameLeads(messengerNames), nameLeads(socialNames)

// messengerFirst and socialFirst tell the bytes messengerLead and
// socialLead hold anything for, in a table a scan of every byte reads
// faster.
var messengerFirst, socialFirst = firstBytes(&messengerLead), firstBytes(&socialLead)

func firstBytes(lead *[256]string) (t [256]bool) {
	for c, second := range lead {
		t[c] = second != ""
	}
	return t
}

func nameLeads(names []string) (t [256]string) {
	for _, n := range names {
		for _, c := range []byte{n[0], n[0] - 'a' + 'A'} {
			if !strings.Contains(t[c], n[1:2]) {
				t[c] += n[1:2]
			}
		}
	}
	t[longS[0]], t[kelvin[0]] = "*", "*"
	return t
}

// nameMayStart reports whether a name of the names lead was made for
// may start at s[i]: its first byte and, when ASCII, its second byte
// rule out most words at once.
func nameMayStart(lead *[256]string, s string, i int) bool {
	second := lead[s[i]]
	switch {
	case second == "":
		return false
	case second == "*" || i+1 >= len(s) || s[i+1] >= utf8.RuneSelf:
		return true
	}
	return strings.IndexByte(second, s[i+1]|0x20) >= 0
}

// socialWindowRunes bounds how far after a social network's name a match
// of socialHandleRE can end: its longest way, [^@\n]{0,24}@\s?\w{3},
// is 29 characters; the others have fewer than that that are no space.
const socialWindowRunes = 32

// findSocialHandle returns socialHandleRE.FindStringSubmatchIndex(s),
// running the regexp only on a window after a network's name where
// handleAfterName finds a handle could follow (see windowMatch).
func findSocialHandle(s string) []int {
	var at nextByte
	for i := 0; i < len(s); i++ {
		if !socialFirst[s[i]] || !reBoundary(s, i) || !nameMayStart(&socialLead, s, i) {
			continue
		}
		end, handle := -1, false
		for _, n := range socialNames {
			if s[i] < utf8.RuneSelf && s[i]|0x20 != n[0] {
				continue
			}
			j := foldLitAt(s, i, n)
			if j < 0 || !reBoundary(s, j) {
				continue
			}
			end = max(end, j)
			handle = handle || handleAfterName(s, j, &at)
		}
		if handle {
			if m := windowMatch(socialHandleRE, s, i, afterNonSpaceRunes(s, end, socialWindowRunes), i); m != nil && !progressiveAfterIs(s, m[1]) {
				return m
			}
		}
	}
	return nil
}

// progressiveAfterIs reports whether the handle socialHandleRE found,
// whose match ends at s[end] in the first three characters of it, is a
// verb in "-ing" after "is", with no "@": "an Instagram account is
// messaging readers" tells what the account does, and gives no handle.
// A handle after "is" is a name ("my insta is jane_k"); a sentence's
// verb in the progressive is none. It reads the one word.
func progressiveAfterIs(s string, end int) bool {
	start := end - 3
	if start < 3 || s[start-1] == '@' {
		return false
	}
	stop := start
	for stop < len(s) && isASCIIAlnum(s[stop]) {
		stop++
	}
	if stop < len(s) && (s[stop] == '_' || s[stop] == '.' && stop+1 < len(s) && isASCIIAlnum(s[stop+1])) {
		return false // "is sam_ing", "is going.k": a handle's marks
	}
	w := s[start:stop]
	if len(w) < 5 || !strings.HasSuffix(strings.ToLower(w), "ing") {
		return false
	}
	for _, c := range []byte(w) {
		if isDigit(c) {
			return false
		}
	}
	j := start
	for j > 0 && s[j-1] == ' ' {
		j--
	}
	return j >= 2 && j < start && strings.EqualFold(s[j-2:j], "is") && (j == 2 || !isASCIIAlnum(s[j-3]))
}

// handleAfterName reports whether socialHandleRE can match its part
// after the name from s[j] on:
//
//	\s*(?:user\s*name|username|handle|name|id|account)?\s*(?:is|:|-)\s*@?[\w.]{3}
//	[^@\n]{0,24}@\s?\w{3}
//
// at keeps where the next "@" and line break are, so that the names of a
// text cost a search for them once, not once each.
func handleAfterName(s string, j int, at *nextByte) bool {
	p := skipRESpace(s, j)
	if sepAndHandleAt(s, p) {
		return true
	}
	// A label starts with an ASCII letter: none with s or k, which (?i)
	// would match to ſ or K.
	if p < len(s) {
		switch s[p] | 0x20 {
		case 'u':
			if u := foldLitAt(s, p, "user"); u >= 0 && sepAndHandleAt(s, foldLitAt(s, skipRESpace(s, u), "name")) {
				return true
			}
		case 'h':
			if sepAndHandleAt(s, foldLitAt(s, p, "handle")) {
				return true
			}
		case 'n':
			if sepAndHandleAt(s, foldLitAt(s, p, "name")) {
				return true
			}
		case 'i':
			if sepAndHandleAt(s, foldLitAt(s, p, "id")) {
				return true
			}
		case 'a':
			if sepAndHandleAt(s, foldLitAt(s, p, "account")) {
				return true
			}
		}
	}
	a, nl := at.find(s, j, '@'), at.findNL(s, j)
	if a < 0 || nl >= 0 && nl < a || a-j > 24 && (a-j > 24*utf8.UTFMax || utf8.RuneCountInString(s[j:a]) > 24) {
		return false
	}
	u := a + 1
	if u < len(s) && isRESpace(s[u]) {
		u++
	}
	return wordRunesAt(s, u, 3, false)
}

// sepAndHandleAt reports whether \s*(?:is|:|-)\s*@?[\w.]{3} matches at
// s[q] (false for q < 0).
func sepAndHandleAt(s string, q int) bool {
	if q < 0 {
		return false
	}
	r := skipRESpace(s, q)
	t := -1
	if r < len(s) && (s[r] == ':' || s[r] == '-') {
		t = r + 1
	} else if r < len(s) && s[r]|0x20 == 'i' {
		t = foldLitAt(s, r, "is")
	}
	if t < 0 {
		return false
	}
	u := skipRESpace(s, t)
	if u < len(s) && s[u] == '@' {
		u++
	}
	return wordRunesAt(s, u, 3, true)
}

// wordRunesAt reports whether n characters of (?i)\w, or of (?i)[\w.]
// with dot, follow s[i].
func wordRunesAt(s string, i, n int, dot bool) bool {
	for ; n > 0; n-- {
		switch {
		case i < len(s) && (isWordByte(s[i]) || dot && s[i] == '.'):
			i++
		case strings.HasPrefix(s[i:], longS):
			i += len(longS)
		case strings.HasPrefix(s[i:], kelvin):
			i += len(kelvin)
		default:
			return false
		}
	}
	return true
}

// afterNonSpaceRunes returns where the nth character after s[i] that is
// no \s ends, or len(s).
func afterNonSpaceRunes(s string, i, n int) int {
	for i < len(s) && n > 0 {
		if !isRESpace(s[i]) {
			n--
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return i
}

// nextByte remembers where the next "@" and the next line break of a
// text are, for searches from positions that only grow.
type nextByte struct {
	from, at, fromNL, nl int
	done, doneNL         bool
}

// find returns the index of the first c ('@') at s[i] or after, or -1.
func (n *nextByte) find(s string, i int, c byte) int {
	if !n.done || n.at >= 0 && n.at < i || n.at < 0 && n.from > i {
		n.done, n.from = true, i
		if k := strings.IndexByte(s[i:], c); k >= 0 {
			n.at = i + k
		} else {
			n.at = -1
		}
	}
	return n.at
}

// findNL returns the index of the first line break at s[i] or after, or
// -1.
func (n *nextByte) findNL(s string, i int) int {
	if !n.doneNL || n.nl >= 0 && n.nl < i || n.nl < 0 && n.fromNL > i {
		n.doneNL, n.fromNL = true, i
		if k := strings.IndexByte(s[i:], '\n'); k >= 0 {
			n.nl = i + k
		} else {
			n.nl = -1
		}
	}
	return n.nl
}
