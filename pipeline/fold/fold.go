// Package fold converts Traditional Chinese to Simplified rune for rune, so
// that one set of words and rules serves both scripts and an offset into the
// folded text is an offset into the original.
package fold

import (
	_ "embed"
	"iter"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// ToSimplified returns s in Simplified characters with exactly as many runes
// as s. OpenCC's phrase table is used where it keeps the length; a line whose
// phrase conversion would change the length is converted character by character.
func ToSimplified(s string) string {
	if !hasHan(s) {
		return s
	}
	t := t2s()
	// Most text is Simplified already: a text with no rune the tables
	// convert is its own fold, returned without a copy.
	if t.keeps(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	var rs []rune
	for line := range strings.SplitAfterSeq(s, "\n") {
		rs = foldLine(t, line, rs, &b)
	}
	return b.String()
}

// foldLine appends line folded to b; rs is scratch space, returned for reuse.
func foldLine(t *table, line string, rs []rune, b *strings.Builder) []rune {
	if !hasHan(line) || t.keeps(line) {
		b.WriteString(line)
		return rs
	}
	rs = rs[:0]
	for _, r := range line {
		rs = append(rs, r)
	}
	mark := b.Len()
	t.convert(rs, b)
	if utf8.RuneCountInString(b.String()[mark:]) == len(rs) {
		return rs
	}
	// The phrase conversion changed the length: character by character.
	out := b.String()[:mark]
	b.Reset()
	b.WriteString(out)
	for i := range rs {
		mark := b.Len()
		t.convert(rs[i:i+1], b)
		if utf8.RuneCountInString(b.String()[mark:]) != 1 {
			out := b.String()[:mark]
			b.Reset()
			b.WriteString(out)
			b.WriteRune(rs[i])
		}
	}
	return rs
}

// firstHan is below every Han character (U+2E80, the CJK radicals):
// a rune under it needs no table look-up.
const firstHan = 0x2E80

func hasHan(s string) bool {
	for _, r := range s {
		if r >= firstHan && unicode.Is(unicode.Han, r) {
			return true
		}
	}
	return false
}

// Script classifies text by the characters that exist in only one script:
// those that fold changes are Traditional-only; among the rest, those that
// have only other Traditional forms in OpenCC's tables are Simplified-only.
// "traditional" or "simplified" when at least 80% of them are of one
// script, "mixed" otherwise, "" when there is no Han text.
func Script(text, folded string) string {
	if text == folded {
		// Fold left every character as it is (a Simplified text, most):
		// none is Traditional-only, and the walk below would find as
		// much, reading every rune of both.
		if hasHan(text) {
			return "simplified"
		}
		return ""
	}
	return scriptOf(text, folded)
}

// scriptOf is Script, walking the Han characters of text and folded.
func scriptOf(text, folded string) string {
	han, trad := 0, 0
	for _, same := range hanRunes(text, folded) {
		han++
		if !same {
			trad++
		}
	}
	if han == 0 {
		return ""
	}
	simp := 0
	if trad > 0 {
		// Among the Han characters that fold left as they are, those
		// that exist only in Simplified: a second walk, so that the walk
		// of a Simplified text (most) keeps nothing.
		set := simplifiedOnlySet()
		for r, same := range hanRunes(text, folded) {
			if same && set[r] {
				simp++
			}
		}
	}
	switch {
	case trad*5 <= trad+simp || trad == 0:
		return "simplified"
	case simp*5 <= trad+simp:
		return "traditional"
	}
	return "mixed"
}

// hanRunes yields each Han character of text and whether fold left it as
// it is (folded holds the same rune in step with it).
func hanRunes(text, folded string) iter.Seq2[rune, bool] {
	return func(yield func(rune, bool) bool) {
		j := 0 // byte offset in folded of the rune in step with r
		for _, r := range text {
			f, size := utf8.RuneError, 0
			if j < len(folded) {
				f, size = utf8.DecodeRuneInString(folded[j:])
			}
			if r >= firstHan && unicode.Is(unicode.Han, r) && !yield(r, size == 0 || f == r) {
				return
			}
			j += size
		}
	}
}

//go:generate go run gen.go

// simplifiedOnly holds the characters whose Traditional forms all differ
// from them (发 for 發), derived from OpenCC's tables by gen.go.
//
//go:embed simplified_only.txt
var simplifiedOnlyChars string

var simplifiedOnlySet = sync.OnceValue(func() map[rune]bool {
	set := map[rune]bool{}
	for _, r := range strings.TrimSpace(simplifiedOnlyChars) {
		set[r] = true
	}
	return set
})
