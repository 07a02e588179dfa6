package export

import (
	"archive/zip"
	"bytes"
	"io"
	"regexp"
	"strings"
	"testing"
	"unicode"

	"github.com/xuri/excelize/v2"

	"github.com/zongjie/zongjie/pipeline/extract"
	"github.com/zongjie/zongjie/pipeline/kwic"
)

func TestLabelsTable(t *testing.T) {
	names, err := parseLabels(labelsTSV)
	if err != nil {
		t.Fatal(err)
	}
	for en, zh := range names {
		if !strings.ContainsFunc(zh, isHan) && zh != "TF-IDF" {
			t.Errorf("%q: Chinese name %q has no Chinese", en, zh)
		}
	}
	// The kinds of quantities name rows of the Summary.
	for _, kind := range extract.MeasureKinds() {
		if names[kind] == "" {
			t.Errorf("quantity kind %s has no Chinese name", kind)
		}
	}
	for _, sheet := range append(sheetOrder, "KWIC") {
		zh := names[sheet]
		// Excel's rules for a sheet name.
		if zh == "" || len([]rune(zh)) > 31 || strings.ContainsAny(zh, `:\/?*[]'`) {
			t.Errorf("sheet %s: Chinese name %q is not a sheet name", sheet, zh)
		}
	}
	for _, bad := range []string{"doc\n", "doc\t\n", "\t文档\n", "doc\t文档\ndoc\t文档号\n", "doc\t文\t档\n"} {
		if _, err := parseLabels(bad); err == nil {
			t.Errorf("parseLabels(%q): no error", bad)
		}
	}
	if _, err := NewLabels("fr"); err == nil {
		t.Errorf("NewLabels(fr): no error")
	}
}

func isHan(r rune) bool { return unicode.Is(unicode.Han, r) }

// latin finds a name left in English: a run of Latin letters that is not
// a known acronym or a data value.
var latin = regexp.MustCompile(`[A-Za-z_]{2,}`)

// TestWorkbookChinese writes the fixture in Chinese and reads back every
// name a reader sees: sheet names, header rows, Summary measures, About
// sections and notes, chart titles. Each must be Chinese; English left
// over means labels.tsv lacks a name.
func TestWorkbookChinese(t *testing.T) {
	var buf bytes.Buffer
	about := fixtureAbout
	about.Lang = "zh"
	if err := WriteWorkbook(&buf, fixture(), fixtureFailures, about); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	known := map[string]bool{"TF": true, "IDF": true, "ln": true, "zongjie": true}
	english := func(where, s string) {
		for _, m := range latin.FindAllString(s, -1) {
			if !known[m] {
				t.Errorf("%s: %q is not in Chinese", where, s)
				return
			}
		}
	}
	for _, sheet := range f.GetSheetList() {
		english("sheet name", sheet)
		rs := rows(t, f, sheet)
		for _, h := range rs[0] {
			english(sheet+" header", h)
		}
		switch sheet {
		case "汇总":
			for _, r := range rs[1:] {
				if len(r) > 0 && r[0] != "" {
					english(sheet+" measure", r[0])
				}
				if len(r) > 3 && r[3] != "" {
					english(sheet+" kind", r[3])
				}
			}
		case "说明":
			for _, r := range rs[1:] {
				english(sheet+" section", r[0])
				if r[0] == "注释" {
					english(sheet+" note", r[1]+" "+r[2])
				}
			}
		}
	}
	if got := f.GetSheetList(); len(got) != len(sheetOrder) || got[0] != "汇总" || got[len(got)-1] != "说明" {
		t.Errorf("sheets %v", got)
	}
	zr, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		t.Fatal(err)
	}
	for _, part := range []string{"xl/charts/chart1.xml", "xl/charts/chart2.xml"} {
		r, err := zr.Open(part)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(r)
		for _, title := range regexp.MustCompile(`<a:t>([^<]*)</a:t>`).FindAllSubmatch(b, -1) {
			english(part+" title", string(title[1]))
		}
		if !bytes.Contains(b, []byte("&#39;汇总&#39;!$M$")) && !bytes.Contains(b, []byte("&#39;汇总&#39;!$Q$")) {
			t.Errorf("%s does not plot the Chinese Summary sheet", part)
		}
	}
	// A type column is headed by its label.
	if got := cell(t, f, "文档类型", "D1"); got != "宣传教育" {
		t.Errorf("first type column of 文档类型 headed %q, want 宣传教育", got)
	}
}

func TestConcordanceChinese(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteConcordance(&buf, []kwic.Line{{Source: "a.txt", Offset: 3, Left: "走访", Word: "慰问", Right: "老人"}}, "zh"); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rs := rows(t, f, "关键词语境")
	if strings.Join(rs[0], " ") != "来源 位置 左侧语境 词 右侧语境" || rs[1][3] != "慰问" {
		t.Errorf("KWIC sheet in Chinese: %q", rs)
	}
}
