package export

import (
	"fmt"
	"io"
	"iter"
	"slices"
	"sort"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/zongjie/zongjie/pipeline/dedup"
	"github.com/zongjie/zongjie/pipeline/extract"
	"github.com/zongjie/zongjie/pipeline/kwic"
	"github.com/zongjie/zongjie/pipeline/stats"
)

// DocVars are document variables joined from a --meta file: Values holds
// one row per record (nil when the record had no row), one value per
// column. By names the column the Types sheet cross-tabulates by; "" means
// by year.
type DocVars struct {
	Columns []string
	Values  [][]string
	By      string
}

func (v *DocVars) value(doc, col int) any {
	if v == nil || doc >= len(v.Values) || v.Values[doc] == nil || col >= len(v.Values[doc]) {
		return nil
	}
	return v.Values[doc][col]
}

// documentTable is the Documents sheet: the fixed columns, then one column
// per document variable.
func documentTable(vars *DocVars, dups *dedup.Clusters) recordTable {
	cols := slices.Clone(documentColumns)
	if vars != nil {
		for k, name := range vars.Columns {
			cols = append(cols, column[docRow]{name, 14, func(r docRow) any { return vars.value(r.id-1, k) }})
		}
	}
	return makeRecordTable(cols, documentRows(dups))
}

// Entities sheet: a row per organisation or place, with its activity item.

type entityRow struct {
	doc      int
	source   string
	activity any
	e        *extract.Entity
}

var entityColumns = []column[entityRow]{
	{"doc", 6, func(r entityRow) any { return r.doc }},
	{"source", 30, func(r entityRow) any { return r.source }},
	{"activity", 9, func(r entityRow) any { return r.activity }},
	{"kind", 7, func(r entityRow) any { return r.e.Kind }},
	{"text", 24, func(r entityRow) any { return r.e.Text }},
	{"redacted", 9, func(r entityRow) any { return r.e.Redacted }},
	{"offset", 8, func(r entityRow) any { return r.e.Offset }},
	{"sentence", 80, func(r entityRow) any { return r.e.Sentence }},
}

func entityRows(id int, rec *extract.Record) iter.Seq[entityRow] {
	return func(yield func(entityRow) bool) {
		spans := spansOf(rec)
		for j := range rec.Entities {
			e := &rec.Entities[j]
			if !yield(entityRow{id, rec.Source, spans.at(e.Offset), e}) {
				return
			}
		}
	}
}

// documentTypesTable is the DocumentTypes sheet, the type × document
// matrix: a row per document, a column per type holding its hits (0 when
// the type is not coded), whether the document is about the type or only
// mentions it; then the main type, the types only mentioned, and the
// evidence words of each coded type. The columns are the types in the order
// the records name them (rule order, types a document is about before those
// it mentions), types first seen later after.
func documentTypesTable(types []extract.TypeHit) recordTable {
	header := []any{"doc", "source", "year"}
	widths := []float64{6, 30, 7}
	for _, t := range types {
		header = append(header, t.ID)
		widths = append(widths, float64(max(8, len(t.ID)+2)))
	}
	header = append(header, "main_type", "mentioned", "evidence")
	widths = append(widths, 16, 24, 60)
	rows := func(id int, r *extract.Record) iter.Seq[[]any] {
		return func(yield func([]any) bool) {
			row := []any{id, r.Source, optInt(r.Year)}
			hits := map[string]int{}
			var evidence []string
			for _, h := range slices.Concat(r.Types, r.Mentioned) {
				hits[h.ID] = h.Hits
				evidence = append(evidence, h.ID+": "+strings.Join(h.Words, " "))
			}
			for _, t := range types {
				row = append(row, hits[t.ID])
			}
			row = append(row, r.MainType, typeIDs(r.Mentioned), strings.Join(evidence, "; "))
			yield(row)
		}
	}
	return recordTable{header: header, widths: widths, rows: rows}
}

// typesByVar counts, record by record, the documents of each type per
// value of a document variable (documents without a value under "(none)").
type typesByVar struct {
	vars   *DocVars
	col    int
	counts map[string]map[string]int // type → value → documents
	values map[string]bool
}

func newTypesByVar(vars *DocVars) *typesByVar {
	return &typesByVar{vars: vars, col: slices.Index(vars.Columns, vars.By),
		counts: map[string]map[string]int{}, values: map[string]bool{}}
}

func (t *typesByVar) add(id int, rec *extract.Record) {
	v := "(none)"
	if x, ok := t.vars.value(id-1, t.col).(string); ok && x != "" {
		v = x
	}
	t.values[v] = true
	for _, h := range rec.Types {
		if t.counts[h.ID] == nil {
			t.counts[h.ID] = map[string]int{}
		}
		t.counts[h.ID][v]++
	}
}

// table is the Types sheet when a document variable is chosen: the
// per-type block, and to its right the documents of each type per value.
func (t *typesByVar) table(types []*stats.Type) table {
	values := make([]string, 0, len(t.values))
	for v := range t.values {
		values = append(values, v)
	}
	sort.Strings(values)
	header := []any{"type", "label", "documents", "activities", "hits", nil, "type \\ " + t.vars.By}
	widths := []float64{16, 12, 10, 10, 8, 3, 16}
	for _, v := range values {
		header = append(header, v)
		widths = append(widths, float64(max(8, kwic.DisplayWidth(v)+2)))
	}
	rows := func(yield func([]any) bool) {
		for _, ty := range types {
			row := []any{ty.ID, ty.Label, ty.Docs, ty.Activities, ty.Hits, nil, ty.ID}
			for _, v := range values {
				row = append(row, t.counts[ty.ID][v])
			}
			if !yield(row) {
				return
			}
		}
	}
	return table{header: header, widths: widths, rows: rows, filterCols: 5}
}

// typesTable is the Types sheet: a row per type (documents, activities,
// hits), and to its right, after a blank column, the documents of each type
// per year.
func typesTable(s *stats.Corpus) table {
	years := s.SortedYears()
	header := []any{"type", "label", "documents", "activities", "hits", nil, "type"}
	widths := []float64{16, 12, 10, 10, 8, 3, 16}
	for _, y := range years {
		header = append(header, y)
		widths = append(widths, 8)
	}
	if s.NoYear.Docs > 0 {
		header = append(header, "no_year")
		widths = append(widths, 9)
	}
	rows := func(yield func([]any) bool) {
		for _, t := range s.Types() {
			row := []any{t.ID, t.Label, t.Docs, t.Activities, t.Hits, nil, t.ID}
			for _, y := range years {
				row = append(row, t.ByYear[y])
			}
			if s.NoYear.Docs > 0 {
				row = append(row, t.NoYear)
			}
			if !yield(row) {
				return
			}
		}
	}
	return table{header: header, widths: widths, rows: rows, filterCols: 5}
}

// WriteConcordance writes KWIC lines as a one-sheet workbook, its names in
// lang ("en" or "zh").
func WriteConcordance(w io.Writer, lines []kwic.Line, lang string) error {
	labels, err := NewLabels(lang)
	if err != nil {
		return err
	}
	f := excelize.NewFile()
	defer f.Close()
	f.SetZipWriter(func(io.Writer) excelize.ZipWriter { return newSortedZip(w, nil) })
	if err := f.SetDocProps(&excelize.DocProperties{Creator: "zongjie", Title: "zongjie KWIC",
		Created: "2000-01-01T00:00:00Z", Modified: "2000-01-01T00:00:00Z"}); err != nil {
		return err
	}
	sheet := labels.Name("KWIC")
	if err := f.SetSheetName(f.GetSheetName(0), sheet); err != nil {
		return err
	}
	bold, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}})
	if err != nil {
		return err
	}
	cols := []column[kwic.Line]{
		{"source", 30, func(l kwic.Line) any { return l.Source }},
		{"offset", 8, func(l kwic.Line) any { return l.Offset }},
		{"left", 40, func(l kwic.Line) any { return l.Left }},
		{"word", 10, func(l kwic.Line) any { return l.Word }},
		{"right", 40, func(l kwic.Line) any { return l.Right }},
	}
	if err := streamTable(f, sheet, bold, makeTable(cols, slices.Values(lines)), excelLimits, &limitReport{lim: excelLimits}, labels); err != nil {
		return fmt.Errorf("sheet %s: %w", sheet, err)
	}
	return f.Write(w)
}
