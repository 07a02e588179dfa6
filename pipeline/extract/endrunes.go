package extract

import (
	"regexp"
	"regexp/syntax"
	"unicode/utf8"
)

// endFilter answers, without running it, that an expression anchored at
// the end of the text ($) cannot match a line: the last rune of every
// match is the line's last rune, and the expression's syntax tells which
// runes a match can end with (篇一, 总结二, 【篇三】 end in a numeral or 】).
// Most paragraphs end otherwise, and the expression, which backtracks over
// every prefix length of the line, is not run on them.
type endFilter struct {
	re   *regexp.Regexp
	ends map[rune]bool // nil: any rune may end a match, the expression always runs
}

func newEndFilter(re *regexp.Regexp) endFilter {
	f := endFilter{re: re}
	parsed, err := syntax.Parse(re.String(), syntax.Perl)
	if err != nil {
		return f
	}
	parsed = parsed.Simplify()
	if !anchoredAtEnd(parsed) {
		return f
	}
	if ends, nullable, ok := lastRunes(parsed); ok && !nullable {
		f.ends = ends
	}
	return f
}

// MatchString is re.MatchString(s).
func (f endFilter) MatchString(s string) bool {
	if f.ends != nil {
		last, _ := utf8.DecodeLastRuneInString(s)
		if s == "" || !f.ends[last] {
			return false
		}
	}
	return f.re.MatchString(s)
}

// anchoredAtEnd reports whether every match of re ends at the end of the
// text.
func anchoredAtEnd(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpEndText:
		return true
	case syntax.OpCapture:
		return anchoredAtEnd(re.Sub[0])
	case syntax.OpConcat:
		return len(re.Sub) > 0 && anchoredAtEnd(re.Sub[len(re.Sub)-1])
	case syntax.OpAlternate:
		for _, sub := range re.Sub {
			if !anchoredAtEnd(sub) {
				return false
			}
		}
		return true
	}
	return false
}

// maxEndRunes bounds a character class taken rune by rune.
const maxEndRunes = 64

// lastRunes gives the runes a non-empty match of re can end with,
// whether re can match the empty text, and ok false when any rune may end
// a match (., a large class, case folding).
func lastRunes(re *syntax.Regexp) (ends map[rune]bool, nullable, ok bool) {
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return map[rune]bool{}, true, true
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 {
			return nil, false, false
		}
		if len(re.Rune) == 0 {
			return map[rune]bool{}, true, true
		}
		return map[rune]bool{re.Rune[len(re.Rune)-1]: true}, false, true
	case syntax.OpCharClass:
		ends := map[rune]bool{}
		for i := 0; i+1 < len(re.Rune); i += 2 {
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				if len(ends) == maxEndRunes {
					return nil, false, false
				}
				ends[r] = true
			}
		}
		return ends, false, true
	case syntax.OpCapture, syntax.OpPlus:
		return lastRunes(re.Sub[0])
	case syntax.OpStar, syntax.OpQuest:
		ends, _, ok := lastRunes(re.Sub[0])
		return ends, true, ok
	case syntax.OpRepeat:
		ends, nullable, ok := lastRunes(re.Sub[0])
		return ends, nullable || re.Min == 0, ok
	case syntax.OpAlternate:
		all := map[rune]bool{}
		for _, sub := range re.Sub {
			ends, n, ok := lastRunes(sub)
			if !ok {
				return nil, false, false
			}
			for r := range ends {
				all[r] = true
			}
			nullable = nullable || n
		}
		return all, nullable, true
	case syntax.OpConcat:
		// From the last part back, while the parts after can be empty.
		all := map[rune]bool{}
		for i := len(re.Sub) - 1; i >= 0; i-- {
			ends, n, ok := lastRunes(re.Sub[i])
			if !ok {
				return nil, false, false
			}
			for r := range ends {
				all[r] = true
			}
			if !n {
				return all, false, true
			}
		}
		return all, true, true
	}
	return nil, false, false
}
