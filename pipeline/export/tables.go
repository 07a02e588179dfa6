package export

import (
	"iter"
	"strings"

	"github.com/zongjie/zongjie/pipeline"
	"github.com/zongjie/zongjie/pipeline/dedup"
	"github.com/zongjie/zongjie/pipeline/extract"
	"github.com/zongjie/zongjie/pipeline/stats"
)

// column is one column of a per-row table: its header, its width in the
// workbook, and how a row gives its value (nil for an empty cell). The same
// definitions drive the workbook sheets and the CSV files.
type column[R any] struct {
	name  string
	width float64
	value func(R) any
}

// table is what a sheet or CSV file is written from: a header row, column
// widths and the data rows. filterCols, when not zero, limits the autofilter
// to the first columns (a sheet may hold a second block to the right).
type table struct {
	header     []any
	widths     []float64
	rows       iter.Seq[[]any]
	filterCols int
}

func makeTable[R any](cols []column[R], rows iter.Seq[R]) table {
	t := table{header: make([]any, len(cols)), widths: make([]float64, len(cols))}
	for i, c := range cols {
		t.header[i], t.widths[i] = c.name, c.width
	}
	t.rows = valuesOf(cols, rows)
	return t
}

// valuesOf turns rows into cell values. The value slice is reused: the
// sheet and CSV writers copy what they need.
func valuesOf[R any](cols []column[R], rows iter.Seq[R]) iter.Seq[[]any] {
	return func(yield func([]any) bool) {
		vals := make([]any, len(cols))
		for r := range rows {
			for i, c := range cols {
				vals[i] = c.value(r)
			}
			if !yield(vals) {
				return
			}
		}
	}
}

// recordTable is a sheet or CSV file with rows from every record: the rows
// of one document at a time, so that records can stream through.
type recordTable struct {
	header []any
	widths []float64
	rows   func(id int, rec *extract.Record) iter.Seq[[]any]
}

func makeRecordTable[R any](cols []column[R], rows func(id int, rec *extract.Record) iter.Seq[R]) recordTable {
	t := makeTable(cols, nil)
	return recordTable{header: t.header, widths: t.widths, rows: func(id int, rec *extract.Record) iter.Seq[[]any] {
		return valuesOf(cols, rows(id, rec))
	}}
}

// Row types: a value with the document it came from.

type docRow struct {
	id    int
	rec   *extract.Record
	stats stats.Document
	// duplicateOf and similarity are the document a repost repeats and how
	// alike the two are; nil for the others.
	duplicateOf, similarity any
}

type activityRow struct {
	doc    int
	source string
	a      *extract.Activity
}

type quantityRow struct {
	doc      int
	source   string
	activity any // activity index, or nil
	q        *extract.Quantity
}

type moneyRow struct {
	doc      int
	source   string
	activity any
	m        *extract.Money
}

type dateRow struct {
	doc      int
	source   string
	activity any
	d        *extract.Date
}

var documentColumns = []column[docRow]{
	{"doc", 6, func(r docRow) any { return r.id }},
	{"source", 40, func(r docRow) any { return r.rec.Source }},
	{"format", 8, func(r docRow) any { return r.rec.Format }},
	{"encoding", 10, func(r docRow) any { return r.rec.Encoding }},
	{"script", 12, func(r docRow) any { return r.rec.Script }},
	{"title", 40, func(r docRow) any { return r.rec.Title }},
	{"year", 7, func(r docRow) any { return optInt(r.rec.Year) }},
	{"tokens", 8, func(r docRow) any { return r.rec.Tokens }},
	{"quantities", 11, func(r docRow) any { return len(r.rec.Quantities) }},
	{"money", 8, func(r docRow) any { return len(r.rec.Money) }},
	{"dates", 7, func(r docRow) any { return len(r.rec.Dates) }},
	{"activities", 10, func(r docRow) any { return len(r.rec.Activities) }},
	{"people", 9, func(r docRow) any { return r.stats.People }},
	{"money_total", 12, func(r docRow) any { return r.stats.Money }},
	{"types", 30, func(r docRow) any { return typeIDs(r.rec.Types) }},
	{"main_type", 14, func(r docRow) any { return r.rec.MainType }},
	{"mentioned", 24, func(r docRow) any { return typeIDs(r.rec.Mentioned) }},
	{"keywords", 40, func(r docRow) any { return keywordList(r.rec.Keywords) }},
	{"warnings", 30, func(r docRow) any { return strings.Join(r.rec.Warnings, "; ") }},
	{"published", 11, func(r docRow) any { return r.rec.Published }},
	{"duplicate_of", 13, func(r docRow) any { return r.duplicateOf }},
	{"similarity", 10, func(r docRow) any { return r.similarity }},
}

var activityColumns = []column[activityRow]{
	{"doc", 6, func(r activityRow) any { return r.doc }},
	{"source", 30, func(r activityRow) any { return r.source }},
	{"index", 6, func(r activityRow) any { return r.a.Index }},
	{"section", 20, func(r activityRow) any { return r.a.Section }},
	{"number", 7, func(r activityRow) any { return r.a.Number }},
	{"heading", 30, func(r activityRow) any { return r.a.Heading }},
	{"types", 24, func(r activityRow) any { return strings.Join(r.a.Types, ", ") }},
	{"quantities", 11, func(r activityRow) any { return len(r.a.Quantities) }},
	{"money", 8, func(r activityRow) any { return len(r.a.Money) }},
	{"dates", 7, func(r activityRow) any { return len(r.a.Dates) }},
	{"offset", 8, func(r activityRow) any { return r.a.Offset }},
	{"text", 80, func(r activityRow) any { return r.a.Text }},
}

var quantityColumns = []column[quantityRow]{
	{"doc", 6, func(r quantityRow) any { return r.doc }},
	{"source", 30, func(r quantityRow) any { return r.source }},
	{"activity", 9, func(r quantityRow) any { return r.activity }},
	{"value", 9, func(r quantityRow) any { return optFloat(r.q.Value) }},
	{"max", 9, func(r quantityRow) any { return optFloat(r.q.Max) }},
	{"unit", 6, func(r quantityRow) any { return r.q.Unit }},
	{"kind", 11, func(r quantityRow) any { return r.q.Kind }},
	{"object", 14, func(r quantityRow) any { return r.q.Object }},
	{"approx", 8, func(r quantityRow) any { return r.q.Approx }},
	{"vague", 8, func(r quantityRow) any { return r.q.Vague }},
	{"redacted", 9, func(r quantityRow) any { return r.q.Redacted }},
	{"repeat_of", 10, func(r quantityRow) any { return optInt(r.q.RepeatOf) }},
	{"text", 14, func(r quantityRow) any { return r.q.Text }},
	{"offset", 8, func(r quantityRow) any { return r.q.Offset }},
	{"sentence", 80, func(r quantityRow) any { return r.q.Sentence }},
}

var moneyColumns = []column[moneyRow]{
	{"doc", 6, func(r moneyRow) any { return r.doc }},
	{"source", 30, func(r moneyRow) any { return r.source }},
	{"activity", 9, func(r moneyRow) any { return r.activity }},
	{"amount", 12, func(r moneyRow) any { return optFloat(r.m.Amount) }},
	{"max", 12, func(r moneyRow) any { return optFloat(r.m.Max) }},
	{"approx", 8, func(r moneyRow) any { return r.m.Approx }},
	{"vague", 8, func(r moneyRow) any { return r.m.Vague }},
	{"per", 6, func(r moneyRow) any { return r.m.Per }},
	{"text", 14, func(r moneyRow) any { return r.m.Text }},
	{"offset", 8, func(r moneyRow) any { return r.m.Offset }},
	{"sentence", 80, func(r moneyRow) any { return r.m.Sentence }},
}

var dateColumns = []column[dateRow]{
	{"doc", 6, func(r dateRow) any { return r.doc }},
	{"source", 30, func(r dateRow) any { return r.source }},
	{"activity", 9, func(r dateRow) any { return r.activity }},
	{"start_year", 11, func(r dateRow) any { return optInt(r.d.Start.Year) }},
	{"start_month", 12, func(r dateRow) any { return optInt(r.d.Start.Month) }},
	{"start_day", 10, func(r dateRow) any { return optInt(r.d.Start.Day) }},
	{"end_year", 9, func(r dateRow) any { return endPart(r.d, func(p *extract.DatePoint) *int { return p.Year }) }},
	{"end_month", 10, func(r dateRow) any { return endPart(r.d, func(p *extract.DatePoint) *int { return p.Month }) }},
	{"end_day", 8, func(r dateRow) any { return endPart(r.d, func(p *extract.DatePoint) *int { return p.Day }) }},
	{"redacted", 9, func(r dateRow) any { return r.d.Redacted }},
	{"inferred_year", 13, func(r dateRow) any { return optInt(r.d.InferredYear) }},
	{"text", 20, func(r dateRow) any { return r.d.Text }},
	{"offset", 8, func(r dateRow) any { return r.d.Offset }},
	{"sentence", 80, func(r dateRow) any { return r.d.Sentence }},
}

func endPart(d *extract.Date, part func(*extract.DatePoint) *int) any {
	if d.End == nil {
		return nil
	}
	return optInt(part(d.End))
}

// The row sources: a document's rows, in the order extract gave the values.

// documentRows gives a document's row; dups, when set, marks reposts.
func documentRows(dups *dedup.Clusters) func(int, *extract.Record) iter.Seq[docRow] {
	return func(id int, rec *extract.Record) iter.Seq[docRow] {
		return func(yield func(docRow) bool) {
			row := docRow{id: id, rec: rec, stats: stats.DocumentOf(rec)}
			if dups != nil && dups.IsDuplicate(id-1) {
				row.duplicateOf, row.similarity = dups.Canonical[id-1]+1, roundSimilarity(dups.Similarity[id-1])
			}
			yield(row)
		}
	}
}

func activityRows(id int, rec *extract.Record) iter.Seq[activityRow] {
	return func(yield func(activityRow) bool) {
		for j := range rec.Activities {
			if !yield(activityRow{id, rec.Source, &rec.Activities[j]}) {
				return
			}
		}
	}
}

func quantityRows(id int, rec *extract.Record) iter.Seq[quantityRow] {
	return func(yield func(quantityRow) bool) {
		spans := spansOf(rec)
		for j := range rec.Quantities {
			q := &rec.Quantities[j]
			if !yield(quantityRow{id, rec.Source, spans.at(q.Offset), q}) {
				return
			}
		}
	}
}

func moneyRows(id int, rec *extract.Record) iter.Seq[moneyRow] {
	return func(yield func(moneyRow) bool) {
		spans := spansOf(rec)
		for j := range rec.Money {
			m := &rec.Money[j]
			if !yield(moneyRow{id, rec.Source, spans.at(m.Offset), m}) {
				return
			}
		}
	}
}

func dateRows(id int, rec *extract.Record) iter.Seq[dateRow] {
	return func(yield func(dateRow) bool) {
		spans := spansOf(rec)
		for j := range rec.Dates {
			d := &rec.Dates[j]
			if !yield(dateRow{id, rec.Source, spans.at(d.Offset), d}) {
				return
			}
		}
	}
}

// Failure and About tables.

var errorColumns = []column[pipeline.Failure]{
	{"source", 50, func(f pipeline.Failure) any { return f.Source }},
	{"stage", 10, func(f pipeline.Failure) any { return f.Stage }},
	{"reason", 80, func(f pipeline.Failure) any { return f.Reason }},
}

var termColumns = []column[stats.Term]{
	{"word", 14, func(t stats.Term) any { return t.Word }},
	{"pos", 6, func(t stats.Term) any { return t.POS }},
	{"frequency", 10, func(t stats.Term) any { return t.Freq }},
	{"document_frequency", 19, func(t stats.Term) any { return t.DF }},
	{"tf_idf", 10, func(t stats.Term) any { return t.TFIDF }},
}
