package main

import (
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"github.com/zongjie/zongjie/pipeline"
	"github.com/zongjie/zongjie/pipeline/export"
	"github.com/zongjie/zongjie/pipeline/kwic"
)

type kwicOptions struct {
	width int
	xlsx  string
	tsv   bool
	langFlag
	ingestFlags
}

func newKwicCmd() *cobra.Command {
	var o kwicOptions
	cmd := &cobra.Command{
		Use:   "kwic WORD DIR|FILE...",
		Short: "Print a keyword-in-context concordance of a word",
		Long: `Print every occurrence of WORD in the documents (cleaned as extract cleans
them) with its context: file, rune offset, left context, the word as written,
right context. Matching is on the text folded to Simplified characters, so a
query in either script finds both; the contexts are shown as written.

On a terminal the lines are an aligned table; piped, they are tab-separated with
a header (or ask for that with --tsv). --xlsx writes them as a KWIC sheet.`,
		Example: `  zongjie kwic 志愿者 corpus
  zongjie kwic 慰问 corpus/2017-shequ-fuwu-big5.txt --width 15
  zongjie kwic 社工 corpus --xlsx kwic.xlsx`,
		Args: usageArgs(cobra.MinimumNArgs(2)),
		RunE: func(cmd *cobra.Command, args []string) error {
			if o.width <= 0 {
				return usagef("--width must be positive, not %d", o.width)
			}
			lang, _, err := o.langFlag.resolve()
			if err != nil {
				return err
			}
			files, skipped, err := pipeline.Collect(args[1:])
			if err != nil {
				return err
			}
			iopt, err := o.ingestOptions()
			if err != nil {
				return err
			}
			stderr := cmd.ErrOrStderr()
			for _, f := range skipped {
				fmt.Fprintf(stderr, "%s: %s: %s\n", f.Source, f.Stage, f.Reason)
			}
			var lines []kwic.Line
			opt := pipeline.Options{Ingest: iopt}
			for _, path := range files {
				doc, fail := pipeline.Ingest(path, opt)
				if fail != nil {
					fmt.Fprintf(stderr, "%s: %s: %s\n", fail.Source, fail.Stage, fail.Reason)
					continue
				}
				lines = append(lines, kwic.Find(doc, args[0], o.width)...)
			}
			if o.xlsx != "" {
				err := writeOutput(cmd.OutOrStdout(), o.xlsx, func(w io.Writer) error {
					return export.WriteConcordance(w, lines, lang)
				})
				if err != nil {
					return err
				}
				fmt.Fprintf(stderr, "%d lines → %s\n", len(lines), o.xlsx)
				return nil
			}
			return writeOutput(cmd.OutOrStdout(), "", func(w io.Writer) error {
				if o.tsv || !isTerminal(cmd.OutOrStdout()) {
					return kwic.WriteTSV(w, lines)
				}
				return kwic.WriteTable(w, lines)
			})
		},
	}
	cmd.Flags().IntVarP(&o.width, "width", "w", kwic.DefaultWidth, "context `N` characters on each side")
	cmd.Flags().StringVar(&o.xlsx, "xlsx", "", "write the concordance as a sheet of `FILE`.xlsx")
	cmd.Flags().BoolVar(&o.tsv, "tsv", false, "tab-separated output even on a terminal")
	o.langFlag.bind(cmd)    // for --xlsx
	o.ingestFlags.bind(cmd) // --boilerplate, --max-size: clean as extract cleans
	return cmd
}
