package main

import (
	"fmt"

	"github.com/spf13/cobra"
)

type cleanOptions struct {
	showRemoved bool
	ingestFlags
}

func newCleanCmd() *cobra.Command {
	var o cleanOptions
	cmd := &cobra.Command{
		Use:   "clean FILE|-",
		Short: "Print the normalized body text of a document",
		Long: `Print the title and body text of a document as zongjie sees it: decoded,
converter artifacts repaired, site boilerplate removed. With --show-removed,
list after it every piece that was stripped, with the reason (its kind).
Warnings (invalid bytes, mojibake) go to standard error.`,
		Example: `  zongjie clean corpus/2016-social-work-day-summary.txt
  zongjie clean --show-removed page.html
  cat report.txt | zongjie clean -`,
		Args: usageArgs(cobra.ExactArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			iopt, err := o.ingestOptions()
			if err != nil {
				return err
			}
			doc, err := readInput(cmd, args[0], iopt)
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			for _, w := range doc.Warnings {
				fmt.Fprintf(cmd.ErrOrStderr(), "%s: warning: %s\n", doc.Source, w)
			}
			if doc.Title != "" {
				fmt.Fprintf(out, "%s\n\n", doc.Title)
			}
			fmt.Fprintln(out, doc.Text)
			if o.showRemoved {
				fmt.Fprintf(out, "\n--- removed (%d) ---\n", len(doc.Removed))
				for _, r := range doc.Removed {
					fmt.Fprintf(out, "[%s] %s\n", r.Kind, r.Text)
				}
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&o.showRemoved, "show-removed", false, "list what was removed and why")
	o.ingestFlags.bind(cmd)
	return cmd
}
