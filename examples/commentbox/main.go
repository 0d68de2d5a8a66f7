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

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "commentbox:", err)
		os.Exit(1)
	}
}

func run() error {
	addr := flag.String("addr", "localhost:8080", "address to listen on")
	dbPath := flag.String("db", defaultDBPath(), "SQLite database file, created if missing")
	password := flag.String("password", os.Getenv("COMMENTBOX_PASSWORD"),
		"moderator password (default: $COMMENTBOX_PASSWORD, else a new one printed at start)")
	flag.Parse()
	if flag.NArg() > 0 {
		// Flags stop at the first other word: "commentbox x -addr …" would
		// otherwise listen on the default address without a word.
		return fmt.Errorf("unexpected argument %q: commentbox takes only flags (-addr, -db, -password)", flag.Arg(0))
	}

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	generated := *password == ""
	if generated {
		*password = rand.Text()
	}

	store, err := OpenStore(ctx, *dbPath)
	if err != nil {
		return err
	}
	defer store.Close()
	srv, err := NewServer(ctx, store, Options{Password: *password})
	if err != nil {
		return err
	}

	httpServer := &http.Server{
		Addr:              *addr,
		Handler:           srv,
		ReadHeaderTimeout: readHeaderTimeout,
		ReadTimeout:       readTimeout,
		WriteTimeout:      writeTimeout,
		IdleTimeout:       idleTimeout,
	}
	// Listen first, so a busy port is an error before anything is announced.
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return err
	}
	errc := make(chan error, 1)
	go func() { errc <- httpServer.Serve(ln) }()

	base := "http://" + displayAddr(*addr, ln.Addr())
	slog.Info("commentbox is running", "url", base+"/", "database", *dbPath)
	if generated {
		slog.Info("moderate comments at "+base+"/moderate", "password", *password,
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
