package main

import (
	"bufio"
	"strings"

	"github.com/spf13/cobra"

	"github.com/zongjie/zongjie/pipeline/fold"
	"github.com/zongjie/zongjie/pipeline/segment"
)

type segmentOptions struct {
	pos, raw bool
	steering
}

func newSegmentCmd() *cobra.Command {
	var o segmentOptions
	cmd := &cobra.Command{
		Use:   "segment FILE|-",
		Short: "Print the words of a document, one output line per line",
		Long: `Print the words of the cleaned text of a document, one output line per
input line, words separated by single spaces; with --pos each word is followed by
its part-of-speech tag (word/POS). Traditional text is segmented through a
Simplified view and printed as written.

--raw skips boilerplate removal and title detection and keeps every input line,
blank ones too, so the output lines up with the input: use it to score against
segmented corpora such as SIGHAN 2005.`,
		Example: `  zongjie segment corpus/2016-social-work-day-summary.txt
  zongjie segment --pos report.txt
  zongjie segment --raw pku_test.utf8 > pku_out.txt`,
		Args: usageArgs(cobra.ExactArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			iopt, err := o.ingestOptions()
			if err != nil {
				return err
			}
			iopt.Raw = o.raw
			doc, err := readInput(cmd, args[0], iopt)
			if err != nil {
				return err
			}
			opt, err := o.options(doc.Folded)
			if err != nil {
				return err
			}
			out := bufio.NewWriter(cmd.OutOrStdout())
			defer out.Flush()
			for _, line := range strings.Split(doc.Text, "\n") {
				writeWords(out, opt.Segmenter.CutText(line, fold.ToSimplified(line)), o.pos)
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&o.pos, "pos", false, "print word/POS")
	cmd.Flags().BoolVar(&o.raw, "raw", false, "keep every input line; no boilerplate removal")
	o.bind(cmd)
	return cmd
}

func writeWords(out *bufio.Writer, toks []segment.Token, pos bool) {
	for i, t := range toks {
		if i > 0 {
			out.WriteByte(' ')
		}
		out.WriteString(t.Text)
		if pos {
			out.WriteByte('/')
			out.WriteString(t.POS)
		}
	}
	out.WriteByte('\n')
}
