package main

import (
	"strconv"

	"github.com/spf13/cobra"

	"github.com/zongjie/zongjie/pipeline/dedup"
)

// dupFlags are the flags of batch and merge that steer how reposts are
// found and counted.
type dupFlags struct {
	threshold float64
	keep      bool
}

func (f *dupFlags) bind(cmd *cobra.Command) {
	cmd.Flags().Float64Var(&f.threshold, "dup-threshold", dedup.DefaultThreshold,
		"estimated similarity (0–1) of two bodies from which one is a repost of the other")
	cmd.Flags().BoolVar(&f.keep, "keep-duplicates", false,
		"count every copy of a reposted report in the totals (reposts are still listed on the Duplicates sheet)")
}

func (f *dupFlags) check() error {
	if !(f.threshold > 0 && f.threshold <= 1) {
		return usagef("--dup-threshold must be above 0 and at most 1, not %v", f.threshold)
	}
	return nil
}

func (f *dupFlags) params() [][2]string {
	return [][2]string{
		{"--dup-threshold", strconv.FormatFloat(f.threshold, 'f', -1, 64)},
		{"--keep-duplicates", strconv.FormatBool(f.keep)},
	}
}
