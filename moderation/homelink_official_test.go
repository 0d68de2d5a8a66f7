package moderation

import (
	"strings"
	"testing"
)

// officialLabelEnds tells from the word right before a link, past
// separators, whether a label may end there: in any case, folded when it
// is not ASCII, and for Chinese and Japanese at the end of a run.
func TestOfficialLabelEnds(t *testing.T) {
	for _, tc := range []struct {
		before string
		want   bool
	}{
		{"Site officiel : ", true},
		{"OFFIZIELLE SEITE: ", true},
		{"Oficiální stránky: ", true},
		{"故宫官网：", true},
		{"公式サイト → ", true},
		{"공식 홈페이지: ", true},
		{"Official page -> ", true},
		{"Great post, thanks! ", false},
		{"Bought mine from ", false},
		{"", false},
		{strings.Repeat(" ", maxLabelGap+1), false},
	} {
		text := tc.before + "https://www.example.org"
		if got := officialLabelEnds(text, len(tc.before)); got != tc.want {
			t.Errorf("officialLabelEnds(%q) = %v, want %v", tc.before, got, tc.want)
		}
	}
}
