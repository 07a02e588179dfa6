// Package expect reads the NAME.expect files that say what a careful reader
// makes of a page: the ingest test sets (testdata/ingest/README.md) and the
// real-page trial. One "key: value" a line; blank lines and # comments are
// skipped. Only tests import it.
package expect

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

// File is one NAME.expect.
type File struct {
	Format, Encoding string
	// Title is the page's title; HasTitle says the file gives one
	// ("title: (none)" gives HasTitle and an empty Title).
	Title    string
	HasTitle bool
	// Year is the year the report is about; HasYear says the file gives
	// one ("year: none" gives HasYear and an empty Year).
	Year    string
	HasYear bool
	// Published is the page's publish date, YYYY[-MM[-DD]], or "".
	Published           string
	Warns, Keeps, Drops []string
}

// Read reads the .expect file at path; an unknown key is an error naming
// the file and line.
func Read(path string) (File, error) {
	var e File
	f, err := os.Open(path)
	if err != nil {
		return e, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		key, val, ok := strings.Cut(line, ": ")
		if !ok {
			return e, fmt.Errorf("%s:%d: want key: value", path, n)
		}
		val = strings.TrimSpace(val)
		switch key {
		case "format":
			e.Format = val
		case "encoding":
			e.Encoding = val
		case "title":
			e.HasTitle = true
			if val != "(none)" {
				e.Title = val
			}
		case "year":
			e.HasYear = true
			if val != "none" {
				e.Year = val
			}
		case "published":
			e.Published = val
		case "warn":
			e.Warns = append(e.Warns, val)
		case "keep":
			e.Keeps = append(e.Keeps, val)
		case "drop":
			e.Drops = append(e.Drops, val)
		default:
			return e, fmt.Errorf("%s:%d: unknown key %q", path, n, key)
		}
	}
	return e, sc.Err()
}
