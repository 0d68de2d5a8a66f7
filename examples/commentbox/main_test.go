package main

import (
	"bytes"
	"net"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestBusyPortCreatesNoDatabase: when the address is taken, commentbox
// says so and leaves no database file behind: nothing is created for a
// site that never ran.
func TestBusyPortCreatesNoDatabase(t *testing.T) {
	busy, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	defer busy.Close()
	db := filepath.Join(t.TempDir(), "commentbox.db")
	var stderr bytes.Buffer
	status := cli([]string{"-addr", busy.Addr().String(), "-db", db, "-password", testPassword}, &stderr)
	assert.Equal(t, 1, status)
	assert.Contains(t, stderr.String(), "address already in use")
	_, err = os.Stat(db)
	assert.ErrorIs(t, err, os.ErrNotExist, "the database file was created")
}

// TestCLI: the exit status and messages of a command line that does not
// start the site, as in the other examples: 0 for -h, with every flag
// described; 2 for a misused command line.
func TestCLI(t *testing.T) {
	for _, tc := range []struct {
		name   string
		args   []string
		status int
		errOut []string // all in standard error
	}{
		{"help", []string{"-h"}, 0, []string{"usage: commentbox", "-addr", "address to listen on", "-db", "SQLite database file", "-password", "moderator password"}},
		{"unknown flag", []string{"-port", "80"}, 2, []string{"flag provided but not defined: -port", "usage: commentbox"}},
		{"extra argument", []string{"serve"}, 2, []string{`commentbox: unexpected argument "serve": commentbox takes only flags (-addr, -db, -password)`}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var stderr bytes.Buffer
			assert.Equal(t, tc.status, cli(tc.args, &stderr))
			for _, s := range tc.errOut {
				assert.Contains(t, stderr.String(), s)
			}
		})
	}
}
