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

func main() {
	if err := run(os.Args[1:], os.Stdin, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "linkify:", err)
		if errors.Is(err, flag.ErrHelp) {
			os.Exit(2)
		}
		os.Exit(1)
	}
}

// run is the program, apart from the process, so that it can be tested.
func run(args []string, stdin io.Reader, stdout io.Writer) error {
	fs := flag.NewFlagSet("linkify", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	asJSON := fs.Bool("json", false, "write the links found as JSON lines instead of the HTML")
	target := fs.String("target", "", `target attribute of the links ("_blank" also adds rel="noopener")`)
	maxDisplay := fs.Int("max-display", 0, "shorten link text to this many characters (0: off)")
	lineBreaks := fs.Bool("line-breaks", false, "write each line break as <br>, as a comment is shown")
	if err := fs.Parse(args); err != nil {
		return fmt.Errorf("%w\nusage: linkify [-json] [-target T] [-max-display N] [-line-breaks] < comment.txt", err)
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected argument %q: the text is read from standard input", fs.Arg(0))
	}
	text, err := io.ReadAll(stdin)
	if err != nil {
		return fmt.Errorf("reading standard input: %w", err)
	}
	l := &linkify.Linkifier{Target: *target, MaxDisplay: *maxDisplay, LineBreaks: *lineBreaks}
	w := bufio.NewWriter(stdout)
	if *asJSON {
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
