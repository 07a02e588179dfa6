package export

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/zongjie/zongjie/pipeline/extract"
)

// WriteTable prints a record for a person to read: every value with the
// sentence it came from; its names in the language of l.
func WriteTable(w io.Writer, rec extract.Record, l *Labels) error {
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
	fmt.Fprintf(tw, "\n%s (%d, %s: %s)\n", l.Name("Types"), len(rec.Types), l.Name("main_type"), rec.MainType)
	for _, t := range rec.Types {
		fmt.Fprintf(tw, "  %s\t%s\t%d %s\t%.2f %s\t%s\n", t.ID, t.Label, t.Hits, l.Name("hits"), t.Salience, strings.Join(t.Why, ", "), strings.Join(t.Words, " "))
	}
	fmt.Fprintf(tw, "\n%s (%d)\n", l.Name("Mentioned"), len(rec.Mentioned))
	for _, t := range rec.Mentioned {
		fmt.Fprintf(tw, "  %s\t%s\t%d %s\t%.2f %s\t%s\n", t.ID, t.Label, t.Hits, l.Name("hits"), t.Salience, strings.Join(t.Why, ", "), strings.Join(t.Words, " "))
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

func quantityValue(q extract.Quantity, l *Labels) string {
	switch {
	case q.Redacted:
		return l.Name("(number redacted)")
	case q.Vague:
		return l.Name("(vague)")
	}
	return amountValue(q.Value, q.Max, q.Approx, q.Vague, l) + " " + q.Unit
}

func amountValue(v, max *float64, approx, vague bool, l *Labels) string {
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

func dateValue(d extract.Date, l *Labels) string {
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
