package stats

import (
	"math"
	"testing"

	"github.com/zongjie/zongjie/pipeline/extract"
)

func fp(v float64) *float64 { return &v }
func ip(v int) *int         { return &v }

func TestCorpusAdd(t *testing.T) {
	recs := []extract.Record{
		{
			Year: ip(2019), Tokens: 10,
			Quantities: []extract.Quantity{{Value: fp(226), Kind: "people"}, {Kind: "people", Vague: true}, {Value: fp(16), Kind: "households", Approx: true}},
			Money:      []extract.Money{{Amount: fp(1000)}, {Vague: true}},
			Types:      []extract.TypeHit{{ID: "visit", Label: "走访", Hits: 2}, {ID: "publicity", Label: "宣传", Hits: 1}},
			Activities: []extract.Activity{{Types: []string{"visit"}}},
			Terms:      []extract.Term{{Word: "社工", POS: "n", Count: 3}, {Word: "宣传", POS: "v", Count: 1}},
		},
		{
			Tokens:   5,
			Types:    []extract.TypeHit{{ID: "elderly", Label: "助老", Hits: 1}, {ID: "visit", Label: "走访", Hits: 1}},
			Entities: []extract.Entity{{Kind: "org"}},
			Terms:    []extract.Term{{Word: "社工", POS: "n", Count: 1}, {Word: "社工", POS: "vn", Count: 1}},
		},
	}
	c := Of(recs)
	if c.Docs != 2 || c.Tokens != 15 || c.Quantities != 3 || c.MoneyMentions != 2 || c.Entities != 1 || c.Activities != 1 {
		t.Errorf("totals = %+v", c)
	}
	if c.MoneyTotal != 1000 || c.Kind("people") != 226 || c.Kind("households") != 16 || c.Kind("goods") != 0 {
		t.Errorf("sums: money %v people %v households %v", c.MoneyTotal, c.Kind("people"), c.Kind("households"))
	}
	if k := c.Kinds["people"]; k.Mentions != 2 || k.Vague != 1 {
		t.Errorf("people kind = %+v", k)
	}
	if c.DocsWithYear != 1 || c.Years[2019].People != 226 || c.NoYear.Docs != 1 {
		t.Errorf("years = %+v, no year %+v", c.Years, c.NoYear)
	}
	var order []string
	for _, h := range c.TypeOrder() {
		order = append(order, h.ID)
	}
	if got := order; len(got) != 3 || got[0] != "visit" || got[1] != "publicity" || got[2] != "elderly" {
		t.Errorf("type order = %v, want visit publicity elderly", got)
	}
	types := c.Types()
	if types[0].ID != "visit" || types[0].Docs != 2 || types[0].Hits != 3 || types[0].Activities != 1 || types[0].ByYear[2019] != 1 || types[0].NoYear != 1 {
		t.Errorf("first type = %+v", types[0])
	}
	terms := c.Terms()
	if len(terms) != 2 {
		t.Fatalf("terms = %+v", terms)
	}
	// 社工: 5 occurrences in 2 documents (the second document lists it
	// twice, once per POS, and counts once); n is its commonest POS.
	if w := terms[0]; w.Word != "社工" || w.Freq != 5 || w.DF != 2 || w.POS != "n" || w.TFIDF != 0 {
		t.Errorf("社工 = %+v", w)
	}
	if w := terms[1]; w.Word != "宣传" || w.DF != 1 || math.Abs(w.TFIDF-math.Log(2)) > 1e-12 {
		t.Errorf("宣传 = %+v", w)
	}
}

// A count marked as a repeat of an earlier one (居民4人 … 这四位居民) is not
// added again to the people totals and the kind sums; hours are summed as
// their own kind.
func TestRepeatsAndHours(t *testing.T) {
	v := func(f float64) *float64 { return &f }
	at := 2
	rec := extract.Record{Quantities: []extract.Quantity{
		{Value: v(4), Unit: "人", Kind: "people", Text: "4人", Offset: 2},
		{Value: v(4), Unit: "位", Kind: "people", Text: "四位", Offset: 9, RepeatOf: &at},
		{Value: v(600), Unit: "小时", Kind: "hours", Text: "600小时", Offset: 20},
	}}
	if got := DocumentOf(&rec).People; got != 4 {
		t.Errorf("people = %v, want 4", got)
	}
	c := Of([]extract.Record{rec})
	if got := c.Kind("people"); got != 4 {
		t.Errorf("people kind sum = %v, want 4", got)
	}
	if got := c.Kinds["people"].Mentions; got != 2 {
		t.Errorf("people mentions = %v, want 2", got)
	}
	if got := c.Kind("hours"); got != 600 {
		t.Errorf("hours kind sum = %v, want 600", got)
	}
}

// A word's part of speech is its most frequent one, ties to the first in
// byte order, whatever order the counts came in.
func TestMostFrequentPOS(t *testing.T) {
	for _, tc := range []struct {
		adds []posCount
		want string
	}{
		{nil, ""},
		{[]posCount{{"n", 2}}, "n"},
		{[]posCount{{"v", 1}, {"n", 1}}, "n"},
		{[]posCount{{"n", 1}, {"v", 1}}, "n"},
		{[]posCount{{"v", 2}, {"n", 1}, {"n", 2}}, "n"},
		{[]posCount{{"vn", 1}, {"v", 3}, {"n", 2}}, "v"},
	} {
		var a termCount
		for _, p := range tc.adds {
			a.addPOS(p.pos, p.count)
		}
		if got := mostFrequent(a.pos); got != tc.want {
			t.Errorf("%v: %q, want %q", tc.adds, got, tc.want)
		}
	}
}
