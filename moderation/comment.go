package moderation

import "time"

// Comment is what a commenter submitted, with the context a check may
// need. Only Body is required; checks that need a field that is empty
// simply do not fire (author_link needs AuthorURL or AuthorEmail, for
// example). A Comment is read, never changed.
type Comment struct {
	// Body is what the commenter typed, as the form sent it: it may hold
	// HTML, entities, any line ends and any Unicode. Check strips and
	// normalises it; store Result.Text, not Body.
	Body string

	// Author is the name the commenter gave. The checks that remember
	// know an author (by e-mail, else name + IP) for its flood interval,
	// its approved and spam comments and its trust; names are compared
	// ignoring case and runs of spaces, IPs as IP says. A comment with
	// neither e-mail nor IP is known by its name alone, which anyone can
	// type: spam labelled under the name holds its comments, but approved
	// ones earn it no standing (no one takes over Alice's trust by typing
	// "Alice"), and the name is no flood key (two readers who both leave
	// "Anonymous" are not one flood). A site whose name field is free
	// text passes IP.
	Author      string
	AuthorEmail string // the e-mail address the commenter gave; its domain counts as theirs unless it is a free-mail provider
	AuthorURL   string // the website the commenter gave; links to its domain are author_link

	// IP is the address of the commenter's computer: the client's
	// address as the server saw it, r.RemoteAddr as it is ("host:port"
	// and "[v6]:port" are read without the port). Behind a proxy or a
	// load balancer, that is the client address the proxy passes in its
	// header (X-Forwarded-For, Forwarded, X-Real-IP), taken only from
	// the proxy you run; never the proxy's own address, which would make
	// every commenter one sender, held as a flood whenever two people
	// comment within FloodInterval. A comment from one IP within
	// FloodInterval of another, or past FloodMax within FloodWindow, is
	// held (CodeFlood). IPv4-mapped IPv6 addresses are read as IPv4, and an
	// IPv6 sender is its /56, the block a home or office is given and picks
	// /64s and addresses from at will. An IPv6 address that carries an
	// IPv4 client's address is that IPv4 address: NAT64's well-known
	// 64:ff9b::/96 (a site on an IPv6-only host behind a translator sees
	// every IPv4 reader there) and Teredo's 2001::/32; an address in the
	// local-use 64:ff9b:1::/48 is keyed whole, one per IPv4 client. A site
	// behind a translator with a prefix of its own passes the IPv4 address.
	// Of a comma-separated list (a whole X-Forwarded-For header) only the
	// last entry that is not blank is read, the one your proxy added: pass
	// one address. When it is no address ("unknown", "_hidden"), or IP is
	// one of those alone, the comment has no IP and is known by its author
	// alone: keyed by that word, all such clients would be one sender, and
	// the entry before it is the client's to choose. A whole
	// Forwarded header is not read: pass the address of its for=. A single
	// value that is not an IP address, such as a hash of it that a site
	// keeps for privacy, is used as given, once spaces around it are
	// trimmed. Empty: the comment is known by its author alone (see
	// Author).
	IP        string
	UserAgent string // the browser's User-Agent header (read by no built-in check; for checks of your own)
	Referrer  string // the page the form was posted from, the Referer header (likewise)

	PageURL   string // the article the comment is on (read by no built-in check; for checks of your own)
	PageTitle string // the title of that article (likewise)

	// FormToken is what NewFormToken put in the comment form when it was
	// rendered; Honeypot is the value of a form field hidden from people,
	// which must come back empty. Both are read only when Config.FormKey
	// is set (CodeTooFast, CodeHoneypot).
	FormToken string
	Honeypot  string

	// Time is when the comment was submitted; zero means now. The checks
	// that remember earlier comments measure their windows with it, so a
	// site that checks comments later (from a queue) or again (old ones
	// it imports, in the order they came) passes the time each was
	// submitted. A time more than a minute ahead of this server's clock
	// is not trusted: Check and Learn take it as now. (Such a time is a
	// bug or a clock set wrong, and the in-memory store would count from
	// it that everything it remembers about other comments had expired.)
	// The MemStore measures every window with Time; redisstore keeps
	// what a comment leaves as keys that expire a window after the Check
	// wrote them, by Redis's clock, so through Redis a batch of old
	// comments checked at once is as close together as the Checks were.
	Time time.Time
}
