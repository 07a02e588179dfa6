package export

import (
	"fmt"
	"slices"
	"unicode/utf16"
	"unicode/utf8"
)

// limits are the sizes a sheet may not pass.
type limits struct {
	rows      int // rows of a sheet, header included
	cellChars int // characters of a cell, in UTF-16 units as Excel counts them
}

// excelLimits are Excel's own (Excel specifications and limits: 1,048,576
// rows a worksheet, 32,767 characters a cell); tests inject smaller ones.
var excelLimits = limits{rows: 1 << 20, cellChars: 32767}

// parts is the number of sheets n data rows need (one at least).
func (l limits) parts(n int) int {
	per := l.rows - 1
	return max(1, (n+per-1)/per)
}

// partName names the sheets a table continues in: Quantities, Quantities
// (2), Quantities (3), …
func partName(base string, part int) string {
	if part == 1 {
		return base
	}
	return fmt.Sprintf("%s (%d)", base, part)
}

// cutMarker ends a cell whose text was cut; it says how long the text was.
const cutMarker = "…[cut: %d characters in all]"

// cut shortens text to the cell limit with a visible marker at the end;
// excelize would cut it silently.
func (l limits) cut(text string) (string, bool) {
	if len(text) <= l.cellChars { // bytes ≥ UTF-16 units
		return text, false
	}
	units := utf16Len(text)
	if units <= l.cellChars {
		return text, false
	}
	marker := fmt.Sprintf(cutMarker, units)
	keep := l.cellChars - utf16Len(marker)
	n := 0
	for i, r := range text {
		w := utf16.RuneLen(r)
		if w < 0 {
			w = 1
		}
		if n+w > keep {
			return text[:i] + marker, true
		}
		n += w
	}
	return text, false
}

func utf16Len(s string) int {
	n := 0
	for _, r := range s {
		if r >= 0x10000 && r <= utf8.MaxRune {
			n += 2
		} else {
			n++
		}
	}
	return n
}

// limitReport records where the limits were reached, for the About sheet.
type limitReport struct {
	lim   limits
	parts map[string]int // sheet → number of sheets it continues over
	cuts  map[string]int // sheet → cells cut
}

func (r *limitReport) split(sheet string, parts int) {
	if r.parts == nil {
		r.parts = map[string]int{}
	}
	r.parts[sheet] = parts
}

func (r *limitReport) cutCell(sheet string) {
	if r.cuts == nil {
		r.cuts = map[string]int{}
	}
	r.cuts[sheet]++
}

// notes are the About rows that say what was split or cut; none when
// nothing was.
func (r *limitReport) notes() [][2]string {
	var rows [][2]string
	for _, sheet := range sortedKeys(r.parts) {
		more := partName(sheet, 2)
		if n := r.parts[sheet]; n > 2 {
			more += " … " + partName(sheet, n)
		}
		rows = append(rows, [2]string{"split sheet", fmt.Sprintf("%s passed Excel's limit of %d rows a sheet: it continues in %s, each with the header",
			sheet, r.lim.rows, more)})
	}
	for _, sheet := range sortedKeys(r.cuts) {
		rows = append(rows, [2]string{"cut cells", fmt.Sprintf("%d cells of %s were longer than Excel's limit of %d characters: they end in %q; the JSONL holds the whole text",
			r.cuts[sheet], sheet, r.lim.cellChars, "…[cut: N characters in all]")})
	}
	return rows
}

func sortedKeys(m map[string]int) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// merge adds the cuts and splits of another report (of other sheets).
func (r *limitReport) merge(o *limitReport) {
	if o == r {
		return
	}
	for sheet, n := range o.parts {
		r.split(sheet, n)
	}
	for sheet, n := range o.cuts {
		if r.cuts == nil {
			r.cuts = map[string]int{}
		}
		r.cuts[sheet] += n
	}
}
