package export

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/zongjie/zongjie/pipeline/extract"
)

// WriteTable prints a record for a person to read: every value with the
// sentence it came from.
func WriteTable(w io.Writer, rec extract.Record) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	title := rec.Title
	if title == "" {
		title = "(no title)"
	}
	fmt.Fprintf(tw, "%s\n", title)
	fmt.Fprintf(tw, "  source\t%s (%s, %s, %s)\n", rec.Source, rec.Format, rec.Encoding, rec.Script)
	if rec.Year != nil {
		fmt.Fprintf(tw, "  year\t%d\n", *rec.Year)
	}
	fmt.Fprintf(tw, "  tokens\t%d\n", rec.Tokens)
	fmt.Fprintf(tw, "  removed\t%d pieces of boilerplate or artifacts\n", len(rec.Removed))
	for _, wn := range rec.Warnings {
		fmt.Fprintf(tw, "  warning\t%s\n", wn)
	}

	fmt.Fprintf(tw, "\nQuantities (%d)\n", len(rec.Quantities))
	for _, q := range rec.Quantities {
		fmt.Fprintf(tw, "  %s\t%s\t%s\t%s\t%s\n", q.Text, quantityValue(q), q.Kind, q.Object, evidence(q.Sentence, q.Text))
	}
	fmt.Fprintf(tw, "\nMoney (%d)\n", len(rec.Money))
	for _, m := range rec.Money {
		fmt.Fprintf(tw, "  %s\t%s\t%s\n", m.Text, amountValue(m.Amount, m.Max, m.Approx, m.Vague)+" 元", evidence(m.Sentence, m.Text))
	}
	fmt.Fprintf(tw, "\nDates (%d)\n", len(rec.Dates))
	for _, d := range rec.Dates {
		fmt.Fprintf(tw, "  %s\t%s\t%s\n", d.Text, dateValue(d), evidence(d.Sentence, d.Text))
	}
	fmt.Fprintf(tw, "\nTypes (%d, main: %s)\n", len(rec.Types), rec.MainType)
	for _, t := range rec.Types {
		fmt.Fprintf(tw, "  %s\t%s\t%d hits\t%.2f %s\t%s\n", t.ID, t.Label, t.Hits, t.Salience, strings.Join(t.Why, ", "), strings.Join(t.Words, " "))
	}
	fmt.Fprintf(tw, "\nMentioned (%d)\n", len(rec.Mentioned))
	for _, t := range rec.Mentioned {
		fmt.Fprintf(tw, "  %s\t%s\t%d hits\t%.2f %s\t%s\n", t.ID, t.Label, t.Hits, t.Salience, strings.Join(t.Why, ", "), strings.Join(t.Words, " "))
	}
	fmt.Fprintf(tw, "\nActivities (%d)\n", len(rec.Activities))
	for _, a := range rec.Activities {
		fmt.Fprintf(tw, "  %d\t%s、%s\t[%s]\t%d quantities, %d money, %d dates\n",
			a.Index, a.Number, a.Heading, strings.Join(a.Types, " "), len(a.Quantities), len(a.Money), len(a.Dates))
	}
	var kws []string
	for _, k := range rec.Keywords {
		kws = append(kws, k.Word)
	}
	fmt.Fprintf(tw, "\nKeywords\n  %s\n", strings.Join(kws, " "))
	return tw.Flush()
}

func quantityValue(q extract.Quantity) string {
	switch {
	case q.Redacted:
		return "(number redacted)"
	case q.Vague:
		return "(vague)"
	}
	return amountValue(q.Value, q.Max, q.Approx, q.Vague) + " " + q.Unit
}

func amountValue(v, max *float64, approx, vague bool) string {
	if vague || v == nil {
		return "(vague)"
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

func dateValue(d extract.Date) string {
	s := datePoint(d.Start, d.InferredYear)
	if d.End != nil {
		s += " – " + datePoint(*d.End, d.InferredYear)
	}
	if d.Redacted {
		s += " (redacted)"
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
