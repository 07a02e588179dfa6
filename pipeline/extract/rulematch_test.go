package extract

import (
	"os"
	"path/filepath"
	"reflect"
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
	for path, doc := range corpusAndDevset(t) {
		toks := rs.unskipped(seg.Cut(doc))
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

// corpusAndDevset reads the documents of corpus/ and testdata/extract,
// keyed by path; it fails when fewer than 20 of them read.
func corpusAndDevset(t *testing.T) map[string]*ingest.Document {
	t.Helper()
	docs := map[string]*ingest.Document{}
	for _, glob := range []string{"../../corpus/*", "../../testdata/extract/*.txt"} {
		paths, _ := filepath.Glob(glob)
		for _, path := range paths {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if doc, err := ingest.Parse(path, data, ingest.Options{}); err == nil {
				docs[path] = doc
			}
		}
	}
	if len(docs) < 20 {
		t.Fatalf("only %d documents", len(docs))
	}
	return docs
}

func TestTokenPlacesOccurrences(t *testing.T) {
	var toks []segment.Token
	for _, w := range []string{"社区", "服务", "中心", "开展", "服务", "", "志愿服务", "服务中心"} {
		toks = append(toks, segment.Token{Text: w, Folded: w, POS: "n"})
	}
	places := newTokenPlaces(toks, map[rune]bool{'社': true, '服': true})
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

// Extract gives its finders one shared view of the document (runes and
// numeric scan made once): what they find must be what each finds alone.
func TestSharedViewFindsWhatEachFinderFindsAlone(t *testing.T) {
	seg, err := segment.Default()
	if err != nil {
		t.Fatal(err)
	}
	x := New()
	for path, doc := range corpusAndDevset(t) {
		toks := seg.Cut(doc)
		rec := x.Extract(doc, toks)
		alone := Record{Quantities: x.FindQuantities(doc, toks), Money: x.FindMoney(doc), Dates: x.FindDates(doc), Periods: x.FindPeriods(doc)}
		if !reflect.DeepEqual(rec.Quantities, alone.Quantities) || !reflect.DeepEqual(rec.Money, alone.Money) || !reflect.DeepEqual(rec.Periods, alone.Periods) {
			t.Errorf("%s: the shared view finds other quantities, money or periods", path)
		}
		if len(rec.Dates) != len(alone.Dates) {
			t.Errorf("%s: the shared view finds %d dates, alone %d", path, len(rec.Dates), len(alone.Dates))
		}
		for i := range min(len(rec.Dates), len(alone.Dates)) {
			d, a := rec.Dates[i], alone.Dates[i]
			d.InferredYear, a.InferredYear = nil, nil // Extract infers years afterwards
			if !reflect.DeepEqual(d, a) {
				t.Errorf("%s: date %d: shared %+v, alone %+v", path, i, d, a)
			}
		}
	}
}
