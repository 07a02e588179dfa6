package export

import (
	"archive/zip"
	"bytes"
	"io"
	"math"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// setRowXML is the <sheetData> content excelize's StreamWriter.SetRow
// writes for rows (row i at row i+1).
func setRowXML(t testing.TB, rows [][]any) string {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	sw, err := f.NewStreamWriter("Sheet1")
	if err != nil {
		t.Fatal(err)
	}
	for i, r := range rows {
		if err := sw.SetRow(cellName(1, i+1), r); err != nil {
			t.Fatal(err)
		}
	}
	if err := sw.Flush(); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	zr, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		t.Fatal(err)
	}
	for _, zf := range zr.File {
		if zf.Name != "xl/worksheets/sheet1.xml" {
			continue
		}
		r, err := zf.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(r)
		if err != nil {
			t.Fatal(err)
		}
		s := string(b)
		start, end := strings.Index(s, "<sheetData>"), strings.Index(s, "</sheetData>")
		if start < 0 || end < 0 {
			t.Fatalf("no sheetData in %s", s)
		}
		return s[start+len("<sheetData>") : end]
	}
	t.Fatal("no sheet1.xml")
	return ""
}

func appendRowsXML(t testing.TB, rows [][]any) string {
	t.Helper()
	var b []byte
	for i, r := range rows {
		var err error
		if b, err = appendRow(b, i+1, r); err != nil {
			t.Fatal(err)
		}
	}
	return string(b)
}

// appendRow writes the bytes of excelize's SetRow for every kind of cell
// the value sheets hold, and texts that excelize escapes or marks.
func TestAppendRowIsSetRow(t *testing.T) {
	rows := [][]any{
		{1, "doc/0001.txt", nil, 600.0, nil, "人次", "people", "", true, false, false, nil, "600人次", 12, "社区服务600人次。"},
		{0, -7, 1 << 40, 0.0, -2.5, 0.1 + 0.2, 1e21, 123456789012345678.0, 1.0 / 3, math.Inf(1), math.Inf(-1), math.NaN(), 5e-324},
		{" leading", "trailing ", "\tTab", "line\nbreak\r\n", "a<b>&\"c'", "\x01\x7f\uFFFE\uFFFD", "bad\xffutf8", "_x0041_", "_x005F_x0041_", "a_x005F_b", "_x12G4_ _xABCD_"},
		{},
		{nil, nil, "尾"},
		{"" + strings.Repeat("长", 100)},
	}
	want := setRowXML(t, rows)
	if got := appendRowsXML(t, rows); got != want {
		t.Errorf("appendRow:\n%s\nSetRow:\n%s", got, want)
	}
	if _, err := appendRow(nil, 1, []any{int64(1)}); err == nil {
		t.Error("an int64 cell was written: the kinds are the value sheets' own")
	}
	if _, err := appendRow(nil, 1, []any{strings.Repeat("a", excelize.TotalCellChars+1)}); err == nil {
		t.Error("a cell past Excel's limit was written uncut")
	}
}

// Any text is written as excelize writes it.
func FuzzAppendRow(f *testing.F) {
	for _, s := range []string{"", " x", "社区_x0041_服务", "<&>\"'\t\n\r", "\x00\xff", "_x005F_x005F_"} {
		f.Add(s, 3.25)
	}
	f.Fuzz(func(t *testing.T, s string, v float64) {
		if len(s) > excelize.TotalCellChars {
			return
		}
		rows := [][]any{{s, v, nil, s}}
		if want, got := setRowXML(t, rows), appendRowsXML(t, rows); got != want {
			t.Errorf("%q, %v: appendRow %s, SetRow %s", s, v, got, want)
		}
	})
}

// plainXML is true only of texts that escaping leaves as they are; every
// text is written as excelize writes it either way.
func TestPlainXML(t *testing.T) {
	for _, tc := range []struct {
		s     string
		plain bool
	}{
		{"", true}, {"社区服务，共226人。", true}, {"line\nbreak", true}, {"\uFFFD", true}, {"\uFFFC", true},
		{"\uFFFE", false}, {"x\uFFFF", false}, {"\xef\xbf", false}, {"\xef", false}, {"a&b", false}, {"<", false},
		{`"`, false}, {"'", false}, {"\t", false}, {"\r", false}, {"\x01", false}, {"\xff", false}, {"社\xe4", false},
	} {
		if got := plainXML(tc.s); got != tc.plain {
			t.Errorf("plainXML(%q) = %v", tc.s, got)
		}
		if tc.plain && string(appendEscaped(nil, tc.s)) != tc.s {
			t.Errorf("%q is escaped", tc.s)
		}
		rows := [][]any{{tc.s}}
		if want, got := setRowXML(t, rows), appendRowsXML(t, rows); got != want {
			t.Errorf("%q: appendRow %s, SetRow %s", tc.s, got, want)
		}
	}
}
