package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"

	"github.com/zongjie/zongjie/pipeline"
	"github.com/zongjie/zongjie/pipeline/export"
)

type batchOptions struct {
	output string
	jobs   int
	jsonl  string
	csv    string
	html   string
	langFlag
	steering
	metaOptions
}

func newBatchCmd() *cobra.Command {
	var o batchOptions
	cmd := &cobra.Command{
		Use:   "batch DIR|FILE...|-",
		Short: "Process a corpus into a statistics workbook (and JSONL, CSV)",
		Long: `Process every document under the given directories (.txt, .html, .htm, .docx,
in lexical order) and the given files, and write one Excel workbook: Summary with
charts, Documents, Activities, Quantities, Money, Dates, Types, Terms, Errors and
About (named in Chinese with --lang zh, the default in a zh locale). "-" reads the paths to process from standard input, one per line.

A file that cannot be read or processed is reported on standard error and in the
Errors sheet, and the batch goes on; so is a file below a directory whose
extension is not one of the above.

--meta FILE joins document variables (a CSV or xlsx table, one row per document,
keyed by a file, path or source column, else the first column; a bare file name
matches that file in any directory) into the Documents sheet; --by COLUMN makes
the Types sheet count documents of each type per value of that column instead of
per year. --html DIR writes the evidence report: a page per document showing its
text with every extracted value marked in place, and DIR/index.html listing the
documents. Documents without a row and rows without a document are reported on
standard error and in the Errors sheet (stage "meta"). The output is the same whatever --jobs is.
Exit status: 0 when the outputs were written, 1 when they were not or when no
document could be processed, 2 for usage errors.`,
		Example: `  zongjie batch corpus -o stats.xlsx
  zongjie batch reports/2019 reports/2020 -o stats.xlsx --jsonl records.jsonl
  find reports -name '*.html' | zongjie batch - -o html.xlsx --jobs 2
  zongjie batch corpus -o stats.xlsx --csv csv/ --rules my-rules.toml
  zongjie batch corpus -o stats.xlsx --meta docs.csv --by city
  zongjie batch corpus -o stats.xlsx --html report/
  zongjie batch corpus -o stats.xlsx --lang zh`,
		Args: usageArgs(cobra.MinimumNArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			if o.jobs < 0 {
				return usagef("--jobs must be 0 (one per CPU) or more, not %d", o.jobs)
			}
			if _, _, err := o.langFlag.resolve(); err != nil {
				return err
			}
			paths, err := batchPaths(cmd.InOrStdin(), args)
			if err != nil {
				return err
			}
			files, skipped, err := pipeline.Collect(paths)
			if err != nil {
				return err
			}
			meta, err := o.metaOptions.load()
			if err != nil {
				return err
			}
			opt, err := o.options()
			if err != nil {
				return err
			}
			if opt.Ingest, err = o.ingestOptions(); err != nil {
				return err
			}
			opt.Jobs = o.jobs
			stderr := cmd.ErrOrStderr()
			if isTerminal(stderr) {
				bar := progressbar.NewOptions(len(files), progressbar.OptionSetWriter(stderr),
					progressbar.OptionShowCount(), progressbar.OptionSetDescription("processing"),
					progressbar.OptionClearOnFinish())
				opt.Progress = func(string) { bar.Add(1) }
				defer bar.Finish()
			}
			res := pipeline.Run(files, opt)
			fails := append(skipped, res.Failures...)
			failed := len(fails)
			vars, unmatched := o.metaOptions.join(meta, res.Records)
			fails = append(fails, unmatched...)
			for _, f := range fails {
				fmt.Fprintf(stderr, "%s: %s: %s\n", f.Source, f.Stage, f.Reason)
			}
			if err := o.write(cmd, args, res, fails, vars); err != nil {
				return err
			}
			fmt.Fprintf(stderr, "%d documents processed, %d failed or skipped%s → %s\n", len(res.Records), failed, o.metaOptions.summary(len(unmatched)), o.outputs())
			if len(res.Records) == 0 {
				return fmt.Errorf("no document could be processed")
			}
			return nil
		},
	}
	cmd.Flags().StringVarP(&o.output, "output", "o", "stats.xlsx", "workbook `FILE` to write")
	cmd.Flags().IntVarP(&o.jobs, "jobs", "j", 0, "files processed at once (0: one per CPU)")
	cmd.Flags().StringVar(&o.jsonl, "jsonl", "", "also write one JSON record per document to `FILE`")
	cmd.Flags().StringVar(&o.csv, "csv", "", "also write documents, activities, quantities, money and dates as CSV files into `DIR`")
	cmd.Flags().StringVar(&o.html, "html", "", "also write the evidence report (index.html and a page per document) into `DIR`")
	o.langFlag.bind(cmd)
	o.steering.bind(cmd)
	o.metaOptions.bind(cmd)
	return cmd
}

// batchPaths replaces "-" by the paths listed on standard input.
func batchPaths(stdin io.Reader, args []string) ([]string, error) {
	var paths []string
	for _, a := range args {
		if a != "-" {
			paths = append(paths, a)
			continue
		}
		sc := bufio.NewScanner(stdin)
		for sc.Scan() {
			if p := strings.TrimSpace(sc.Text()); p != "" {
				paths = append(paths, p)
			}
		}
		if err := sc.Err(); err != nil {
			return nil, fmt.Errorf("standard input: %w", err)
		}
	}
	return paths, nil
}

func (o *batchOptions) write(cmd *cobra.Command, args []string, res pipeline.Result, fails []export.Failure, vars *export.DocVars) error {
	about := o.about(args)
	about.Params = append(about.Params, o.metaOptions.params()...)
	about.Vars = vars
	about, err := o.langFlag.describe(about)
	if err != nil {
		return err
	}
	err = writeOutput(cmd.OutOrStdout(), o.output, func(w io.Writer) error {
		return export.WriteWorkbook(w, res.Records, fails, about)
	})
	if err != nil {
		return err
	}
	if o.jsonl != "" {
		err := writeOutput(cmd.OutOrStdout(), o.jsonl, func(w io.Writer) error {
			return export.WriteJSONL(w, res.Records)
		})
		if err != nil {
			return err
		}
	}
	if o.csv != "" {
		if err := os.MkdirAll(o.csv, 0o755); err != nil {
			return err
		}
		if err := export.WriteCSV(o.csv, res.Records); err != nil {
			return fmt.Errorf("writing CSV into %s: %w", o.csv, err)
		}
	}
	if o.html != "" {
		return writeReport(cmd.OutOrStdout(), o.html, about.Lang, res.Records, fails)
	}
	return nil
}

func (o *batchOptions) outputs() string {
	outs := []string{o.output}
	if o.jsonl != "" {
		outs = append(outs, o.jsonl)
	}
	if o.csv != "" {
		outs = append(outs, filepath.Join(o.csv, "*.csv"))
	}
	if o.html != "" {
		outs = append(outs, filepath.Join(o.html, "index.html"))
	}
	return strings.Join(outs, ", ")
}
