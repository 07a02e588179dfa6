package extract

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/zongjie/zongjie/pipeline/ingest"
	"github.com/zongjie/zongjie/pipeline/segment"
)

// TestRuleIndexEqualsRuleByRule counts the hits of every embedded rule on
// every document of corpus/ and testdata/extract in one scan and rule by
// rule (Rule.match): the counts and evidence words must be the same.
func TestRuleIndexEqualsRuleByRule(t *testing.T) {
	seg, err := segment.Default()
	if err != nil {
		t.Fatal(err)
	}
	rs := DefaultRules()
	x := rs.index()
	if x == nil {
		t.Fatal("no index for the embedded rules")
	}
	var paths []string
	for _, glob := range []string{"../../corpus/*", "../../testdata/extract/*.txt"} {
		m, _ := filepath.Glob(glob)
		paths = append(paths, m...)
	}
	docs := 0
	for _, path := range paths {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := ingest.Parse(path, data, ingest.Options{})
		if err != nil {
			continue
		}
		docs++
		toks := rs.unskipped(seg.Cut(doc))
		counted := x.count(toks)
		for i := range rs.Types {
			r := &rs.Types[i]
			h := counted[i]
			r.matchNear(toks, &h)
			one := r.match(toks)
			if h.n != one.n || !slices.Equal(h.words, one.words) || !slices.Equal(h.at, one.at) {
				t.Errorf("%s, rule %s: one scan %d %v %v, rule by rule %d %v %v", path, r.ID, h.n, h.words, h.at, one.n, one.words, one.at)
			}
		}
	}
	if docs < 20 {
		t.Errorf("only %d documents", docs)
	}
}
