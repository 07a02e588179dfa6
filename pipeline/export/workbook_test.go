package export

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/zongjie/zongjie/pipeline/extract"
	"github.com/zongjie/zongjie/pipeline/stats"
)

func writeFixture(t testing.TB) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := WriteWorkbook(&buf, fixture(), fixtureFailures, fixtureAbout); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func openFixture(t *testing.T) *excelize.File {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(writeFixture(t)))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

func rows(t *testing.T, f *excelize.File, sheet string) [][]string {
	t.Helper()
	rs, err := f.GetRows(sheet)
	if err != nil {
		t.Fatal(err)
	}
	return rs
}

// cell reads a cell and fails the test on error.
func cell(t *testing.T, f *excelize.File, sheet, ref string) string {
	t.Helper()
	v, err := f.GetCellValue(sheet, ref)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func TestWorkbookSheets(t *testing.T) {
	f := openFixture(t)
	if got := f.GetSheetList(); !slices.Equal(got, sheetOrder) {
		t.Fatalf("sheets = %v, want %v", got, sheetOrder)
	}
	if f.GetActiveSheetIndex() != 0 {
		t.Errorf("active sheet = %d, want Summary", f.GetActiveSheetIndex())
	}
	headers := map[string][]string{
		sheetDocuments:  names(documentColumns),
		sheetActivities: names(activityColumns),
		sheetQuantities: names(quantityColumns),
		sheetMoney:      names(moneyColumns),
		sheetDates:      names(dateColumns),
		sheetTerms:      names(termColumns),
		sheetErrors:     names(errorColumns),
		sheetAbout:      {"section", "name", "value"},
		sheetTypes:      {"type", "label", "documents", "activities", "hits", "", "type", "2016", "2017", "no_year"},
	}
	filters := map[string]string{}
	for _, d := range f.GetDefinedName() {
		if d.Name == "_xlnm._FilterDatabase" {
			filters[d.Scope] = d.RefersTo
		}
	}
	for _, sheet := range sheetOrder {
		panes, err := f.GetPanes(sheet)
		if err != nil {
			t.Fatal(err)
		}
		if !panes.Freeze || panes.YSplit != 1 || panes.TopLeftCell != "A2" {
			t.Errorf("%s: panes = %+v, want header frozen", sheet, panes)
		}
		if filters[sheet] == "" {
			t.Errorf("%s: no autofilter", sheet)
		}
		style, err := f.GetCellStyle(sheet, "A1")
		if err != nil {
			t.Fatal(err)
		}
		if s, err := f.GetStyle(style); err != nil || s.Font == nil || !s.Font.Bold {
			t.Errorf("%s: A1 not bold", sheet)
		}
		if want, ok := headers[sheet]; ok {
			if got := rows(t, f, sheet)[0]; !slices.Equal(got, want) {
				t.Errorf("%s header = %q, want %q", sheet, got, want)
			}
		}
	}
	if got, want := filters[sheetQuantities], "'Quantities'!$A$1:$O$7"; got != want {
		t.Errorf("Quantities autofilter = %q, want %q", got, want)
	}
	if w, _ := f.GetColWidth(sheetQuantities, "O"); w != 80 {
		t.Errorf("Quantities sentence width = %v, want 80", w)
	}
}

func names[R any](cols []column[R]) []string {
	out := make([]string, len(cols))
	for i, c := range cols {
		out[i] = c.name
	}
	return out
}

func TestWorkbookQuantities(t *testing.T) {
	f := openFixture(t)
	rs := rows(t, f, sheetQuantities)
	if len(rs) != 7 {
		t.Fatalf("Quantities has %d rows, want header + 6", len(rs))
	}
	// Row 3 is the second quantity of document 1: 226人 in activity 1.
	want := []string{"1", "corpus/2016-social-work-day-summary.txt", "1", "226", "", "人", "people", "群眾",
		"FALSE", "FALSE", "FALSE", "", "226人", strconv.Itoa(at(text1, "226人")), "共發放宣傳材料600余份，服務群眾226人。"}
	if !slices.Equal(rs[2], want) {
		t.Errorf("226 row = %q\nwant        %q", rs[2], want)
	}
	if typ, _ := f.GetCellType(sheetQuantities, "D3"); typ != excelize.CellTypeUnset && typ != excelize.CellTypeNumber {
		t.Errorf("value 226 stored as cell type %v, want a number", typ)
	}
	if typ, _ := f.GetCellType(sheetQuantities, "I3"); typ != excelize.CellTypeBool {
		t.Errorf("approx stored as cell type %v, want a boolean", typ)
	}
	// Row 5 is 数十人: vague, no value (an empty cell, not 0), activity 1 of doc 2.
	if got := rs[4]; got[0] != "2" || got[2] != "1" || got[3] != "" || got[9] != "TRUE" || got[12] != "数十人" {
		t.Errorf("vague row = %q", got)
	}
	// Row 6 is the redacted count in activity 二 (index 2).
	if got := rs[5]; got[2] != "2" || got[3] != "" || got[10] != "TRUE" {
		t.Errorf("redacted row = %q", got)
	}
}

// TestRepeatOfAndPerColumns: a demonstrative repeat shows the offset of the
// count it repeats, a per-period amount its period; both empty otherwise.
func TestRepeatOfAndPerColumns(t *testing.T) {
	cell := func(cols []column[quantityRow], name string, r quantityRow) any {
		for _, c := range cols {
			if c.name == name {
				return c.value(r)
			}
		}
		t.Fatalf("no column %q", name)
		return nil
	}
	if got := cell(quantityColumns, "repeat_of", quantityRow{q: &extract.Quantity{RepeatOf: ip(12)}}); got != 12 {
		t.Errorf("repeat_of = %v, want 12", got)
	}
	if got := cell(quantityColumns, "repeat_of", quantityRow{q: &extract.Quantity{}}); got != nil {
		t.Errorf("repeat_of of a first mention = %v, want empty", got)
	}
	for _, c := range moneyColumns {
		if c.name == "per" {
			if got := c.value(moneyRow{m: &extract.Money{Per: "月"}}); got != "月" {
				t.Errorf("per = %v, want 月", got)
			}
			return
		}
	}
	t.Error("Money has no per column")
}

func TestWorkbookMoneyDatesActivities(t *testing.T) {
	f := openFixture(t)
	money := rows(t, f, sheetMoney)
	if got := money[2]; got[0] != "2" || got[2] != "1" || got[3] != "10000" || got[4] != "50000" || got[8] != "1万-5万元" {
		t.Errorf("money range row = %q", got)
	}
	if got := money[1]; got[2] != "2" || got[3] != "1000" || got[4] != "" {
		t.Errorf("money 1000 row = %q", got)
	}
	dates := rows(t, f, sheetDates)
	// 20××年3月17日-26日: no written year, redacted, year inferred from the title; before any activity.
	want := []string{"1", "corpus/2016-social-work-day-summary.txt", "", "", "3", "17", "", "", "26", "TRUE", "2016", "20××年3月17日-26日", "0"}
	if got := dates[1][:len(want)]; !slices.Equal(got, want) {
		t.Errorf("date row = %q\nwant     %q", got, want)
	}
	acts := rows(t, f, sheetActivities)
	if len(acts) != 5 {
		t.Fatalf("Activities has %d rows, want 5", len(acts))
	}
	if got := acts[2]; got[0] != "1" || got[2] != "2" || got[6] != "visit, donation" || got[7] != "1" || got[8] != "1" {
		t.Errorf("activity row = %q", got)
	}
	if got := acts[3]; got[4] != "一" || got[11] != "一、走访空巢老人数十人，捐赠物资价值1万-5万元。" {
		t.Errorf("activity 一 row = %q", got)
	}
}

func TestWorkbookDocuments(t *testing.T) {
	f := openFixture(t)
	docs := rows(t, f, sheetDocuments)
	if len(docs) != 4 {
		t.Fatalf("Documents has %d rows, want 4", len(docs))
	}
	checks := []struct{ ref, want string }{
		{"A2", "1"}, {"G2", "2016"}, {"M2", "226"}, {"N2", "1000"}, {"O2", "publicity, visit, donation"},
		{"P2", "publicity"}, {"Q2", ""}, {"O3", "elderly, volunteer"}, {"P3", "elderly"}, {"Q3", "visit"},
		{"S2", "mojibake: 卦L"}, {"F3", "2017年敬老志愿活动总结<b>"}, {"M3", "120"}, {"N3", "10000"},
		{"G4", ""}, {"I4", "0"}, {"P4", ""}, {"R3", "志愿者"}, {"T2", ""}, {"T3", "2017-06-01"},
	}
	for _, c := range checks {
		if got := cell(t, f, sheetDocuments, c.ref); got != c.want {
			t.Errorf("Documents!%s = %q, want %q", c.ref, got, c.want)
		}
	}
}

func TestWorkbookTerms(t *testing.T) {
	f := openFixture(t)
	terms := rows(t, f, sheetTerms)
	var words []string
	for _, r := range terms[1:] {
		words = append(words, r[0]+"/"+r[1])
	}
	// Frequency 4 ties between 志愿者 and 社工 are broken by the word.
	if want := []string{"志愿者/n", "社工/n", "宣传/v"}; !slices.Equal(words, want) {
		t.Fatalf("terms = %q, want %q", words, want)
	}
	cases := []struct {
		row      int
		freq, df string
		tfidf    float64
	}{
		{2, "4", "1", 4 * math.Log(3)},
		{3, "4", "2", 4 * math.Log(3.0/2)},
		{4, "3", "2", 3 * math.Log(3.0/2)},
	}
	for _, c := range cases {
		r := terms[c.row-1]
		if r[2] != c.freq || r[3] != c.df {
			t.Errorf("%s: freq, df = %s, %s; want %s, %s", r[0], r[2], r[3], c.freq, c.df)
		}
		got, err := strconv.ParseFloat(cell(t, f, sheetTerms, fmt.Sprintf("E%d", c.row)), 64)
		if err != nil || math.Abs(got-c.tfidf) > 1e-9 {
			t.Errorf("%s: tf_idf = %v (%v), want %v", r[0], got, err, c.tfidf)
		}
	}
}

func TestWorkbookTypes(t *testing.T) {
	f := openFixture(t)
	types := rows(t, f, sheetTypes)
	want := [][]string{
		// documents count the types a document is about: rec2 (2017)
		// only mentions visit; its items still count as activities
		{"donation", "捐赠救助", "1", "2", "1", "", "donation", "1", "0", "0"},
		{"elderly", "为老服务", "1", "2", "3", "", "elderly", "0", "1", "0"},
		{"publicity", "宣传教育", "1", "1", "3", "", "publicity", "1", "0", "0"},
		{"visit", "走访慰问", "1", "2", "1", "", "visit", "1", "0", "0"},
		{"volunteer", "志愿服务", "1", "0", "1", "", "volunteer", "0", "1", "0"},
	}
	if len(types) != len(want)+1 {
		t.Fatalf("Types has %d rows, want %d", len(types), len(want)+1)
	}
	for i, w := range want {
		if !slices.Equal(types[i+1], w) {
			t.Errorf("Types row %d = %q, want %q", i+2, types[i+1], w)
		}
	}
}

func TestWorkbookSummary(t *testing.T) {
	f := openFixture(t)
	totals := map[string]string{}
	for _, r := range rows(t, f, sheetSummary)[1:] {
		if len(r) >= 2 && r[0] != "" {
			totals[r[0]] = r[1]
		}
	}
	want := map[string]string{
		"documents": "3", "failed_files": "1", "tokens": "93", "activities": "4", "quantities": "6",
		"people": "346", "households": "16", "materials": "600", "money_mentions": "2",
		"money_total_yuan": "11000", "dates": "2", "documents_with_year": "2",
	}
	for k, v := range want {
		if totals[k] != v {
			t.Errorf("Summary %s = %q, want %q", k, totals[k], v)
		}
	}
	// Year block: people counted per year; main-type block: documents
	// per main type, by documents then id; type block: rec2's mention of
	// visit is not counted.
	for ref, v := range map[string]string{"O2": "2016", "Q2": "226", "O3": "2017", "Q3": "120", "O4": "no_year", "P4": "1",
		"S1": "main_type", "S2": "elderly", "T2": "为老服务", "U2": "1", "S3": "publicity", "U3": "1", "S4": "",
		"K2": "donation", "M2": "1", "K5": "visit", "M5": "1"} {
		if got := cell(t, f, sheetSummary, ref); got != v {
			t.Errorf("Summary!%s = %q, want %q", ref, got, v)
		}
	}
	// Kind block: people has 4 mentions summing 346, one vague, one redacted.
	kinds := map[string][]string{}
	for _, r := range rows(t, f, sheetSummary)[1:] {
		if len(r) > 8 && r[3] != "" {
			kinds[r[3]] = r[4:9]
		}
	}
	if got := kinds["people"]; !slices.Equal(got, []string{"4", "346", "0", "1", "1"}) {
		t.Errorf("people kind = %q", got)
	}
}

func TestWorkbookCharts(t *testing.T) {
	data := writeFixture(t)
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	parts := map[string]bool{}
	for _, zf := range zr.File {
		parts[zf.Name] = true
	}
	for _, p := range []string{"xl/charts/chart1.xml", "xl/charts/chart2.xml", "xl/charts/chart3.xml", "xl/drawings/drawing1.xml"} {
		if !parts[p] {
			t.Errorf("workbook has no %s", p)
		}
	}
	rels, err := zr.Open("xl/worksheets/_rels/sheet1.xml.rels")
	if err != nil {
		t.Fatalf("Summary sheet has no relationships: %v", err)
	}
	var buf bytes.Buffer
	buf.ReadFrom(rels)
	if !bytes.Contains(buf.Bytes(), []byte("drawing1.xml")) {
		t.Errorf("Summary sheet does not hold the drawing: %s", buf.Bytes())
	}
	chart, _ := zr.Open("xl/charts/chart1.xml")
	buf.Reset()
	buf.ReadFrom(chart)
	if !bytes.Contains(buf.Bytes(), []byte("Summary&#39;!$M$2:$M$6")) {
		t.Errorf("chart1 does not plot the type counts")
	}
	chart, _ = zr.Open("xl/charts/chart3.xml")
	buf.Reset()
	buf.ReadFrom(chart)
	if !bytes.Contains(buf.Bytes(), []byte("Summary&#39;!$U$2:$U$3")) {
		t.Errorf("chart3 does not plot the main-type counts")
	}
}

func TestWorkbookErrorsAbout(t *testing.T) {
	f := openFixture(t)
	errs := rows(t, f, sheetErrors)
	if len(errs) != 2 || !slices.Equal(errs[1], []string{"corpus/broken.docx", "ingest", "zip: not a valid zip file"}) {
		t.Errorf("Errors = %q", errs)
	}
	about := rows(t, f, sheetAbout)
	if !slices.Equal(about[1], []string{"version", "zongjie", "v0.1.0-test"}) {
		t.Errorf("About version row = %q", about[1])
	}
	if !slices.Equal(about[4], []string{"digest", "dict/rules.toml", "sha256:0123abcd"}) {
		t.Errorf("About digest row = %q", about[4])
	}
	if last := about[len(about)-1]; last[2] != generationNote {
		t.Errorf("About last row = %q", last)
	}
}

func TestWorkbookDeterministic(t *testing.T) {
	first := writeFixture(t)
	for range 4 {
		if again := writeFixture(t); !bytes.Equal(first, again) {
			t.Fatal("two writes of the same input differ")
		}
	}
	f, err := excelize.OpenReader(bytes.NewReader(first))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	props, err := f.GetDocProps()
	if err != nil {
		t.Fatal(err)
	}
	if props.Created != "2000-01-01T00:00:00Z" || props.Modified != props.Created {
		t.Errorf("document times = %q, %q; want fixed", props.Created, props.Modified)
	}
}

func TestWorkbookEmpty(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteWorkbook(&buf, nil, nil, About{}); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if got := cell(t, f, sheetSummary, "B2"); got != "0" {
		t.Errorf("documents = %q, want 0", got)
	}
}

// syntheticRecords are n documents of realistic size for benchmarks.
func syntheticRecords(n int) []extract.Record {
	base := fixture()
	recs := make([]extract.Record, n)
	for i := range recs {
		r := base[i%2]
		r.Source = fmt.Sprintf("corpus/%04d.txt", i)
		r.Year = ip(2010 + i%10)
		for range 6 {
			r.Quantities = append(r.Quantities, r.Quantities[:3]...)
		}
		r.Money = append(r.Money, r.Money...)
		r.Dates = append(r.Dates, r.Dates...)
		terms := make([]extract.Term, 0, 60)
		for j := range 60 {
			terms = append(terms, extract.Term{Word: fmt.Sprintf("词%d", (i*7+j*13)%3000), POS: "n", Count: 1 + j%5})
		}
		r.Terms = terms
		recs[i] = r
	}
	return recs
}

func BenchmarkWriteWorkbook1000(b *testing.B) {
	recs := syntheticRecords(1000)
	b.ReportAllocs()
	var size int
	for b.Loop() {
		var buf bytes.Buffer
		if err := WriteWorkbook(&buf, recs, fixtureFailures, fixtureAbout); err != nil {
			b.Fatal(err)
		}
		size = buf.Len()
	}
	b.ReportMetric(float64(size), "bytes/workbook")
}

// TestWorkbookWhileRunning: the value sheets' rows taken as the records
// arrive (Workbook.Add), the workbook written at the end, give the bytes
// of WriteWorkbook, in both languages, with and without sheets split at
// the row limit (3 rows a sheet here) and cells cut (40 characters).
func TestWorkbookWhileRunning(t *testing.T) {
	saved := excelLimits
	t.Cleanup(func() { excelLimits = saved })
	recs := syntheticRecords(40)
	for _, lim := range []limits{saved, {rows: 3, cellChars: 40}, {rows: 1 << 20, cellChars: 40}} {
		for _, lang := range []string{"en", "zh"} {
			excelLimits = lim
			about := fixtureAbout
			about.Lang = lang
			var want bytes.Buffer
			if err := WriteWorkbook(&want, recs, fixtureFailures, about); err != nil {
				t.Fatal(err)
			}
			b, err := NewWorkbook(lang, about.Version)
			if err != nil {
				t.Fatal(err)
			}
			for i := range recs {
				if err := b.Add(&recs[i]); err != nil {
					t.Fatal(err)
				}
			}
			var got bytes.Buffer
			if err := b.Write(&got, SliceRecords(recs), stats.Of(recs), fixtureFailures, about); err != nil {
				t.Fatal(err)
			}
			b.Close()
			if !bytes.Equal(got.Bytes(), want.Bytes()) {
				t.Errorf("rows %d, cells %d, %s: the workbook written while running differs from WriteWorkbook's", lim.rows, lim.cellChars, lang)
			}
		}
	}
	b, err := NewWorkbook("en", "v1")
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	if err := b.Write(io.Discard, SliceRecords(nil), stats.New(), nil, About{Version: "v2"}); err == nil {
		t.Error("a workbook started for one version was written for another")
	}
}

// TestWorkbookEarlyCompression: the value sheets compressed before Write
// (Compress) are taken by their zip entries and give WriteWorkbook's
// bytes; a part whose head is not the one excelize writes is compressed
// whole instead, with the same bytes.
func TestWorkbookEarlyCompression(t *testing.T) {
	recs := syntheticRecords(40)
	about := fixtureAbout
	about.Lang = "zh"
	var want bytes.Buffer
	if err := WriteWorkbook(&want, recs, fixtureFailures, about); err != nil {
		t.Fatal(err)
	}
	for _, wrongHead := range []bool{false, true} {
		b, err := NewWorkbook(about.Lang, about.Version)
		if err != nil {
			t.Fatal(err)
		}
		for i := range recs {
			if err := b.Add(&recs[i]); err != nil {
				t.Fatal(err)
			}
		}
		if err := b.Compress(); err != nil {
			t.Fatal(err)
		}
		for k, p := range b.spool.early {
			if p == nil {
				t.Fatalf("sheet %s not compressed early", valueSheets[k].name)
			}
			if wrongHead {
				p.wait()
				p.head = bytes.Replace(p.head, []byte("<sheetData>"), []byte("<sheetData >"), 1)
			}
		}
		var got bytes.Buffer
		if err := b.Write(&got, SliceRecords(recs), stats.Of(recs), fixtureFailures, about); err != nil {
			t.Fatal(err)
		}
		for k, p := range b.spool.early {
			if p.taken == wrongHead {
				t.Errorf("head changed %v: sheet %s's early compression taken: %v", wrongHead, valueSheets[k].name, p.taken)
			}
		}
		b.Close()
		if !bytes.Equal(got.Bytes(), want.Bytes()) {
			t.Errorf("head changed %v: the workbook differs from WriteWorkbook's", wrongHead)
		}
	}
}
