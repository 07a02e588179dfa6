package pipeline_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/zongjie/zongjie/pipeline"
	"github.com/zongjie/zongjie/pipeline/extract"
	"github.com/zongjie/zongjie/pipeline/ingest"
	"github.com/zongjie/zongjie/pipeline/segment"
)

// BenchmarkStageCorpus times ingest, segment and extract each on its own
// over many documents: one op is every file of corpus/, or the first 60
// files of the folder ZONGJIE_BENCH_DIR names (a folder of a synthetic
// corpus, bench/synth/synth.py, is what batch runs on):
//
//	ZONGJIE_BENCH_DIR=DIR/0000 go test -run '^$' -bench StageCorpus ./pipeline
func BenchmarkStageCorpus(b *testing.B) {
	paths, err := filepath.Glob(filepath.Join("..", "corpus", "*"))
	if dir := os.Getenv("ZONGJIE_BENCH_DIR"); dir != "" {
		paths, err = filepath.Glob(filepath.Join(dir, "*"))
		paths = paths[:min(len(paths), 60)]
	}
	if err != nil || len(paths) == 0 {
		b.Fatal("no documents", err)
	}
	seg, err := segment.Default()
	if err != nil {
		b.Fatal(err)
	}
	opt := pipeline.Options{Segmenter: seg, Extractor: extract.New()}
	var datas [][]byte
	var docs []*ingest.Document
	var toks [][]segment.Token
	for _, p := range paths {
		d, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		doc, err := ingest.Parse(p, d, opt.Ingest)
		if err != nil {
			b.Fatal(err)
		}
		datas, docs, toks = append(datas, d), append(docs, doc), append(toks, opt.Segmenter.Cut(doc))
	}
	b.Run("ingest", func(b *testing.B) {
		start := cpuTime()
		for b.Loop() {
			for i, p := range paths {
				if _, err := ingest.Parse(p, datas[i], opt.Ingest); err != nil {
					b.Fatal(err)
				}
			}
		}
		reportCPU(b, start)
	})
	b.Run("segment", func(b *testing.B) {
		start := cpuTime()
		for b.Loop() {
			for _, doc := range docs {
				opt.Segmenter.Cut(doc)
			}
		}
		reportCPU(b, start)
	})
	b.Run("extract", func(b *testing.B) {
		start := cpuTime()
		for b.Loop() {
			for i, doc := range docs {
				opt.Extractor.Extract(doc, toks[i])
			}
		}
		reportCPU(b, start)
	})
}
