package export

import (
	"github.com/zongjie/zongjie/pipeline/dedup"
	"github.com/zongjie/zongjie/pipeline/extract"
)

// DocumentRows gives the Documents sheet as text, for other views of a
// corpus (the evidence report's index page): the header, and a row of cells
// for a record (document id = its 1-based position), numbers written as in
// the CSV files; dups, when set, marks reposts.
func DocumentRows(dups *dedup.Clusters) (header []string, row func(id int, rec *extract.Record) []string) {
	t := documentTable(nil, dups)
	for _, h := range t.header {
		header = append(header, csvField(h))
	}
	return header, func(id int, rec *extract.Record) []string {
		var cells []string
		for vals := range t.rows(id, rec) {
			for _, v := range vals {
				cells = append(cells, csvField(v))
			}
		}
		return cells
	}
}
