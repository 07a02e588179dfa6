package ingest

import (
	"os"
	"path/filepath"
	"strings"
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
	expects, _ := filepath.Glob(filepath.Join(realShapesDir, "*.expect"))
	n := 0
	for _, e := range expects {
		b, err := os.ReadFile(e)
		if err != nil {
			t.Fatal(err)
		}
		want := ""
		for _, l := range strings.Split(string(b), "\n") {
			if v, ok := strings.CutPrefix(l, "published: "); ok {
				want = strings.TrimSpace(v)
			}
		}
		if want == "" {
			continue
		}
		name := strings.TrimSuffix(e, ".expect") + ".txt"
		src, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		n++
		doc, err := Parse(filepath.Base(name), src, Options{})
		if err != nil {
			t.Errorf("%s: %v", filepath.Base(name), err)
		} else if doc.Published != want {
			t.Errorf("%s: published %q, want %q", filepath.Base(e), doc.Published, want)
		}
	}
	t.Logf("%d documents with a publish date", n)
}
