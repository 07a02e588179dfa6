// Package dict holds the data that steers the pipeline: domain words for the
// segmenter, measure words, number, money and date words, activity coding
// rules, entity suffixes, boilerplate patterns and stop words. The files are
// embedded, so a binary needs nothing at run time; a user's folder of files
// with the same names can replace any of them (zongjie --dict DIR).
package dict

import (
	"bufio"
	"embed"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

//go:embed *.txt *.toml
var files embed.FS

// override holds the user's replacements, read once by Override.
var override = map[string][]byte{}

// File returns the named data file: the user's replacement when Override
// gave one, else the embedded file. It panics on a name that is not
// embedded, which is a programming error caught by the tests.
func File(name string) []byte {
	if b, ok := override[name]; ok {
		return b
	}
	b, err := files.ReadFile(name)
	if err != nil {
		panic("dict: " + err.Error())
	}
	return b
}

// Overridden reports whether the named file comes from the user's folder.
func Overridden(name string) bool {
	_, ok := override[name]
	return ok
}

// Override reads every file of dir as the replacement of the embedded file
// of the same name, in place of any earlier replacements; "" restores the
// embedded files. A file whose name is not one of the embedded ones is an
// error, so a misspelt name is not silently ignored. Call it before anything
// reads the data.
func Override(dir string) error {
	override = map[string][]byte{}
	if dir == "" {
		return nil
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return err
	}
	for _, e := range entries {
		if e.IsDir() || e.Name()[0] == '.' {
			continue
		}
		if _, err := fs.Stat(files, e.Name()); err != nil {
			return fmt.Errorf("%s: not a zongjie data file (the names are %s)", filepath.Join(dir, e.Name()), Names())
		}
		b, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			return err
		}
		override[e.Name()] = b
	}
	return nil
}

// Names lists the embedded data files.
func Names() []string {
	entries, _ := files.ReadDir(".")
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	return names
}

// Lines calls fn with the number and the trimmed text of every line of r
// that is neither blank nor a # comment, the syntax all data files share;
// it stops at the first error fn returns.
func Lines(r io.Reader, fn func(n int, line string) error) error {
	sc := bufio.NewScanner(r)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if err := fn(n, line); err != nil {
			return err
		}
	}
	return sc.Err()
}
