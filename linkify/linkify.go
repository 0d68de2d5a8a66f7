package linkify

// Link is one link found in a text.
//
// In JSON its fields are lower-case ("start", "url", …), like those of
// moderation.Result, which holds a comment's links.
type Link struct {
	Start  int    `json:"start"`  // byte offset of the link in the text passed in
	End    int    `json:"end"`    // byte offset just past it
	Text   string `json:"text"`   // text[Start:End]: the link as the commenter wrote it
	URL    string `json:"url"`    // the href: absolute, a scheme added where the text had none, without user info (user:password@)
	Host   string `json:"host"`   // lower-case ASCII (punycode) host; "" for an email link
	Domain string `json:"domain"` // registrable domain (public suffix plus one label), ASCII like Host; an email's mail domain
	Email  bool   `json:"email"`  // a mailto: link
}

// Linkifier finds and renders links. The zero value is ready to use and
// applies the documented defaults; a Linkifier must not be changed once in use,
// and is then safe for concurrent use.
type Linkifier struct {
	// Rel is the rel attribute of every link. Default "nofollow ugc", which
	// tells search engines the link was posted by a reader.
	Rel string

	// Target is the target attribute of every link; default none (the link
	// opens in the same tab). A target that may open another tab or window
	// ("_blank", in any case, or a window's name; not "_self", "_parent" or
	// "_top") also adds "noopener" to Rel, so that the opened page cannot
	// navigate this one.
	Target string

	// Schemes lists the schemes that are linked, in any case. Default
	// (empty): http, https and mailto. A scheme in xurls.SchemesNoAuthority
	// (mailto, tel, sms, …) is linked as "scheme:…", any other as
	// "scheme://…". javascript, vbscript, data and file are never linked,
	// even when listed.
	Schemes []string

	// DefaultScheme is added to a link written without one (example.com).
	// Default "https". When Schemes does not allow it, such names are not
	// linked. E-mail addresses always get mailto: (when Schemes allows it).
	DefaultScheme string

	// MaxDisplay is the most characters a link shows: a longer one is cut
	// and ends with an ellipsis (…); the href stays whole. A character is
	// what a reader sees as one (a grapheme cluster: a flag, an emoji with
	// its skin tone, a letter with its accents), never cut in two. 0
	// (default) or less means off.
	MaxDisplay int

	// Filter, when set, sees every link HTML renders (not those Find
	// returns): it may rewrite it, for example through a redirect page by
	// changing URL, or show other text by changing Text; returning false
	// leaves the link as plain text. Start and End are kept whatever it
	// returns. A URL it returns must be relative or have a scheme in
	// Schemes, without spaces, control characters or user info
	// ("user@" before the host), or the link stays text. A Text it leaves
	// as it was is shown as HTML shows it (from the host on when the link
	// has user info, which stays text before it; a host that could pass
	// for another in punycode), then cut to MaxDisplay.
	// Filter must be safe for concurrent use when the Linkifier is shared.
	Filter func(Link) (Link, bool)

	// LineBreaks, when true, makes HTML and HTMLOf write each line break of
	// the text, CR LF, CR or LF, as <br> (in the shown text of links too,
	// never in attributes), for a page that shows the comment where line
	// breaks would otherwise collapse into spaces. Default false: line breaks
	// pass through, for a page that keeps them itself (CSS white-space:
	// pre-line or pre-wrap). Find is the same either way.
	LineBreaks bool
}

var defaultLinkifier Linkifier

// Find returns the links in text, in order, with the default Linkifier
// (the zero value).
func Find(text string) []Link { return defaultLinkifier.Find(text) }

// HTML returns text as HTML with its links linked, with the default
// Linkifier (the zero value).
func HTML(text string) string { return defaultLinkifier.HTML(text) }
