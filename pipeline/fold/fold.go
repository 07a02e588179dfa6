// Package fold converts Traditional Chinese to Simplified rune for rune, so
// that one set of words and rules serves both scripts and an offset into the
// folded text is an offset into the original.
package fold

import (
	_ "embed"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/longbridgeapp/opencc"
)

var (
	once sync.Once
	t2s  *opencc.OpenCC
	err  error
)

func converter() (*opencc.OpenCC, error) {
	once.Do(func() { t2s, err = opencc.New("t2s") })
	return t2s, err
}

// ToSimplified returns s in Simplified characters with exactly as many runes
// as s. OpenCC's phrase table is used where it keeps the length; a line whose
// phrase conversion would change the length is converted character by character.
func ToSimplified(s string) string {
	cc, err := converter()
	if err != nil || !hasHan(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for line := range strings.SplitAfterSeq(s, "\n") {
		b.WriteString(foldLine(cc, line))
	}
	return b.String()
}

func foldLine(cc *opencc.OpenCC, line string) string {
	if !hasHan(line) {
		return line
	}
	out, err := cc.Convert(line)
	if err == nil && utf8.RuneCountInString(out) == utf8.RuneCountInString(line) {
		return out
	}
	var b strings.Builder
	for _, r := range line {
		c, err := cc.Convert(string(r))
		if err != nil || utf8.RuneCountInString(c) != 1 {
			b.WriteRune(r)
			continue
		}
		b.WriteString(c)
	}
	return b.String()
}

func hasHan(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
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
	var same []rune // Han characters that fold left as they are
	han, trad := 0, 0
	fr := []rune(folded)
	i := 0
	for _, r := range text {
		if unicode.Is(unicode.Han, r) {
			han++
			if i < len(fr) && fr[i] != r {
				trad++
			} else {
				same = append(same, r)
			}
		}
		i++
	}
	if han == 0 {
		return ""
	}
	simp := 0
	if trad > 0 {
		simp = simplifiedOnly(same)
	}
	switch {
	case trad*5 <= trad+simp || trad == 0:
		return "simplified"
	case simp*5 <= trad+simp:
		return "traditional"
	}
	return "mixed"
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

// simplifiedOnly counts the characters of chars that exist only in
// Simplified script.
func simplifiedOnly(chars []rune) int {
	set := simplifiedOnlySet()
	n := 0
	for _, r := range chars {
		if set[r] {
			n++
		}
	}
	return n
}
