package main

import (
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"

	"github.com/zongjie/zongjie/pipeline"
)

type linesOptions struct {
	output string
	jobs   int
	add    bool
	ingestFlags
}

func newLinesCmd() *cobra.Command {
	var o linesOptions
	cmd := &cobra.Command{
		Use:   "lines DIR|FILE...|-",
		Short: "Count in how many documents each line occurs (the first pass of batch)",
		Long: `Count, for every line of the given documents, in how many documents it
occurs, into a fixed-size count file (16 MiB whatever the corpus). batch removes
a line that recurs in many documents as a site's furniture (kind "repeated",
thresholds in dict/furniture.txt); without --line-counts it makes this pass
itself over its own inputs. Counting shards apart and adding the files with
--add gives the counts of the whole, so a sharded or resumed batch given the
summed file decides exactly as a single run over everything would.

With --add, the arguments are count files to add up instead of documents.`,
		Example: `  zongjie lines corpus -o counts.bin
  zongjie lines reports/2019 -o 2019.bin && zongjie lines reports/2020 -o 2020.bin
  zongjie lines --add 2019.bin 2020.bin -o all.bin
  zongjie batch reports/2019 -o 2019.xlsx --line-counts all.bin`,
		Args: usageArgs(cobra.MinimumNArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			if o.output == "" {
				return usagef("-o FILE is required: the counts are binary")
			}
			var counts *pipeline.LineCounts
			if o.add {
				counts = pipeline.NewLineCounts()
				for _, path := range args {
					c, err := readLineCounts(path)
					if err != nil {
						return err
					}
					counts.Add(c)
				}
			} else {
				iopt, err := o.ingestOptions()
				if err != nil {
					return err
				}
				paths, err := batchPaths(cmd.InOrStdin(), args)
				if err != nil {
					return err
				}
				files, _, err := pipeline.Collect(paths)
				if err != nil {
					return err
				}
				counts = pipeline.CountLines(files, iopt, o.jobs)
			}
			if err := writeOutput(cmd.OutOrStdout(), o.output, func(w io.Writer) error {
				_, err := counts.WriteTo(w)
				return err
			}); err != nil {
				return err
			}
			fmt.Fprintf(cmd.ErrOrStderr(), "lines of %d documents counted → %s\n", counts.Docs, o.output)
			return nil
		},
	}
	cmd.Flags().StringVarP(&o.output, "output", "o", "", "count `FILE` to write")
	cmd.Flags().IntVarP(&o.jobs, "jobs", "j", 0, "files read at once (0: one per CPU)")
	cmd.Flags().BoolVar(&o.add, "add", false, "add up count files instead of counting documents")
	o.ingestFlags.bind(cmd)
	return cmd
}

// readLineCounts reads a count file made by zongjie lines; errors name it.
func readLineCounts(path string) (*pipeline.LineCounts, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	c, err := pipeline.ReadLineCounts(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return c, nil
}

// lineCounts gives batch the counts of repeated lines: the file given, or
// a first pass over its own files.
func lineCounts(path string, files []string, opt pipeline.Options, keep pipeline.Keep) (*pipeline.LineCounts, error) {
	if path != "" {
		return readLineCounts(path)
	}
	return pipeline.CountLinesKeeping(files, opt.Ingest, opt.Jobs, keep), nil
}
