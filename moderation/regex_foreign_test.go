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
		{"«Телеграм»: @x_y", ""}, // the quote mark stands between the name and the colon
		{"в ТЕЛЕГРАММЕ @abc", "telegram"},
		{"мойтелеграм @abc", ""}, // not a word of its own
		{"телеграм @ab", ""},     // too short for a handle
		{"телеграм — durov", "telegram"},
		{"телеграм durov", ""}, // a word after the name, not set off
		{"ватсап +79991234567", ""},
		{"вайбер 12345", "viber"},
		{"в вайбере 2024 года", ""},
		{"微信ID：wxid_abc", "wechat"},
		{"微信号\u3000abc12345", "wechat"},
		{"微信 app", ""},
		{"电报：@cn_deals", "telegram"},
		{"بالواتساب 0501234567", "whatsapp"},
		{"واتساب رائع", ""},
		{strings.Repeat("телеграм ", 1000) + "微信 ab1234", "wechat"},
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
