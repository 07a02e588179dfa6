package ingest

import (
	"os"
	"path/filepath"
	"testing"
)

// realShapesDir holds documents written for zongjie that reproduce the
// structure of each kind of furniture, title and header seen on the real
// pages of the trial of issue 9 (never their words: the real pages are not
// redistributed). The rules were written against them: every miss fails.
const realShapesDir = devsetDir + "/realshapes"

func TestRealShapes(t *testing.T) {
	docs, _ := scoreDevset(t, realShapesDir, t.Errorf)
	if docs < 10 {
		t.Errorf("%s has %d documents, want at least 10", realShapesDir, docs)
	}
}

// TestRealShapesPublished parses each document of realshapes whose
// .expect names a publish date and wants that date as Published.
func TestRealShapesPublished(t *testing.T) {
	n := 0
	for _, page := range devsetInputs(realShapesDir, t.Errorf) {
		if page.Published == "" {
			continue
		}
		n++
		src, err := os.ReadFile(page.Input)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := Parse(filepath.Base(page.Input), src, Options{})
		if err != nil {
			t.Errorf("%s: %v", page.Name, err)
		} else if doc.Published != page.Published {
			t.Errorf("%s: published %q, want %q", page.Name, doc.Published, page.Published)
		}
	}
	t.Logf("%d documents with a publish date", n)
}
