package main

import (
	"archive/zip"
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// run executes zongjie in-process and returns its standard output and error.
// The locale is set to C, so that names are English whatever the machine's
// locale (tests of --lang give it).
func run(t *testing.T, stdin string, args ...string) (string, string, error) {
	t.Helper()
	t.Setenv("LC_ALL", "C")
	cmd := newRootCmd()
	var out, errOut bytes.Buffer
	cmd.SetArgs(args)
	cmd.SetIn(strings.NewReader(stdin))
	cmd.SetOut(&out)
	cmd.SetErr(&errOut)
	err := cmd.Execute()
	return out.String(), errOut.String(), err
}

func TestBatchCorpusWorkbook(t *testing.T) {
	dir := t.TempDir()
	one, two := filepath.Join(dir, "j1.xlsx"), filepath.Join(dir, "j2.xlsx")
	jsonl := filepath.Join(dir, "records.jsonl")
	if _, stderr, err := run(t, "", "batch", "../../corpus", "-o", one, "--jobs", "1", "--jsonl", jsonl); err != nil {
		t.Fatalf("batch: %v\n%s", err, stderr)
	}
	jsonl2 := filepath.Join(dir, "records2.jsonl")
	if _, stderr, err := run(t, "", "batch", "../../corpus", "-o", two, "--jobs", "2", "--jsonl", jsonl2); err != nil {
		t.Fatalf("batch --jobs 2: %v\n%s", err, stderr)
	}
	a, _ := os.ReadFile(one)
	b, _ := os.ReadFile(two)
	if !bytes.Equal(a, b) {
		t.Errorf("the workbook differs between --jobs 1 and --jobs 2")
	}
	if mustRead(t, jsonl) != mustRead(t, jsonl2) {
		t.Errorf("the JSONL differs between --jobs 1 and --jobs 2")
	}

	f, err := excelize.OpenFile(one)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	want := []string{"Summary", "Documents", "Activities", "Quantities", "Money", "Dates", "Entities", "Types", "DocumentTypes", "Terms", "Duplicates", "Errors", "About"}
	if got := f.GetSheetList(); !slices.Equal(got, want) {
		t.Errorf("sheets = %v, want %v", got, want)
	}
	zr, err := zip.NewReader(bytes.NewReader(a), int64(len(a)))
	if err != nil {
		t.Fatal(err)
	}
	if !slices.ContainsFunc(zr.File, func(f *zip.File) bool { return f.Name == "xl/charts/chart1.xml" }) {
		t.Errorf("the workbook has no chart")
	}

	corpus, _ := os.ReadDir("../../corpus")
	docs, _ := f.GetRows("Documents")
	if len(docs) != len(corpus)+1 {
		t.Errorf("Documents has %d rows, want a header and %d documents", len(docs), len(corpus))
	}
	// The user's sample: its row, its money and its 226 people with evidence.
	var sampleID string
	for _, row := range docs[1:] {
		if strings.HasSuffix(row[1], "2016-social-work-day-summary.txt") {
			sampleID = row[0]
			if !slices.Contains(row, "2016年社工日活動總結") {
				t.Errorf("sample row lacks its title: %q", row)
			}
		}
	}
	if sampleID == "" {
		t.Fatal("no Documents row for the user's sample")
	}
	found := false
	quantities, _ := f.GetRows("Quantities")
	for _, row := range quantities[1:] {
		if row[0] == sampleID && slices.Contains(row, "226人") {
			found = slices.ContainsFunc(row, func(c string) bool { return strings.Contains(c, "報考者226人") })
		}
	}
	if !found {
		t.Errorf("Quantities lacks the sample's 226人 with its sentence")
	}
	money, _ := f.GetRows("Money")
	sampleMoney := 0
	for _, row := range money[1:] {
		if row[0] == sampleID {
			sampleMoney++
			if !slices.Contains(row, "1000") {
				t.Errorf("sample money row = %q, want 1000", row)
			}
		}
	}
	if sampleMoney != 1 {
		t.Errorf("sample has %d money rows, want 1", sampleMoney)
	}
	// The bundled documents are distinct reports: none is a repost.
	if dups, _ := f.GetRows("Duplicates"); len(dups) != 1 {
		t.Errorf("Duplicates sheet lists reposts in corpus/: %q", dups[1:])
	}
	errs, _ := f.GetRows("Errors")
	if len(errs) != 1 {
		t.Errorf("Errors sheet has rows for a clean corpus: %q", errs[1:])
	}

	lines := strings.Count(mustRead(t, jsonl), "\n")
	if lines != len(corpus) {
		t.Errorf("JSONL has %d lines, want %d", lines, len(corpus))
	}
}

func TestBatchReportsBadFiles(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "good.txt"), []byte("社区志愿服务活动总结\n1、为16户空巢老人送去慰问金2000元。\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "broken.docx"), []byte("not a zip"), 0o644)
	os.WriteFile(filepath.Join(dir, "notes.pdf"), []byte("%PDF-1.4"), 0o644)
	out := filepath.Join(dir, "stats.xlsx")
	_, stderr, err := run(t, "", "batch", dir, "-o", out)
	if err != nil {
		t.Fatalf("batch failed on one bad file: %v", err)
	}
	for _, want := range []string{"broken.docx: ingest:", "notes.pdf: collect: skipped"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
	f, err := excelize.OpenFile(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	errs, _ := f.GetRows("Errors")
	if len(errs) != 3 {
		t.Errorf("Errors rows = %q, want a header and 2 failures", errs)
	}
	docs, _ := f.GetRows("Documents")
	if len(docs) != 2 {
		t.Errorf("Documents rows = %d, want a header and the good file", len(docs))
	}
}

func TestUsageErrors(t *testing.T) {
	for _, args := range [][]string{
		{"extract"},
		{"extract", "a.txt", "--format", "pdf"},
		{"extract", "a.txt", "--format", "xlsx"},
		{"batch"},
		{"extract", "--no-such-flag", "a.txt"},
	} {
		_, _, err := run(t, "", args...)
		var ue usageError
		if err == nil || !errors.As(err, &ue) {
			t.Errorf("%v: error %v, want a usage error (exit 2)", args, err)
		}
	}
	_, _, err := run(t, "", "clean", "no-such-file.txt")
	if err == nil || !strings.Contains(err.Error(), "no-such-file.txt") {
		t.Errorf("clean of a missing file: %v, want an error naming it", err)
	}
}

func mustRead(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
