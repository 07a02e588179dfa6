package export

import (
	"bytes"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

func TestLimitsCut(t *testing.T) {
	l := limits{rows: 10, cellChars: 30}
	tests := []struct {
		text string
		cut  bool
	}{
		{"短文本", false},
		{strings.Repeat("社", 30), false},
		{strings.Repeat("社", 31), true},
		{strings.Repeat("𠀀", 16), true}, // 32 UTF-16 units
		{strings.Repeat("a", 31), true},
	}
	for _, tt := range tests {
		got, cut := l.cut(tt.text)
		if cut != tt.cut {
			t.Errorf("cut(%q) = %v, want %v", tt.text, cut, tt.cut)
			continue
		}
		if !cut {
			if got != tt.text {
				t.Errorf("cut(%q) changed an uncut text to %q", tt.text, got)
			}
			continue
		}
		if utf16Len(got) > l.cellChars || !strings.HasSuffix(got, "…[cut: "+strconv.Itoa(utf16Len(tt.text))+" characters in all]") {
			t.Errorf("cut(%q) = %q (%d units)", tt.text, got, utf16Len(got))
		}
		if !strings.HasPrefix(tt.text, got[:strings.Index(got, "…[cut")]) {
			t.Errorf("cut(%q) = %q: not a prefix", tt.text, got)
		}
	}
	if l.parts(0) != 1 || l.parts(9) != 1 || l.parts(10) != 2 || l.parts(27) != 3 || l.parts(28) != 4 {
		t.Errorf("parts: %d %d %d %d %d", l.parts(0), l.parts(9), l.parts(10), l.parts(27), l.parts(28))
	}
}

// TestWorkbookLimits writes the fixture with a limit of 3 rows a sheet
// (header and 2 data rows) and 40 characters a cell.
func TestWorkbookLimits(t *testing.T) {
	saved := excelLimits
	excelLimits = limits{rows: 3, cellChars: 40}
	t.Cleanup(func() { excelLimits = saved })
	recs := fixture()
	var want [][]string // the Quantities rows written with no limit
	{
		excelLimits = saved
		f := openWorkbook(t, recs, fixtureAbout)
		want = rows(t, f, sheetQuantities)[1:]
		excelLimits = limits{rows: 3, cellChars: 40}
	}
	var buf bytes.Buffer
	if err := WriteWorkbook(&buf, recs, fixtureFailures, fixtureAbout); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sheets := f.GetSheetList()
	i := slices.Index(sheets, sheetQuantities)
	if i < 0 || i+1 >= len(sheets) || sheets[i+1] != "Quantities (2)" {
		t.Fatalf("sheets = %v: want Quantities (2) right after Quantities", sheets)
	}
	var got [][]string
	header := rows(t, f, sheetQuantities)[0]
	for part := 1; ; part++ {
		name := partName(sheetQuantities, part)
		if !slices.Contains(sheets, name) {
			break
		}
		rs := rows(t, f, name)
		if !slices.Equal(rs[0], header) || len(rs) > 3 {
			t.Errorf("%s: header %v, %d rows", name, rs[0], len(rs))
		}
		got = append(got, rs[1:]...)
	}
	if len(got) != len(want) {
		t.Fatalf("%d quantity rows over the parts, want %d", len(got), len(want))
	}
	for r := range want {
		for c := range want[r] {
			w := want[r][c]
			if cut, was := excelLimits.cut(w); was {
				w = cut
			}
			if got[r][c] != w {
				t.Errorf("row %d col %d = %q, want %q", r+1, c+1, got[r][c], w)
			}
		}
	}
	about := rows(t, f, sheetAbout)
	// The notes are cut too at 40 characters: check their beginnings.
	var split, cut bool
	for _, r := range about {
		if len(r) > 2 && r[1] == "split sheet" && strings.HasPrefix(r[2], "Quantities ") {
			split = true
		}
		if len(r) > 2 && r[1] == "cut cells" {
			cut = true
		}
	}
	if !split || !cut {
		t.Errorf("About notes split=%v cut=%v:\n%v", split, cut, about)
	}
}
