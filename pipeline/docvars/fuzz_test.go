package docvars

import (
	"strings"
	"testing"
)

// FuzzParseCSV feeds arbitrary text to the --meta CSV reader and the join,
// as batch does with a user's file: no panic; an accepted table has a
// value per column in every row, unique non-empty keys, and its join gives
// a row (or nil) per document. Seeds are in testdata/fuzz/FuzzParseCSV.
func FuzzParseCSV(f *testing.F) {
	sources := []string{"corpus/a.txt", "./corpus/2019/b.txt", "c.txt", "corpus/文件.txt"}
	f.Fuzz(func(t *testing.T, data []byte) {
		records, err := parseCSV(strings.NewReader(string(data)))
		if err != nil {
			return
		}
		tab, err := FromRecords(records)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "line ") && !strings.HasPrefix(err.Error(), "empty") {
				t.Fatalf("error without a line: %v", err)
			}
			return
		}
		keys := map[string]bool{}
		for _, row := range tab.Rows {
			if len(row.Values) != len(tab.Columns) {
				t.Fatalf("line %d: %d values for %d columns", row.Line, len(row.Values), len(tab.Columns))
			}
			if row.Key == "" || keys[row.Key] {
				t.Fatalf("line %d: empty or repeated key %q", row.Line, row.Key)
			}
			keys[row.Key] = true
		}
		for i, c := range tab.Columns {
			if tab.Column(c) != i {
				t.Fatalf("Column(%q) = %d, want %d", c, tab.Column(c), i)
			}
		}
		values, unmatched := tab.Join(sources, "meta.csv")
		if len(values) != len(sources) {
			t.Fatalf("Join gave %d value rows for %d documents", len(values), len(sources))
		}
		for _, u := range unmatched {
			if u.Source == "" || u.Reason == "" {
				t.Fatalf("unmatched without source or reason: %+v", u)
			}
		}
	})
}
