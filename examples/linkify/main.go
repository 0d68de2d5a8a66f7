// Command linkify reads comment text on standard input and writes it as
// safe HTML with its links linked, as a site would show the comment.
//
//	echo 'Read https://example.org/guide, or mail jo@example.org.' | go run ./examples/linkify
//
// With -line-breaks each line break becomes <br>, as in a comment shown on a
// page. With -json it writes instead the links it found, one JSON object a line
// (the fields of linkify.Link):
//
//	echo 'see example.com' | go run ./examples/linkify -json
//	{"start":4,"end":15,"text":"example.com","url":"https://example.com","host":"example.com","domain":"example.com","email":false}
package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/commentkit/commentkit/linkify"
)

// usage is the first line of -h and of every misused command line; the
// flags and their meanings follow it.
const usage = "linkify reads comment text on standard input and writes it as HTML with its links linked.\n" +
	"usage: linkify [-json] [-target T] [-max-display N] [-line-breaks] < comment.txt\n"

func main() {
	os.Exit(cli(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// cli runs linkify with the command-line arguments args and returns its
// exit status: 0 when done (-h included), 1 when the text cannot be read
// or written, 2 for a misused command line, as the other examples do.
func cli(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("linkify", flag.ContinueOnError)
	fs.SetOutput(stderr)
	asJSON := fs.Bool("json", false, "write the links found as JSON lines instead of the HTML")
	target := fs.String("target", "", `target attribute of the links (one that may open another window, such as "_blank", also adds rel="noopener")`)
	maxDisplay := fs.Int("max-display", 0, "shorten link text to this many characters (0: off)")
	lineBreaks := fs.Bool("line-breaks", false, "write each line break as <br>, as a comment is shown")
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), usage)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "linkify: unexpected argument %q: the text is read from standard input\n", fs.Arg(0))
		fs.Usage()
		return 2
	}
	l := &linkify.Linkifier{Target: *target, MaxDisplay: *maxDisplay, LineBreaks: *lineBreaks}
	if err := run(l, *asJSON, stdin, stdout); err != nil {
		fmt.Fprintln(stderr, "linkify:", err)
		return 1
	}
	return 0
}

// run reads the text from stdin and writes it to stdout linkified by l,
// or, with asJSON, the links l finds in it.
func run(l *linkify.Linkifier, asJSON bool, stdin io.Reader, stdout io.Writer) error {
	text, err := io.ReadAll(stdin)
	if err != nil {
		return fmt.Errorf("reading standard input: %w", err)
	}
	w := bufio.NewWriter(stdout)
	if asJSON {
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		for _, link := range l.Find(string(text)) {
			if err := enc.Encode(link); err != nil {
				return err
			}
		}
	} else {
		w.WriteString(l.HTML(string(text)))
	}
	return w.Flush()
}
