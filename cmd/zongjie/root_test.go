package main

import (
	"encoding/json"
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
