package export

import (
	"fmt"
	"iter"
	"math"
	"unicode/utf8"

	"github.com/zongjie/zongjie/pipeline/dedup"
	"github.com/zongjie/zongjie/pipeline/extract"
)

// Duplicates sheet: a row per member of each cluster of reposts, the
// canonical member first.

type duplicateRow struct {
	cluster   int
	doc       int
	rec       *extract.Record
	canonical bool
	sim       any
}

var duplicateColumns = []column[duplicateRow]{
	{"cluster", 8, func(r duplicateRow) any { return r.cluster }},
	{"doc", 6, func(r duplicateRow) any { return r.doc }},
	{"source", 40, func(r duplicateRow) any { return r.rec.Source }},
	{"title", 40, func(r duplicateRow) any { return r.rec.Title }},
	{"canonical", 10, func(r duplicateRow) any { return r.canonical }},
	{"similarity", 10, func(r duplicateRow) any { return r.sim }},
	{"characters", 11, func(r duplicateRow) any { return utf8.RuneCountInString(r.rec.Text) }},
}

func duplicateRows(recs []extract.Record, dups *dedup.Clusters) iter.Seq[duplicateRow] {
	return func(yield func(duplicateRow) bool) {
		if dups == nil {
			return
		}
		for n, g := range dups.Groups() {
			for k, i := range g {
				row := duplicateRow{cluster: n + 1, doc: i + 1, rec: &recs[i], canonical: k == 0}
				if k > 0 {
					row.sim = roundSimilarity(dups.Similarity[i])
				}
				if !yield(row) {
					return
				}
			}
		}
	}
}

func roundSimilarity(s float64) float64 { return math.Round(s*1000) / 1000 }

// duplicatesNote explains on the About sheet how reposts were counted.
func duplicatesNote(about About) string {
	switch {
	case about.Duplicates == nil:
		return "reposts were not looked for: every document counts in the totals"
	case about.KeepDuplicates:
		return "reposts were found (Duplicates sheet, Documents duplicate_of) but, with --keep-duplicates, every copy counts in the totals"
	}
	return fmt.Sprint("a repost (Documents duplicate_of: the document it repeats, with the estimated similarity of their bodies) is listed on every sheet but left out of the totals of Summary, Types and Terms, so each report counts once; " +
		"clusters, their members and the canonical one (the longest body, then the first in order) are on the Duplicates sheet")
}
