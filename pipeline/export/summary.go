package export

import (
	"slices"
	"strconv"

	"github.com/xuri/excelize/v2"

	"github.com/zongjie/zongjie/pipeline/stats"
)

// writeSummary fills the Summary sheet: four blocks side by side under one
// frozen header row — corpus totals (A:B), quantities by kind (D:I),
// documents per activity type (K:M), documents and people per year (O:Q),
// documents per main type (S:U) — and below them a bar chart over the type
// block, a column chart over the year block and a bar chart over the
// main-type block. A document counts for each type it is about (Types),
// and for one main type. s holds the totals (reposts left out, unless they
// are kept); docs is every document of the run, reposts the reposts found.
func writeSummary(f *excelize.File, headerStyle int, s *stats.Corpus, docs, reposts, failed int, labels *Labels) error {
	sheet := labels.Name(sheetSummary)
	totals := [][]any{
		{"measure", "value"},
		{"documents", docs},
		{"duplicates", reposts},
		{"failed_files", failed},
		{"tokens", s.Tokens},
		{"activities", s.Activities},
		{"quantities", s.Quantities},
		{"people", s.Kind("people")},
		{"households", s.Kind("households")},
		{"service_hours", s.Kind("hours")},
		{"materials", s.Kind("materials")},
		{"money_mentions", s.MoneyMentions},
		{"money_total_yuan", s.MoneyTotal},
		{"dates", s.Dates},
		{"documents_with_year", s.DocsWithYear},
	}
	kinds := [][]any{{"kind", "mentions", "sum", "approx", "vague", "redacted"}}
	for _, name := range s.SortedKinds() {
		k := s.Kinds[name]
		kinds = append(kinds, []any{name, k.Mentions, k.Sum, k.Approx, k.Vague, k.Redacted})
	}
	types := [][]any{{"type", "label", "documents"}}
	for _, t := range s.Types() {
		types = append(types, []any{t.ID, typeLabel(t), t.Docs})
	}
	mains := [][]any{{"main_type", "label", "documents"}}
	for _, t := range s.MainTypes() {
		mains = append(mains, []any{t.ID, typeLabel(t), t.Main})
	}
	years := [][]any{{"year", "documents", "people"}}
	for _, y := range s.SortedYears() {
		years = append(years, []any{y, s.Years[y].Docs, s.Years[y].People})
	}
	if s.NoYear.Docs > 0 {
		years = append(years, []any{"no_year", s.NoYear.Docs, s.NoYear.People})
	}
	// Headers and measure names in the chosen language; values stay data.
	for _, block := range [][][]any{totals, kinds, types, years, mains} {
		for i := range block[0] {
			block[0][i] = labels.header(block[0][i])
		}
	}
	for _, row := range slices.Concat(totals[1:], kinds[1:]) {
		row[0] = labels.header(row[0]) // measures, and kinds as row names
	}
	if last := years[len(years)-1]; last[0] == "no_year" {
		last[0] = labels.Name("no_year")
	}

	blocks := []struct {
		col    int
		rows   [][]any
		widths []float64
	}{
		{1, totals, []float64{22, 14}},
		{4, kinds, []float64{12, 10, 12, 8, 8, 9}},
		{11, types, []float64{16, 12, 10}},
		{15, years, []float64{9, 10, 10}},
		{19, mains, []float64{16, 12, 10}},
	}
	height := 0
	for _, b := range blocks {
		for r, row := range b.rows {
			if err := f.SetSheetRow(sheet, cellName(b.col, r+1), &row); err != nil {
				return err
			}
		}
		last := b.col + len(b.widths) - 1
		if err := f.SetCellStyle(sheet, cellName(b.col, 1), cellName(last, 1), headerStyle); err != nil {
			return err
		}
		for i, w := range b.widths {
			col, _ := excelize.ColumnNumberToName(b.col + i)
			if err := f.SetColWidth(sheet, col, col, w); err != nil {
				return err
			}
		}
		height = max(height, len(b.rows))
	}
	if err := f.SetColWidth(sheet, "C", "C", 3); err != nil {
		return err
	}
	if err := f.SetPanes(sheet, &frozenHeader); err != nil {
		return err
	}
	if err := f.AutoFilter(sheet, "A1:"+cellName(2, len(totals)), nil); err != nil {
		return err
	}

	chartRow, noVary := height+3, false
	ref := "'" + sheet + "'!"
	// A chart over each block: its column, rows, kind, title and the
	// columns of its categories and values.
	charts := []struct {
		col, n     int
		kind       excelize.ChartType
		title      string
		cats, vals string
	}{
		{1, len(types) - 1, excelize.Bar, "Documents per activity type", "L", "M"},
		{11, len(years) - 1, excelize.Col, "People counted per year", "O", "Q"},
		{19, len(mains) - 1, excelize.Bar, "Documents per main type", "T", "U"},
	}
	for _, c := range charts {
		if c.n <= 0 {
			continue
		}
		last := strconv.Itoa(c.n + 1)
		chart := &excelize.Chart{
			Type:       c.kind,
			VaryColors: &noVary,
			Dimension:  excelize.ChartDimension{Width: 560, Height: 320},
			Title:      chartTitle(labels.Name(c.title)),
			Legend:     excelize.ChartLegend{Position: "none"},
			Series: []excelize.ChartSeries{{
				Name:       ref + "$" + c.vals + "$1",
				Categories: ref + "$" + c.cats + "$2:$" + c.cats + "$" + last,
				Values:     ref + "$" + c.vals + "$2:$" + c.vals + "$" + last,
			}},
			YAxis:    excelize.ChartAxis{MajorGridLines: true},
			PlotArea: excelize.ChartPlotArea{ShowVal: true},
		}
		if c.kind == excelize.Bar { // one bar a type, the first on top
			chart.Dimension.Height = uint(160 + 22*c.n)
			chart.XAxis = excelize.ChartAxis{ReverseOrder: true}
		}
		if err := f.AddChart(sheet, cellName(c.col, chartRow), chart); err != nil {
			return err
		}
	}
	return nil
}

func chartTitle(text string) excelize.ChartTitle {
	return excelize.ChartTitle{Paragraph: []excelize.RichTextRun{{Text: text}}}
}

// typeLabel is the type's label, or its id when the rules give none.
func typeLabel(t *stats.Type) string {
	if t.Label == "" {
		return t.ID
	}
	return t.Label
}
