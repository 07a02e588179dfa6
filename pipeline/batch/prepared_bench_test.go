package batch

import (
	"os"
	"syscall"
	"testing"
	"time"

	"github.com/zongjie/zongjie/pipeline"
	"github.com/zongjie/zongjie/pipeline/ingest"
)

// BenchmarkTwoPasses times ingest's share of a batch, on one core: the
// counting pass and the second pass's reading of every file, read again
// (as before the prepared spool) or gone on from the spool. On corpus/, or
// the files below ZONGJIE_BENCH_DIR:
//
//	ZONGJIE_BENCH_DIR=DIR go test -run '^$' -bench TwoPasses -benchtime 3x ./pipeline/batch
func BenchmarkTwoPasses(b *testing.B) {
	dir := os.Getenv("ZONGJIE_BENCH_DIR")
	if dir == "" {
		dir = "../../corpus"
	}
	files, _, err := pipeline.Collect([]string{dir})
	if err != nil {
		b.Fatal(err)
	}
	var opt ingest.Options
	b.Run("read-again", func(b *testing.B) {
		defer reportCPU(b)()
		for b.Loop() {
			pipeline.CountLines(files, opt, 1)
			for _, f := range files {
				pipeline.Ingest(f, pipeline.Options{Ingest: opt})
			}
		}
	})
	b.Run("prepared", func(b *testing.B) {
		defer reportCPU(b)()
		for b.Loop() {
			s, err := NewPreparedSpool(len(files))
			if err != nil {
				b.Fatal(err)
			}
			pipeline.CountLinesKeeping(files, opt, 1, s.Keep)
			if err := s.Flush(); err != nil {
				b.Fatal(err)
			}
			for i, f := range files {
				p, _, ok, err := s.Load(i, f)
				if err != nil || !ok {
					b.Fatal(f, err)
				}
				if _, err := p.Finish(opt); err != nil {
					b.Fatal(err)
				}
			}
			s.Close()
		}
	})
}

// reportCPU reports the process's CPU time (user and system, all threads:
// the collector's too) per op from now to the call of what it returns, a
// steadier figure than wall time on a shared machine.
func reportCPU(b *testing.B) func() {
	start := cpuTime()
	return func() { b.ReportMetric(float64((cpuTime()-start).Milliseconds())/float64(b.N), "cpu-ms/op") }
}

func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
