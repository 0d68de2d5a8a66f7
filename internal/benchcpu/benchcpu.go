// Package benchcpu lets the benchmarks of this module report the CPU time
// an operation takes, beside its wall time.
//
// The figures in the README come from a machine shared with other work:
// there the wall time of a loop grows with the load, while the CPU time
// the loop needs does not, so old-against-new and ratio comparisons are
// read from cpu-ns/op.
package benchcpu

import "testing"

// Loop runs op b.N times with b.Loop and reports the CPU time the process
// used per operation as the metric cpu-ns/op (on systems without getrusage
// only the wall time is reported).
func Loop(b *testing.B, op func()) {
	start := processCPU()
	for b.Loop() {
		op()
	}
	if used := processCPU() - start; used > 0 {
		b.ReportMetric(float64(used.Nanoseconds())/float64(b.N), "cpu-ns/op")
	}
}
