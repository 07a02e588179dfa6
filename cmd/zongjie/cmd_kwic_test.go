package main

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// kwicCorpus is a Traditional and a Simplified document in a directory.
func kwicCorpus(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	files := map[string]string{
		"a-trad.txt": "社區志願者走訪老人。\n志願者還慰問了困難家庭。\n",
		"b-simp.txt": "街道组织志愿者打扫卫生。\n",
		"c-none.txt": "本文没有这个词。\n",
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestKwicTSVWhenPiped(t *testing.T) {
	dir := kwicCorpus(t)
	out, stderr, err := run(t, "", "kwic", "志愿者", dir, "--width", "4")
	if err != nil {
		t.Fatalf("kwic: %v\n%s", err, stderr)
	}
	lines := strings.Split(strings.TrimRight(out, "\n"), "\n")
	if lines[0] != "source\toffset\tleft\tword\tright" {
		t.Fatalf("not TSV with a header when piped:\n%s", out)
	}
	var got []string
	for _, l := range lines[1:] {
		f := strings.Split(l, "\t")
		if len(f) != 5 {
			t.Fatalf("line %q has %d fields, want 5", l, len(f))
		}
		got = append(got, filepath.Base(f[0])+"|"+strings.Join(f[1:], "|"))
	}
	// the Simplified query finds the Traditional word, shown as written;
	// the line break in the context is a space
	want := []string{
		"a-trad.txt|2|社區|志願者|走訪老人",
		"a-trad.txt|11|老人。 |志願者|還慰問了",
		"b-simp.txt|4|街道组织|志愿者|打扫卫生",
	}
	if !slices.Equal(got, want) {
		t.Errorf("kwic lines =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestKwicTraditionalQuery(t *testing.T) {
	dir := kwicCorpus(t)
	out, _, err := run(t, "", "kwic", "志願者", filepath.Join(dir, "b-simp.txt"), "--tsv")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "\t志愿者\t") {
		t.Errorf("a Traditional query does not find the Simplified word:\n%s", out)
	}
}

func TestKwicXLSX(t *testing.T) {
	dir := kwicCorpus(t)
	path := filepath.Join(t.TempDir(), "kwic.xlsx")
	out, stderr, err := run(t, "", "kwic", "志愿者", dir, "--xlsx", path, "-w", "2")
	if err != nil {
		t.Fatalf("kwic --xlsx: %v\n%s", err, stderr)
	}
	if out != "" {
		t.Errorf("kwic --xlsx wrote to standard output: %q", out)
	}
	if !strings.Contains(stderr, "3 lines") {
		t.Errorf("stderr = %q, want the line count", stderr)
	}
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows("KWIC")
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 4 || !slices.Equal(rows[0], []string{"source", "offset", "left", "word", "right"}) {
		t.Fatalf("KWIC rows = %q, want a header and 3 lines", rows)
	}
	if r := rows[1]; filepath.Base(r[0]) != "a-trad.txt" || r[1] != "2" || r[2] != "社區" || r[3] != "志願者" || r[4] != "走訪" {
		t.Errorf("first KWIC row = %q", r)
	}
}

func TestKwicUsage(t *testing.T) {
	dir := kwicCorpus(t)
	for _, args := range [][]string{
		{"kwic", "志愿者"},
		{"kwic", "志愿者", dir, "--width", "0"},
	} {
		_, _, err := run(t, "", args...)
		var ue usageError
		if err == nil || !errors.As(err, &ue) {
			t.Errorf("%v: error %v, want a usage error", args, err)
		}
	}
	// a missing file is reported, the others still searched
	out, stderr, err := run(t, "", "kwic", "志愿者", filepath.Join(dir, "b-simp.txt"), filepath.Join(dir, "missing.txt"))
	if err != nil && !strings.Contains(err.Error(), "missing.txt") {
		t.Fatalf("kwic with a missing file: %v", err)
	}
	if err == nil && (!strings.Contains(stderr, "missing.txt") || !strings.Contains(out, "b-simp.txt")) {
		t.Errorf("missing file: stderr %q, out %q", stderr, out)
	}
}
