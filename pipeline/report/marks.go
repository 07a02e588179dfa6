package report

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/zongjie/zongjie/pipeline/export"
	"github.com/zongjie/zongjie/pipeline/extract"
)

// Mark is one extracted value placed in the text: the runes [Start, End)
// of the record's text, its kind and what was parsed, as label/value pairs.
type Mark struct {
	ID         string // unique on the page: q1, m1, d1, p1, e1, t1 …
	Kind       string // one of kinds
	Start, End int
	Details    []Detail
	seq        int // position in the record, to order equal spans
}

// Detail is one line of what was parsed: a label and its value.
type Detail struct{ Label, Value string }

// Title is the details as lines, shown by the browser on hover.
func (m *Mark) Title() string {
	lines := make([]string, len(m.Details))
	for i, d := range m.Details {
		lines[i] = d.Label + ": " + d.Value
	}
	return strings.Join(lines, "\n")
}

// kinds are the kinds of marks, in the order of the legend; the order
// also decides which of two marks over the same runes is outside.
var kinds = []string{"activity-type", "entity", "date", "period", "money", "quantity"}

// kindNames are the names the legend and the details show.
var kindNames = map[string]string{
	"quantity": "quantity", "money": "sum of money", "date": "date", "period": "named period",
	"entity": "organisation or place", "activity-type": "coding-rule evidence word",
}

func kindRank(kind string) int {
	for i, k := range kinds {
		if k == kind {
			return i
		}
	}
	return len(kinds)
}

// marksOf places every value of rec in its text: quantities, money, dates,
// periods, entities, and each hit of a coding rule. Values whose place lies
// outside the text are left out (a record from elsewhere may be wrong).
func marksOf(rec *extract.Record, labels *export.Labels) []*Mark {
	n := runeLen(rec.Text)
	var marks []*Mark
	count := map[string]int{}
	add := func(prefix, kind string, offset, length int, value any) {
		if offset < 0 || length <= 0 || offset+length > n {
			return
		}
		count[prefix]++
		marks = append(marks, &Mark{
			ID:   prefix + strconv.Itoa(count[prefix]),
			Kind: kind, Start: offset, End: offset + length, seq: len(marks),
			Details: details(value, activityAt(rec.Activities, offset), labels),
		})
	}
	for _, q := range rec.Quantities {
		add("q", "quantity", q.Offset, runeLen(q.Text), q)
	}
	for _, m := range rec.Money {
		add("m", "money", m.Offset, runeLen(m.Text), m)
	}
	for _, d := range rec.Dates {
		add("d", "date", d.Offset, runeLen(d.Text), d)
	}
	for _, p := range rec.Periods {
		add("p", "period", p.Offset, runeLen(p.Text), p)
	}
	for _, e := range rec.Entities {
		add("e", "entity", e.Offset, runeLen(e.Text), e)
	}
	for _, t := range rec.Types {
		for _, ev := range t.At {
			add("t", "activity-type", ev.Offset, ev.Length, typeEvidence{t, ev, aboutOrMain(t.ID, rec.MainType)})
		}
	}
	for _, t := range rec.Mentioned {
		for _, ev := range t.At {
			add("t", "activity-type", ev.Offset, ev.Length, typeEvidence{t, ev, "mentioned only"})
		}
	}
	return marks
}

// typeEvidence is one hit of a type's coding rule, with what the document
// makes of the type: its main type, a type it is about, or one it only
// mentions.
type typeEvidence struct {
	t    extract.TypeHit
	ev   extract.Evidence
	role string
}

func aboutOrMain(id, main string) string {
	if id == main {
		return "main type"
	}
	return "a type the document is about"
}

// details says what was parsed from a value, for the mark's hover text and
// panel, labelled in the language of labels. It is the one place to show a
// new record field.
func details(value any, activity *extract.Activity, labels *export.Labels) []Detail {
	var ds []Detail
	add := func(label, value string) { ds = append(ds, Detail{labels.Name(label), value}) }
	kind := func(k string) { add("kind of value", labels.Name(kindNames[k])) }
	flags := func(names ...string) {
		var on []string
		for _, n := range names {
			if n != "" {
				on = append(on, labels.Name(n))
			}
		}
		if len(on) > 0 {
			add("flags", strings.Join(on, ", "))
		}
	}
	switch v := value.(type) {
	case extract.Quantity:
		kind("quantity")
		add("text", v.Text)
		add("value", number(v.Value, labels))
		if v.Max != nil {
			add("max", number(v.Max, labels))
		}
		add("unit", v.Unit)
		add("kind", v.Kind)
		if v.Object != "" {
			add("object", v.Object)
		}
		if v.RepeatOf != nil {
			add("repeats the count at offset", strconv.Itoa(*v.RepeatOf))
		}
		flags(flag(v.Approx, "approx"), flag(v.Vague, "vague"), flag(v.Redacted, "redacted"))
	case extract.Money:
		kind("money")
		add("text", v.Text)
		add("amount", number(v.Amount, labels))
		if v.Max != nil {
			add("max", number(v.Max, labels))
		}
		if v.Per != "" {
			add("per", v.Per)
		}
		flags(flag(v.Approx, "approx"), flag(v.Vague, "vague"))
	case extract.Date:
		kind("date")
		add("text", v.Text)
		add("start", datePoint(v.Start))
		if v.End != nil {
			add("end", datePoint(*v.End))
		}
		if v.InferredYear != nil {
			add("inferred_year", strconv.Itoa(*v.InferredYear))
		}
		flags(flag(v.Redacted, "redacted"))
	case extract.Period:
		kind("period")
		add("text", v.Text)
		add("name", v.Name)
	case extract.Entity:
		kind("entity")
		add("text", v.Text)
		add("kind", v.Kind)
		flags(flag(v.Redacted, "redacted"))
	case typeEvidence:
		kind("activity-type")
		add("type", v.t.Label+" ("+v.t.ID+")")
		add("the document", labels.Name(v.role))
		add("rule word", v.ev.Word)
	}
	if activity != nil {
		add("activity", activity.Number+"、"+activity.Heading)
	}
	return ds
}

func flag(on bool, name string) string {
	if on {
		return name
	}
	return ""
}

func number(v *float64, labels *export.Labels) string {
	if v == nil {
		return labels.Name("(none)")
	}
	return strconv.FormatFloat(*v, 'f', -1, 64)
}

// datePoint shows the written parts of a date, ?? for a part not written.
func datePoint(p extract.DatePoint) string {
	part := func(v *int, width int) string {
		if v == nil {
			return strings.Repeat("?", width)
		}
		return fmt.Sprintf("%0*d", width, *v)
	}
	s := part(p.Year, 4) + "-" + part(p.Month, 2) + "-" + part(p.Day, 2)
	if p.Part != "" {
		s += " (" + p.Part + ")"
	}
	return s
}

// activityAt is the activity item whose text holds offset, or nil.
func activityAt(acts []extract.Activity, offset int) *extract.Activity {
	for i := range acts {
		a := &acts[i]
		if a.Offset <= offset && offset < a.Offset+runeLen(a.Text) {
			return a
		}
	}
	return nil
}
