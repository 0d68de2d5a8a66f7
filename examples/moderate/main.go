// Command moderate runs comments through moderation.Check: one comment a
// line on standard input, one JSON result a line on standard output.
//
// Each input line is a JSON object with the fields of moderation.Comment,
// for example
//
//	{"body": "Check out my blog https://bit.ly/x", "author": "Ann", "authorURL": "https://ann.example"}
//
// (field names match case-insensitively: body, author, authorEmail,
// authorURL, ip, userAgent, referrer, pageURL, pageTitle, and time, when
// the comment was posted, as RFC 3339). With -text each line is the body
// of a comment as it is. Blank lines are skipped in JSON mode; in -text
// mode a blank line is an empty comment. A UTF-8 byte order mark at the
// start of the input, which some editors write, is skipped.
//
// One Moderator, with the in-memory store, reads every line, so a line is
// checked against the lines before it as a site's comments are against
// earlier ones: the same text again is a duplicate, and an author or ip
// seen within 15 seconds is a flood. A line without a time was posted
// now, so in a batch of such lines an author's second comment is held as
// a flood. Give each line its time, or use -stateless to judge every line
// on its own.
//
// Each output line is the line number and the Result:
//
//	{"line":1,"action":"reject","score":3,"flags":[{"code":"promo_phrase","score":1.5,"detail":"…"},…],"html":"…","text":"…","length":34}
//
// A comment the commenter must fix (too long, empty) gives a line with its
// error message, text and length instead of a verdict:
//
//	{"line":2,"error":"Your comment is empty.","html":"","text":"","length":0}
//
// A line that cannot be read (bad JSON, an unknown field, over -max-line
// bytes, 1 MiB by default) is reported on standard error with its line number, and the rest
// go on; the exit status is then 1.
//
// Usage:
//
//	moderate [-text] [-stateless] [-max-length n] [-unit graphemes|runes|utf16|bytes] < comments.jsonl
package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/commentkit/commentkit/moderation"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
)

func main() {
	var opts options
	flag.BoolVar(&opts.text, "text", false, "read each line as the body of a comment, not as JSON")
	stateless := flag.Bool("stateless", false, "judge each line on its own: no duplicate, flood or repeat_host checks against earlier lines")
	flag.IntVar(&opts.cfg.MaxLength, "max-length", 0, "longest comment, in -unit (0: the default, 8192; negative: no limit)")
	unit := flag.String("unit", "graphemes", "what -max-length counts: graphemes, runes, utf16 or bytes")
	flag.IntVar(&opts.maxLine, "max-line", 1<<20, "longest input line, in bytes; longer lines are reported and skipped")
	flag.Usage = func() {
		fmt.Fprintln(flag.CommandLine.Output(), "moderate reads comments from standard input, one a line, and writes one JSON verdict a line.\nusage: moderate [-text] [-stateless] [-max-length n] [-unit graphemes|runes|utf16|bytes] [-max-line n] < comments.jsonl")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() > 0 {
		fmt.Fprintf(os.Stderr, "moderate: unexpected argument %q: the comments are read from standard input\n", flag.Arg(0))
		os.Exit(2)
	}
	u, err := parseUnit(*unit)
	if err != nil {
		fmt.Fprintln(os.Stderr, "moderate:", err)
		os.Exit(2)
	}
	opts.cfg.Unit = u
	if *stateless {
		opts.cfg = withoutMemory(opts.cfg)
	}
	bad, err := run(context.Background(), os.Stdin, os.Stdout, os.Stderr, opts)
	if err != nil {
		fmt.Fprintln(os.Stderr, "moderate:", err)
		os.Exit(2)
	}
	if bad > 0 {
		os.Exit(1)
	}
}

type options struct {
	text    bool
	cfg     moderation.Config
	maxLine int
}

// withoutMemory turns off the checks that compare a comment with earlier
// ones: duplicate, flood and repeat_host. (This program never calls
// Learn, so every author is new and the model never flags.)
func withoutMemory(cfg moderation.Config) moderation.Config {
	cfg.DuplicateWindow, cfg.FloodInterval, cfg.FloodMax, cfg.RepeatHostAuthors = -1, -1, -1, -1
	return cfg
}

func parseUnit(s string) (moderation.Unit, error) {
	for _, u := range []moderation.Unit{moderation.Graphemes, moderation.Runes, moderation.UTF16, moderation.Bytes} {
		if u.String() == s {
			return u, nil
		}
	}
	return 0, fmt.Errorf("unknown -unit %q: use graphemes, runes, utf16 or bytes", s)
}

// verdict is the output line for a comment that was moderated.
type verdict struct {
	Line   int               `json:"line"`
	Action string            `json:"action"`
	Score  float64           `json:"score"`
	Flags  []moderation.Flag `json:"flags"`
	HTML   string            `json:"html"`
	Text   string            `json:"text"`
	Length int               `json:"length"`
}

// fixable is the output line for a comment the commenter must fix: too
// long, too short or empty. Text and HTML are what was typed, to give back.
type fixable struct {
	Line   int    `json:"line"`
	Error  string `json:"error"`
	HTML   string `json:"html"`
	Text   string `json:"text"`
	Length int    `json:"length"`
}

// run moderates every line of in, writing results to out and unreadable
// lines to errOut. It returns how many lines could not be read, and an
// error only if reading or writing fails.
func run(ctx context.Context, in io.Reader, out, errOut io.Writer, opts options) (bad int, err error) {
	m, err := moderation.New(opts.cfg)
	if err != nil {
		return 0, err
	}
	if opts.maxLine <= 0 {
		opts.maxLine = 1 << 20
	}
	r := bufio.NewReader(in)
	// Some editors (Notepad, Excel's "CSV UTF-8") start a file with a
	// UTF-8 byte order mark. It is no part of the first line.
	if start, _ := r.Peek(len(byteOrderMark)); string(start) == byteOrderMark {
		r.Discard(len(byteOrderMark))
	}
	w := bufio.NewWriter(out)
	defer func() {
		// Results still in the buffer are lost if this fails: say so.
		if ferr := w.Flush(); err == nil {
			err = ferr
		}
	}()
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false) // the html field is read by people and programs, not put in a page
	for n := 1; ; n++ {
		line, readErr := readLine(r, opts.maxLine)
		if readErr == io.EOF && line == nil {
			return bad, nil
		}
		if readErr != nil && readErr != io.EOF {
			if !errors.Is(readErr, errLineTooLong) {
				return bad, readErr
			}
			fmt.Fprintf(errOut, "line %d: %v\n", n, readErr)
			bad++
			continue
		}
		c, ok, err := parseLine(line, opts.text)
		if err != nil {
			fmt.Fprintf(errOut, "line %d: %v\n", n, err)
			bad++
			continue
		}
		if ok {
			res, err := m.Check(ctx, c)
			var le *moderation.LengthError
			var o any
			switch {
			case errors.As(err, &le):
				o = fixable{Line: n, Error: err.Error(), HTML: res.HTML, Text: res.Text, Length: res.Length}
			case err != nil:
				return bad, err
			default:
				o = verdict{Line: n, Action: res.Action.String(), Score: res.Score, Flags: res.Flags,
					HTML: res.HTML, Text: res.Text, Length: res.Length}
			}
			if err := enc.Encode(o); err != nil {
				return bad, err
			}
		}
		if readErr == io.EOF {
			return bad, nil
		}
	}
}

// parseLine reads one input line as a Comment; ok is false for a line to
// skip.
func parseLine(line []byte, text bool) (c moderation.Comment, ok bool, err error) {
	if text {
		return moderation.Comment{Body: string(line)}, true, nil
	}
	trimmed := bytes.TrimSpace(line)
	if len(trimmed) == 0 {
		return c, false, nil
	}
	if trimmed[0] != '{' {
		// null, a string or an array would decode into an empty Comment.
		return c, false, errors.New("not a JSON comment: a line must be a JSON object")
	}
	dec := json.NewDecoder(bytes.NewReader(line))
	dec.DisallowUnknownFields() // a misspelt field name would silently moderate an empty comment
	if err := dec.Decode(&c); err != nil {
		return c, false, fmt.Errorf("not a JSON comment: %w", err)
	}
	// Only white space may follow the object: "{…}}" or "{…} ]" is a
	// line someone mistyped, not a comment to moderate.
	if _, err := dec.Token(); err != io.EOF {
		return c, false, errors.New("not a JSON comment: something follows the object on the line")
	}
	return c, true, nil
}

var errLineTooLong = errors.New("line too long")

const byteOrderMark = "\ufeff"

// byteSize writes n bytes as people read a size: "1 MiB (1,048,576
// bytes)", or "1,500 bytes" when n is no whole number of KiB or MiB.
func byteSize(n int) string {
	p := message.NewPrinter(language.English)
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return p.Sprintf("%d MiB (%d bytes)", n>>20, n)
	case n >= 1<<10 && n%(1<<10) == 0:
		return p.Sprintf("%d KiB (%d bytes)", n>>10, n)
	}
	return p.Sprintf("%d bytes", n)
}

// readLine returns the next line without its line end. A line over max
// bytes is read to its end and dropped, with errLineTooLong, so that a
// huge line costs no more memory than max.
func readLine(r *bufio.Reader, max int) ([]byte, error) {
	var line []byte
	tooLong := false
	for {
		chunk, err := r.ReadSlice('\n')
		if !tooLong {
			line = append(line, chunk...)
			// The line end is not counted; line holds at most one
			// buffer's worth more than max before it is dropped.
			if len(bytes.TrimSuffix(bytes.TrimSuffix(line, []byte("\n")), []byte("\r"))) > max {
				tooLong, line = true, nil
			}
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		if tooLong {
			if err == nil || err == io.EOF {
				return nil, fmt.Errorf("%w: over %s", errLineTooLong, byteSize(max))
			}
			return nil, err
		}
		line = bytes.TrimSuffix(line, []byte("\n"))
		line = bytes.TrimSuffix(line, []byte("\r"))
		if err == io.EOF && len(line) == 0 && len(chunk) == 0 {
			return nil, io.EOF
		}
		if line == nil {
			line = []byte{}
		}
		return line, err
	}
}
