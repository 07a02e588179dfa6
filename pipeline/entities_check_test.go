package pipeline

import (
	"encoding/json"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// entityGold is a hand annotation of the organisations and places of four
// corpus documents, written from the cleaned text (zongjie clean) before
// the entity output was looked at. A name counts when it has a name part
// before its type word: a proper name, a redaction mask (××社区) or an
// administrative level that picks out one unit (区民政局, 街道党工委).
// Bare type words (社区, 派出所, 物业公司, 文化广场, 社区活动室) and groups
// (舞蹈队, 合唱团) are not annotated. Names are written as in the text.
var entityGold = map[string][]string{
	"2017-shequ-fuwu-big5.txt": {
		"××社區服務中心/org", "街道黨工委/org", "區民政局/org", "區殘聯/org",
	},
	"2018-community-elderly-gb18030.txt": {
		"××社区/place", "××社区居委会/org", "××超市/org", "××小学/place",
		"××社区卫生服务站/org", "市中医院/org",
	},
	"2019-jiedao-volunteer-summary.txt": {
		"××街道/place", "××街道党工委/org", "××广场/place", "××农贸市场/place",
		"××社区/place", "区青少年宫/org", "街道慈善工作站/org", "××商贸有限公司/org",
		"××街道办事处/org",
	},
	"2022-health-clinic-utf16.txt": {
		"××社区/place", "××社区居委会/org", "××街道社区卫生服务中心/org",
		"××市第三人民医院/org", "××大药房/org",
	},
}

// TestEntitiesHandCheck measures FindEntities against entityGold: distinct
// names per document, matched on the exact text (and, separately, on text
// and kind). It logs precision and recall (go test ./pipeline -run
// EntitiesHandCheck -v) and fails only when they fall well below what the
// suffix rules reached when the check was written.
func TestEntitiesHandCheck(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the gse dictionary")
	}
	gold := map[string][]string{}
	for name, g := range entityGold {
		gold[filepath.Join("..", "corpus", name)] = g
	}
	p, r := scoreEntities(t, gold, true)
	if p < 0.6 || r < 0.5 {
		t.Errorf("entity precision %.3f / recall %.3f fell below 0.6 / 0.5", p, r)
	}
}

// scoreEntities runs each document of gold (path → "text/kind" names)
// through the pipeline, logs the text-match and text+kind-match figures,
// and returns the text-match precision and recall. With detail, it also
// logs each document's wrong and missed names.
func scoreEntities(t *testing.T, gold map[string][]string, detail bool) (p, r float64) {
	opt := options(t)
	var tp, tpKind, found, annotated int
	for _, path := range slices.Sorted(maps.Keys(gold)) {
		rec, fail := Process(path, opt)
		if fail != nil {
			t.Fatalf("%s: %s: %s", fail.Source, fail.Stage, fail.Reason)
		}
		want := map[string]string{} // text → kind
		for _, g := range gold[path] {
			text, kind, _ := strings.Cut(g, "/")
			want[text] = kind
		}
		got := map[string]string{}
		var order []string
		for _, e := range rec.Entities {
			if _, dup := got[e.Text]; !dup {
				order = append(order, e.Text)
			}
			got[e.Text] = e.Kind
		}
		var wrong, missed []string
		for _, text := range order {
			if kind, ok := want[text]; ok {
				tp++
				if kind == got[text] {
					tpKind++
				}
			} else {
				wrong = append(wrong, text+"/"+got[text])
			}
		}
		for _, g := range gold[path] {
			if text, _, _ := strings.Cut(g, "/"); got[text] == "" {
				missed = append(missed, g)
			}
		}
		found += len(got)
		annotated += len(want)
		if detail {
			t.Logf("%s: found %d, gold %d\n  not in gold: %s\n  missed:      %s", filepath.Base(path), len(got), len(want),
				strings.Join(wrong, " "), strings.Join(missed, " "))
		}
	}
	p, r, f := prf(tp, found-tp, annotated-tp)
	pk, rk, fk := prf(tpKind, found-tpKind, annotated-tpKind)
	t.Logf("entities, text match:        P %.3f  R %.3f  F1 %.3f  (%d correct of %d found, %d annotated)", p, r, f, tp, found, annotated)
	t.Logf("entities, text+kind match:   P %.3f  R %.3f  F1 %.3f", pk, rk, fk)
	return p, r
}

// TestEntitiesBlind measures FindEntities on documents 46–60 of
// testdata/extract, whose organisations and places were annotated by
// someone who saw neither the suffix rules nor their output
// (testdata/entities/README.md). It reports, and fails only on a collapse.
func TestEntitiesBlind(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the gse dictionary")
	}
	files, _ := filepath.Glob(filepath.Join("..", "testdata", "entities", "*.json"))
	if len(files) == 0 {
		t.Skip("no blind entity annotations")
	}
	gold := map[string][]string{}
	for _, f := range files {
		id := strings.TrimSuffix(filepath.Base(f), ".json")
		docs, _ := filepath.Glob(filepath.Join("..", "testdata", "extract", id+"-*.txt"))
		if len(docs) != 1 {
			t.Fatalf("%s: want one document %s-*.txt, found %v", f, id, docs)
		}
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var ann struct{ Entities []struct{ Text, Kind string } }
		if err := json.Unmarshal(b, &ann); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		names := []string{}
		for _, e := range ann.Entities {
			names = append(names, e.Text+"/"+e.Kind)
		}
		gold[docs[0]] = names
	}
	p, r := scoreEntities(t, gold, true)
	if p < 0.5 || r < 0.25 {
		t.Errorf("entity precision %.3f / recall %.3f fell below 0.5 / 0.25", p, r)
	}
}
