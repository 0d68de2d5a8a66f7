// Command commentbox is a small site with an article and a comment box whose
// comments are checked by commentkit's moderation package: the place to see
// the library at work, and a starting point for wiring it into a site.
//
//	go run ./examples/commentbox
//
// serves http://localhost:8080 with a sample article, keeps comments and the
// learned model in a SQLite file, and prints the moderator password for
// http://localhost:8080/moderate.
package main

import (
	"context"
	"crypto/rand"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"
)

// Timeouts of the HTTP server: a slow or stalled client cannot hold a
// connection, and shutdown waits a little for requests in flight.
const (
	readHeaderTimeout = 5 * time.Second
	readTimeout       = 30 * time.Second
	writeTimeout      = 30 * time.Second
	idleTimeout       = 2 * time.Minute
	shutdownTimeout   = 10 * time.Second
)

// usage is the first lines of -h and of a misused command line; the flags
// and their meanings follow.
const usage = "commentbox serves a sample article with a comment box whose comments are checked by commentkit's moderation package.\n" +
	"usage: commentbox [-addr host:port] [-db file] [-password p]\n"

func main() {
	os.Exit(cli(os.Args[1:], os.Stderr))
}

// options are what the command line sets.
type options struct {
	addr, dbPath, password string
}

// cli runs commentbox with the command-line arguments args and returns its
// exit status: 0 once it has shut down (or for -h), 1 when the site cannot
// run, 2 for a misused command line, as the other examples do.
func cli(args []string, stderr io.Writer) int {
	fs := flag.NewFlagSet("commentbox", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var o options
	fs.StringVar(&o.addr, "addr", "localhost:8080", "address to listen on")
	fs.StringVar(&o.dbPath, "db", defaultDBPath(), "SQLite database file, created if missing")
	fs.StringVar(&o.password, "password", os.Getenv("COMMENTBOX_PASSWORD"),
		"moderator password (default: $COMMENTBOX_PASSWORD, else a new one printed at start)")
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
		// Flags stop at the first other word: "commentbox x -addr …" would
		// otherwise listen on the default address without a word.
		fmt.Fprintf(stderr, "commentbox: unexpected argument %q: commentbox takes only flags (-addr, -db, -password)\n", fs.Arg(0))
		return 2
	}
	if err := run(o); err != nil {
		fmt.Fprintln(stderr, "commentbox:", err)
		return 1
	}
	return 0
}

// run serves the site until SIGINT or SIGTERM, then shuts it down.
func run(o options) error {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	generated := o.password == ""
	if generated {
		o.password = rand.Text()
	}

	// Listen first: a busy port is an error before anything is announced,
	// and before the database file is created for a site that never runs.
	ln, err := net.Listen("tcp", o.addr)
	if err != nil {
		return err
	}
	defer ln.Close() // Serve closes it too; this is for the errors before it
	store, err := OpenStore(ctx, o.dbPath)
	if err != nil {
		return err
	}
	defer store.Close()
	srv, err := NewServer(ctx, store, Options{Password: o.password})
	if err != nil {
		return err
	}

	httpServer := &http.Server{
		Addr:              o.addr,
		Handler:           srv,
		ReadHeaderTimeout: readHeaderTimeout,
		ReadTimeout:       readTimeout,
		WriteTimeout:      writeTimeout,
		IdleTimeout:       idleTimeout,
	}
	errc := make(chan error, 1)
	go func() { errc <- httpServer.Serve(ln) }()

	base := "http://" + displayAddr(o.addr, ln.Addr())
	slog.Info("commentbox is running", "url", base+"/", "database", o.dbPath)
	if generated {
		slog.Info("moderate comments at "+base+"/moderate", "password", o.password,
			"note", "a new password each start; set -password or COMMENTBOX_PASSWORD to keep one")
	} else {
		slog.Info("moderate comments at " + base + "/moderate with the password you set")
	}

	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	stop() // a second Ctrl-C kills at once
	slog.Info("shutting down")
	shutdownCtx, cancel := context.WithTimeout(context.Background(), shutdownTimeout)
	defer cancel()
	err = httpServer.Shutdown(shutdownCtx)
	if cerr := srv.Close(shutdownCtx); cerr != nil {
		err = errors.Join(err, cerr)
	}
	return err
}

// displayAddr is the address to print: as the user gave it, with the port
// the system chose for ":0", and "localhost" for a wildcard host.
func displayAddr(flagAddr string, bound net.Addr) string {
	host, port, err := net.SplitHostPort(flagAddr)
	if err != nil {
		return bound.String()
	}
	if _, boundPort, err := net.SplitHostPort(bound.String()); err == nil {
		port = boundPort
	}
	if host == "" || host == "0.0.0.0" || host == "::" {
		host = "localhost"
	}
	return net.JoinHostPort(host, port)
}

// defaultDBPath keeps the database beside the example when run from the
// repository root, where .gitignore ignores it, and in the working
// directory otherwise.
func defaultDBPath() string {
	const dir = "examples/commentbox"
	if st, err := os.Stat(dir); err == nil && st.IsDir() {
		return dir + "/commentbox.db"
	}
	return "commentbox.db"
}
