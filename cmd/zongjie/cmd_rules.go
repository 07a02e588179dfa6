package main

import (
	"fmt"
	"os"

	"github.com/BurntSushi/toml"
	"github.com/spf13/cobra"

	"github.com/zongjie/zongjie/dict"
	"github.com/zongjie/zongjie/pipeline/content"
	"github.com/zongjie/zongjie/pipeline/segment"
)

func newRulesCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "rules",
		Short: "Check or show activity coding rules",
		Long: `Activity coding rules code each document and each activity item with activity
types. Their language (words, phrases, any, all, not, near/within, min, word/POS,
skip) is described in docs/rules.md.`,
	}
	check := &cobra.Command{
		Use:   "check [R.toml]",
		Short: "Check coding rules and report every problem with its line",
		Long: `Check coding rules and report every problem, each with its line: syntax errors,
unknown keys, missing ids or labels, duplicate ids, empty rules, bad terms, and
terms that cannot match as written because of how gse cuts them: an entry of
words that gse does not produce as one word, or a part of speech gse never gives
the word, is an error; an entry of any that gse cuts into several words is a
warning (it is matched as a phrase). Exit status 1 when there are errors.`,
		Example: `  zongjie rules check my-rules.toml
  zongjie rules check            # the embedded default rules`,
		Args: usageArgs(cobra.MaximumNArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			src, name := dict.File("rules.toml"), "dict/rules.toml"
			if len(args) == 1 {
				var err error
				if src, err = os.ReadFile(args[0]); err != nil {
					return err
				}
				name = args[0]
			}
			seg, err := segment.Default()
			if err != nil {
				return err
			}
			rules, problems := content.CheckRules(src, seg)
			out := cmd.OutOrStdout()
			errs, warns := 0, 0
			for _, p := range problems {
				kind := "error"
				if p.Warning {
					kind = "warning"
					warns++
				} else {
					errs++
				}
				fmt.Fprintf(out, "%s:%d: %s: %s\n", name, p.Line, kind, p.Msg)
			}
			if errs > 0 {
				return fmt.Errorf("%s: %d errors, %d warnings", name, errs, warns)
			}
			_, err = fmt.Fprintf(out, "%s: ok, %d types, %d warnings\n", name, len(rules.Types), warns)
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

func rulesArg(args []string) (*content.Rules, string, error) {
	if len(args) == 0 {
		return content.DefaultRules(), "embedded dict/rules.toml", nil
	}
	r, err := parseFile(args[0], content.LoadRules)
	return r, args[0], err
}
