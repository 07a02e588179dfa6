package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/zongjie/zongjie/pipeline/export"
	"github.com/zongjie/zongjie/pipeline/extract"
	"github.com/zongjie/zongjie/pipeline/report"
)

type extractOptions struct {
	format string
	output string
	langFlag
	steering
}

func newExtractCmd() *cobra.Command {
	var o extractOptions
	cmd := &cobra.Command{
		Use:   "extract FILE|-",
		Short: "Extract counts, money, dates, activities and types from one document",
		Long: `Extract from one document the quantities (number + measure word), money in
yuan, dates, numbered activity items, activity types and keywords, each value with
the sentence it came from.

--format table (the default on a terminal) prints a readable summary; json (the
default when output is piped or -o is given) prints the JSON record documented in
the README; xlsx writes a one-document workbook and needs -o; html writes the
evidence report, a web page showing the cleaned text with every extracted value
marked in place (point at a mark to see what was parsed).`,
		Example: `  zongjie extract corpus/2016-social-work-day-summary.txt
  zongjie extract report.html --format json | jq '.money'
  zongjie extract report.txt --format xlsx -o report.xlsx
  zongjie extract report.txt --format html -o report.html
  zongjie extract report.txt --lang zh
  zongjie extract report.txt --rules my-rules.toml --userdict words.txt`,
		Args: usageArgs(cobra.ExactArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			format := o.format
			if format == "" {
				format = "json"
				if o.output == "" && isTerminal(cmd.OutOrStdout()) {
					format = "table"
				}
			}
			if format != "table" && format != "json" && format != "xlsx" && format != "html" {
				return usagef("--format must be table, json, xlsx or html, not %q", format)
			}
			if format == "xlsx" && o.output == "" {
				return usagef("--format xlsx needs -o FILE.xlsx")
			}
			about, err := o.langFlag.describe(o.about(args))
			if err != nil {
				return err
			}
			labels, err := export.NewLabels(about.Lang)
			if err != nil {
				return err
			}
			iopt, err := o.ingestOptions()
			if err != nil {
				return err
			}
			doc, err := readInput(cmd, args[0], iopt)
			if err != nil {
				return err
			}
			opt, err := o.options(doc.Folded)
			if err != nil {
				return err
			}
			rec := opt.Extractor.Extract(doc, opt.Segmenter.Cut(doc))
			return writeOutput(cmd.OutOrStdout(), o.output, func(w io.Writer) error {
				switch format {
				case "json":
					return export.WriteJSON(w, rec)
				case "xlsx":
					return export.WriteWorkbook(w, []extract.Record{rec}, nil, about)
				case "html":
					return report.WritePage(w, &rec, report.Options{Labels: labels})
				}
				return writeTable(w, rec, labels)
			})
		},
	}
	cmd.Flags().StringVar(&o.format, "format", "", "output format: table, json, xlsx or html")
	cmd.Flags().StringVarP(&o.output, "output", "o", "", "write to `FILE` instead of standard output")
	o.langFlag.bind(cmd) // for table and xlsx
	o.steering.bind(cmd)
	return cmd
}

// writeOutput writes to path, or to stdout when path is empty; a file is
// written whole or not at all.
func writeOutput(stdout io.Writer, path string, write func(io.Writer) error) error {
	if path == "" {
		bw := bufio.NewWriter(stdout)
		if err := write(bw); err != nil {
			return err
		}
		return bw.Flush()
	}
	tmp, err := os.CreateTemp(dirOf(path), ".zongjie-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	bw := bufio.NewWriter(tmp)
	if err := write(bw); err != nil {
		tmp.Close()
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err := bw.Flush(); err != nil {
		tmp.Close()
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	return os.Rename(tmp.Name(), path)
}

func dirOf(path string) string {
	if i := strings.LastIndexAny(path, `/\`); i >= 0 {
		return path[:i+1]
	}
	return "."
}

// about describes a run for the workbook's About sheet. It leaves out
// --jobs: the workbook is the same whatever the number of workers.
func (s *steering) about(inputs []string) export.About {
	return export.About{
		Version: versionString(),
		Params: [][2]string{
			{"inputs", strings.Join(inputs, " ")},
			{"--rules", orNone(s.rules)},
			{"--userdict", orNone(s.userdict)},
			{"--boilerplate", orNone(s.boilerplate)},
			{"segmenter", "gse " + moduleVersion("github.com/go-ego/gse") + ", shortest path, on a Simplified view"},
		},
		Digests: s.digests(),
	}
}

// writeTable prints a record for a person to read: every value with the
// sentence it came from; its names in the language of l.
func writeTable(w io.Writer, rec extract.Record, l *export.Labels) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	title := rec.Title
	if title == "" {
		title = l.Name("(no title)")
	}
	fmt.Fprintf(tw, "%s\n", title)
	fmt.Fprintf(tw, "  %s\t%s (%s, %s, %s)\n", l.Name("source"), rec.Source, rec.Format, rec.Encoding, rec.Script)
	if rec.Year != nil {
		fmt.Fprintf(tw, "  %s\t%d\n", l.Name("year"), *rec.Year)
	}
	fmt.Fprintf(tw, "  %s\t%d\n", l.Name("tokens"), rec.Tokens)
	fmt.Fprintf(tw, "  %s\t%d %s\n", l.Name("removed"), len(rec.Removed), l.Name("pieces of boilerplate or artifacts"))
	for _, wn := range rec.Warnings {
		fmt.Fprintf(tw, "  %s\t%s\n", l.Name("warning"), wn)
	}

	fmt.Fprintf(tw, "\n%s (%d)\n", l.Name("Quantities"), len(rec.Quantities))
	for _, q := range rec.Quantities {
		fmt.Fprintf(tw, "  %s\t%s\t%s\t%s\t%s\n", q.Text, quantityValue(q, l), q.Kind, q.Object, evidence(q.Sentence, q.Text))
	}
	fmt.Fprintf(tw, "\n%s (%d)\n", l.Name("Money"), len(rec.Money))
	for _, m := range rec.Money {
		fmt.Fprintf(tw, "  %s\t%s\t%s\n", m.Text, amountValue(m.Amount, m.Max, m.Approx, m.Vague, l)+" 元", evidence(m.Sentence, m.Text))
	}
	fmt.Fprintf(tw, "\n%s (%d)\n", l.Name("Dates"), len(rec.Dates))
	for _, d := range rec.Dates {
		fmt.Fprintf(tw, "  %s\t%s\t%s\n", d.Text, dateValue(d, l), evidence(d.Sentence, d.Text))
	}
	fmt.Fprintf(tw, "\n%s (%d)\n", l.Name("Types"), len(rec.Types))
	for _, t := range rec.Types {
		fmt.Fprintf(tw, "  %s\t%s\t%d %s\t%s\n", t.ID, t.Label, t.Hits, l.Name("hits"), strings.Join(t.Words, " "))
	}
	fmt.Fprintf(tw, "\n%s (%d)\n", l.Name("Activities"), len(rec.Activities))
	for _, a := range rec.Activities {
		fmt.Fprintf(tw, "  %d\t%s、%s\t[%s]\t%d %s, %d %s, %d %s\n",
			a.Index, a.Number, a.Heading, strings.Join(a.Types, " "),
			len(a.Quantities), l.Name("quantities"), len(a.Money), l.Name("money"), len(a.Dates), l.Name("dates"))
	}
	var kws []string
	for _, k := range rec.Keywords {
		kws = append(kws, k.Word)
	}
	fmt.Fprintf(tw, "\n%s\n  %s\n", l.Name("Keywords"), strings.Join(kws, " "))
	return tw.Flush()
}

func quantityValue(q extract.Quantity, l *export.Labels) string {
	switch {
	case q.Redacted:
		return l.Name("(number redacted)")
	case q.Vague:
		return l.Name("(vague)")
	}
	return amountValue(q.Value, q.Max, q.Approx, q.Vague, l) + " " + q.Unit
}

func amountValue(v, max *float64, approx, vague bool, l *export.Labels) string {
	if vague || v == nil {
		return l.Name("(vague)")
	}
	s := fmt.Sprintf("%g", *v)
	if max != nil {
		s += fmt.Sprintf("–%g", *max)
	}
	if approx {
		s = "≈" + s
	}
	return s
}

func dateValue(d extract.Date, l *export.Labels) string {
	s := datePoint(d.Start, d.InferredYear)
	if d.End != nil {
		s += " – " + datePoint(*d.End, d.InferredYear)
	}
	if d.Redacted {
		s += " " + l.Name("(redacted)")
	}
	return s
}

func datePoint(p extract.DatePoint, inferred *int) string {
	part := func(v *int, width int) string {
		if v == nil {
			return strings.Repeat("?", width)
		}
		return fmt.Sprintf("%0*d", width, *v)
	}
	year := part(p.Year, 4)
	if p.Year == nil && inferred != nil {
		year = fmt.Sprintf("(%d)", *inferred)
	}
	return year + "-" + part(p.Month, 2) + "-" + part(p.Day, 2)
}

// evidence shortens a sentence to about 40 characters around the value.
func evidence(sentence, value string) string {
	const width = 20
	r := []rune(sentence)
	i := strings.Index(sentence, value)
	if len(r) <= 2*width || i < 0 {
		return "「" + sentence + "」"
	}
	at := len([]rune(sentence[:i]))
	start, end := max(at-width, 0), min(at+len([]rune(value))+width, len(r))
	s := string(r[start:end])
	if start > 0 {
		s = "…" + s
	}
	if end < len(r) {
		s += "…"
	}
	return "「" + s + "」"
}
