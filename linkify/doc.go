// Package linkify finds the links in comment text and renders the text as
// safe HTML, for sites whose comment box says "No HTML is allowed in
// comments, but URLs will be hyperlinked."
//
// A comment like
//
//	Thanks! See https://en.wikipedia.org/wiki/Pan_(god), or mail me: jo@example.org.
//	<b>README.md</b> is not a link.
//
// becomes, with [HTML],
//
//	Thanks! See <a href="https://en.wikipedia.org/wiki/Pan_(god)" rel="nofollow ugc" dir="ltr">https://en.wikipedia.org/wiki/Pan_(god)</a>, or mail me: <a href="mailto:jo@example.org" rel="nofollow ugc" dir="ltr">jo@example.org</a>.
//	&lt;b&gt;README.md&lt;/b&gt; is not a link.
//
// # What is a link
//
// Find links what [mvdan.cc/xurls/v2]'s Relaxed expression finds in prose,
// with the scheme, TLD and IP rules of xurls and its exported lists, except
// where this package deliberately differs (each difference is a named case in
// testdata/find.txt, and the test checks that xurls really differs there):
//
//   - A URL with a scheme is linked when the scheme is allowed: by default
//     http, https and mailto (see [Linkifier.Schemes]). javascript:, vbscript:,
//     data: and file: are never linked, whatever Schemes says. A URL with any
//     other scheme xurls knows (ftp://, tel:, …) stays text whole; no link is
//     looked for inside it.
//   - A name without a scheme (example.com) is linked when its last label is
//     a TLD and, to tell it from a file name or a dotted word, at least one
//     of these holds: it starts with "www.", a path follows ("example.md/x"),
//     or its TLD is a common web TLD (the embedded list common_tlds.txt,
//     which leaves out md, py, sh, rs, pl, zip and other file extensions), or
//     its TLD is not ASCII (中国, рф). So README.md, setup.py, index.js, e.g.,
//     Node.js, v1.2.3, 3.14 and I.B.M. stay text, while example.com,
//     www.example.md and example.md/page are links. An IPv4 address is a
//     link; a bare IPv6 address is not (it cannot be an href without brackets).
//   - Such a name typed straight after a Chinese, Japanese or Korean word,
//     or straight before one, as those languages put no space between
//     words, is linked without the word: "关注bit.ly/x" links bit.ly/x,
//     "我用163.com的邮箱" links 163.com, "詳しくはexample.comへ" links
//     example.com. xurls reads "关注bit.ly" as one host, which no one meant
//     and which leads nowhere. A name all in one script (例え.jp) stays
//     whole, and so do the shapes spoofs take: Latin before the CJK
//     (paypal一secure.com), or a Cyrillic or Greek word before the Latin
//     (аpple.com). CJK characters that look like a Latin letter or a
//     dash next to the Latin part stay with it where they begin the name
//     or follow another script ("〇utlook.com", "关注ノetflix.com"), and end
//     a word of their own script ("公式サイトexample.com" links
//     example.com), but for 〇 丿 乀 亅, and ㅇ ㄴ after Hangul
//     syllables, which end no word ("关注〇utlook.com",
//     "확인ㅇutlook.com"); two or more Hangul jamo are chat
//     ("ㅇㅇgithub.com").
//   - An e-mail address (jo@example.org) is linked as mailto: with any TLD.
//     One whose local part is glued to a word by a full stop
//     ("john。smith@gmail.com", with 。 ． ｡ ﹒ ︒ or ․) is not linked at
//     all, nor is its domain: a reader reads john.smith, and smith@… is
//     someone else's mailbox. After Chinese, Japanese or Korean, or a
//     space, the full stop ends a sentence ("详情。smith@gmail.com").
//   - A host with an empty label (https://.evil.example/x, evil..com) is
//     no link: no DNS name has one. A final dot (https://evil.example./x)
//     links. Nor is a host whose ASCII (punycode) form is longer than DNS
//     allows, 253 bytes without that final dot, or that has a label over 63
//     bytes: no such name resolves, and Host and Domain stay short enough
//     for a site to keep and key its records by.
//
// # Where a link ends
//
// As a person reads it: trailing . , : ; ! ? ' and closing quotes (" ” ’ »)
// are not part of a link; brackets ( ) [ ] { } and full-width （ ） are part
// of it only when balanced, so https://en.wikipedia.org/wiki/Pan_(god) keeps
// its parenthesis and (see example.com) does not. <https://example.com>
// links the URL inside the angle brackets. Spaces, quotes and < > end a
// link, and so does every invisible format character: zero-width space,
// U+FEFF, the bidi controls U+202A–U+202E and U+2066–U+2069, and the other
// characters of Unicode category Cf. They can never hide inside an href or
// make a link look like it ends where it does not. The one exception is
// ZWNJ (U+200C) and ZWJ (U+200D) inside a host label, where IDNA 2008 allows
// them (RFC 5892 CONTEXTJ: after a virama, as in the Sinhala ශ්‍රී, or a ZWNJ
// between Arabic-script letters that join, as in the Persian می‌خواهم): there
// they are part of the name, and cutting the host at them would link a
// different domain from the one written. Checked by idna.Lookup; anywhere
// else (between Latin letters, at a label's edge, after the host, in a path)
// a joiner ends the link like the others.
//
// # Hosts and domains
//
// [Link.Host] is lower case ASCII: an international name is converted to
// punycode with IDNA lookup rules (so full-width and other variant forms
// become what a browser would visit), and percent-escapes are decoded. The
// href uses the same host. [Link.Domain] is the registrable domain, the
// public suffix plus one label (golang.org/x/net/publicsuffix); for an
// e-mail it is that of the mail domain. A host that could pass for another
// is shown in the HTML by its href, with the host in punycode, as browsers
// do (the rules are Chromium's IDN display policy). That is a host with a
// label that:
//   - mixes scripts, like аpple.com with a Cyrillic а (xn--pple-43d.com),
//     or accounts.googleˑcom.evil.example with a modifier letter that
//     looks like a dot;
//   - holds a character that is not a letter, mark or digit, like the
//     FRACTION SLASH of accounts.google.com⁄signin.evil.example, which
//     reads as a page of google.com but is a host of evil.example;
//   - puts a CJK character that looks like a slash or a dash among Latin
//     letters: accounts.google.comノsignin.evil.example, google一com.example;
//   - is Cyrillic made only of letters that look Latin, under an ASCII
//     top-level domain such as .com: аррӏе.com.
//
// Names in one script, or in Latin with Chinese, Japanese or Korean, are
// shown as written: bücher.de, ソニー.jp, 一〇〇.jp, пример.рф, пример.com.
//
// The host is what follows the last '@' before the path, query or
// fragment, as browsers read a URL: https://google.com@evil.example/ and
// https://paypal.com:login@evil.example/ go to evil.example. What comes
// before it is user info: in a comment it serves only to make a reader
// take the link for another site. It is left out of the href, and HTML
// links such a URL from its host on, leaving what comes before as text
// ("https://google.com@" then a link that shows "evil.example/"): nothing
// typed is hidden, and what can be clicked names the host it goes to.
// Such a URL is found by [Find] with its real host, so that checks on
// links see it. An '@' after the host
// ("https://medium.com/@bob", "example.com/@alice") is part of the path,
// and an e-mail address (google.com@evil.example) is a mailto: link shown
// as written.
//
// # HTML
//
// [Linkifier.HTML] escapes every character outside links (< > & ' "), writes
// each link as <a href="…" rel="nofollow ugc" dir="ltr">…</a>, and passes
// newlines (unless [Linkifier.LineBreaks] makes them <br>) and everything
// else through. The dir attribute makes each link a left-to-right bidi
// isolate: a right-to-left override (U+202E) typed before a link, or the
// direction of the text around it, cannot reorder what the link shows, and
// a URL reads left to right, host first, as in an address bar. With
// MaxDisplay off and no Filter, unescaping the text of the output gives
// back the input exactly, with one exception, said above: a host that
// could pass for another is shown in punycode. An href never holds user
// info, not even one a Filter returns.
// [Linkifier] fields set rel, target, the
// schemes, the scheme of bare links, a display length, a Filter and line
// breaks as <br>.
//
// # Speed
//
// xurls' Relaxed expression runs at about 1 MB/s, which makes it a
// denial-of-service lever on untrusted comments. This package uses no
// regular expression: a hand-written scanner stops only at '.', ':' and '@'
// and settles each candidate with xurls' exported scheme and TLD lists. Find
// is more than 100 times faster than xurls.Relaxed on prose comments, and
// takes time linear in its input, whatever the input: no byte is looked at
// more than a bounded number of times. The lists are built once per process,
// on first use; a zero Linkifier costs nothing to make. The README gives the
// figures and the command that measures them.
package linkify
