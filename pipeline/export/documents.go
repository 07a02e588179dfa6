package export

import "github.com/zongjie/zongjie/pipeline/extract"

// DocumentTable is the Documents sheet as text, for other views of a
// corpus (the evidence report's index page): the header and a row of
// cells per record, numbers written as in the CSV files.
func DocumentTable(recs []extract.Record) (header []string, rows [][]string) {
	t := makeTable(documentColumns, documentRows(recs))
	for _, h := range t.header {
		header = append(header, csvField(h))
	}
	for vals := range t.rows {
		row := make([]string, len(vals))
		for i, v := range vals {
			row[i] = csvField(v)
		}
		rows = append(rows, row)
	}
	return header, rows
}
