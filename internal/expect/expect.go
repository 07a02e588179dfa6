// Package expect reads the NAME.expect files that say what a careful reader
// makes of a page: the ingest test sets (testdata/ingest/README.md) and the
// real-page trial — and lists a folder's annotated pages (Pages). One
// "key: value" a line; blank lines and # comments are
// skipped. Only tests import it.
package expect

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
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

// Page is one annotated page of a folder: its NAME.expect, read, and the
// input file beside it.
type Page struct {
	File
	// Name is NAME; Input is NAME.txt or, when there is none, the file
	// NAME.ext that is not an annotation (.expect, .json, .xml).
	Name, Input string
}

// Pages reads every NAME.expect of dir, in name order, with its input. It
// returns the pages it could read and an error naming each file it could
// not read or that has no input beside it (and the folder, when it holds
// no .expect).
func Pages(dir string) ([]Page, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.expect"))
	if err == nil && len(paths) == 0 {
		err = fmt.Errorf("%s: no NAME.expect files", dir)
	}
	if err != nil {
		return nil, err
	}
	slices.Sort(paths)
	var pages []Page
	var errs []error
	for _, p := range paths {
		e, err := Read(p)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		base := strings.TrimSuffix(p, ".expect")
		page := Page{File: e, Name: filepath.Base(base), Input: input(base)}
		if page.Input == "" {
			errs = append(errs, fmt.Errorf("%s: no input file beside it", p))
			continue
		}
		pages = append(pages, page)
	}
	return pages, errors.Join(errs...)
}

// input is the input file of the page at base (the path without .expect):
// base.txt, or else the last file base.ext in name order that is not an
// annotation; "" when there is none.
func input(base string) string {
	if _, err := os.Stat(base + ".txt"); err == nil {
		return base + ".txt"
	}
	cands, _ := filepath.Glob(base + ".*")
	in := ""
	for _, c := range cands {
		if ext := filepath.Ext(c); ext != ".expect" && ext != ".json" && ext != ".xml" {
			in = c
		}
	}
	return in
}
