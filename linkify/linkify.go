package linkify

// Link is one link found in a text.
type Link struct {
	Start, End int    // byte offsets of the link in the text passed in
	Text       string // text[Start:End]: the link as the commenter wrote it
	URL        string // the href: absolute, a scheme added where the text had none
	Host       string // lower-case ASCII (punycode) host; "" for an email link
	Domain     string // registrable domain (public suffix plus one label), ASCII like Host; an email's mail domain
	Email      bool   // a mailto: link
}

// Linkifier finds and renders links. The zero value is ready to use and
// applies the documented defaults; a Linkifier must not be changed once in use,
// and is then safe for concurrent use.
type Linkifier struct {
	// Rel is the rel attribute of every link. Default "nofollow ugc".
	Rel string
	// Target is the target attribute; default none. "_blank" also adds "noopener" to Rel.
	Target string
	// Schemes lists the schemes that are linked. Default http, https and mailto.
	Schemes []string
	// DefaultScheme is added to a link written without one. Default "https".
	DefaultScheme string
	// MaxDisplay shortens the text of a longer link with an ellipsis; the href
	// stays whole. 0 means off.
	MaxDisplay int
	// Filter, when set, sees every link before it is rendered: it may rewrite
	// it (for example through a redirect page) or drop it by returning false.
	Filter func(Link) (Link, bool)
}

var defaultLinkifier Linkifier

// Find returns the links in text, in order, with the default Linkifier.
func Find(text string) []Link { return defaultLinkifier.Find(text) }

// HTML returns text as HTML with its links linked, with the default Linkifier.
func HTML(text string) string { return defaultLinkifier.HTML(text) }
