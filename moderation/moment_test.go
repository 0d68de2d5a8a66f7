package moderation

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestVideoMoment(t *testing.T) {
	for _, tc := range []struct {
		text, href string
		moment     bool
	}{
		{"2:19", "http://www.youtube.com/watch?v=KQ6zr6kCPj8&t=2m19s", true},
		{" 3:40 ", "https://www.youtube.com/watch?v=KQ6zr6kCPj8&t=220", true},
		{"1:02:05", "https://youtu.be/KQ6zr6kCPj8?t=1h2m5s", true},
		{"0:45", "https://vimeo.com/76979871#t=45s", true},
		{"1:00", "https://www.youtube.com/watch?v=x&start=60", true},

		{"2:19", "http://www.youtube.com/watch?v=KQ6zr6kCPj8&t=2m20s", false}, // another moment
		{"my video", "http://www.youtube.com/watch?v=KQ6zr6kCPj8&t=2m19s", false},
		{"2:19", "http://www.youtube.com/watch?v=KQ6zr6kCPj8", false},      // no moment in the link
		{"2:19", "javascript:play(139)&t=139", false},                      // not a web address
		{"2:79", "http://www.youtube.com/watch?v=x&t=199", false},          // no clock reads so
		{"2:19", "http://www.youtube.com/watch?v=x&t=19s2m", false},        // units out of order
		{"2:19", "http://www.youtube.com/watch?v=x&t=2mm19s", false},       // a unit twice
		{"139", "http://www.youtube.com/watch?v=x&t=139", false},           // a number is no clock
		{"12:34:56:01", "http://www.youtube.com/watch?v=x&t=45296", false}, // nor four fields
		{"2:19", "https://myblog.example/post?t=139", false},               // not a video site
		{"2:19", "https://youtube.com.evil.example/watch?t=139", false},    // nor under one
		{"2:19", "https://m.youtube.com/watch?v=x&t=139", true},
	} {
		assert.Equal(t, tc.moment, videoMoment(tc.text, tc.href), "%q %q", tc.text, tc.href)
	}
}

// TestMomentIsNoLinkMarkup: the anchor a video site makes of a typed time
// ("2:19 best part", exported as HTML) is no link markup, so such a
// comment from a new author is approved as one with a plain link is; its
// URL is kept in Text all the same. Markup around anything else, a
// moment's link included, is still html_link.
func TestMomentIsNoLinkMarkup(t *testing.T) {
	m, err := New(Config{})
	require.NoError(t, err)
	for _, tc := range []struct {
		body     string
		markup   bool
		approved bool
	}{
		{`<a href="http://www.youtube.com/watch?v=KQ6zr6kCPj8&amp;t=2m19s">2:19</a> best part`, false, true},
		{`My favourite part is <a href="https://www.youtube.com/watch?v=KQ6zr6kCPj8&amp;t=220">3:40</a>-<a href="https://www.youtube.com/watch?v=KQ6zr6kCPj8&amp;t=251">4:11</a> in the video`, false, true},
		{`<a href="http://www.youtube.com/watch?v=KQ6zr6kCPj8&amp;t=2m19s">watch this</a> best part`, true, false},
		{`<a href="http://www.youtube.com/watch?v=KQ6zr6kCPj8&amp;t=2m19s">2:20</a> best part`, true, false},
		// A link elsewhere dressed as a moment is markup all the same.
		{`<a href="https://cheap-pills.example/buy?t=139">2:19</a> best part`, true, false},
		{`nice video <a href="https://myblog.example/post?t=139">2:19</a>`, true, false},
	} {
		res, err := m.Check(context.Background(), Comment{Body: tc.body})
		require.NoError(t, err)
		assert.Equal(t, tc.markup, raised(res, CodeHTMLLink), "%s: %v", tc.body, res.Flags)
		assert.Equal(t, tc.approved, res.Action == Approve, "%s: %v", tc.body, res.Flags)
		assert.Contains(t, res.Text, "http", "%s: the URL stays in Text", tc.body)
	}
}
