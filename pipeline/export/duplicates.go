package export

import (
	"math"
	"unicode/utf8"

	"github.com/zongjie/zongjie/pipeline/dedup"
	"github.com/zongjie/zongjie/pipeline/extract"
)

// duplicateSheet gathers the Duplicates sheet while the records stream
// through: a row per member of each cluster of reposts, the canonical
// member first. It keeps a few fields of the cluster members only.
type duplicateSheet struct {
	dups    *dedup.Clusters
	groups  [][]int
	members map[int]duplicateMember // by 0-based document index
}

type duplicateMember struct {
	source, title string
	characters    int
}

func newDuplicateSheet(dups *dedup.Clusters) *duplicateSheet {
	d := &duplicateSheet{dups: dups, members: map[int]duplicateMember{}}
	if dups != nil {
		d.groups = dups.Groups()
		for _, g := range d.groups {
			for _, i := range g {
				d.members[i] = duplicateMember{}
			}
		}
	}
	return d
}

// rows is the number of rows of the sheet: every member of every cluster.
func (d *duplicateSheet) rows() int { return len(d.members) }

// reposts is the number of documents that repeat another.
func (d *duplicateSheet) reposts() int { return len(d.members) - len(d.groups) }

// note keeps what the sheet shows of document id (1-based) when it is in a
// cluster.
func (d *duplicateSheet) note(id int, rec *extract.Record) {
	if _, ok := d.members[id-1]; ok {
		d.members[id-1] = duplicateMember{rec.Source, rec.Title, utf8.RuneCountInString(rec.Text)}
	}
}

var duplicateHeader = []string{"cluster", "doc", "source", "title", "canonical", "similarity", "characters"}

func (d *duplicateSheet) table() table {
	t := table{header: make([]any, len(duplicateHeader)), widths: []float64{8, 6, 40, 40, 10, 10, 11}}
	for i, h := range duplicateHeader {
		t.header[i] = h
	}
	t.rows = func(yield func([]any) bool) {
		for n, g := range d.groups {
			for k, i := range g {
				m := d.members[i]
				var sim any
				if k > 0 {
					sim = roundSimilarity(d.dups.Similarity[i])
				}
				if !yield([]any{n + 1, i + 1, m.source, m.title, k == 0, sim, m.characters}) {
					return
				}
			}
		}
	}
	return t
}

func roundSimilarity(s float64) float64 { return math.Round(s*1000) / 1000 }

// duplicatesNote explains on the About sheet how reposts were counted: the
// key of the note's text in labels.tsv, and the text.
func duplicatesNote(about About) (key, text string) {
	switch {
	case about.Duplicates == nil:
		return "duplicates not looked for", "reposts were not looked for: every document counts in the totals"
	case about.KeepDuplicates:
		return "duplicates kept", "reposts were found (Duplicates sheet, Documents duplicate_of) but, with --keep-duplicates, every copy counts in the totals"
	}
	return "duplicates", "a repost (Documents duplicate_of: the document it repeats, with the estimated similarity of their bodies) is listed on every sheet but left out of the totals of Summary, Types and Terms, so each report counts once; " +
		"clusters, their members and the canonical one (the longest body, then the first in order) are on the Duplicates sheet"
}
