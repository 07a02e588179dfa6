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
// dups, when set, fills the duplicate_of and similarity columns of
// documents.csv.
func WriteCSV(dir string, recs []extract.Record, dups *dedup.Clusters) error {
	return WriteCSVFrom(dir, SliceRecords(recs), dups)
}

// WriteCSVFrom writes the CSV files from records that stream through once.
func WriteCSVFrom(dir string, recs Records, dups *dedup.Clusters) (err error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	files := []struct {
		name string
		t    recordTable
	}{
		{"documents.csv", documentTable(nil, dups)},
		{"activities.csv", makeRecordTable(activityColumns, activityRows)},
		{"quantities.csv", makeRecordTable(quantityColumns, quantityRows)},
		{"money.csv", makeRecordTable(moneyColumns, moneyRows)},
		{"dates.csv", makeRecordTable(dateColumns, dateRows)},
	}
	writers := make([]*csvFile, len(files))
	defer func() {
		for _, w := range writers {
			if w != nil {
				if cerr := w.close(); err == nil {
					err = cerr
				}
			}
		}
	}()
	for i, file := range files {
		if writers[i], err = createCSV(filepath.Join(dir, file.name), file.t.header); err != nil {
			return err
		}
	}
	id := 0
	return recs(func(rec *extract.Record) error {
		id++
		for i, file := range files {
			for vals := range file.t.rows(id, rec) {
				if err := writers[i].write(vals); err != nil {
					return err
				}
			}
		}
		return nil
	})
}

// csvFile is one CSV file being written.
type csvFile struct {
	path   string
	f      *os.File
	bw     *bufio.Writer
	cw     *csv.Writer
	fields []string
}

func createCSV(path string, header []any) (*csvFile, error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	bw := bufio.NewWriter(f)
	c := &csvFile{path: path, f: f, bw: bw, cw: csv.NewWriter(bw), fields: make([]string, len(header))}
	if _, err := bw.WriteString("\ufeff"); err != nil {
		return c, err
	}
	return c, c.write(header)
}

func (c *csvFile) write(vals []any) error {
	for i, v := range vals {
		c.fields[i] = csvField(v)
	}
	if err := c.cw.Write(c.fields); err != nil {
		return fmt.Errorf("%s: %w", c.path, err)
	}
	return nil
}

func (c *csvFile) close() error {
	c.cw.Flush()
	err := c.cw.Error()
	if err == nil {
		err = c.bw.Flush()
	}
	if cerr := c.f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("%s: %w", c.path, err)
	}
	return nil
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
