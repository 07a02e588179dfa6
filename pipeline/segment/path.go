package segment

import (
	"reflect"
	"slices"
	"sync"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/go-ego/gse"
)

// word is one word of a line's cut: its bytes in the line, and the
// dictionary's token for it (nil for a character the dictionary starts no
// word with, which gse cuts alone, untagged, with frequency 1).
type word struct {
	start, end int
	tok        *gse.Token
}

// pos and freq are what gse's Segment gives for the word's token.
func (w word) pos() string {
	if w.tok == nil {
		return "x"
	}
	return w.tok.Pos()
}

func (w word) freq() float64 {
	if w.tok == nil {
		return 1
	}
	return w.tok.Freq()
}

// tokenFields are the offsets in a gse.Token of its text (the units of
// the word, a []gse.Text) and of its distance (see distanceField); ok is
// false when gse.Token is not the one this was written for, and lines are
// then cut by gse's Segment itself.
var tokenFields = sync.OnceValues(func() (fields [2]uintptr, ok bool) {
	f, ok := reflect.TypeFor[gse.Token]().FieldByName("text")
	d, dok := distanceField()
	return [2]uintptr{f.Offset, d}, ok && dok && f.Type == reflect.TypeFor[[]gse.Text]()
})

// cutLine cuts one line of folded text by the shortest path, exactly as
// gse's Segment does — the same units, words, distances and ties — into
// sc.words, without the memory Segment makes for every unit and line.
func (s *Segmenter) cutLine(sc *cutScratch, line string) []word {
	sc.words = sc.words[:0]
	sc.line = append(sc.line[:0], line...)
	fields, ok := tokenFields()
	if !ok {
		for _, sg := range s.gse.Segment(sc.line) {
			sc.words = append(sc.words, word{sg.Start(), sg.End(), sg.Token()})
		}
		return sc.words
	}
	units := sc.splitUnits()
	n := len(units)
	if n == 0 {
		return sc.words
	}
	unitsOf := func(t *gse.Token) int {
		return len(*(*[]gse.Text)(unsafe.Add(unsafe.Pointer(t), fields[0])))
	}
	distanceOf := func(t *gse.Token) float32 {
		return *(*float32)(unsafe.Add(unsafe.Pointer(t), fields[1]))
	}
	d := s.gse.Dict
	if len(sc.found) < d.MaxTokenLen() {
		sc.found = make([]*gse.Token, d.MaxTokenLen())
	}
	// jumps[i] is the best way found to a path ending with unit i, as in
	// gse's jumper (a distance of 0 is "none yet").
	jumps := slices.Grow(sc.jumps[:0], n)[:n]
	clear(jumps)
	sc.jumps = jumps
	for cur := range n {
		var base float32
		if cur > 0 {
			base = jumps[cur-1].dist
		}
		found := d.LookupTokens(units[cur:min(cur+d.MaxTokenLen(), n)], sc.found)
		for _, t := range sc.found[:found] {
			u := unitsOf(t)
			jumps[cur+u-1].update(base+distanceOf(t), u, t)
		}
		if found == 0 || unitsOf(sc.found[0]) > 1 {
			jumps[cur].update(base+32, 1, nil)
		}
	}
	for i := n - 1; i >= 0; {
		j := jumps[i]
		first := i - j.units + 1
		sc.words = append(sc.words, word{sc.starts[first], sc.starts[i+1], j.tok})
		i = first - 1
	}
	slices.Reverse(sc.words)
	return sc.words
}

// jump is gse's jumper: the shortest distance found to the end of a unit,
// and the word (of units units) that ends the path there.
type jump struct {
	dist  float32
	units int
	tok   *gse.Token
}

func (j *jump) update(dist float32, units int, tok *gse.Token) {
	if j.dist == 0 || j.dist > dist {
		*j = jump{dist, units, tok}
	}
}

// splitUnits splits sc.line into gse's units (SplitTextToWords): a run of
// letters and digits of one or two bytes each is one unit, any other
// character is one; sc.starts gets the byte offset of each unit and of the
// line's end. gse lowers the ASCII letters of a run when gse.ToLower is
// set; they occur only in runs, so the line is lowered whole, in place.
func (sc *cutScratch) splitUnits() []gse.Text {
	line := sc.line
	if gse.ToLower {
		for i, c := range line {
			if 'A' <= c && c <= 'Z' {
				line[i] = c + 'a' - 'A'
			}
		}
	}
	units, starts := sc.units[:0], sc.starts[:0]
	run := -1 // start of the letter and digit run being read
	for i := 0; i < len(line); {
		r, size := utf8.DecodeRune(line[i:])
		if size <= 2 && (unicode.IsLetter(r) || unicode.IsNumber(r)) {
			if run < 0 {
				run = i
			}
		} else {
			if run >= 0 {
				units, starts = append(units, line[run:i]), append(starts, run)
				run = -1
			}
			units, starts = append(units, line[i:i+size]), append(starts, i)
		}
		i += size
	}
	if run >= 0 {
		units, starts = append(units, line[run:]), append(starts, run)
	}
	sc.units, sc.starts = units, append(starts, len(line))
	return units
}
