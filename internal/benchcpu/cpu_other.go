//go:build !unix

package benchcpu

import "time"

// processCPU is not measured here: Loop then reports wall time only.
func processCPU() time.Duration { return 0 }
