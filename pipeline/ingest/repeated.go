package ingest

import (
	"bytes"
	"math"
	"slices"
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
// its LineFingerprint, and how many documents the batch has. Counts may
// be over (a sketch), never under.
type LineCounter interface {
	Count(fingerprint uint64) uint32
	Documents() uint64
}

// LineFingerprint is the fingerprint a line is counted under: its
// template form (templateFingerprint) of its Simplified form, without spaces,
// so that the same furniture in either script or spacing, and with other
// counts or times in it, counts as one line.
func LineFingerprint(line string) uint64 {
	return foldedFingerprint(fold.ToSimplified(line))
}

// foldedFingerprint is LineFingerprint of a line given folded.
func foldedFingerprint(f string) uint64 {
	v, err := defaultFurniture()
	if err != nil {
		return spacelessFNV(f)
	}
	return templateFingerprint(f, v)
}

// FNV-1a, as fnv.New64a computes it.
const fnvOffset, fnvPrime = 14695981039346656037, 1099511628211

// spacelessFNV is FNV-1a over the bytes of f without its spaces, as
// fnv.New64a would hash them, without building that string.
func spacelessFNV(f string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(f); {
		r, size := utf8.DecodeRuneInString(f[i:])
		h = hashRune(h, r, f[i:i+size])
		i += size
	}
	return h
}

// hashRune adds the rune r, whose bytes in the line are b, to the FNV-1a
// hash h as spacelessFNV hashes it: nothing for a space, and for an
// invalid byte the U+FFFD that strings.Map would write.
func hashRune(h uint64, r rune, b string) uint64 {
	switch {
	case unicode.IsSpace(r):
		return h
	case r == utf8.RuneError && len(b) == 1:
		b = string(utf8.RuneError)
	}
	return hashBytes(h, b)
}

// hashBytes adds the bytes of b to the FNV-1a hash h.
func hashBytes(h uint64, b string) uint64 {
	for i := 0; i < len(b); i++ {
		h = (h ^ uint64(b[i])) * fnvPrime
	}
	return h
}

// The marks the template form writes for a number and for a relative time.
const numberMark, relativeTimeMark = "#", "#前"

// templateFingerprint is spacelessFNV of the template form of a folded
// line, hashed as the form is scanned. The template form is the line as a
// site's template prints it on every page: each run of digits one mark
// (阅读 123 and 阅读 456, 本篇文章196字 and 本篇文章448字), and each
// relative time another ([relative_times]: 3分钟前, 1个月前, 2周前, 昨天),
// so that a line the software fills in differently on each page still
// counts as one line. A line that says nothing but its numbers — fewer
// than template_min_letters letters besides the words of a date or an
// ordinal ([template_number_words]: 2021年11月5日, 第16期) — keeps them:
// every date would be one line; so does a line that holds a date
// ([template_date_shapes]: 中华民国113年2月20日, a sign-off's date): its
// date is its own.
//
// The counting pass hashes every line of the batch, so this is written
// for speed: a line with neither a digit nor a relative day (most lines)
// is hashed as it is; the others are masked into a buffer on the stack,
// only for the date shapes, while the hash is computed; words of a
// relative day are looked for only in a line that has one.
func templateFingerprint(f string, v *furnitureVocab) uint64 {
	relativeDay := v.relativeDaySet.in(f)
	if !relativeDay && !strings.ContainsAny(f, asciiDigits) {
		return spacelessFNV(f)
	}
	var scratch [1024]byte
	masked := scratch[:0]
	h := uint64(fnvOffset)
	letters := 0 // up to templateMinLetters: enough to decide
	for i := 0; i < len(f); {
		mark := ""
		if isASCIIDigit(rune(f[i])) {
			j := i
			for j < len(f) && isASCIIDigit(rune(f[j])) {
				j++
			}
			rest := strings.TrimLeft(f[j:], " ")
			if n := relativeUnit(rest, v); n > 0 {
				mark, i = relativeTimeMark, len(f)-len(rest)+n
			} else {
				mark, i = numberMark, j
			}
		} else if relativeDay {
			if w := wordAt(f[i:], v.relativeDays); w != "" {
				mark, i = relativeTimeMark, i+len(w)
			}
		}
		if mark != "" {
			masked = append(masked, mark...)
			h = hashBytes(h, mark) // no space in a mark
			continue
		}
		r, size := rune(f[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(f[i:])
		}
		if letters < v.templateMinLetters && unicode.IsLetter(r) && !strings.ContainsRune(v.templateNumberWords, r) {
			letters++
		}
		masked = append(masked, f[i:i+size]...)
		h = hashRune(h, r, f[i:i+size])
		i += size
	}
	if letters < v.templateMinLetters || containsDateShape(masked, v.templateDateShapes) {
		return spacelessFNV(f)
	}
	return h
}

const asciiDigits = "0123456789"

// containsDateShape reports whether a template form holds one of shapes.
func containsDateShape(masked []byte, shapes []string) bool {
	return slices.ContainsFunc(shapes, func(s string) bool { return bytes.Contains(masked, []byte(s)) })
}

// relativeUnit returns the bytes of a unit of time and 前 that open s
// (分钟前 of 分钟前更新), or 0.
func relativeUnit(s string, v *furnitureVocab) int {
	for _, u := range v.relativeUnits {
		if rest, ok := strings.CutPrefix(s, u); ok && strings.HasPrefix(rest, "前") {
			return len(u) + len("前")
		}
	}
	return 0
}

// wordAt returns the word of words that opens s, or "".
func wordAt(s string, words []string) string {
	for _, w := range words {
		if strings.HasPrefix(s, w) {
			return w
		}
	}
	return ""
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
// batch. A line goes when it is in at least as many documents as the
// batch's bar (repeatDocs) and shared with at least repeatRatio times as
// many other documents as the document's own text is: the median count of
// its body sentences, or of its longest line when it has none. The second
// test keeps the body of a repost: an article copied onto many sites has
// its lines in as many documents, while a site's furniture recurs far more
// often than the article it stands beside; a median, not the longest line,
// so that a site's one recurring paragraph of introduction does not raise
// the bar for its furniture. Never a body sentence (a sentence's end and
// repeat_sentence_runes runes), a line inside a numbered activity (after a
// numbered heading in the body), a numbered heading, or a line that looks
// like an article title. folded holds the lines folded; a line cut (a
// prefix, a suffix or a tag taken from it) is folded again, as a piece of
// a line's fold is not always the fold of the piece.
func repeatedLines(lines, folded []string, cut []bool, counts LineCounter, v *furnitureVocab, firstProse, lastProse int) []bool {
	inBody := func(i int) bool { return i >= firstProse && i <= lastProse }
	fingerprint := func(i int) uint64 {
		if cut[i] {
			return LineFingerprint(lines[i])
		}
		return foldedFingerprint(folded[i]) // spaces are not hashed: untrimmed is as good
	}
	sentence := func(i int) bool {
		f := strings.TrimSpace(folded[i])
		return inBody(i) && strings.ContainsAny(f, sentenceEnds) && runesOver(f, v.repeatSentenceRunes-1)
	}
	var own []uint32                       // counts of the body sentences
	isSentence := make([]bool, len(lines)) // sentence(i) of every line the second pass looks at
	longest, longestLen := -1, 0
	for i, l := range lines {
		t := strings.TrimSpace(l)
		if t == "" || l == titleMark {
			continue
		}
		if isSentence[i] = sentence(i); isSentence[i] {
			own = append(own, counts.Count(fingerprint(i)))
		}
		if len(t) > longestLen { // no more bytes than the longest has runes: not longer
			if n := runeLen(t); n > longestLen {
				longest, longestLen = i, n
			}
		}
	}
	if longest < 0 {
		return nil
	}
	var base uint32
	if len(own) > 0 {
		slices.Sort(own)
		base = own[(len(own)-1)/2] // the lower median: a repost has most of its sentences recurring
	} else {
		base = counts.Count(fingerprint(longest))
	}
	bar := repeatDocs(counts.Documents(), v)
	out := make([]bool, len(lines))
	inActivity := false
	for i, l := range lines {
		f := strings.TrimSpace(folded[i])
		if f == "" || l == titleMark {
			continue
		}
		if numberedHeading.MatchString(f) {
			inActivity = inBody(i)
			continue
		}
		if inActivity && i <= lastProse || isSentence[i] {
			continue
		}
		// The count first: most lines are not repeated, and then whether
		// they look like a title does not matter.
		c := counts.Count(fingerprint(i))
		out[i] = c >= bar && float64(c-1) >= v.repeatRatio*float64(max(base, 1)-1) && !looksLikeArticleTitle(f)
	}
	return out
}

// repeatDocs is the fewest documents a line must be in to be the site's
// furniture in a batch of docs documents: repeat_min_docs, or
// repeat_min_share of the batch when that is more. A small folder of a
// few pages a site shows a site's template on three of them; in a large
// batch a short line recurs by chance more often, and the bar rises with
// it.
func repeatDocs(docs uint64, v *furnitureVocab) uint32 {
	return uint32(max(float64(v.repeatMinDocs), math.Ceil(v.repeatMinShare*float64(docs))))
}
