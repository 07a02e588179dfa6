package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// Merging the JSONL shards of two batches gives the workbook of one batch
// over both inputs.
func TestMergeEqualsOneBatch(t *testing.T) {
	dir := t.TempDir()
	a := filepath.Join("..", "..", "corpus", "2016-social-work-day-summary.txt")
	b := filepath.Join("..", "..", "corpus", "2019-jiedao-volunteer-summary.txt")
	for _, c := range []struct{ in, out string }{{a, "a"}, {b, "b"}} {
		if _, stderr, err := run(t, "", "batch", c.in, "-o", filepath.Join(dir, c.out+".xlsx"), "--jsonl", filepath.Join(dir, c.out+".jsonl")); err != nil {
			t.Fatalf("batch %s: %v\n%s", c.in, err, stderr)
		}
	}
	if _, stderr, err := run(t, "", "batch", a, b, "-o", filepath.Join(dir, "both.xlsx")); err != nil {
		t.Fatalf("batch both: %v\n%s", err, stderr)
	}
	if _, stderr, err := run(t, "", "merge", filepath.Join(dir, "a.jsonl"), filepath.Join(dir, "b.jsonl"), "-o", filepath.Join(dir, "merged.xlsx")); err != nil {
		t.Fatalf("merge: %v\n%s", err, stderr)
	}
	for _, sheet := range []string{"Documents", "Quantities", "Money", "Dates", "Activities", "Types", "Terms"} {
		if got, want := sheetRows(t, filepath.Join(dir, "merged.xlsx"), sheet), sheetRows(t, filepath.Join(dir, "both.xlsx"), sheet); got != want {
			t.Errorf("sheet %s differs between merge and one batch", sheet)
		}
	}
}

func TestMergeBadLine(t *testing.T) {
	path := filepath.Join(t.TempDir(), "bad.jsonl")
	os.WriteFile(path, []byte("{\"source\":\"a\"}\nnot json\n"), 0o644)
	_, _, err := run(t, "", "merge", path, "-o", filepath.Join(t.TempDir(), "x.xlsx"))
	if err == nil || !strings.Contains(err.Error(), "bad.jsonl: line 2") {
		t.Errorf("error = %v, want one naming bad.jsonl line 2", err)
	}
}

func sheetRows(t *testing.T, path, sheet string) string {
	t.Helper()
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows(sheet)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	for _, r := range rows {
		b.WriteString(strings.Join(r, "\t") + "\n")
	}
	return b.String()
}
