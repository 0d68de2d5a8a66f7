package moderation

import "testing"

// TestShareThePage: a call to share the article the comment is under
// ("share this story") asks for what the site wants and no longer holds
// on its own; a call to share a video or a page to push it, or one
// beside the writer's own channel or a link, still does.
func TestShareThePage(t *testing.T) {
	runVerdicts(t, []verdictCase{
		{"Please share this story, the lifeboat crew deserve every bit of recognition they get.", Approve, CodePromoTopic},
		{"Share this article with your parents, the pension changes catch a lot of people out.", Approve, CodePromoTopic},
		{"Share this video with everyone, let's get it to number one!", Hold, CodeCallToAction},
		{"Please share this story and subscribe to my channel for more rescues!", Reject, CodePromoPhrase},
		{"Please share this post, the fundraiser is at https://www.gofundme.com/f/example-appeal", Hold, ""},
	})
}
