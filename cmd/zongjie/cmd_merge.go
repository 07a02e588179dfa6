package main

import (
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"github.com/zongjie/zongjie/pipeline"
	"github.com/zongjie/zongjie/pipeline/batch"
	"github.com/zongjie/zongjie/pipeline/export"
	"github.com/zongjie/zongjie/pipeline/extract"
	"github.com/zongjie/zongjie/pipeline/stats"
)

type mergeOptions struct {
	output string
	dupFlags
	langFlag
}

func newMergeCmd() *cobra.Command {
	var o mergeOptions
	cmd := &cobra.Command{
		Use:   "merge SHARD.jsonl...",
		Short: "Build one workbook from the JSONL records of several batch runs",
		Long: `Read the records written by "zongjie batch --jsonl" (one JSON record a line,
plain or gzip-compressed), in the order given, and write one workbook from all of
them, as if one batch had processed every document. Use it to split a large
corpus over machines or days (see docs/scale.md). The records stream through
twice; memory does not grow with the shards. Reposts are found across the shards
from the fingerprints in the records, as one batch would find them.
Failures of the original runs are not in the JSONL; see their own Errors sheets.`,
		Example: `  zongjie batch reports/2019 --no-workbook --jsonl 2019.jsonl.gz
  zongjie batch reports/2020 --no-workbook --jsonl 2020.jsonl.gz
  zongjie merge 2019.jsonl.gz 2020.jsonl.gz -o all.xlsx`,
		Args: usageArgs(cobra.MinimumNArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := o.dupFlags.check(); err != nil {
				return err
			}
			if _, _, err := o.langFlag.resolve(); err != nil {
				return err
			}
			// Two passes over the shards, one record at a time: the
			// statistics and fingerprints first, then the sheets.
			recs := batch.Shards(args)
			corpus := stats.New()
			var fps pipeline.Fingerprints
			defer fps.Close()
			err := recs(func(r *extract.Record) error {
				corpus.Add(r)
				return fps.Add(r)
			})
			if err != nil {
				return err
			}
			dups, err := fps.Cluster(o.threshold)
			if err != nil {
				return err
			}
			about, err := o.langFlag.describe(export.About{Version: versionString(),
				Params:     append([][2]string{{"merged shards", fmt.Sprint(args)}}, o.dupFlags.params()...),
				Duplicates: dups, KeepDuplicates: o.keep})
			if err != nil {
				return err
			}
			err = writeOutput(cmd.OutOrStdout(), o.output, func(w io.Writer) error {
				return export.WriteWorkbookFrom(w, recs, corpus, nil, about)
			})
			if err == nil {
				fmt.Fprintf(cmd.ErrOrStderr(), "%d records from %d shards → %s\n", corpus.Docs, len(args), o.output)
			}
			return err
		},
	}
	cmd.Flags().StringVarP(&o.output, "output", "o", "stats.xlsx", "workbook `FILE` to write")
	o.dupFlags.bind(cmd)
	o.langFlag.bind(cmd)
	return cmd
}
