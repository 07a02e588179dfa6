package ingest

import "strings"

// Furniture told by the page's own structure rather than by its words,
// which differ from one site to the next: what a line is like beside its
// neighbours and where it stands against the body region (the longest
// run of prose lines, bodyRegion).

// bulletRunMin is the shortest run of bulleted lines taken for a list of
// the site's links.
const bulletRunMin = 3

// bulletRuns marks, above the body's first prose line or below its last,
// the runs of bulletRunMin or more lines in a row led by the same bullet
// ([bullets] of dict/furniture.txt) and holding no sentence or clause,
// with furniture the judges know between the run and the body: the
// site's list of other headlines or of tags, whatever their words. A list
// right before or after the report's paragraphs, with nothing of the
// page's between, may be the report's own.
func bulletRuns(folded []string, firstProse, lastProse int, empty, known func(int) bool, v *furnitureVocab) []bool {
	if firstProse < 0 {
		return nil
	}
	var out []bool
	outside := func(i int) bool { return i < firstProse || i > lastProse }
	led := func(i int) string {
		f := strings.TrimSpace(folded[i])
		for _, b := range v.bullets {
			if rest, ok := strings.CutPrefix(f, b); ok && strings.TrimSpace(rest) != "" && !containsAnyRune(rest, clauseEnds) {
				return b
			}
		}
		return ""
	}
	// apart reports whether a known line lies between the run and the body.
	apart := func(first, last int) bool {
		from, to := last+1, firstProse
		if first > lastProse {
			from, to = lastProse+1, first
		}
		for k := from; k < to; k++ {
			if !empty(k) && known(k) {
				return true
			}
		}
		return false
	}
	for i := 0; i < len(folded); {
		b := ""
		if !empty(i) && outside(i) {
			b = led(i)
		}
		if b == "" {
			i++
			continue
		}
		run := []int{i}
		j := i + 1
		for ; j < len(folded) && outside(j); j++ {
			if empty(j) {
				continue
			}
			if led(j) != b {
				break
			}
			run = append(run, j)
		}
		if len(run) >= bulletRunMin && apart(run[0], run[len(run)-1]) {
			if out == nil {
				out = make([]bool, len(folded))
			}
			for _, k := range run {
				out[k] = true
			}
		}
		i = j
	}
	return out
}
