package main

import (
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// --dict replaces embedded data files by name, and a replacement that does
// not parse stops the run with the file and the reason.
func TestDictOverride(t *testing.T) {
	sample := filepath.Join("..", "..", "corpus", "2016-social-work-day-summary.txt")
	keywords := func(args ...string) []string {
		out, stderr, err := run(t, "", append(args, "extract", sample, "--format", "json")...)
		if err != nil {
			t.Fatalf("%v: %v\n%s", args, err, stderr)
		}
		var rec struct{ Keywords []struct{ Word string } }
		if err := json.Unmarshal([]byte(out), &rec); err != nil {
			t.Fatal(err)
		}
		var words []string
		for _, k := range rec.Keywords {
			words = append(words, k.Word)
		}
		return words
	}
	if !slices.Contains(keywords(), "社区") {
		t.Fatalf("社区 is not a keyword of the sample to begin with")
	}
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "stopwords.txt"), []byte("社区\n"), 0o644)
	if got := keywords("--dict", dir); slices.Contains(got, "社区") {
		t.Errorf("社区 is still a keyword with a stop-word list holding it: %v", got)
	}

	os.WriteFile(filepath.Join(dir, "rules.toml"), []byte("[[type]]\nid = \"x\"\n"), 0o644)
	_, _, err := run(t, "", "--dict", dir, "extract", sample)
	if err == nil || !strings.Contains(err.Error(), "rules.toml") || !strings.Contains(err.Error(), "missing label") {
		t.Errorf("bad rules.toml: error %v", err)
	}
	os.Remove(filepath.Join(dir, "rules.toml"))
	os.WriteFile(filepath.Join(dir, "rule.toml"), nil, 0o644)
	if _, _, err := run(t, "", "--dict", dir, "extract", sample); err == nil || !strings.Contains(err.Error(), "not a zongjie data file") {
		t.Errorf("misspelt file name: error %v", err)
	}
}

// "-" reads the document from standard input, for extract, clean and segment.
func TestStdin(t *testing.T) {
	doc := "社区敬老活动总结\n1、为16户空巢老人送去慰问金每户500元。\n"
	out, stderr, err := run(t, doc, "extract", "-", "--format", "json")
	if err != nil {
		t.Fatalf("extract -: %v\n%s", err, stderr)
	}
	var rec struct {
		Source, Title string
		Quantities    []struct{ Text string }
		Money         []struct{ Amount float64 }
	}
	if err := json.Unmarshal([]byte(out), &rec); err != nil {
		t.Fatal(err)
	}
	if rec.Source != "-" || rec.Title != "社区敬老活动总结" || len(rec.Quantities) != 1 || rec.Quantities[0].Text != "16户" ||
		len(rec.Money) != 1 || rec.Money[0].Amount != 500 {
		t.Errorf("extract - = %+v", rec)
	}
	if out, _, err := run(t, doc, "clean", "-"); err != nil || !strings.Contains(out, "1、为16户空巢老人") {
		t.Errorf("clean - = %q, %v", out, err)
	}
	if out, _, err := run(t, doc, "segment", "-"); err != nil || !strings.Contains(out, "空巢老人") {
		t.Errorf("segment - = %q, %v", out, err)
	}
}

// An output is written through a private temporary file, but ends with the
// mode of the file it replaces, else 0644.
func TestWriteOutputMode(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "out.txt")
	write := func(w io.Writer) error { _, err := io.WriteString(w, "x"); return err }
	if err := writeOutput(io.Discard, path, write); err != nil {
		t.Fatal(err)
	}
	if fi, _ := os.Stat(path); fi.Mode().Perm() != 0o644 {
		t.Errorf("new output has mode %v, want 0644", fi.Mode().Perm())
	}
	if err := os.Chmod(path, 0o640); err != nil {
		t.Fatal(err)
	}
	if err := writeOutput(io.Discard, path, write); err != nil {
		t.Fatal(err)
	}
	if fi, _ := os.Stat(path); fi.Mode().Perm() != 0o640 {
		t.Errorf("replaced output has mode %v, want the old 0640", fi.Mode().Perm())
	}
}
