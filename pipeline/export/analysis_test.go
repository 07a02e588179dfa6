package export

import (
	"bytes"
	"slices"
	"strconv"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/zongjie/zongjie/pipeline/extract"
	"github.com/zongjie/zongjie/pipeline/kwic"
)

// openWorkbook writes recs with about and reads the workbook back.
func openWorkbook(t *testing.T, recs []extract.Record, about About) *excelize.File {
	t.Helper()
	var buf bytes.Buffer
	if err := WriteWorkbook(&buf, recs, nil, about); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

// fixtureVars are document variables for the three fixture documents:
// the second has no row, the third an empty kind.
func fixtureVars(by string) *DocVars {
	return &DocVars{
		Columns: []string{"city", "kind"},
		Values:  [][]string{{"兰州", "社区"}, nil, {"西宁", ""}},
		By:      by,
	}
}

func TestWorkbookEntities(t *testing.T) {
	const text = "一、走访××社区居委会。二、看望紅沙溝小學学生。"
	e1 := extract.Entity{Text: "××社区居委会", Kind: extract.KindOrg, Redacted: true,
		Offset: at(text, "××社区居委会"), Sentence: "一、走访××社区居委会。"}
	e2 := extract.Entity{Text: "紅沙溝小學", Kind: extract.KindPlace,
		Offset: at(text, "紅沙溝小學"), Sentence: "二、看望紅沙溝小學学生。"}
	e3 := extract.Entity{Text: "××市", Kind: extract.KindPlace, Redacted: true, Offset: 0, Sentence: "××市"}
	recs := []extract.Record{
		{Source: "a.txt", Text: "××市", Entities: []extract.Entity{e3}},
		{Source: "b.txt", Text: text, Entities: []extract.Entity{e1, e2},
			Activities: []extract.Activity{
				{Index: 1, Number: "一", Text: "一、走访××社区居委会。", Offset: 0},
				{Index: 2, Number: "二", Text: "二、看望紅沙溝小學学生。", Offset: at(text, "二、")},
			}},
	}
	f := openWorkbook(t, recs, About{})
	got := rows(t, f, sheetEntities)
	want := [][]string{
		names(entityColumns),
		{"1", "a.txt", "", "place", "××市", "TRUE", "0", "××市"},
		{"2", "b.txt", "1", "org", "××社区居委会", "TRUE", strconv.Itoa(e1.Offset), "一、走访××社区居委会。"},
		{"2", "b.txt", "2", "place", "紅沙溝小學", "FALSE", strconv.Itoa(e2.Offset), "二、看望紅沙溝小學学生。"},
	}
	if len(got) != len(want) {
		t.Fatalf("Entities has %d rows, want %d: %q", len(got), len(want), got)
	}
	for i := range want {
		if !slices.Equal(got[i], want[i]) {
			t.Errorf("Entities row %d = %q\nwant             %q", i+1, got[i], want[i])
		}
	}
	if typ, _ := f.GetCellType(sheetEntities, "F2"); typ != excelize.CellTypeBool {
		t.Errorf("redacted stored as cell type %v, want a boolean", typ)
	}
	if typ, _ := f.GetCellType(sheetEntities, "C2"); typ != excelize.CellTypeUnset {
		t.Errorf("activity outside any item stored as cell type %v, want an empty cell", typ)
	}
}

func TestWorkbookDocumentTypes(t *testing.T) {
	f := openFixture(t)
	got := rows(t, f, sheetDocTypes)
	want := [][]string{
		// type columns in rule order as first seen: rec1's, then rec2's new ones
		// every hit, about or mentioned (rec2's visit)
		{"doc", "source", "year", "publicity", "visit", "donation", "elderly", "volunteer", "main_type", "mentioned", "evidence"},
		{"1", "corpus/2016-social-work-day-summary.txt", "2016", "3", "1", "1", "0", "0", "publicity", "",
			"publicity: 宣传 宣传材料; visit: 走访; donation: 慰问金"},
		{"2", "corpus/2017 敬老 & 志愿.html", "2017", "0", "1", "0", "3", "1", "elderly", "visit",
			"elderly: 敬老 老人; volunteer: 志愿者; visit: 走访"},
		{"3", "corpus/empty.docx", "", "0", "0", "0", "0", "0"},
	}
	if len(got) != len(want) {
		t.Fatalf("DocumentTypes has %d rows, want %d: %q", len(got), len(want), got)
	}
	for i := range want {
		if !slices.Equal(got[i], want[i]) {
			t.Errorf("DocumentTypes row %d = %q\nwant                  %q", i+1, got[i], want[i])
		}
	}
	if typ, _ := f.GetCellType(sheetDocTypes, "D2"); typ != excelize.CellTypeUnset && typ != excelize.CellTypeNumber {
		t.Errorf("hits stored as cell type %v, want a number", typ)
	}
}

func TestWorkbookDocumentsMeta(t *testing.T) {
	f := openWorkbook(t, fixture(), About{Vars: fixtureVars("")})
	docs := rows(t, f, sheetDocuments)
	n := len(documentColumns)
	if got := docs[0][n:]; !slices.Equal(got, []string{"city", "kind"}) {
		t.Fatalf("Documents header ends %q, want the --meta columns city, kind", got)
	}
	r, _ := excelize.ColumnNumberToName(n + 1)
	k, _ := excelize.ColumnNumberToName(n + 2)
	checks := []struct{ ref, want string }{
		{r + "2", "兰州"}, {k + "2", "社区"},
		{r + "3", ""}, {k + "3", ""}, // no row for document 2
		{r + "4", "西宁"}, {k + "4", ""},
		{"B2", "corpus/2016-social-work-day-summary.txt"}, // fixed columns unchanged
	}
	for _, c := range checks {
		if got := cell(t, f, sheetDocuments, c.ref); got != c.want {
			t.Errorf("Documents!%s = %q, want %q", c.ref, got, c.want)
		}
	}
	// without --by the Types sheet is still by year
	if got := rows(t, f, sheetTypes)[0]; !slices.Equal(got[6:], []string{"type", "2016", "2017", "no_year"}) {
		t.Errorf("Types header = %q, want by year", got)
	}
}

func TestWorkbookTypesByVariable(t *testing.T) {
	f := openWorkbook(t, fixture(), About{Vars: fixtureVars("city")})
	types := rows(t, f, sheetTypes)
	want := [][]string{
		{"type", "label", "documents", "activities", "hits", "", "type \\ city", "(none)", "兰州", "西宁"},
		// rec2 (no city) only mentions visit: not counted
		{"donation", "捐赠救助", "1", "2", "1", "", "donation", "0", "1", "0"},
		{"elderly", "为老服务", "1", "2", "3", "", "elderly", "1", "0", "0"},
		{"publicity", "宣传教育", "1", "1", "3", "", "publicity", "0", "1", "0"},
		{"visit", "走访慰问", "1", "2", "1", "", "visit", "0", "1", "0"},
		{"volunteer", "志愿服务", "1", "0", "1", "", "volunteer", "1", "0", "0"},
	}
	if len(types) != len(want) {
		t.Fatalf("Types has %d rows, want %d: %q", len(types), len(want), types)
	}
	for i := range want {
		if !slices.Equal(types[i], want[i]) {
			t.Errorf("Types row %d = %q\nwant          %q", i+1, types[i], want[i])
		}
	}
	// the autofilter covers the per-type block only, not the cross-tab
	for _, d := range f.GetDefinedName() {
		if d.Name == "_xlnm._FilterDatabase" && d.Scope == sheetTypes && d.RefersTo != "'Types'!$A$1:$E$6" {
			t.Errorf("Types autofilter = %q, want the first five columns", d.RefersTo)
		}
	}
	// a by-variable workbook is as deterministic as any other
	var a, b bytes.Buffer
	for _, buf := range []*bytes.Buffer{&a, &b} {
		if err := WriteWorkbook(buf, fixture(), nil, About{Vars: fixtureVars("city")}); err != nil {
			t.Fatal(err)
		}
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("two writes with the same --meta differ")
	}
}

func TestWriteConcordance(t *testing.T) {
	lines := []kwic.Line{
		{Source: "a.txt", Offset: 2, Left: "社區", Word: "志願者", Right: "走訪老人"},
		{Source: "b.txt", Offset: 10, Left: "", Word: "志愿者", Right: "慰问"},
	}
	write := func() []byte {
		var buf bytes.Buffer
		if err := WriteConcordance(&buf, lines, "en"); err != nil {
			t.Fatal(err)
		}
		return buf.Bytes()
	}
	data := write()
	if !bytes.Equal(data, write()) {
		t.Error("two writes of the same lines differ")
	}
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if got := f.GetSheetList(); !slices.Equal(got, []string{"KWIC"}) {
		t.Fatalf("sheets = %q, want KWIC", got)
	}
	got := rows(t, f, "KWIC")
	want := [][]string{
		{"source", "offset", "left", "word", "right"},
		{"a.txt", "2", "社區", "志願者", "走訪老人"},
		{"b.txt", "10", "", "志愿者", "慰问"},
	}
	if len(got) != len(want) {
		t.Fatalf("KWIC has %d rows, want %d: %q", len(got), len(want), got)
	}
	for i := range want {
		if !slices.Equal(got[i], want[i]) {
			t.Errorf("KWIC row %d = %q, want %q", i+1, got[i], want[i])
		}
	}
	if typ, _ := f.GetCellType("KWIC", "B3"); typ != excelize.CellTypeUnset && typ != excelize.CellTypeNumber {
		t.Errorf("offset stored as cell type %v, want a number", typ)
	}
	panes, err := f.GetPanes("KWIC")
	if err != nil || !panes.Freeze || panes.TopLeftCell != "A2" {
		t.Errorf("KWIC panes = %+v, %v; want the header frozen", panes, err)
	}

	// no lines: a header-only sheet, not an error
	var empty bytes.Buffer
	if err := WriteConcordance(&empty, nil, "en"); err != nil {
		t.Fatal(err)
	}
	g, err := excelize.OpenReader(&empty)
	if err != nil {
		t.Fatal(err)
	}
	defer g.Close()
	if rs := rows(t, g, "KWIC"); len(rs) != 1 {
		t.Errorf("empty concordance has %d rows, want the header", len(rs))
	}
}
