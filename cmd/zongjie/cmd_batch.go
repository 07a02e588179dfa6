package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"

	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"

	"github.com/zongjie/zongjie/pipeline"
	"github.com/zongjie/zongjie/pipeline/batch"
	"github.com/zongjie/zongjie/pipeline/export"
	"github.com/zongjie/zongjie/pipeline/extract"
	"github.com/zongjie/zongjie/pipeline/ingest"
	"github.com/zongjie/zongjie/pipeline/segment"
)

type batchOptions struct {
	output string
	jobs   int
	jsonl  string
	csv    string
	// noWorkbook writes only the JSONL (a shard for merge).
	noWorkbook bool
	resume     bool
	checkpoint string
	counts     string // --line-counts
	html       string
	dupFlags
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
			if err := o.dupFlags.check(); err != nil {
				return err
			}
			if o.noWorkbook && o.jsonl == "" {
				return usagef("--no-workbook needs --jsonl FILE")
			}
			// The dictionary loads (under a second on one core) from the
			// start, while the files are listed and the rules parsed, and
			// while the first pass counts the lines, which needs no
			// segmenter: a worker waits for it only when it has a
			// document to cut.
			words, err := o.words()
			if err != nil {
				return err
			}
			loading := make(chan struct{})
			var seg *segment.Segmenter
			var segErr error
			go func() {
				defer close(loading)
				seg, segErr = segment.New(words)
			}()
			loaded := func() (*segment.Segmenter, error) {
				<-loading
				return seg, segErr
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
			x, err := o.extractor()
			if err != nil {
				return err
			}
			ingestOpt, err := o.ingestOptions()
			if err != nil {
				if _, lerr := loaded(); lerr != nil {
					return lerr
				}
				return err
			}
			// The counting pass keeps each file it read, decoded and
			// repaired for the second pass, which goes on from there.
			prepared, err := batch.NewPreparedSpool(len(files))
			if err != nil {
				if _, lerr := loaded(); lerr != nil {
					return lerr
				}
				return err
			}
			defer prepared.Close()
			counts, err := lineCounts(o.counts, files, pipeline.Options{Ingest: ingestOpt, Jobs: o.jobs}, prepared.Keep)
			if err != nil {
				if _, lerr := loaded(); lerr != nil {
					return lerr
				}
				return err
			}
			opt := pipeline.Options{Extractor: x, Ingest: ingestOpt, Jobs: o.jobs, Fingerprints: true}
			if prepared.Flush() == nil { // else every file is read again
				opt.Prepared = prepared.Load
			}
			opt.SegmenterFor = func(*ingest.Document) (*segment.Segmenter, error) { return loaded() }
			opt.Ready = func() error { _, err := loaded(); return err }
			opt.Ingest.LineCounts = counts
			stderr := cmd.ErrOrStderr()
			if isTerminal(stderr) {
				bar := progressbar.NewOptions(len(files), progressbar.OptionSetWriter(stderr),
					progressbar.OptionShowCount(), progressbar.OptionSetDescription("processing"),
					progressbar.OptionClearOnFinish())
				opt.Progress = func(string) { bar.Add(1) }
				defer bar.Finish()
			}
			cp, err := batch.OpenCheckpoint(o.checkpointDir(), o.identity(args), o.resume)
			if errors.Is(err, batch.ErrCheckpointExists) {
				return fmt.Errorf("%w: add --resume to go on from it, or remove it to start again", err)
			}
			if err != nil {
				return err
			}
			if o.resume && cp.Earlier() > 0 {
				fmt.Fprintf(stderr, "resuming: %d files recorded in %s\n", cp.Earlier(), cp.Dir())
			}
			// SIGINT or SIGTERM stops the run cleanly; a second one ends it at once.
			ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			go func() { <-ctx.Done(); stop() }()
			// The value sheets of the workbook are written as the records
			// are done, on the core the workers leave free.
			var wb *export.Workbook
			var each func(*extract.Record) error
			if !o.noWorkbook {
				lang, _, _ := o.langFlag.resolve()
				if wb, err = export.NewWorkbook(lang, versionString()); err != nil {
					cp.Close()
					return err
				}
				defer wb.Close()
				each = wb.Add
			}
			res, err := batch.Run(ctx, files, opt, cp, each)
			if _, lerr := loaded(); lerr != nil {
				// Nothing was recorded (Ready): leave no new checkpoint.
				if cp.Earlier() == 0 {
					os.RemoveAll(cp.Dir())
				}
				return lerr
			}
			if errors.Is(err, batch.ErrInterrupted) {
				return fmt.Errorf("%w; nothing else was written. Run the same command with --resume to go on", err)
			}
			if err != nil {
				return err
			}
			// The value sheets are complete: they are compressed on the
			// other core while the duplicates are clustered and the
			// sheets that need the whole corpus are made.
			if wb != nil {
				if err := wb.Compress(); err != nil {
					return err
				}
			}
			fails := append(skipped, res.Failures...)
			failed := len(fails)
			vars, unmatched := o.metaOptions.join(meta, res.Sources)
			fails = append(fails, unmatched...)
			for _, f := range fails {
				fmt.Fprintf(stderr, "%s: %s: %s\n", f.Source, f.Stage, f.Reason)
			}
			if err := o.write(cmd, args, res, fails, vars, wb); err != nil {
				res.Keep()
				return err
			}
			if err := res.Done(); err != nil {
				return err
			}
			reused := ""
			if res.Reused > 0 {
				reused = fmt.Sprintf(" (%d taken from the checkpoint)", res.Reused)
			}
			fmt.Fprintf(stderr, "%d documents processed%s, %d failed or skipped%s → %s\n", res.Corpus.Docs, reused, failed, o.metaOptions.summary(len(unmatched)), o.outputs())
			if res.Corpus.Docs == 0 {
				return fmt.Errorf("no document could be processed")
			}
			return nil
		},
	}
	cmd.Flags().StringVarP(&o.output, "output", "o", "stats.xlsx", "workbook `FILE` to write")
	cmd.Flags().IntVarP(&o.jobs, "jobs", "j", 0, "files processed at once (0: one per CPU)")
	cmd.Flags().StringVar(&o.jsonl, "jsonl", "", "also write one JSON record per document to `FILE`")
	cmd.Flags().BoolVar(&o.noWorkbook, "no-workbook", false, "write no workbook, only the --jsonl records (a shard for merge)")
	cmd.Flags().BoolVar(&o.resume, "resume", false, "go on from the checkpoint of an interrupted run with the same settings")
	cmd.Flags().StringVar(&o.checkpoint, "checkpoint", "", "checkpoint `DIR` (default: the workbook's name, or the --jsonl one with --no-workbook, + .checkpoint)")
	cmd.Flags().StringVar(&o.csv, "csv", "", "also write documents, activities, quantities, money and dates as CSV files into `DIR`")
	cmd.Flags().StringVar(&o.counts, "line-counts", "", "line counts `FILE` made by zongjie lines (default: count this batch's own files first)")
	cmd.Flags().StringVar(&o.html, "html", "", "also write the evidence report (index.html and a page per document) into `DIR`")
	o.langFlag.bind(cmd)
	o.steering.bind(cmd)
	o.metaOptions.bind(cmd)
	o.dupFlags.bind(cmd)
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

func (o *batchOptions) write(cmd *cobra.Command, args []string, res *batch.Result, fails []pipeline.Failure, vars *export.DocVars, wb *export.Workbook) error {
	dups, err := res.Fingerprints.Cluster(o.threshold)
	if err != nil {
		return err
	}
	about := o.about(args)
	about.Params = append(about.Params, o.metaOptions.params()...)
	about.Params = append(about.Params, o.dupFlags.params()...)
	about.Vars = vars
	about.Duplicates, about.KeepDuplicates = dups, o.keep
	about, err = o.langFlag.describe(about)
	if err != nil {
		return err
	}
	if !o.noWorkbook {
		err := writeOutput(cmd.OutOrStdout(), o.output, func(w io.Writer) error {
			return wb.Write(w, res.EndRecords(), res.Corpus, fails, about)
		})
		if err != nil {
			return err
		}
	}
	if o.jsonl != "" {
		err := writeOutput(cmd.OutOrStdout(), o.jsonl, func(w io.Writer) error {
			return res.WriteJSONL(w, batch.IsGzip(o.jsonl))
		})
		if err != nil {
			return err
		}
	}
	if o.csv != "" {
		if err := export.WriteCSVFrom(o.csv, res.Records(), dups); err != nil {
			return fmt.Errorf("writing CSV into %s: %w", o.csv, err)
		}
	}
	if o.html != "" {
		return writeReport(cmd.OutOrStdout(), o.html, about.Lang, res.Records(), dups, fails)
	}
	return nil
}

// checkpointDir is where the run keeps its checkpoint.
func (o *batchOptions) checkpointDir() string {
	if o.checkpoint != "" {
		return o.checkpoint
	}
	if o.noWorkbook {
		return o.jsonl + ".checkpoint"
	}
	return o.output + ".checkpoint"
}

// identity describes the settings that change the records, so that a
// checkpoint is resumed only by a run that would make the same records.
func (o *batchOptions) identity(args []string) string {
	about := o.about(args)
	id, _ := json.Marshal(struct {
		Version string
		Params  [][2]string
		Digests [][2]string
	}{about.Version, about.Params, about.Digests})
	return string(id)
}

func (o *batchOptions) outputs() string {
	var outs []string
	if !o.noWorkbook {
		outs = append(outs, o.output)
	}
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
