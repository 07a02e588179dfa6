package main

import (
	"fmt"

	"github.com/BurntSushi/toml"
	"github.com/spf13/cobra"

	"github.com/zongjie/zongjie/pipeline/extract"
)

func newRulesCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "rules",
		Short: "Check or show activity coding rules",
	}
	check := &cobra.Command{
		Use:   "check [R.toml]",
		Short: "Check coding rules and report the first problem",
		Example: `  zongjie rules check my-rules.toml
  zongjie rules check            # the embedded default rules`,
		Args: usageArgs(cobra.MaximumNArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			rules, name, err := rulesArg(args)
			if err != nil {
				return err
			}
			_, err = fmt.Fprintf(cmd.OutOrStdout(), "%s: ok, %d types\n", name, len(rules.Types))
			return err
		},
	}
	show := &cobra.Command{
		Use:   "show [R.toml]",
		Short: "Print the effective coding rules as TOML",
		Example: `  zongjie rules show > my-rules.toml   # start from the defaults
  zongjie rules show my-rules.toml`,
		Args: usageArgs(cobra.MaximumNArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			rules, _, err := rulesArg(args)
			if err != nil {
				return err
			}
			return toml.NewEncoder(cmd.OutOrStdout()).Encode(rules)
		},
	}
	cmd.AddCommand(check, show)
	return cmd
}

func rulesArg(args []string) (*extract.Rules, string, error) {
	if len(args) == 0 {
		return extract.DefaultRules(), "embedded dict/rules.toml", nil
	}
	r, err := loadRules(args[0])
	return r, args[0], err
}
