package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/zongjie/zongjie/pipeline"
	"github.com/zongjie/zongjie/pipeline/export"
	"github.com/zongjie/zongjie/pipeline/extract"
	"github.com/zongjie/zongjie/pipeline/ingest"
	"github.com/zongjie/zongjie/pipeline/report"
	"github.com/zongjie/zongjie/pipeline/segment"
)

type extractOptions struct {
	format string
	output string
	langFlag
	steering
}

func newExtractCmd() *cobra.Command {
	var o extractOptions
	cmd := &cobra.Command{
		Use:   "extract FILE|-",
		Short: "Extract counts, money, dates, activities and types from one document",
		Long: `Extract from one document the quantities (number + measure word), money in
yuan, dates, numbered activity items, activity types and keywords, each value with
the sentence it came from.

--format table (the default on a terminal) prints a readable summary; json (the
default when output is piped or -o is given) prints the JSON record documented in
the README; xlsx writes a one-document workbook and needs -o; html writes the
evidence report, a web page showing the cleaned text with every extracted value
marked in place (point at a mark to see what was parsed).`,
		Example: `  zongjie extract corpus/2016-social-work-day-summary.txt
  zongjie extract report.html --format json | jq '.money'
  zongjie extract report.txt --format xlsx -o report.xlsx
  zongjie extract report.txt --format html -o report.html
  zongjie extract report.txt --lang zh
  zongjie extract report.txt --rules my-rules.toml --userdict words.txt`,
		Args: usageArgs(cobra.ExactArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			format := o.format
			if format == "" {
				format = "json"
				if o.output == "" && isTerminal(cmd.OutOrStdout()) {
					format = "table"
				}
			}
			if format != "table" && format != "json" && format != "xlsx" && format != "html" {
				return usagef("--format must be table, json, xlsx or html, not %q", format)
			}
			if format == "xlsx" && o.output == "" {
				return usagef("--format xlsx needs -o FILE.xlsx")
			}
			about, err := o.langFlag.describe(o.about(args))
			if err != nil {
				return err
			}
			labels, err := export.NewLabels(about.Lang)
			if err != nil {
				return err
			}
			iopt, err := o.ingestOptions()
			if err != nil {
				return err
			}
			opt := pipeline.Options{
				Read: func(path string) (*ingest.Document, error) { return readInput(cmd, path, iopt) },
				// The segmenter learns the document's own words.
				SegmenterFor: func(doc *ingest.Document) (*segment.Segmenter, error) { return o.segmenter(doc.Folded) },
			}
			x, err := o.extractor()
			if err != nil {
				return err
			}
			opt.Extractor = x
			r, fail := pipeline.Process(args[0], opt)
			if fail != nil {
				return fmt.Errorf("%s: %s: %s", fail.Source, fail.Stage, fail.Reason)
			}
			rec := *r
			return writeOutput(cmd.OutOrStdout(), o.output, func(w io.Writer) error {
				switch format {
				case "json":
					return export.WriteJSON(w, rec)
				case "xlsx":
					return export.WriteWorkbook(w, []extract.Record{rec}, nil, about)
				case "html":
					return report.WritePage(w, &rec, report.Options{Labels: labels})
				}
				return export.WriteTable(w, rec, labels)
			})
		},
	}
	cmd.Flags().StringVar(&o.format, "format", "", "output format: table, json, xlsx or html")
	cmd.Flags().StringVarP(&o.output, "output", "o", "", "write to `FILE` instead of standard output")
	o.langFlag.bind(cmd) // for table and xlsx
	o.steering.bind(cmd)
	return cmd
}

// writeOutput writes to path, or to stdout when path is empty; a file is
// written whole or not at all.
func writeOutput(stdout io.Writer, path string, write func(io.Writer) error) error {
	if path == "" {
		bw := bufio.NewWriter(stdout)
		if err := write(bw); err != nil {
			return err
		}
		return bw.Flush()
	}
	tmp, err := os.CreateTemp(dirOf(path), ".zongjie-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	// A temporary file is private (0600); the output gets the mode of the
	// file it replaces, else the usual 0644.
	mode := os.FileMode(0o644)
	if fi, err := os.Stat(path); err == nil {
		mode = fi.Mode().Perm()
	}
	if err := tmp.Chmod(mode); err != nil {
		tmp.Close()
		return fmt.Errorf("writing %s: %w", path, err)
	}
	bw := bufio.NewWriter(tmp)
	if err := write(bw); err != nil {
		tmp.Close()
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err := bw.Flush(); err != nil {
		tmp.Close()
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	return os.Rename(tmp.Name(), path)
}

func dirOf(path string) string {
	if i := strings.LastIndexAny(path, `/\`); i >= 0 {
		return path[:i+1]
	}
	return "."
}

// about describes a run for the workbook's About sheet. It leaves out
// --jobs: the workbook is the same whatever the number of workers.
func (s *steering) about(inputs []string) export.About {
	return export.About{
		Version: versionString(),
		Params: [][2]string{
			{"inputs", strings.Join(inputs, " ")},
			{"--rules", orNone(s.rules)},
			{"--userdict", orNone(s.userdict)},
			{"--boilerplate", orNone(s.boilerplate)},
			{"segmenter", "gse " + moduleVersion("github.com/go-ego/gse") + ", shortest path, on a Simplified view"},
		},
		Digests: s.digests(),
	}
}
