package docvars

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

func TestLoadCSVAndJoin(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "meta.csv")
	csv := "\ufeffcity,file,kind\n兰州,a.txt,社区\n西宁,corpus/2019/b.txt,街道\n银川,missing.txt,学校\n"
	if err := os.WriteFile(path, []byte(csv), 0o644); err != nil {
		t.Fatal(err)
	}
	tab, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if tab.Key != "file" || strings.Join(tab.Columns, ",") != "city,kind" || tab.Column("kind") != 1 {
		t.Fatalf("table = %+v", tab)
	}
	values, unmatched := tab.Join([]string{"corpus/a.txt", "./corpus/2019/b.txt", "corpus/c.txt"}, "meta.csv")
	if strings.Join(values[0], ",") != "兰州,社区" || strings.Join(values[1], ",") != "西宁,街道" || values[2] != nil {
		t.Errorf("values = %q", values)
	}
	var got []string
	for _, u := range unmatched {
		got = append(got, u.Source+": "+u.Reason)
	}
	want := []string{
		`meta.csv: line 4: file "missing.txt" matches no document`,
		`corpus/c.txt: no row in meta.csv`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("unmatched =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestJoinAmbiguous(t *testing.T) {
	tab, err := FromRecords([][]string{{"path", "city"}, {"a.txt", "x"}})
	if err != nil {
		t.Fatal(err)
	}
	_, unmatched := tab.Join([]string{"d1/a.txt", "d2/a.txt"}, "m.csv")
	if len(unmatched) != 3 || !strings.Contains(unmatched[0].Reason, "matches 2 documents") {
		t.Errorf("unmatched = %+v", unmatched)
	}
}

func TestFromRecordsErrors(t *testing.T) {
	bad := map[string][][]string{
		"empty":         nil,
		"one column":    {{"file"}},
		"unnamed":       {{"file", ""}},
		"duplicate col": {{"file", "a", "a"}},
		"empty key":     {{"file", "a"}, {"", "x"}},
		"duplicate key": {{"file", "a"}, {"k", "x"}, {"k", "y"}},
	}
	for name, recs := range bad {
		if _, err := FromRecords(recs); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}

func TestLoadXLSX(t *testing.T) {
	path := filepath.Join(t.TempDir(), "meta.xlsx")
	f := excelize.NewFile()
	for i, row := range [][]any{{"文件", "城市"}, {"a.txt", "兰州"}} {
		if err := f.SetSheetRow("Sheet1", "A"+string(rune('1'+i)), &row); err != nil {
			t.Fatal(err)
		}
	}
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	tab, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if tab.Key != "文件" || len(tab.Rows) != 1 || tab.Rows[0].Values[0] != "兰州" {
		t.Errorf("table = %+v", tab)
	}
}
