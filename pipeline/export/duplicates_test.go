package export

import (
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/zongjie/zongjie/pipeline/dedup"
)

// duplicateWorkbook writes the fixture with a copy of its first record
// appended as document 4, marked as a repost of document 1.
func duplicateWorkbook(t *testing.T, keep bool) *excelize.File {
	t.Helper()
	recs := fixture()
	repost := recs[0]
	repost.Source = "mirror/" + repost.Source
	recs = append(recs, repost)
	about := fixtureAbout
	about.Duplicates = &dedup.Clusters{Canonical: []int{0, 1, 2, 0}, Similarity: []float64{0, 0, 0, 0.9375}}
	about.KeepDuplicates = keep
	return openWorkbook(t, recs, about)
}

func summaryTotals(t *testing.T, f *excelize.File) map[string]string {
	totals := map[string]string{}
	for _, r := range rows(t, f, sheetSummary)[1:] {
		if len(r) >= 2 && r[0] != "" {
			totals[r[0]] = r[1]
		}
	}
	return totals
}

func TestWorkbookDuplicates(t *testing.T) {
	f := duplicateWorkbook(t, false)
	// The totals are those of the fixture alone: the repost counts once.
	want := map[string]string{"documents": "4", "duplicates": "1", "people": "346", "money_total_yuan": "11000", "quantities": "6", "documents_with_year": "2"}
	totals := summaryTotals(t, f)
	for k, v := range want {
		if totals[k] != v {
			t.Errorf("Summary %s = %q, want %q", k, totals[k], v)
		}
	}
	docs := rows(t, f, sheetDocuments)
	header := docs[0]
	col := map[string]int{}
	for i, h := range header {
		col[h] = i
	}
	if got := docs[4][col["duplicate_of"]]; got != "1" {
		t.Errorf("document 4 duplicate_of = %q, want 1", got)
	}
	if got := docs[4][col["similarity"]]; got != "0.938" {
		t.Errorf("document 4 similarity = %q, want 0.938", got)
	}
	if len(docs[1]) > col["duplicate_of"] && docs[1][col["duplicate_of"]] != "" {
		t.Errorf("document 1 is canonical but has duplicate_of %q", docs[1][col["duplicate_of"]])
	}
	dups := rows(t, f, sheetDuplicates)
	if len(dups) != 3 || dups[1][0] != "1" || dups[1][1] != "1" || dups[1][4] != "TRUE" || dups[2][1] != "4" || dups[2][5] != "0.938" {
		t.Errorf("Duplicates sheet = %q", dups)
	}
	// The Types sheet counts the canonical document only.
	for _, r := range rows(t, f, sheetTypes)[1:] {
		if r[0] == "publicity" && r[2] != "1" {
			t.Errorf("publicity documents = %s, want 1 (the repost left out)", r[2])
		}
	}
}

func TestWorkbookKeepDuplicates(t *testing.T) {
	totals := summaryTotals(t, duplicateWorkbook(t, true))
	for k, v := range map[string]string{"documents": "4", "duplicates": "1", "people": "572", "money_total_yuan": "12000"} {
		if totals[k] != v {
			t.Errorf("with every copy kept, Summary %s = %q, want %q", k, totals[k], v)
		}
	}
}
