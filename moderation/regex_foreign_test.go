package moderation

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestForeignHandle covers the ways a messenger's name in Cyrillic,
// Chinese or Arabic and a handle after it are written, beyond the cases
// of testdata/checks/contact.json.
func TestForeignHandle(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"пиши в телеграм @easy_money_ru", "telegram"},
		{"«Телеграм»: @x_y", "telegram"},
		{"пишите в (телеграм) @x_y", "telegram"},
		{"телеграмщик @abc", ""}, // another word, not the name with an ending
		{"в ТЕЛЕГРАММЕ @abc", "telegram"},
		{"мойтелеграм @abc", ""},     // not a word of its own
		{"телеграм @ab", "telegram"}, // an @ marks a handle, however short (minAtHandle)
		{"телеграм — durov", "telegram"},
		{"телеграм durov", ""}, // a word after the name, not set off
		{"ватсап +79991234567", ""},
		{"вайбер 1234567", "viber"}, // a number as long as a phone number
		{"вайбер 12345", ""},        // five digits: a count, not a phone number
		{"в вайбере 2024 года", ""},
		{"微信ID：wxid_abc", "wechat"},
		{"微信号\u3000abc12345", "wechat"},
		{"微信 app", ""},
		{"电报：@cn_deals", "telegram"},
		{"بالواتساب 0501234567", "whatsapp"},
		{"واتساب رائع", ""},
		{strings.Repeat("телеграм ", 1000) + "微信 ab1234", "wechat"},
		{strings.Repeat("واتساب", 1000) + " 0501234567", "whatsapp"},
		{strings.Repeat("واتساب", 1000) + "ية 0501234567", ""},
		{"в телеграммом @abc", "telegram"},
		{"واتسابي 0501234567", "whatsapp"},
		// Review s9 round 3, #5.
		{"Пиши в Телеграме easy_money_ru", "telegram"},
		{"в телеграм money_2", "telegram"}, // 5 characters with a "_"
		{"в телеграм my_x", ""},            // too short without a separator
		{"пиши в телегу @easy_money_ru", "telegram"},
		{"ТЕЛЕГОЙ: @abc", "telegram"},
		{"в телеги durov_ru", "telegram"},
		{"телегам @abc", ""}, // not an ending of телега this table knows
		{"телеграфу @abc", ""},
		{"威信 abc12345", "wechat"},
		{"加威信号：money_888", "wechat"},
		{"很有威信 2024", ""},
	} {
		t.Run(tc.text[:min(len(tc.text), 40)], func(t *testing.T) {
			assert.Equal(t, tc.want, foreignHandle(tc.text))
		})
	}
}

// TestForeignMessengerWord shows which folded words tell the contact
// check to look for a foreign name: only words wordFactsIn hands it (by
// their first byte and length, foreignMessengerLeads) and that have one.
func TestForeignMessengerWord(t *testing.T) {
	for _, tc := range []struct {
		word string
		want bool
	}{
		{"телеграм", true}, {"телеграмме", true}, {"ватсапе", true}, {"вотсап", true}, {"вайбер", true},
		{"телевизор", false}, {"ваш", false},
		{"加微信", true}, {"请加微信abc12345", true}, {"电报", true}, {"微博", false},
		{"واتساب", true}, {"بالواتساب", true},
		{"telegram", false}, {"", false},
		{"телегу", true}, {"威信", true},
	} {
		t.Run(tc.word, func(t *testing.T) {
			assert.Equal(t, tc.want, foreignMessengerWord(tc.word))
			if tc.want {
				f := wordFactsOf([]string{"и", tc.word})
				assert.True(t, f.foreignMessenger, "wordFactsOf")
			}
		})
	}
}

// TestLatinJoinedHandle: a messenger's Latin name joined by a hyphen to
// a Russian word, and a handle after the word (review s9 round 3, #5).
func TestLatinJoinedHandle(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Пиши в Telegram-канал @easy_money_ru", "telegram"},
		{"TELEGRAM-бот: @deals_bot", "telegram"},
		{"WhatsApp-группа 89991234567", "whatsapp"},
		{"viber-чат — @avto_msk", "viber"},
		{"Telegram-канал про Go", ""},
		{"Telegram-канал 2024 года", ""},
		{"Telegram-канал", ""},
		{"mytelegram-канал @abc", ""},    // not a word of its own
		{"supertelegram-канал @abc", ""}, // longer than any name
		{"Instagram-аккаунт @abc", ""},   // a social network: socialHandleRE's
		{"Telegram-channel @abc", ""},    // Latin after the hyphen: messengerRE's
		{"whats-группа @abc", ""},        // no network of its own
		{strings.Repeat("Telegram-канал ", 1000) + "@abcd", "telegram"},
		{strings.Repeat("-к", 1000), ""},
	} {
		t.Run(tc.text[:min(len(tc.text), 40)], func(t *testing.T) {
			assert.Equal(t, tc.want, latinJoinedHandle(tc.text))
		})
	}
}

// FuzzForeignHandle: foreignHandle never panics, whatever the bytes, and
// names only a network it knows.
func FuzzForeignHandle(f *testing.F) {
	for _, s := range []string{"пиши в телеграм @easy_money_ru", "加微信 abc12345", "微信号：money_888",
		"للتواصل على واتساب 0501234567", "ТЕЛЕГРАММЕ: @x", "телеграм\xff", "微\xe4", "واتساب", "Telegram-канал @x_y", "телегу @x", "威信 abc12345", "a-\xd0"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if n := foreignHandle(s); n != "" {
			assert.Contains(t, networkNames, n)
		}
		if n := latinJoinedHandle(s); n != "" {
			assert.Contains(t, networkNames, n)
		}
	})
}
