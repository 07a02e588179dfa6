package pipeline_test

import (
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/zongjie/zongjie/pipeline"
	"github.com/zongjie/zongjie/pipeline/export"
	"github.com/zongjie/zongjie/pipeline/extract"
	"github.com/zongjie/zongjie/pipeline/ingest"
	"github.com/zongjie/zongjie/pipeline/segment"
	"github.com/zongjie/zongjie/pipeline/stats"
)

// BenchmarkStages times each stage of a batch on the user's sample (8.5 KB,
// Traditional, with boilerplate): go test -bench Stages ./pipeline
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
		for b.Loop() {
			if _, err := ingest.Parse(path, data, opt.Ingest); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("segment", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		for b.Loop() {
			opt.Segmenter.Cut(doc)
		}
	})
	b.Run("extract", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		for b.Loop() {
			opt.Extractor.Extract(doc, toks)
		}
	})
	b.Run("stats", func(b *testing.B) {
		c := stats.New()
		for b.Loop() {
			c.Add(&rec)
		}
	})
	b.Run("jsonl", func(b *testing.B) {
		enc := export.NewRecordEncoder(io.Discard)
		for b.Loop() {
			if err := enc.Encode(&rec); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("process", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		for b.Loop() {
			if _, fail := pipeline.Process(path, opt); fail != nil {
				b.Fatal(fail)
			}
		}
	})
}
