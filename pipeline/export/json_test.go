package export

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/zongjie/zongjie/pipeline/extract"
)

func TestWriteJSONRoundTrip(t *testing.T) {
	for _, rec := range fixture() {
		var buf bytes.Buffer
		if err := WriteJSON(&buf, rec); err != nil {
			t.Fatal(err)
		}
		var got extract.Record
		if err := json.Unmarshal(buf.Bytes(), &got); err != nil {
			t.Fatal(err)
		}
		if want := withLists(rec); !reflect.DeepEqual(got, want) {
			t.Errorf("%s: round trip differs:\n got %+v\nwant %+v", rec.Source, got, want)
		}
		out := buf.String()
		if !strings.Contains(out, "\n  \"source\": ") {
			t.Errorf("not indented: %.80s", out)
		}
		if !strings.Contains(out, rec.Title) {
			t.Errorf("title %q escaped in %s", rec.Title, out)
		}
	}
	var buf bytes.Buffer
	if err := WriteJSON(&buf, fixture()[2]); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"quantities": []`, `"activities": []`, `"year": null`} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("empty record JSON lacks %s:\n%s", want, buf.String())
		}
	}
}

func TestWriteJSONDoesNotChangeInput(t *testing.T) {
	rec := fixture()[1]
	rec.Activities[0].Dates = nil
	if err := WriteJSON(new(bytes.Buffer), rec); err != nil {
		t.Fatal(err)
	}
	if rec.Activities[0].Dates != nil {
		t.Error("WriteJSON changed the caller's record")
	}
}

func TestWriteJSONL(t *testing.T) {
	recs := fixture()
	var buf bytes.Buffer
	if err := WriteJSONL(&buf, recs); err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(&buf)
	sc.Buffer(nil, 1<<20)
	var n int
	for sc.Scan() {
		var got extract.Record
		if err := json.Unmarshal(sc.Bytes(), &got); err != nil {
			t.Fatalf("line %d: %v", n+1, err)
		}
		if got.Source != recs[n].Source || len(got.Quantities) != len(recs[n].Quantities) {
			t.Errorf("line %d: got %s with %d quantities", n+1, got.Source, len(got.Quantities))
		}
		n++
	}
	if n != len(recs) {
		t.Errorf("%d lines, want %d", n, len(recs))
	}
}

func readCSV(t *testing.T, path string) [][]string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(data, []byte("\ufeff")) {
		t.Errorf("%s: no UTF-8 BOM", path)
	}
	recs, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(data, []byte("\ufeff")))).ReadAll()
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return recs
}

func TestWriteCSV(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "csv")
	if err := WriteCSV(dir, fixture(), nil); err != nil {
		t.Fatal(err)
	}
	files := []struct {
		name   string
		header []string
		rows   int
	}{
		{"documents.csv", names(documentColumns), 3},
		{"activities.csv", names(activityColumns), 4},
		{"quantities.csv", names(quantityColumns), 6},
		{"money.csv", names(moneyColumns), 2},
		{"dates.csv", names(dateColumns), 2},
	}
	for _, f := range files {
		rs := readCSV(t, filepath.Join(dir, f.name))
		if !slices.Equal(rs[0], f.header) || len(rs) != f.rows+1 {
			t.Errorf("%s: header %q, %d rows", f.name, rs[0], len(rs)-1)
		}
	}
	q := readCSV(t, filepath.Join(dir, "quantities.csv"))
	if got := q[2]; got[3] != "226" || got[4] != "" || got[8] != "false" || got[11] != "" || got[14] != "共發放宣傳材料600余份，服務群眾226人。" {
		t.Errorf("226 row = %q", got)
	}
	m := readCSV(t, filepath.Join(dir, "money.csv"))
	if got := m[2]; got[3] != "10000" || got[4] != "50000" {
		t.Errorf("range row = %q", got)
	}
	d := readCSV(t, filepath.Join(dir, "documents.csv"))
	if got := d[2]; got[1] != "corpus/2017 敬老 & 志愿.html" || got[13] != "10000" {
		t.Errorf("document 2 row = %q", got)
	}
}
