package export

import (
	"fmt"
	"io"
	"iter"
	"slices"
	"sort"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/zongjie/zongjie/pipeline/extract"
	"github.com/zongjie/zongjie/pipeline/kwic"
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
func documentTable(recs []extract.Record, vars *DocVars) table {
	cols := slices.Clone(documentColumns)
	if vars != nil {
		for k, name := range vars.Columns {
			cols = append(cols, column[docRow]{name, 14, func(r docRow) any { return vars.value(r.id-1, k) }})
		}
	}
	return makeTable(cols, documentRows(recs))
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

func entityRows(recs []extract.Record) iter.Seq[entityRow] {
	return func(yield func(entityRow) bool) {
		for i := range recs {
			spans := spansOf(&recs[i])
			for j := range recs[i].Entities {
				e := &recs[i].Entities[j]
				if !yield(entityRow{i + 1, recs[i].Source, spans.at(e.Offset), e}) {
					return
				}
			}
		}
	}
}

// typeOrder is the order of the type columns: the order of the types in
// the records (rule order), types first seen later after.
func typeOrder(recs []extract.Record) []extract.TypeHit {
	var order []extract.TypeHit
	seen := map[string]bool{}
	for i := range recs {
		for _, h := range recs[i].Types {
			if !seen[h.ID] {
				seen[h.ID] = true
				order = append(order, extract.TypeHit{ID: h.ID, Label: h.Label})
			}
		}
	}
	return order
}

// documentTypesTable is the DocumentTypes sheet, the type × document
// matrix: a row per document, a column per type holding its hits (0 when
// the type is not coded), and the evidence words of each coded type.
func documentTypesTable(recs []extract.Record) table {
	types := typeOrder(recs)
	header := []any{"doc", "source", "year"}
	widths := []float64{6, 30, 7}
	for _, t := range types {
		header = append(header, t.ID)
		widths = append(widths, float64(max(8, len(t.ID)+2)))
	}
	header = append(header, "evidence")
	widths = append(widths, 60)
	rows := func(yield func([]any) bool) {
		for i := range recs {
			r := &recs[i]
			row := []any{i + 1, r.Source, optInt(r.Year)}
			hits := map[string]int{}
			var evidence []string
			for _, h := range r.Types {
				hits[h.ID] = h.Hits
				evidence = append(evidence, h.ID+": "+strings.Join(h.Words, " "))
			}
			for _, t := range types {
				row = append(row, hits[t.ID])
			}
			row = append(row, strings.Join(evidence, "; "))
			if !yield(row) {
				return
			}
		}
	}
	return table{header: header, widths: widths, rows: rows}
}

// typesByVarTable is the Types sheet when a document variable is chosen:
// the per-type block, and to its right the documents of each type per
// value of the variable (documents without a value under "(none)").
func typesByVarTable(s *corpusStats, recs []extract.Record, vars *DocVars) table {
	col := slices.Index(vars.Columns, vars.By)
	counts := map[string]map[string]int{} // type → value → documents
	valueSet := map[string]bool{}
	for i := range recs {
		v := "(none)"
		if x, ok := vars.value(i, col).(string); ok && x != "" {
			v = x
		}
		valueSet[v] = true
		for _, h := range recs[i].Types {
			if counts[h.ID] == nil {
				counts[h.ID] = map[string]int{}
			}
			counts[h.ID][v]++
		}
	}
	values := make([]string, 0, len(valueSet))
	for v := range valueSet {
		values = append(values, v)
	}
	sort.Strings(values)
	header := []any{"type", "label", "documents", "activities", "hits", nil, "type \\ " + vars.By}
	widths := []float64{16, 12, 10, 10, 8, 3, 16}
	for _, v := range values {
		header = append(header, v)
		widths = append(widths, float64(max(8, kwic.DisplayWidth(v)+2)))
	}
	rows := func(yield func([]any) bool) {
		for _, t := range s.types {
			row := []any{t.id, t.label, t.docs, t.activities, t.hits, nil, t.id}
			for _, v := range values {
				row = append(row, counts[t.id][v])
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
	f.SetZipWriter(newSortedZip)
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
	if err := streamTable(f, sheet, bold, makeTable(cols, slices.Values(lines)), labels); err != nil {
		return fmt.Errorf("sheet %s: %w", sheet, err)
	}
	return f.Write(w)
}
