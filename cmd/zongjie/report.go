package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/zongjie/zongjie/pipeline/export"
	"github.com/zongjie/zongjie/pipeline/extract"
	"github.com/zongjie/zongjie/pipeline/report"
)

// writeReport writes the evidence report into dir: a page per record and
// index.html listing them with the Documents table.
// Its words are in lang.
func writeReport(stdout io.Writer, dir, lang string, recs []extract.Record, fails []export.Failure) error {
	labels, err := export.NewLabels(lang)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	ix := report.Index{LinkCol: 1} // the source column
	ix.Header, ix.Rows = export.DocumentTable(recs)
	for i, h := range ix.Header {
		ix.Header[i] = labels.Name(h)
	}
	for i := range recs {
		name := report.PageName(i+1, recs[i].Source)
		ix.Pages = append(ix.Pages, name)
		err := writeOutput(stdout, filepath.Join(dir, name), func(w io.Writer) error {
			return report.WritePage(w, &recs[i], report.Options{Index: "index.html", Labels: labels})
		})
		if err != nil {
			return err
		}
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
