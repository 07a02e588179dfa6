// Package docvars reads document variables: a table (CSV or xlsx) with one
// row per document, keyed by file name or path, whose columns (city,
// organisation type, author …) are joined to the documents of a run, as
// KH Coder's external variables are. Keys that match nothing, on either
// side, are reported, never dropped silently.
package docvars

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/xuri/excelize/v2"
)

// Table is a variables file: the key column's name, the other columns,
// and the rows in file order.
type Table struct {
	Key     string
	Columns []string
	Rows    []Row
}

// Row is one line of the table: its key, its values (one per column) and
// its line in the file (1-based, the header is line 1).
type Row struct {
	Key    string
	Values []string
	Line   int
}

// keyNames are the header names taken as the key column, in preference
// order; without one, the first column is the key.
var keyNames = []string{"file", "path", "source", "filename", "文件", "文件名"}

// Load reads a CSV file (UTF-8, optional BOM) or the first sheet of an
// xlsx file.
func Load(path string) (*Table, error) {
	var records [][]string
	var err error
	switch strings.ToLower(filepath.Ext(path)) {
	case ".xlsx", ".xlsm":
		records, err = readXLSX(path)
	default:
		records, err = readCSV(path)
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	t, err := FromRecords(records)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return t, nil
}

func readCSV(path string) ([][]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return parseCSV(f)
}

// parseCSV reads CSV rows of any length; FromRecords checks them.
func parseCSV(r io.Reader) ([][]string, error) {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	return cr.ReadAll()
}

func readXLSX(path string) ([][]string, error) {
	f, err := excelize.OpenFile(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sheets := f.GetSheetList()
	if len(sheets) == 0 {
		return nil, errors.New("no sheet")
	}
	return f.GetRows(sheets[0])
}

// FromRecords builds a Table from rows of cells, the first being the header.
func FromRecords(records [][]string) (*Table, error) {
	if len(records) == 0 {
		return nil, errors.New("empty: want a header row and a row per document")
	}
	header := make([]string, len(records[0]))
	for i, h := range records[0] {
		header[i] = strings.TrimSpace(strings.TrimPrefix(h, "\ufeff"))
		if header[i] == "" {
			return nil, fmt.Errorf("line 1: column %d has no name", i+1)
		}
	}
	if len(header) < 2 {
		return nil, errors.New("line 1: want a key column (file or path) and at least one variable")
	}
	for i, h := range header {
		if slices.Contains(header[:i], h) {
			return nil, fmt.Errorf("line 1: column %q twice", h)
		}
	}
	key := 0
	for _, name := range keyNames {
		if i := slices.IndexFunc(header, func(h string) bool { return strings.EqualFold(h, name) }); i >= 0 {
			key = i
			break
		}
	}
	t := &Table{Key: header[key]}
	for i, h := range header {
		if i != key {
			t.Columns = append(t.Columns, h)
		}
	}
	seen := map[string]int{}
	for n, rec := range records[1:] {
		line := n + 2
		if len(rec) == 0 || strings.TrimSpace(strings.Join(rec, "")) == "" {
			continue
		}
		row := Row{Line: line, Values: make([]string, 0, len(t.Columns))}
		for i := range header {
			v := ""
			if i < len(rec) {
				v = strings.TrimSpace(rec[i])
			}
			if i == key {
				row.Key = v
			} else {
				row.Values = append(row.Values, v)
			}
		}
		if row.Key == "" {
			return nil, fmt.Errorf("line %d: empty %s", line, t.Key)
		}
		if first, dup := seen[row.Key]; dup {
			return nil, fmt.Errorf("line %d: %s %q already on line %d", line, t.Key, row.Key, first)
		}
		seen[row.Key] = line
		t.Rows = append(t.Rows, row)
	}
	return t, nil
}

// Column returns the index of a variable column by name, or -1.
func (t *Table) Column(name string) int {
	return slices.Index(t.Columns, name)
}

// Unmatched is a key of one side that found nothing on the other.
type Unmatched struct {
	Source string // document path, or the variables file for a row
	Reason string
}

// Join gives each source its row's values (nil when it has no row), and
// the unmatched keys of both sides: documents without a row, rows without
// a document. A key matches a source equal to it as a path, or whose path
// ends with it after a separator (so a bare file name matches a file in
// any directory); a key that matches several documents is reported.
func (t *Table) Join(sources []string, file string) ([][]string, []Unmatched) {
	values := make([][]string, len(sources))
	var unmatched []Unmatched
	clean := make([]string, len(sources))
	for i, s := range sources {
		clean[i] = filepath.ToSlash(filepath.Clean(s))
	}
	for _, row := range t.Rows {
		k := filepath.ToSlash(filepath.Clean(row.Key))
		var hits []int
		for i, s := range clean {
			if s == k || strings.HasSuffix(s, "/"+k) {
				hits = append(hits, i)
			}
		}
		switch {
		case len(hits) == 0:
			unmatched = append(unmatched, Unmatched{Source: file,
				Reason: fmt.Sprintf("line %d: %s %q matches no document", row.Line, t.Key, row.Key)})
			continue
		case len(hits) > 1:
			unmatched = append(unmatched, Unmatched{Source: file,
				Reason: fmt.Sprintf("line %d: %s %q matches %d documents; give a longer path", row.Line, t.Key, row.Key, len(hits))})
			continue
		}
		if values[hits[0]] != nil {
			unmatched = append(unmatched, Unmatched{Source: sources[hits[0]],
				Reason: fmt.Sprintf("%s line %d: a second row for this document; the first is kept", file, row.Line)})
			continue
		}
		values[hits[0]] = row.Values
	}
	for i, v := range values {
		if v == nil {
			unmatched = append(unmatched, Unmatched{Source: sources[i],
				Reason: fmt.Sprintf("no row in %s", file)})
		}
	}
	return values, unmatched
}
