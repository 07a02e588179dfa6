package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// zongjieOnPath puts a "zongjie" on PATH that runs this test binary as the
// command (see TestMain), for the recipes of docs/scale.md.
func zongjieOnPath(t *testing.T) {
	t.Helper()
	bin := t.TempDir()
	script := fmt.Sprintf("#!/bin/sh\nZONGJIE_RUN_MAIN=1 exec %q \"$@\"\n", os.Args[0])
	if err := os.WriteFile(filepath.Join(bin, "zongjie"), []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv("PATH", bin+string(os.PathListSeparator)+os.Getenv("PATH"))
}

// recipeCorpus copies corpus/ twice and lists the files in order.
func recipeCorpus(t *testing.T) (dir, list string) {
	t.Helper()
	dir = t.TempDir()
	entries, err := os.ReadDir("../../corpus")
	if err != nil {
		t.Fatal(err)
	}
	var paths []string
	for c := range 2 {
		sub := filepath.Join(dir, "corpus", fmt.Sprintf("c%d", c))
		if err := os.MkdirAll(sub, 0o755); err != nil {
			t.Fatal(err)
		}
		for _, e := range entries {
			p := filepath.Join(sub, e.Name())
			if err := os.WriteFile(p, must(os.ReadFile(filepath.Join("../../corpus", e.Name()))), 0o644); err != nil {
				t.Fatal(err)
			}
			paths = append(paths, p)
		}
	}
	list = filepath.Join(dir, "files.txt")
	if err := os.WriteFile(list, []byte(strings.Join(paths, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir, list
}

// dataSheets are the sheets a sharded run must give as one batch does
// (About names the inputs, Errors the failures of each run).
var dataSheets = []string{"Summary", "Documents", "Activities", "Quantities", "Money", "Dates", "Entities", "Types", "DocumentTypes", "Terms"}

// TestScaleRecipes runs the recipes of docs/scale.md — GNU parallel on local
// jobs and in its --sshlogin form (":" is this machine), Dask on a
// LocalCluster — and checks each merged workbook against one batch over the
// same file list. A recipe whose tool is missing is skipped.
func TestScaleRecipes(t *testing.T) {
	if testing.Short() {
		t.Skip("runs batch many times")
	}
	zongjieOnPath(t)
	dir, list := recipeCorpus(t)
	one := filepath.Join(dir, "one.xlsx")
	if _, stderr, err := run(t, string(must(os.ReadFile(list))), "batch", "-", "-o", one); err != nil {
		t.Fatalf("batch: %v\n%s", err, stderr)
	}
	recipes := []struct {
		name, tool string
		cmd        []string
	}{
		{"parallel", "parallel", []string{"../../docs/scale/parallel.sh", list, "3", filepath.Join(dir, "parallel.xlsx")}},
		{"parallel-sshlogin", "parallel", []string{"../../docs/scale/parallel.sh", list, "2", filepath.Join(dir, "parallel-sshlogin.xlsx"), "2/:"}},
		{"dask", "dask", []string{"/usr/bin/python3", "../../docs/scale/dask_shards.py", list, "2", filepath.Join(dir, "dask.xlsx")}},
	}
	for _, r := range recipes {
		t.Run(r.name, func(t *testing.T) {
			switch r.tool {
			case "parallel":
				if _, err := exec.LookPath("parallel"); err != nil {
					t.Skip("GNU parallel is not installed (Debian: parallel)")
				}
			case "dask":
				if exec.Command("/usr/bin/python3", "-c", "import dask.distributed").Run() != nil {
					t.Skip("Dask is not installed (Debian: python3-dask python3-distributed)")
				}
			}
			out, err := exec.Command(r.cmd[0], r.cmd[1:]...).CombinedOutput()
			if err != nil {
				t.Fatalf("%s: %v\n%s", strings.Join(r.cmd, " "), err, out)
			}
			merged := r.cmd[len(r.cmd)-1]
			if r.name == "parallel-sshlogin" {
				merged = r.cmd[len(r.cmd)-2]
			}
			for _, sheet := range dataSheets {
				if got, want := sheetRows(t, merged, sheet), sheetRows(t, one, sheet); got != want {
					t.Errorf("sheet %s of the %s run differs from one batch", sheet, r.name)
				}
			}
		})
	}
}
