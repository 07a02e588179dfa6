package content

import (
	"slices"
	"testing"

	"github.com/zongjie/zongjie/internal/testdocs"
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
	for path, doc := range testdocs.CorpusAndDevset(t, "../..") {
		toks, _ := rs.unskipped(seg.Cut(doc), nil)
		counted := x.count(toks)
		places := newTokenPlaces(toks, x.placed)
		for i := range rs.Types {
			r := &rs.Types[i]
			h := counted[i]
			r.matchNear(toks, places, &h)
			one := r.match(toks)
			if h.n != one.n || !slices.Equal(h.words, one.words) || !slices.Equal(h.at, one.at) {
				t.Errorf("%s, rule %s: one scan %d %v %v, rule by rule %d %v %v", path, r.ID, h.n, h.words, h.at, one.n, one.words, one.at)
			}
		}
	}
}

func TestTokenPlacesOccurrences(t *testing.T) {
	var toks []segment.Token
	for _, w := range []string{"社区", "服务", "中心", "开展", "服务", "", "志愿服务", "服务中心"} {
		toks = append(toks, segment.Token{Text: w, Folded: w, POS: "n"})
	}
	placed := newRuneMap[struct{}]()
	placed.at('社')
	placed.at('服')
	places := newTokenPlaces(toks, placed)
	for _, tc := range []struct {
		term   string
		single bool
		want   []span
	}{
		{"服务", true, []span{{1, 2}, {4, 5}}},
		{"服务", false, []span{{1, 2}, {4, 5}}},
		{"服务 中心", false, []span{{1, 3}, {7, 8}}},
		{"服务中心/n", false, []span{{7, 8}}},
		{"服务/v", false, nil},
		{"*服务", false, []span{{1, 2}, {4, 5}, {6, 7}}},
		{"社区 服务 中心 开展 服务", false, []span{{0, 5}}},
		{"活动", true, nil},
		{"开展", true, []span{{3, 4}}}, // 开 is not filed: a scan
	} {
		term, err := parseTerm(tc.term, tc.single)
		if err != nil {
			t.Fatal(err)
		}
		got := places.occurrences(toks, term)
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: %v, want %v", tc.term, got, tc.want)
		}
		if scan := occurrences(toks, term); !slices.Equal(got, scan) {
			t.Errorf("%q: %v from the places, %v from a scan", tc.term, got, scan)
		}
	}
}
