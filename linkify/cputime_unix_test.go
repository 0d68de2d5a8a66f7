//go:build unix

package linkify_test

import (
	"syscall"
	"time"
)

// processCPU returns the CPU time this process has used, user and system.
// Benchmarks report it per operation next to the wall time: on a machine
// shared with other work, the wall time of a loop grows with the load,
// while the CPU time it needs does not.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
