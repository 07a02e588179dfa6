package ingest

import "testing"

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
