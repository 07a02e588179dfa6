package extract

import (
	"reflect"
	"testing"

	"github.com/zongjie/zongjie/internal/testdocs"
	"github.com/zongjie/zongjie/pipeline/segment"
)

// Extract gives its finders one shared view of the document (runes and
// numeric scan made once): what they find must be what each finds alone.
func TestSharedViewFindsWhatEachFinderFindsAlone(t *testing.T) {
	seg, err := segment.Default()
	if err != nil {
		t.Fatal(err)
	}
	x := New()
	for path, doc := range testdocs.CorpusAndDevset(t, "../..") {
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
