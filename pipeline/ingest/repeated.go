package ingest

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/zongjie/zongjie/pipeline/fold"
)

// Repeated lines: a line that recurs verbatim in many documents of a batch
// is the furniture of the site they came from (its slogan, its menu, its
// prompt), even when no pattern or judge knows it. The counts come from a
// first pass over the whole batch (pipeline.CountLines), so the decision is
// the same in a single run, a resumed run and a sharded run whose counts
// were added up.

// KindRepeated is the kind reported for a line removed because it recurs
// across the batch.
const KindRepeated = "repeated"

// LineCounter tells in how many documents of the batch a line occurs, by
// its LineFingerprint. Counts may be over (a sketch), never under.
type LineCounter interface {
	Count(fingerprint uint64) uint32
}

// LineFingerprint is the fingerprint a line is counted under: its
// Simplified form without spaces, so that the same furniture in either
// script or spacing counts as one line.
func LineFingerprint(line string) uint64 {
	return foldedFingerprint(fold.ToSimplified(line))
}

// foldedFingerprint is LineFingerprint of a line given folded.
func foldedFingerprint(f string) uint64 {
	// FNV-1a over the bytes of the folded line without its spaces, as
	// fnv.New64a would hash them, without building that string.
	const offset64, prime64 = 14695981039346656037, 1099511628211
	h := uint64(offset64)
	for i := 0; i < len(f); {
		r, size := utf8.DecodeRuneInString(f[i:])
		if !unicode.IsSpace(r) {
			if r == utf8.RuneError && size == 1 {
				// strings.Map would write U+FFFD for an invalid byte
				for _, c := range []byte(string(utf8.RuneError)) {
					h = (h ^ uint64(c)) * prime64
				}
			} else {
				for _, c := range []byte(f[i : i+size]) {
					h = (h ^ uint64(c)) * prime64
				}
			}
		}
		i += size
	}
	return h
}

// DocumentFingerprints returns the distinct LineFingerprints of the lines
// of a document as the counting pass sees them: its title and the lines of
// its text, trimmed, each line once, in that order (not nil). A line of
// the text is hashed from its fold in doc.Folded, not folded again:
// folding works line by line, maps no rune to or from a space and no
// phrase of its tables holds one, so the fold of a line trimmed is the
// fold of the line trimmed, and the spaces are not hashed.
func DocumentFingerprints(doc *Document) []uint64 {
	lines := strings.Split(doc.Text, "\n")
	folded := strings.Split(doc.Folded, "\n")
	if doc.Folded == "" || len(folded) != len(lines) {
		folded = nil // not made with the text: fold each line
	}
	seenLine, seen := map[string]bool{}, map[uint64]bool{}
	fps := []uint64{}
	add := func(fp uint64) {
		if !seen[fp] {
			seen[fp] = true
			fps = append(fps, fp)
		}
	}
	if t := strings.TrimSpace(doc.Title); t != "" {
		seenLine[t] = true
		add(LineFingerprint(t))
	}
	for i, l := range lines {
		if l = strings.TrimSpace(l); l == "" || seenLine[l] {
			continue
		}
		seenLine[l] = true
		if folded != nil {
			add(foldedFingerprint(folded[i]))
		} else {
			add(LineFingerprint(l))
		}
	}
	return fps
}

// CountingOptions are the ingest options of the counting pass: repairs,
// no boilerplate removal, so that its lines are the lines the removal of
// repeated lines later looks up. A document read with them has only its
// Title and Text (and Source, Format, Encoding) filled in.
func CountingOptions(opt Options) Options {
	opt.Boilerplate, opt.LineCounts, opt.Raw = []Pattern{}, nil, false
	opt.linesOnly = true
	return opt
}

// repeatedLines marks the lines of one document that recur across the
// batch: in at least repeatMinDocs documents, and in at least repeatRatio
// times as many as the document's own longest line. The second test keeps
// the body of a repost: an article copied onto many sites has every line,
// its longest too, in as many documents, while a site's furniture recurs
// far more often than the article it stands beside. Never a line inside a
// numbered activity (after a numbered heading in the body), a numbered
// heading, or a line that looks like an article title.
func repeatedLines(lines, folded []string, counts LineCounter, v *furnitureVocab, firstProse, lastProse int) []bool {
	longest, longestLen := -1, 0
	for i, l := range lines {
		t := strings.TrimSpace(l)
		if len(t) <= longestLen || l == titleMark {
			continue // no more bytes than the longest has runes: not longer
		}
		if n := runeLen(t); n > longestLen {
			longest, longestLen = i, n
		}
	}
	if longest < 0 {
		return nil
	}
	base := counts.Count(LineFingerprint(lines[longest]))
	out := make([]bool, len(lines))
	inActivity := false
	for i, l := range lines {
		f := strings.TrimSpace(folded[i])
		if f == "" || l == titleMark {
			continue
		}
		if numberedHeading.MatchString(f) {
			inActivity = i >= firstProse && i <= lastProse
			continue
		}
		if inActivity && i <= lastProse {
			continue
		}
		// The count first: most lines are not repeated, and then whether
		// they look like a title does not matter.
		c := counts.Count(LineFingerprint(l))
		out[i] = c >= uint32(v.repeatMinDocs) && float64(c) >= v.repeatRatio*float64(base) && !looksLikeArticleTitle(f)
	}
	return out
}
