package export

import (
	"fmt"
	"io"
	"os"
	"strings"
	"testing"

	"github.com/zongjie/zongjie/pipeline/extract"
	"github.com/zongjie/zongjie/pipeline/stats"
)

// BenchmarkWorkbookPastRowLimit writes, with Excel's real limits, a
// workbook whose Quantities pass 1,048,576 rows (11,000 documents of 100
// quantities each, streamed, never all in memory) and a cell past 32,767
// characters. ZONGJIE_BENCH_XLSX=FILE keeps the workbook, to open it in
// LibreOffice or Excel:
//
//	ZONGJIE_BENCH_XLSX=/tmp/big.xlsx go test -run '^$' -bench PastRowLimit -benchtime 1x ./pipeline/export
func BenchmarkWorkbookPastRowLimit(b *testing.B) {
	const docs, perDoc = 11000, 100
	base := fixture()[0]
	record := func(i int) *extract.Record {
		r := base
		r.Source = fmt.Sprintf("corpus/%05d.txt", i)
		r.Quantities = make([]extract.Quantity, perDoc)
		for j := range r.Quantities {
			r.Quantities[j] = base.Quantities[j%len(base.Quantities)]
		}
		if i == 0 {
			r.Title = strings.Repeat("社", 40000)
		}
		return &r
	}
	recs := func(each func(*extract.Record) error) error {
		for i := range docs {
			if err := each(record(i)); err != nil {
				return err
			}
		}
		return nil
	}
	corpus := stats.New()
	if err := recs(func(r *extract.Record) error { corpus.Add(r); return nil }); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		var w io.Writer = io.Discard
		if path := os.Getenv("ZONGJIE_BENCH_XLSX"); path != "" {
			f, err := os.Create(path)
			if err != nil {
				b.Fatal(err)
			}
			defer f.Close()
			w = f
		}
		if err := WriteWorkbookFrom(w, recs, corpus, nil, About{}); err != nil {
			b.Fatal(err)
		}
	}
}
