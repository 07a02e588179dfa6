package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"

	"github.com/zongjie/zongjie/pipeline/export"
	"github.com/zongjie/zongjie/pipeline/extract"
)

type mergeOptions struct {
	output string
	langFlag
}

func newMergeCmd() *cobra.Command {
	var o mergeOptions
	cmd := &cobra.Command{
		Use:   "merge SHARD.jsonl...",
		Short: "Build one workbook from the JSONL records of several batch runs",
		Long: `Read the records written by "zongjie batch --jsonl" (one JSON record a line), in
the order given, and write one workbook from all of them, as if one batch had
processed every document. Use it to split a large corpus over machines or days.
Failures of the original runs are not in the JSONL; see their own Errors sheets.`,
		Example: `  zongjie batch reports/2019 -o 2019.xlsx --jsonl 2019.jsonl
  zongjie batch reports/2020 -o 2020.xlsx --jsonl 2020.jsonl
  zongjie merge 2019.jsonl 2020.jsonl -o all.xlsx`,
		Args: usageArgs(cobra.MinimumNArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			if _, _, err := o.langFlag.resolve(); err != nil {
				return err
			}
			var recs []extract.Record
			for _, path := range args {
				shard, err := readJSONL(path)
				if err != nil {
					return err
				}
				recs = append(recs, shard...)
			}
			about, err := o.langFlag.describe(export.About{Version: versionString(), Params: [][2]string{{"merged shards", fmt.Sprint(args)}}})
			if err != nil {
				return err
			}
			err = writeOutput(cmd.OutOrStdout(), o.output, func(w io.Writer) error {
				return export.WriteWorkbook(w, recs, nil, about)
			})
			if err == nil {
				fmt.Fprintf(cmd.ErrOrStderr(), "%d records from %d shards → %s\n", len(recs), len(args), o.output)
			}
			return err
		},
	}
	cmd.Flags().StringVarP(&o.output, "output", "o", "stats.xlsx", "workbook `FILE` to write")
	o.langFlag.bind(cmd)
	return cmd
}

// readJSONL reads one record a line; an error names the file and the line.
func readJSONL(path string) ([]extract.Record, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var recs []extract.Record
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 256<<20)
	for n := 1; sc.Scan(); n++ {
		if len(sc.Bytes()) == 0 {
			continue
		}
		var rec extract.Record
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			return nil, fmt.Errorf("%s: line %d: %w", path, n, err)
		}
		recs = append(recs, rec)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return recs, nil
}
