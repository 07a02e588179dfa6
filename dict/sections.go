package dict

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// Sections is a word-list file split into its [sections]: each entry is
// one line's fields.
type Sections map[string][][]string

// ParseSections reads a word-list file: [name] starts a section, a line
// holds one entry whose fields are separated by spaces, blank lines and
// lines starting with # are ignored.
func ParseSections(r io.Reader) (Sections, error) {
	ws := Sections{}
	section := ""
	err := Lines(r, func(n int, line string) error {
		if !utf8.ValidString(line) {
			return fmt.Errorf("line %d: not valid UTF-8", n)
		}
		if strings.HasPrefix(line, "[") {
			if !strings.HasSuffix(line, "]") || len(line) < 3 {
				return fmt.Errorf("line %d: bad section header %q", n, line)
			}
			section = line[1 : len(line)-1]
			if _, dup := ws[section]; dup {
				return fmt.Errorf("line %d: duplicate section %q", n, section)
			}
			ws[section] = nil
			return nil
		}
		if section == "" {
			return fmt.Errorf("line %d: %q before any [section]", n, line)
		}
		ws[section] = append(ws[section], strings.Fields(line))
		return nil
	})
	if err != nil {
		return nil, err
	}
	return ws, nil
}

// Words returns every field of every entry of a section, in order.
func (ws Sections) Words(section string) []string {
	var out []string
	for _, e := range ws[section] {
		out = append(out, e...)
	}
	return out
}

// Numbers reads a section of "name value" entries with numeric values.
func (ws Sections) Numbers(section string) (map[string]float64, error) {
	out := map[string]float64{}
	for _, e := range ws[section] {
		if len(e) != 2 {
			return nil, fmt.Errorf("[%s]: want name value, got %q", section, strings.Join(e, " "))
		}
		var v float64
		if _, err := fmt.Sscan(e[1], &v); err != nil || v != v || v > 1e9 || v < -1e9 {
			return nil, fmt.Errorf("[%s]: %s: bad number %q", section, e[0], e[1])
		}
		out[e[0]] = v
	}
	return out, nil
}
