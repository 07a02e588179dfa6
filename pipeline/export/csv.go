package export

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"strconv"

	"github.com/zongjie/zongjie/pipeline/dedup"
	"github.com/zongjie/zongjie/pipeline/extract"
)

// WriteCSV writes documents.csv, activities.csv, quantities.csv, money.csv
// and dates.csv into dir (created if missing), with the columns of the
// workbook sheets of the same names. Files are UTF-8 with a byte-order mark
// so that Excel shows Chinese text right; empty fields are null values.
func WriteCSV(dir string, recs []extract.Record, dups *dedup.Clusters) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	files := []struct {
		name string
		t    table
	}{
		{"documents.csv", makeTable(documentColumns, documentRows(recs, dups))},
		{"activities.csv", makeTable(activityColumns, activityRows(recs))},
		{"quantities.csv", makeTable(quantityColumns, quantityRows(recs))},
		{"money.csv", makeTable(moneyColumns, moneyRows(recs))},
		{"dates.csv", makeTable(dateColumns, dateRows(recs))},
	}
	for _, file := range files {
		if err := writeCSVFile(filepath.Join(dir, file.name), file.t); err != nil {
			return err
		}
	}
	return nil
}

func writeCSVFile(path string, t table) (err error) {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	defer func() {
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}()
	bw := bufio.NewWriter(f)
	if _, err := bw.WriteString("\ufeff"); err != nil {
		return err
	}
	cw := csv.NewWriter(bw)
	fields := make([]string, len(t.header))
	for i, h := range t.header {
		fields[i] = csvField(h)
	}
	if err := cw.Write(fields); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	for vals := range t.rows {
		for i, v := range vals {
			fields[i] = csvField(v)
		}
		if err := cw.Write(fields); err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return bw.Flush()
}

// csvField formats a cell value: numbers in the shortest exact form, null
// as an empty field.
func csvField(v any) string {
	switch v := v.(type) {
	case nil:
		return ""
	case string:
		return v
	case int:
		return strconv.Itoa(v)
	case float64:
		return strconv.FormatFloat(v, 'f', -1, 64)
	case bool:
		return strconv.FormatBool(v)
	default:
		return fmt.Sprint(v)
	}
}
