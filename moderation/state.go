package moderation

import (
	"context"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"net/netip"
	"slices"
	"strings"
	"sync/atomic"
	"time"
	"unicode/utf8"
)

// Defaults of the state a Moderator keeps.
const (
	// DefaultStateTimeout bounds each Store call of a Check when the ctx
	// allows longer: a comment form should not hang on a slow store. A
	// Redis on the same network answers in about a millisecond.
	DefaultStateTimeout = 500 * time.Millisecond
	// DefaultHistory is how long learned history (an author's approved
	// comments, approved domains, the model) is kept after its last
	// lesson: a year, so a regular who comments a few times a year stays
	// trusted.
	DefaultHistory = 365 * 24 * time.Hour
	// maxStateDomains bounds the domains of one comment whose state is
	// read; a comment with more links is already flagged for them. At
	// most 32: State keeps a bit per domain in a uint32.
	maxStateDomains = 8
	// maxStateDomainBytes bounds a link domain as the state keeps it: in
	// a Store's keys (the domain's posters and approvals) and in the
	// model's token "d:"+domain. linkify holds a host to DNS's 253 bytes,
	// but the registrable domain of a host under a wildcard public suffix
	// (*.ck) or an unknown TLD can still be 127 bytes or more, chosen by
	// whoever writes the comment, and a Store is sized by its count of
	// entries. 81 bytes makes a domain's token no longer than the
	// longest word pair ("p:", two words of maxTokenBytes and a space),
	// so the model's bytes are bounded as its pairs' are. A real domain is
	// seldom longer; one that is is kept under a stand-in (stateDomain).
	maxStateDomainBytes = 2*maxTokenBytes + 1
)

// State is what the Store knew about one comment, read once before the
// checks run (View.State). A Checker of your own may read it; it must not
// change it.
type State struct {
	// Err says why the state is unavailable (the Store failed or the ctx
	// ended); nil when it was loaded. With an error, the other fields are
	// zero.
	Err error
	// Author is what moderators decided about the author's comments.
	Author AuthorState

	now       time.Time
	form      formToken // the comment's form token, verified
	formErr   error     // why the form token was refused
	honeypot  string
	authorKey string
	// authorByName: the author is known by name alone (byName)
	authorByName bool
	senderNet    bool     // the IP key is an IPv6 network (senderKeys)
	sender       uint64   // who sent the comment, for the form token (formSender)
	textID       uint64   // the text's id, or the id of the text it nearly repeats
	shingles     []uint64 // its duplicate lookup keys
	query        Query
	tokensRead   bool // the classifier's tokens were read
	snap         *Snapshot

	// Room for the keys of one Check, so that the State is its one
	// allocation rather than one per slice. The Query and the Record a
	// Store is given point into it. A State is reused only with the
	// MemStore, which keeps nothing of them (Moderator.reuse), so a Store
	// of the site's own that keeps them sees them unchanged.
	sketchBuf [dupKeys]uint64
	senderBuf [2]string // an IP and an author
	domainBuf [maxStateDomains]string
}

// stateSettings are the Config fields the state checks use, defaults
// applied.
type stateSettings struct {
	store         Store
	windows       Windows
	floodMax      int
	repeatAuthors int
	trustAfter    int
	newAuthorOff  bool // Config.DisableNewAuthor
	bayesMin      int64
	formKey       []byte
	minSubmit     time.Duration
	maxFormAge    time.Duration
	holdOnFailure bool
	timeout       time.Duration
	allowed       hostSet // Config.AllowedDomains
	hold          float64 // Config.HoldScore, the threshold
	unit          float64 // what the state flags' weights are in (weightUnit)
	// dupDetails are the Details of CodeDuplicate, for a text nearly the
	// same as an earlier one and for the same text (duplicateDetail),
	// built once: a flood of copies raises it on every Check.
	dupDetails [2]string
	// modelReady remembers whether the model had learned enough at the
	// last Load, so that a Moderator whose model is not ready yet does not
	// pay for the classifier's tokens. It starts true, and a Learn or an
	// Import sets it (mayBeReady), so that the first Check after a start
	// or a lesson reads the tokens and finds out: assuming "not ready"
	// there let one comment through without the model after every restart.
	// A lesson taught through another Moderator of the same Store is seen
	// at this one's next Load: the one Check that Load belongs to goes
	// without the model, once in the model's life.
	modelReady *atomic.Bool
}

// mayBeReady says the model may have become ready: the next Load reads
// the classifier's tokens.
func (s *stateSettings) mayBeReady() {
	if s.modelReady != nil && s.bayesMin > 0 {
		s.modelReady.Store(true)
	}
}

// errStateTimeout is the error of a Store call cut short by the state
// timeout rather than by the caller's ctx.
var errStateTimeout = errors.New("moderation: the store did not answer in time")

// storeCtx returns ctx bounded by the state timeout.
func (s *stateSettings) storeCtx(ctx context.Context) (context.Context, context.CancelFunc) {
	if s.timeout <= 0 {
		return ctx, func() {} // Config.StateTimeout negative: only ctx bounds the call
	}
	return context.WithTimeoutCause(ctx, s.timeout, errStateTimeout)
}

// submitTime is when a comment was submitted: Comment.Time, or now when
// it is zero or later than now by more than the servers of one site
// disagree (formClockSkew). A comment is not submitted in the future: such
// a time is a bug or a clock set wrong, and windows measured from it
// would expire what a Store remembers about every other comment (the
// MemStore drops what has expired by the time of each Query), so the
// clock of this server is the better guess. Past times are kept: a site
// checks comments from a queue, or old ones it imports, at their times.
func submitTime(t time.Time) time.Time {
	now := time.Now()
	if t.IsZero() || t.Sub(now) > formClockSkew {
		return now
	}
	return t
}

// hashID turns a personal identifier (an e-mail, a name and IP) into a
// short key, so that a Store holds no personal data in the clear and keys
// have a bounded length.
func hashID(kind, id string) string {
	// Built in stack buffers: two or three ids per Check.
	var in [128]byte
	sum := sha256.Sum256(append(append(append(in[:0], kind...), 0), id...))
	var out [8 + 16]byte // a short kind, ':' and 12 bytes in base64
	b := append(append(out[:0], kind...), ':')
	return string(base64.RawURLEncoding.AppendEncode(b, sum[:12]))
}

// authorKey identifies an author: by e-mail, else by name and IP (the IP
// as appendSenderIP writes it); "" when the comment carries none of them.
// With neither e-mail nor IP the name alone is the key, which counts
// for less (byName).
func authorKey(c Comment) string {
	if e := strings.ToLower(strings.TrimSpace(c.AuthorEmail)); e != "" {
		return hashID("e", e)
	}
	name := strings.Join(strings.Fields(strings.ToLower(c.Author)), " ")
	var buf [senderIPBuf]byte
	ip, _ := appendSenderIP(buf[:0], c.IP)
	if name == "" && len(ip) == 0 {
		return ""
	}
	return hashID("n", name+"\x00"+string(ip))
}

// senderKeys are the flood keys of a comment: its IP (appendSenderIP) and
// its author, appended to keys; net reports that the IP is an IPv6
// network (ipv6SenderBits).
func senderKeys(keys []string, c Comment, author string) (_ []string, net bool) {
	var buf [senderIPBuf]byte
	if ip, v6 := appendSenderIP(buf[:0], c.IP); len(ip) > 0 {
		keys = append(keys, hashID("ip", string(ip)))
		net = v6
	}
	if author != "" && !byName(c) {
		keys = append(keys, author)
	}
	return keys, net
}

// byName reports whether authorKey knows the author of c by the name
// alone: no e-mail and no IP. Anyone can type a name, so such an author
// is no flood key (senderKeys: readers who leave the same name,
// "Anonymous" or "Guest", are not one sender, and a script changes names
// at will; on the YouTube Spam Collection, names only, the name's flood
// held 4 ham comments and no spam that nothing else flagged) and earns no
// standing from approved comments (authorFlags). Spam labelled under the
// name still holds it: nobody gains by claiming that.
func byName(c Comment) bool {
	if strings.TrimSpace(c.AuthorEmail) != "" {
		return false
	}
	var buf [senderIPBuf]byte
	ip, _ := appendSenderIP(buf[:0], c.IP) // "unknown" is no IP
	return len(ip) == 0
}

// parseSenderIP reads an IP address with or without a port or brackets.
// Each form goes to the parser it is written in, as a parser that fails
// allocates its error: r.RemoteAddr is read with no allocation.
func parseSenderIP(ip string) (netip.Addr, bool) {
	switch {
	case ip == "":
		return netip.Addr{}, false
	case ip[0] == '[' && ip[len(ip)-1] == ']': // [v6]
		ip = ip[1 : len(ip)-1]
	case ip[0] == '[' || strings.Count(ip, ":") == 1: // [v6]:port, v4:port
		ap, err := netip.ParseAddrPort(ip)
		return ap.Addr(), err == nil
	}
	a, err := netip.ParseAddr(ip)
	return a, err == nil
}

// ipv6SenderBits is how much of an IPv6 address names one sender: its
// /56. An access network gives each subscriber a block, a /64 at least
// (RFC 6177, RIPE-690: a /56 or /48 to a home or office, a /64 to a
// phone), and the devices in it choose their own addresses there, new ones
// every day or at will (privacy addresses, RFC 8981). Keyed by the whole
// address, no IPv6 sender would ever be the same IP twice; keyed by its
// /64, a script bound each comment to another /64 of its home's /56 (256
// of them), and 30 comments in 30 s went unflagged. A key with a higher
// limit than FloodMax does not help: a burst stays under any hourly limit
// above its size; it takes the interval. A /56 is one home or office, or
// at a mobile operator up to 256 phones that each hold a /64: fewer people
// than share one IPv4 address behind the carrier-grade NAT the same
// operators run for IPv4, which a flood already treats as one sender.
// Not a /48: that is often a provider's pool of 256 customers' /56s, and
// one busy site would hold them all as one. What is left: the holder of a
// /48 (a business, a tunnel broker's free /48) can send from 256 /56s.
const ipv6SenderBits = 56

// senderIPBuf holds the longest form appendSenderIP writes: an IPv4
// address, an IPv6 /56 ("ffff:ffff:ffff:ff00::/56", 24 bytes) or a whole
// IPv6 address (39 bytes, embeddedIPv4); a value that is not an address
// is kept as it is, and may be longer.
const senderIPBuf = 48

// appendSenderIP appends to b the form of Comment.IP that keys a sender
// (flood) and, with the name, an author: one form for one sender however
// the site writes it. Spaces around it are trimmed. Of a comma-separated
// list, a whole X-Forwarded-For header, only the last entry that is not
// blank is read: the one the site's own proxy added, where the entries
// before it are whatever the client sent, so that a client cannot choose
// its key by prepending one. When that entry is no address ("unknown",
// which Squid and some CDNs write when they have none, an obfuscated
// "_hidden"), the comment has no IP: keyed by that word, all such
// clients would be one sender, and reading the entry before it would let
// the client choose (review round 4). "unknown" alone is no IP too. Then a
// port is dropped (r.RemoteAddr is "192.0.2.1:51234" or
// "[2001:db8::1]:51234"), as are brackets and an IPv6 zone. An
// IPv4-mapped IPv6 address is the IPv4 address it maps (::ffff:192.0.2.1
// is 192.0.2.1, as a dual-stack listener reports it), and an IPv6 address
// that carries a client's IPv4 address is keyed by it (embeddedIPv4). An
// IPv4 address is written in dotted decimal, any other IPv6 one as its /56
// (ipv6SenderBits) in the lower-case form of RFC 5952. A single value
// that is not an IP address, such as a hash of it that a site passes for
// privacy, is used as given. A blank IP appends nothing. net reports an
// IPv6 network. The caller passes a buffer on its stack: the key is hashed
// at once.
func appendSenderIP(b []byte, ip string) (_ []byte, net bool) {
	ip = strings.TrimSpace(ip)
	if strings.IndexByte(ip, ',') >= 0 {
		a, ok := lastListAddr(ip)
		if !ok {
			return b, false
		}
		return appendSenderAddr(b, a)
	}
	if ip == "" || strings.EqualFold(ip, "unknown") || ip[0] == '_' {
		return b, false // no address: "unknown", or an obfuscated "_hidden" (RFC 7239)
	}
	a, ok := parseSenderIP(ip)
	if !ok {
		return append(b, ip...), false // not an address: the site's own identifier
	}
	return appendSenderAddr(b, a)
}

// lastListAddr reads the last entry of a comma-separated list that is
// not blank as an address (appendSenderIP).
func lastListAddr(list string) (netip.Addr, bool) {
	for list != "" {
		entry := list
		if i := strings.LastIndexByte(list, ','); i >= 0 {
			entry, list = list[i+1:], list[:i]
		} else {
			list = ""
		}
		if entry = strings.TrimSpace(entry); entry != "" {
			return parseSenderIP(entry)
		}
	}
	return netip.Addr{}, false
}

// appendSenderAddr appends the key of an address (appendSenderIP).
func appendSenderAddr(b []byte, a netip.Addr) (_ []byte, net bool) {
	a = a.Unmap().WithZone("")
	if a.Is4() {
		return a.AppendTo(b), false
	}
	if v4, whole := embeddedIPv4(a); v4.IsValid() {
		return v4.AppendTo(b), false
	} else if whole {
		return a.AppendTo(b), false
	}
	p, err := a.Prefix(ipv6SenderBits)
	if err != nil {
		return b, false // cannot happen: an IPv6 address has 128 bits
	}
	return p.AppendTo(b), true
}

// embeddedIPv4 returns the IPv4 address of the client that an IPv6
// address stands for, when a translator or a tunnel built it from one;
// keyed by its /56, every IPv4 client of the translator would be one
// sender. A site on an IPv6-only host behind a stateless translator
// (SIIT-DC, RFC 7755) or NAT64 sees each IPv4 reader as such an address.
//   - 64:ff9b::/96, NAT64's well-known prefix (RFC 6052): the IPv4
//     address is the last 32 bits.
//   - 2001::/32, Teredo (RFC 4380): the client's public IPv4 address is
//     the last 32 bits, each bit inverted.
//
// whole reports an address that is its own key: 64:ff9b:1::/48, the
// local-use prefix of RFC 8215, within which an operator may use a prefix
// of any length RFC 6052 allows (/32 to /96, each with its own layout of
// the IPv4 bits), and the address does not say which. Under every layout
// a translator writes one address for one IPv4 address, and the bits
// that are not the IPv4 address are the operator's and fixed (the suffix
// is zero), so the whole address keys exactly that IPv4 client. Its /96
// would not: with a /96 prefix, the most common, the IPv4 address is
// the last 32 bits and every client would share the /96. A site that uses
// a network-specific prefix of its own (RFC 6052 §2.2) passes the IPv4
// address.
func embeddedIPv4(a netip.Addr) (v4 netip.Addr, whole bool) {
	b := a.As16()
	switch {
	case b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xff && b[3] == 0x9b && b[4] == 0 && b[5] == 0x01:
		return netip.Addr{}, true // 64:ff9b:1::/48
	case b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xff && b[3] == 0x9b && [8]byte(b[4:12]) == [8]byte{}:
		return netip.AddrFrom4([4]byte(b[12:])), false // 64:ff9b::/96
	case b[0] == 0x20 && b[1] == 0x01 && b[2] == 0 && b[3] == 0: // 2001::/32
		return netip.AddrFrom4([4]byte{^b[12], ^b[13], ^b[14], ^b[15]}), false
	}
	return netip.Addr{}, false
}

// stateDomains returns the link domains of v whose state matters: no
// e-mail domains, none of the allowed domains, none that lead to no
// public site (linkSite.local), no repeats, at most maxStateDomains.
func (s *stateSettings) stateDomains(v *View) []string {
	if len(v.Links) == 0 {
		return nil
	}
	return s.appendStateDomains(make([]string, 0, min(len(v.Links), maxStateDomains)), v)
}

// appendStateDomains appends the domains stateDomains returns to out.
func (s *stateSettings) appendStateDomains(out []string, v *View) []string {
	sites := v.linkSites()
	for i := range v.Links {
		l := &v.Links[i] // not a copy of its eleven words
		if l.Email || l.Domain == "" || sites[i].local || s.isAllowed(l.Domain) {
			continue
		}
		d := l.Domain
		if !sites[i].domainLower {
			d = strings.ToLower(d) // linkify's domains are lower case already: no scan of them
		}
		d = stateDomain(d)
		if !slices.Contains(out, d) {
			out = append(out, d)
			if len(out) == maxStateDomains {
				break
			}
		}
	}
	return out
}

// stateDomain returns the link domain d, in lower case, as the state
// keeps it (maxStateDomainBytes): d itself, or, when d is longer, a
// stand-in of at most that length: 16 hex digits of d's SHA-256, "…",
// and the end of d. The hash tells long domains apart, as hashID tells
// authors apart, so each keeps its own posters, approvals and token; the
// end of d is kept rather than its start because that is where its
// registry is: the suffix lists (platform hosts, shorteners) still match
// the stand-in, and in a Detail it reads as the site it is. No domain
// holds "…", so no stand-in is a domain that someone else links.
func stateDomain(d string) string {
	if len(d) <= maxStateDomainBytes {
		return d
	}
	const (
		hashDigits = 16
		ellipsis   = "…"
	)
	tail := d[len(d)-(maxStateDomainBytes-hashDigits-len(ellipsis)):]
	for tail != "" && !utf8.RuneStart(tail[0]) {
		tail = tail[1:] // linkify gives ASCII; whatever gives d, the end is whole characters
	}
	sum := sha256.Sum256([]byte(d))
	return hex.EncodeToString(sum[:hashDigits/2]) + ellipsis + tail
}

func (s *stateSettings) isAllowed(domain string) bool {
	if len(s.allowed) == 0 {
		return false // the default: no lower-casing for nothing
	}
	return s.allowed.match(strings.ToLower(domain)) != ""
}

// formInput is what the comment form sent besides the comment.
type formInput struct {
	Time      time.Time // when the comment was submitted; zero: now
	FormToken string
	Honeypot  string
}

// loadIn reads the state of a comment into st, a zero State, in one
// Store call. It never fails: the error is kept in State.Err. With ms, a
// zero memSnapshot, a MemStore answers in it (MemStore.loadInto) rather
// than in one it allocates.
func (s *stateSettings) loadIn(ctx context.Context, v *View, in formInput, st *State, ms *memSnapshot, tokens *tokenRoom) *State {
	st.now = submitTime(in.Time)
	st.honeypot = in.Honeypot
	st.authorKey = authorKey(v.Comment)
	st.authorByName = byName(v.Comment)
	if s.windows.Duplicate > 0 {
		st.textID, st.shingles = v.shingles(&st.sketchBuf)
	} else if s.formKey != nil {
		// The text's id alone, to tell a form sent again with its text
		// (sameSend) from one sent with another.
		st.textID, _ = v.shingles(&st.sketchBuf)
	}
	// Only repeat_host and a ready model's tokens read the link domains,
	// so with repeat_host off and no model ready they are not worked out
	// (nor, for a View that was never folded, its links' sites). ready is
	// read once, for both uses.
	ready := s.modelReady == nil || s.modelReady.Load()
	var domains []string
	if len(v.Links) > 0 && (ready || s.repeatAuthors > 0) {
		domains = s.appendStateDomains(st.domainBuf[:0], v)
	}
	var senders []string
	senders, st.senderNet = senderKeys(st.senderBuf[:0], v.Comment, st.authorKey)
	st.query = Query{
		Now:     st.now,
		Senders: senders,
		Author:  st.authorKey,
		Windows: s.windows,
	}
	if ready {
		if tokens == nil {
			tokens = new(tokenRoom)
		}
		st.query.Tokens = bayesTokens(v.words(), domains, tokens)
		st.tokensRead = true
	}
	if s.repeatAuthors > 0 {
		// In place: the tokens above are copies, and nothing else reads
		// the domains repeat_host does not watch.
		st.query.Domains = appendWatchedHosts(domains[:0], domains)
	}
	st.query.Shingles, st.query.TextID = st.shingles, st.textID
	if s.formKey != nil {
		st.form, st.formErr = parseFormToken(s.formKey, in.FormToken)
		st.query.Form = st.form.id
		st.sender = formSender(senders, st.authorKey)
		st.query.FormSend = formSend(st.textID, st.sender)
	}
	if err := ctx.Err(); err != nil {
		st.Err = errors.Join(errEndedBeforeStore, err)
		return st
	}
	sctx, cancel := s.storeCtx(ctx)
	defer cancel()
	var snap *Snapshot
	var err error
	if mem, ok := s.store.(*MemStore); ok && ms != nil {
		snap, err = mem.loadInto(sctx, &st.query, ms)
	} else {
		snap, err = s.store.Load(sctx, &st.query)
	}
	if err == nil && !sameLengths(&st.query, snap) {
		err = errors.New("moderation: the store answered a different number of entries than asked")
	}
	if err != nil {
		st.Err = storeError(sctx, err)
		return st
	}
	st.snap = snap
	st.Author = snap.Author
	if s.modelReady != nil {
		s.modelReady.Store(s.bayesMin > 0 && snap.Learned.Spam >= s.bayesMin && snap.Learned.Ham >= s.bayesMin)
	}
	return st
}

// storeError names the timeout when the state timeout, not the caller,
// ended a Store call.
func storeError(ctx context.Context, err error) error {
	if cause := context.Cause(ctx); errors.Is(cause, errStateTimeout) && !errors.Is(err, errStateTimeout) {
		return errors.Join(errStateTimeout, err)
	}
	return err
}

func sameLengths(q *Query, snap *Snapshot) bool {
	return snap != nil && len(snap.Shingles) == len(q.Shingles) && len(snap.Senders) == len(q.Senders) &&
		len(snap.Domains) == len(q.Domains) && len(snap.Tokens) == len(q.Tokens)
}

// judge returns flags, the flags of the checks, with the flags of the
// state checks added and weighed by the author's history. It reads only
// st, never the Store.
func (s *stateSettings) judge(v *View, st *State, flags []Flag) []Flag {
	used := st.Err == nil && st.snap.FormUsed
	out := append(flags, s.formFlags(st.form, st.formErr, st.honeypot, st.now, used)...)
	if st.Err != nil {
		return append(out, s.unavailableFlag(st.Err, false))
	}
	n := len(out)
	out = s.duplicateFlags(out, st)
	// A form sent again by its sender with its text is one event with
	// the first copy: a double click, the back button, a retry after an
	// error. The used token holds it (usedTokenWeight); the duplicate and
	// the flood interval the first copy left count the same submission
	// again, and with them it was rejected while the first copy was
	// published. A replay of the form with another text, or from another
	// sender, keeps them (sameSend).
	resent := used && st.sameSend()
	if resent {
		out = out[:n]
	}
	out = s.floodFlags(out, st, resent)
	out = s.repeatHostFlags(out, st)
	// The model learned the codes of the content checks, which Learn can
	// compute again; not those of the state checks, which change as soon
	// as a comment is recorded.
	out = append(out, s.bayesFlags(st, flags)...)
	return s.authorFlags(st, out)
}

// sameSend reports whether the comment is the first one sent with its
// used form token, sent again: from the same sender (formSender), with
// the same text, nearly the same (the duplicate it raised is of the
// first's text), or, like the first, a text too short to compare. Below
// dupMinWords words there is no measure of "nearly": a person who fixes a
// typo in a short comment and sends the form again is not told apart from
// a script that sends another short text, and is not rejected for it;
// both are held by the used token, and the script is rejected past
// FloodMax. A Snapshot without FormFirst (a Store that does not keep it)
// matches nothing. Call it after duplicateFlags.
func (st *State) sameSend() bool {
	first := st.snap.FormFirst
	if first == 0 {
		return false
	}
	return first == st.query.FormSend || first == formSend(st.textID, st.sender)
}

// formSend is the Query.FormSend of a comment whose text has the id text
// (0: too short to compare) and whose sender is sender (formSender): one
// number, so that a Store keeps 8 bytes with a used token. Never 0.
func formSend(text, sender uint64) uint64 {
	return max(mix64(text^mix64(sender)), 1)
}

// formSender is the id of who sent a comment with the flood keys senders
// and the author key author: a hash of them, the same for a person who
// sends the form again (the same IP, the same name or e-mail). FNV-1a,
// so that every server of a site computes the same.
func formSender(senders []string, author string) uint64 {
	h := uint64(14695981039346656037)
	add := func(k string) {
		for i := 0; i < len(k); i++ {
			h = (h ^ uint64(k[i])) * 1099511628211
		}
		h = (h ^ 0xff) * 1099511628211 // a byte no key holds, between keys
	}
	for _, k := range senders {
		add(k)
	}
	add(author)
	return h
}

// record writes what the Check of a comment leaves behind once its
// verdict is known, in one Store call, and only when there is something
// to write: Load has counted the comment in already, so that is only a
// near duplicate, whose text joins the one it copies (see
// duplicateFlags).
func (s *stateSettings) record(ctx context.Context, st *State) error {
	if st.Err != nil || st.textID == st.query.TextID {
		return nil
	}
	r := &Record{Now: st.now, TextID: st.textID, Shingles: st.query.Shingles, Windows: s.windows}
	if err := ctx.Err(); err != nil {
		return err
	}
	sctx, cancel := s.storeCtx(ctx)
	defer cancel()
	if err := s.store.Record(sctx, r); err != nil {
		return storeError(sctx, err)
	}
	return nil
}
