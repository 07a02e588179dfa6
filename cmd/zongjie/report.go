package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/zongjie/zongjie/pipeline"
	"github.com/zongjie/zongjie/pipeline/dedup"
	"github.com/zongjie/zongjie/pipeline/export"
	"github.com/zongjie/zongjie/pipeline/extract"
	"github.com/zongjie/zongjie/pipeline/report"
)

// writeReport writes the evidence report of a batch into dir: a page per
// document, written as the records stream through, and index.html, the
// Documents table with a link to each page and the failed files.
func writeReport(stdout io.Writer, dir, lang string, recs export.Records, dups *dedup.Clusters, fails []pipeline.Failure) error {
	labels, err := export.NewLabels(lang)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	ix := report.Index{LinkCol: 1} // the source column
	header, row := export.DocumentRows(dups)
	for _, h := range header {
		ix.Header = append(ix.Header, labels.Name(h))
	}
	id := 0
	err = recs(func(rec *extract.Record) error {
		id++
		name := report.PageName(id, rec.Source)
		ix.Pages = append(ix.Pages, name)
		ix.Rows = append(ix.Rows, row(id, rec))
		return writeOutput(stdout, filepath.Join(dir, name), func(w io.Writer) error {
			return report.WritePage(w, rec, report.Options{Index: "index.html", Labels: labels})
		})
	})
	if err != nil {
		return fmt.Errorf("writing the report into %s: %w", dir, err)
	}
	for _, f := range fails {
		ix.Failures = append(ix.Failures, [3]string{f.Source, f.Stage, f.Reason})
	}
	if err := writeOutput(stdout, filepath.Join(dir, "index.html"), func(w io.Writer) error {
		return report.WriteIndex(w, ix, labels)
	}); err != nil {
		return fmt.Errorf("writing the report into %s: %w", dir, err)
	}
	return nil
}
