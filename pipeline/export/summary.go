package export

import (
	"slices"
	"strconv"

	"github.com/xuri/excelize/v2"
)

// writeSummary fills the Summary sheet: four blocks side by side under one
// frozen header row — corpus totals (A:B), quantities by kind (D:I),
// documents per activity type (K:M), documents and people per year (O:Q) —
// and below them a bar chart over the type block and a column chart over the
// year block.
func writeSummary(f *excelize.File, headerStyle int, s *corpusStats, labels *Labels) error {
	sheet := labels.Name(sheetSummary)
	totals := [][]any{
		{"measure", "value"},
		{"documents", s.docs},
		{"failed_files", s.failed},
		{"tokens", s.tokens},
		{"activities", s.activities},
		{"quantities", s.quantities},
		{"people", s.kind("people")},
		{"households", s.kind("households")},
		{"materials", s.kind("materials")},
		{"money_mentions", s.moneyMentions},
		{"money_total_yuan", s.moneyTotal},
		{"dates", s.dates},
		{"documents_with_year", s.docsWithYear},
	}
	kinds := [][]any{{"kind", "mentions", "sum", "approx", "vague", "redacted"}}
	for _, name := range s.sortedKinds() {
		k := s.kinds[name]
		kinds = append(kinds, []any{name, k.mentions, k.sum, k.approx, k.vague, k.redacted})
	}
	types := [][]any{{"type", "label", "documents"}}
	for _, t := range s.types {
		label := t.label
		if label == "" {
			label = t.id
		}
		types = append(types, []any{t.id, label, t.docs})
	}
	years := [][]any{{"year", "documents", "people"}}
	for _, y := range s.sortedYears() {
		years = append(years, []any{y, s.years[y].docs, s.years[y].people})
	}
	if s.noYear.docs > 0 {
		years = append(years, []any{"no_year", s.noYear.docs, s.noYear.people})
	}
	// Headers and measure names in the chosen language; values stay data.
	for _, block := range [][][]any{totals, kinds, types, years} {
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
	if n := len(types) - 1; n > 0 {
		if err := f.AddChart(sheet, cellName(1, chartRow), &excelize.Chart{
			Type:       excelize.Bar,
			VaryColors: &noVary,
			Dimension:  excelize.ChartDimension{Width: 560, Height: uint(160 + 22*n)},
			Title:      chartTitle(labels.Name("Documents per activity type")),
			Legend:     excelize.ChartLegend{Position: "none"},
			Series: []excelize.ChartSeries{{
				Name:       ref + "$M$1",
				Categories: ref + "$L$2:$L$" + strconv.Itoa(n+1),
				Values:     ref + "$M$2:$M$" + strconv.Itoa(n+1),
			}},
			YAxis:    excelize.ChartAxis{MajorGridLines: true},
			XAxis:    excelize.ChartAxis{ReverseOrder: true},
			PlotArea: excelize.ChartPlotArea{ShowVal: true},
		}); err != nil {
			return err
		}
	}
	if n := len(years) - 1; n > 0 {
		if err := f.AddChart(sheet, cellName(11, chartRow), &excelize.Chart{
			Type:       excelize.Col,
			VaryColors: &noVary,
			Dimension:  excelize.ChartDimension{Width: 560, Height: 320},
			Title:      chartTitle(labels.Name("People counted per year")),
			Legend:     excelize.ChartLegend{Position: "none"},
			Series: []excelize.ChartSeries{{
				Name:       ref + "$Q$1",
				Categories: ref + "$O$2:$O$" + strconv.Itoa(n+1),
				Values:     ref + "$Q$2:$Q$" + strconv.Itoa(n+1),
			}},
			YAxis:    excelize.ChartAxis{MajorGridLines: true},
			PlotArea: excelize.ChartPlotArea{ShowVal: true},
		}); err != nil {
			return err
		}
	}
	return nil
}

func chartTitle(text string) excelize.ChartTitle {
	return excelize.ChartTitle{Paragraph: []excelize.RichTextRun{{Text: text}}}
}
