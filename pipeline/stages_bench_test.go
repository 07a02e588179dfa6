package pipeline_test

import (
	"io"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/zongjie/zongjie/pipeline"
	"github.com/zongjie/zongjie/pipeline/export"
	"github.com/zongjie/zongjie/pipeline/extract"
	"github.com/zongjie/zongjie/pipeline/ingest"
	"github.com/zongjie/zongjie/pipeline/segment"
	"github.com/zongjie/zongjie/pipeline/stats"
)

// BenchmarkStages times each stage of a batch on the user's sample (8.5 KB,
// Traditional, with boilerplate): go test -bench Stages ./pipeline
// Beside the wall time per op, cpu-ms/op is the CPU time of the process
// per op (the stage and its garbage collection): on a machine shared with
// other work the wall time swings with the load, the CPU time much less.
func BenchmarkStages(b *testing.B) {
	path := filepath.Join("..", "corpus", "2016-social-work-day-summary.txt")
	data, err := os.ReadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	seg, err := segment.Default()
	if err != nil {
		b.Fatal(err)
	}
	opt := pipeline.Options{Segmenter: seg, Extractor: extract.New()}
	doc, err := ingest.Parse(path, data, opt.Ingest)
	if err != nil {
		b.Fatal(err)
	}
	toks := opt.Segmenter.Cut(doc)
	rec := opt.Extractor.Extract(doc, toks)
	b.Run("ingest", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		start := cpuTime()
		for b.Loop() {
			if _, err := ingest.Parse(path, data, opt.Ingest); err != nil {
				b.Fatal(err)
			}
		}
		reportCPU(b, start)
	})
	b.Run("segment", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		start := cpuTime()
		for b.Loop() {
			opt.Segmenter.Cut(doc)
		}
		reportCPU(b, start)
	})
	b.Run("extract", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		start := cpuTime()
		for b.Loop() {
			opt.Extractor.Extract(doc, toks)
		}
		reportCPU(b, start)
	})
	b.Run("stats", func(b *testing.B) {
		c := stats.New()
		start := cpuTime()
		for b.Loop() {
			c.Add(&rec)
		}
		reportCPU(b, start)
	})
	b.Run("jsonl", func(b *testing.B) {
		enc := export.NewRecordEncoder(io.Discard)
		start := cpuTime()
		for b.Loop() {
			if err := enc.Encode(&rec); err != nil {
				b.Fatal(err)
			}
		}
		reportCPU(b, start)
	})
	b.Run("process", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		start := cpuTime()
		for b.Loop() {
			if _, fail := pipeline.Process(path, opt); fail != nil {
				b.Fatal(fail)
			}
		}
		reportCPU(b, start)
	})
	// The whole of Process on every document of corpus/ (mostly
	// Simplified, as the synthetic corpora of bench/batch.sh are): one op
	// is the 9 documents.
	paths, err := filepath.Glob(filepath.Join("..", "corpus", "*"))
	if err != nil || len(paths) == 0 {
		b.Fatal("no corpus/", err)
	}
	b.Run("process-corpus", func(b *testing.B) {
		start := cpuTime()
		for b.Loop() {
			for _, p := range paths {
				if _, fail := pipeline.Process(p, opt); fail != nil {
					b.Fatal(fail)
				}
			}
		}
		reportCPU(b, start)
	})
}

// cpuTime is the CPU time (user and system) the process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// reportCPU reports the CPU time per op since start.
func reportCPU(b *testing.B, start time.Duration) {
	b.ReportMetric(float64(cpuTime()-start)/1e6/float64(b.N), "cpu-ms/op")
}
