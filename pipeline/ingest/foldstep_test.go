package ingest

import (
	"strings"
	"testing"

	"github.com/zongjie/zongjie/internal/testfiles"
	"github.com/zongjie/zongjie/pipeline/fold"
)

// TestFoldedLinesInStep checks what chooseTitle relies on: the
// folded lines Finish holds when it chooses a title, after the furniture
// and the known boilerplate are cut out of the lines, are the folds of the
// lines (trimmed), so the title's first lines need not be folded again.
// Every document of corpus/ and testdata/.
func TestFoldedLinesInStep(t *testing.T) {
	pats, err := defaultPatterns()
	if err != nil {
		t.Fatal(err)
	}
	fv, err := defaultFurniture()
	if err != nil {
		t.Fatal(err)
	}
	docs, lines := 0, 0
	testfiles.Each(t, "../..", func(path string, data []byte) {
		p, err := Prepare(path, data, Options{})
		if err != nil {
			return // not a document (an annotation file)
		}
		docs++
		res := removeFurniture(strings.Split(p.Text, "\n"), strings.Split(p.folded(), "\n"), pats, fv, Options{})
		ls, fs, _ := removeBoilerplateKnown(res.lines, res.folded, pats, res.whole)
		if len(ls) != len(fs) {
			t.Fatalf("%s: %d lines, %d folded", path, len(ls), len(fs))
		}
		for i := range ls {
			lines++
			if got, want := strings.TrimSpace(fs[i]), strings.TrimSpace(fold.ToSimplified(ls[i])); got != want {
				t.Errorf("%s line %d: folded %q, the line folds to %q", path, i, got, want)
			}
		}
	})
	if docs < 50 || lines < 1000 {
		t.Errorf("only %d documents, %d lines read", docs, lines)
	}
}
