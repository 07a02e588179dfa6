package extract

import (
	"slices"
	"testing"

	"github.com/zongjie/zongjie/internal/testdocs"
	"github.com/zongjie/zongjie/pipeline/segment"
)

// An item headed by plans (下一步打算) or by what went wrong (存在不足)
// codes nothing, for the document or for itself: its work is not done.
func TestPlanItemsCodeNothing(t *testing.T) {
	seg, err := segment.Default()
	if err != nil {
		t.Fatal(err)
	}
	x := New()
	for _, c := range []struct {
		name  string
		lines []string
		types []string // the document's types
		item  []string // the types of the last item
	}{
		{"plans", []string{"一、走访慰问", "社区走访独居老人12户。", "二、下一步打算", "组织志愿者开展消防演练。"},
			[]string{"visit", "elderly"}, []string{}},
		{"plans as a run-in heading", []string{"一、走访慰问", "社区走访独居老人12户。", "二、明年工作。组织志愿者开展消防演练。"},
			[]string{"visit", "elderly"}, []string{}},
		{"problems", []string{"一、走访慰问", "社区走访独居老人12户。", "二、存在不足", "志愿者队伍人手偏少，消防演练参与率不高。"},
			[]string{"visit", "elderly"}, []string{}},
		{"work done", []string{"一、走访慰问", "社区走访独居老人12户。", "二、安全工作", "组织志愿者开展消防演练。"},
			[]string{"visit", "volunteer", "elderly", "safety"}, []string{"volunteer", "safety"}},
	} {
		doc := testdocs.Lines(c.lines...)
		rec := x.Extract(doc, seg.Cut(doc))
		var types []string
		for _, h := range rec.Types {
			types = append(types, h.ID)
		}
		if !slices.Equal(types, c.types) {
			t.Errorf("%s: types %v, want %v", c.name, types, c.types)
		}
		if n := len(rec.Activities); n == 0 || !slices.Equal(rec.Activities[n-1].Types, c.item) {
			t.Errorf("%s: activities %+v, want the last typed %v", c.name, rec.Activities, c.item)
		}
	}
}
