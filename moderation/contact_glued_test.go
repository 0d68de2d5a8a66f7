package moderation

import "testing"

// TestMessengerIDGluedToCJK: LINE's name glued to Japanese or Thai text
// with an ID and a handle after it, anywhere in the comment, and
// KakaoTalk's Korean and Japanese names before an ID, are contact
// details; the apps named with no handle, "ID" before a member number too
// short for a phone, and an ASCII word that ends in "line" are not.
func TestMessengerIDGluedToCJK(t *testing.T) {
	runVerdicts(t, []verdictCase{
		{"スマホだけで月収50万円！詳しくはLINE ID: fukugyo777 まで", Hold, CodeContact},
		{"LINEで占いやってます！恋愛・仕事なんでも相談OK。ID: uranai_mika", Hold, CodeContact},
		{"รายได้ดีทำที่บ้าน สนใจทักLINE ID: job_th99", Hold, CodeContact},
		{"하루 30분 투자로 월 300만원! 재택 부업 문의는 카카오톡 ID: money7777", Hold, CodeContact},
		{"부업 관심 있으신 분 카톡 ID abc_1234 으로 연락주세요", Hold, CodeContact},
		{"副業のご相談はカカオトーク ID: side_job88 まで", Hold, CodeContact},
		{"OK詳しくはLINE ID: fukugyo777 まで", Hold, CodeContact},
		{"副業の詳細は詳しくはLINEで ID: side_job88 まで", Hold, CodeContact},
		// Readers.
		{"LINEで連絡しました。Apple ID: taro_7777 のパスワードを忘れました", Approve, ""},
		{"LINEでフレンドになりました。Steam ID: gamer_tanaka です", Approve, ""},
		{"카톡으로 사진 보내줬어요. 감사합니다", Approve, ""},
		{"카카오톡 2024년 업데이트 이후로 느려졌어요", Approve, ""},
		{"LINEの新機能、便利ですね。IDの設定はここから変えられます", Approve, ""},
		{"LINEで家族と連絡しています。ID: 12345 は会員番号です", Approve, ""},
		{"オンラインID: taro_777 です、よろしく", Approve, ""},
		{"The pipeline ID: build_4421 failed again on CI", Approve, ""},
	})
}
