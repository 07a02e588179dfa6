package main

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// Merging the JSONL shards of two batches gives the workbook of one batch
// over both inputs; one shard is written alone (--no-workbook), gzipped.
func TestMergeEqualsOneBatch(t *testing.T) {
	dir := t.TempDir()
	a := filepath.Join("..", "..", "corpus", "2016-social-work-day-summary.txt")
	b := filepath.Join("..", "..", "corpus", "2019-jiedao-volunteer-summary.txt")
	if _, stderr, err := run(t, "", "batch", a, "-o", filepath.Join(dir, "a.xlsx"), "--jsonl", filepath.Join(dir, "a.jsonl")); err != nil {
		t.Fatalf("batch %s: %v\n%s", a, err, stderr)
	}
	if _, stderr, err := run(t, "", "batch", b, "-o", filepath.Join(dir, "b.xlsx"), "--no-workbook", "--jsonl", filepath.Join(dir, "b.jsonl.gz")); err != nil {
		t.Fatalf("batch %s: %v\n%s", b, err, stderr)
	}
	if _, err := os.Stat(filepath.Join(dir, "b.xlsx")); err == nil {
		t.Errorf("--no-workbook wrote a workbook")
	}
	if gz, _ := os.ReadFile(filepath.Join(dir, "b.jsonl.gz")); len(gz) < 2 || gz[0] != 0x1f || gz[1] != 0x8b {
		t.Errorf("b.jsonl.gz is not gzip")
	}
	if _, stderr, err := run(t, "", "batch", a, b, "-o", filepath.Join(dir, "both.xlsx")); err != nil {
		t.Fatalf("batch both: %v\n%s", err, stderr)
	}
	if _, stderr, err := run(t, "", "merge", filepath.Join(dir, "a.jsonl"), filepath.Join(dir, "b.jsonl.gz"), "-o", filepath.Join(dir, "merged.xlsx")); err != nil {
		t.Fatalf("merge: %v\n%s", err, stderr)
	}
	for _, sheet := range []string{"Summary", "Documents", "Quantities", "Money", "Dates", "Activities", "Entities", "Types", "DocumentTypes", "Terms"} {
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

func TestBatchNoWorkbookNeedsJSONL(t *testing.T) {
	_, _, err := run(t, "", "batch", "../../corpus", "--no-workbook")
	var ue usageError
	if !errors.As(err, &ue) || !strings.Contains(err.Error(), "--jsonl") {
		t.Errorf("error = %v, want a usage error naming --jsonl", err)
	}
}
