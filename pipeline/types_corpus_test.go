package pipeline

import (
	"encoding/json"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// corpusTypesGold is the hand annotation of the types of corpus/: per
// file, the types the document is about, its main type and the types it
// only mentions, annotated blind to the rules under the round 5
// guidelines of docs/annotation.md.
const corpusTypesGold = "../testdata/corpus-types.json"

// The corpus figures the default rules reach (corpus/ is development
// data: the rules were tuned with it in view); the test fails below them.
// Recall was 0.911 before the fit took in round 6 (77–92), whose
// annotator keeps fewer types: its people weight (0.5) leaves more people
// named in passing out of corpus/'s long reports, 0.810 (main type 7/9 →
// 9/9).
const (
	corpusFloorPrecision = 0.95
	corpusFloorRecall    = 0.80
	corpusFloorMain      = 0.77
)

// corpusGold is the annotation of one document of corpus/.
type corpusGold struct {
	Types     []string `json:"types"`
	MainType  *string  `json:"main_type"`
	Mentioned []string `json:"mentioned"`
}

// loadCorpusGold reads the annotation of corpus/ and the paths of its
// files, and fails unless every file is annotated.
func loadCorpusGold(t *testing.T) (map[string]corpusGold, []string) {
	b, err := os.ReadFile(corpusTypesGold)
	if err != nil {
		t.Fatal(err)
	}
	var gold map[string]corpusGold
	if err := json.Unmarshal(b, &gold); err != nil {
		t.Fatalf("%s: %v", corpusTypesGold, err)
	}
	paths, _ := filepath.Glob(filepath.Join("..", "corpus", "*"))
	if len(paths) != len(gold) {
		t.Fatalf("%d files in corpus/, %d annotated in %s", len(paths), len(gold), corpusTypesGold)
	}
	return gold, paths
}

// corpusDevDocs are the documents of corpus/ as devDocs, numbered 0, for
// the salience fit.
func corpusDevDocs(t *testing.T) []devDoc {
	gold, paths := loadCorpusGold(t)
	var docs []devDoc
	for _, p := range paths {
		g, ok := gold[filepath.Base(p)]
		if !ok {
			t.Fatalf("%s is not annotated in %s", p, corpusTypesGold)
		}
		d := devDoc{path: p, want: map[string]bool{}, wantMentioned: map[string]bool{}}
		for _, id := range g.Types {
			d.want[id] = true
		}
		for _, id := range g.Mentioned {
			d.wantMentioned[id] = true
		}
		if g.MainType != nil {
			d.wantMain = *g.MainType
		}
		docs = append(docs, d)
	}
	return docs
}

// TestCorpusTypes codes every document of corpus/ and compares the types
// each is about with the annotation. A type the record gives to every
// document must be one the annotation gives to every document: a type in
// every row tells a researcher nothing, unless it is true. It logs, per
// type, in how many documents the record and the annotation put it.
func TestCorpusTypes(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the gse dictionary")
	}
	gold, paths := loadCorpusGold(t)
	got, want := map[string]int{}, map[string]int{} // type → documents
	tp, fp, fn, mainRight := 0, 0, 0, 0
	var split [3]int // the record's mentions, annotated about, mentioned, neither
	for _, p := range paths {
		g, ok := gold[filepath.Base(p)]
		if !ok {
			t.Fatalf("%s is not annotated in %s", p, corpusTypesGold)
		}
		rec, fail := Process(p, options(t))
		if fail != nil {
			t.Fatalf("%+v", fail)
		}
		var ids []string
		for _, h := range rec.Types {
			ids = append(ids, h.ID)
			got[h.ID]++
			if slices.Contains(g.Types, h.ID) {
				tp++
			} else {
				fp++
			}
		}
		for _, id := range g.Types {
			want[id]++
			if !slices.Contains(ids, id) {
				fn++
			}
		}
		for _, h := range rec.Mentioned {
			switch {
			case slices.Contains(g.Types, h.ID):
				split[0]++
			case slices.Contains(g.Mentioned, h.ID):
				split[1]++
			default:
				split[2]++
			}
		}
		wantMain := ""
		if g.MainType != nil {
			wantMain = *g.MainType
		}
		if rec.MainType == wantMain {
			mainRight++
		}
		t.Logf("%s: about %v, main %s (annotated %v, main %s)", filepath.Base(p), ids, rec.MainType, g.Types, wantMain)
	}
	n := len(paths)
	ids := map[string]bool{}
	for id := range maps.Keys(want) {
		ids[id] = true
	}
	for id := range maps.Keys(got) {
		ids[id] = true
	}
	var counts []string
	for _, id := range slices.Sorted(maps.Keys(ids)) {
		counts = append(counts, fmt.Sprintf("%s %d/%d", id, got[id], want[id]))
		if got[id] == n && want[id] != n {
			t.Errorf("%s is in every document (%d/%d), but the annotation has it in %d", id, got[id], n, want[id])
		}
	}
	t.Logf("documents per type, record/annotation: %s", strings.Join(counts, ", "))
	p, r, _ := prf(tp, fp, fn)
	main := float64(mainRight) / float64(n)
	t.Logf("corpus (%d documents): types P %.3f R %.3f (tp %d, fp %d, fn %d); main type %d/%d = %.3f; mentioned %d (annotated about %d, mentioned %d, neither %d)",
		n, p, r, tp, fp, fn, mainRight, n, main, split[0]+split[1]+split[2], split[0], split[1], split[2])
	if p < corpusFloorPrecision || r < corpusFloorRecall || main < corpusFloorMain {
		t.Errorf("corpus: precision %.3f, recall %.3f, main type %.3f; floors %.3f, %.3f, %.3f",
			p, r, main, corpusFloorPrecision, corpusFloorRecall, corpusFloorMain)
	}
}
