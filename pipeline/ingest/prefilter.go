package ingest

import (
	"regexp/syntax"
	"slices"
	"sync"
	"unicode/utf8"
)

// prefilter skips boilerplate patterns that cannot match a line. For each
// pattern it derives from the regular expression's syntax the sets of
// literal strings of which every match must contain one of each set
// (相关|更多 … 文章 needs 相关 or 更多, and 文章 or 阅读 or …); one
// Aho–Corasick automaton over all of them finds, in a single scan of a
// line, which patterns are worth running: those with a literal of each of
// their sets in the line. A pattern with no such set (^.{0,40}©) is always
// run. Running only the candidates, in pattern order, gives the same
// result as running them all: the patterns left out are exactly those that
// cannot match.
type prefilter struct {
	always []bool // pattern has no required literal: always a candidate
	sets   []int  // pattern → how many literal sets it requires
	ac     *acMatcher
	owners [][]int // literal index → the sets holding it
	setOf  []int   // set → its pattern
	// scratch holds the per-line state of candidates, reused across lines
	// and safe for the workers that run at once.
	scratch sync.Pool // *candidateScratch
}

type candidateScratch struct {
	met  []bool
	left []int
}

// prefilters caches a prefilter per pattern list, keyed by its first
// element (a list is built once and not changed; the key keeps it alive, so
// an address is never reused for another list while cached). A process
// uses one or two lists.
var prefilters sync.Map // *Pattern → *prefilter

func prefilterFor(pats []Pattern) *prefilter {
	if len(pats) == 0 {
		return &prefilter{}
	}
	if pf, ok := prefilters.Load(&pats[0]); ok && len(pf.(*prefilter).always) == len(pats) {
		return pf.(*prefilter)
	}
	pf := newPrefilter(pats)
	prefilters.Store(&pats[0], pf)
	return pf
}

func newPrefilter(pats []Pattern) *prefilter {
	pf := &prefilter{always: make([]bool, len(pats)), sets: make([]int, len(pats))}
	pf.scratch.New = func() any { return &candidateScratch{} }
	var lits []string
	index := map[string]int{}
	for i, p := range pats {
		sets := requiredSetsOf(p.Expr.String())
		if len(sets) == 0 {
			pf.always[i] = true
			continue
		}
		pf.sets[i] = len(sets)
		for _, set := range sets {
			id := len(pf.setOf)
			pf.setOf = append(pf.setOf, i)
			for _, lit := range set {
				k, seen := index[lit]
				if !seen {
					k = len(lits)
					index[lit] = k
					lits = append(lits, lit)
					pf.owners = append(pf.owners, nil)
				}
				pf.owners[k] = append(pf.owners[k], id)
			}
		}
	}
	pf.ac = newACMatcher(lits)
	return pf
}

// candidates marks the patterns that may match line.
func (pf *prefilter) candidates(line string, into []bool) []bool {
	into = append(into[:0], pf.always...)
	if pf.ac == nil {
		return into
	}
	sc := pf.scratch.Get().(*candidateScratch)
	defer pf.scratch.Put(sc)
	met := append(sc.met[:0], make([]bool, len(pf.setOf))...) // a literal of the set is in the line
	left := append(sc.left[:0], pf.sets...)                   // pattern → its sets not met yet
	sc.met, sc.left = met, left
	pf.ac.each(line, func(lit int) {
		for _, set := range pf.owners[lit] {
			if met[set] {
				continue
			}
			met[set] = true
			p := pf.setOf[set]
			if left[p]--; left[p] == 0 {
				into[p] = true
			}
		}
	})
	return into
}

// requiredOf parses a Go regular expression and gives a set of literals
// one of which every match contains; ok is false when there is none.
func requiredOf(expr string) ([]string, bool) {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return nil, false
	}
	return required(re.Simplify())
}

// requiredSetsOf parses a Go regular expression and gives sets of
// literals such that every match contains one literal of each set; none
// when there is no such set.
func requiredSetsOf(expr string) [][]string {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return nil
	}
	return requiredSets(re.Simplify())
}

// requiredSets gives the sets of required: of every part of a
// concatenation that has one, where required takes the best part only.
func requiredSets(re *syntax.Regexp) [][]string {
	switch re.Op {
	case syntax.OpConcat:
		var sets [][]string
		for _, sub := range re.Sub {
			sets = append(sets, requiredSets(sub)...)
		}
		return sets
	case syntax.OpCapture, syntax.OpPlus:
		return requiredSets(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return requiredSets(re.Sub[0])
		}
		return nil
	}
	if set, ok := required(re); ok {
		return [][]string{set}
	}
	return nil
}

// maxClassRunes is the largest character class taken as a set of
// one-rune literals; a larger class filters too little to be worth it.
const maxClassRunes = 8

func required(re *syntax.Regexp) ([]string, bool) {
	switch re.Op {
	case syntax.OpLiteral:
		if slices.Contains(re.Rune, utf8.RuneError) {
			return nil, false // the regexp reads invalid bytes as U+FFFD
		}
		if re.Flags&syntax.FoldCase != 0 {
			return foldedLiterals(re.Rune)
		}
		return []string{string(re.Rune)}, true
	case syntax.OpCharClass:
		var set []string
		for i := 0; i+1 < len(re.Rune); i += 2 {
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				if len(set) == maxClassRunes || r == utf8.RuneError {
					return nil, false
				}
				set = append(set, string(r))
			}
		}
		return set, len(set) > 0
	case syntax.OpCapture:
		return required(re.Sub[0])
	case syntax.OpPlus:
		return required(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return required(re.Sub[0])
		}
		return nil, false
	case syntax.OpAlternate:
		var set []string
		for _, sub := range re.Sub {
			s, ok := required(sub)
			if !ok {
				return nil, false
			}
			set = append(set, s...)
		}
		return dedupe(set), true
	case syntax.OpConcat:
		// Any one part's set will do; take the one that filters best: the
		// fewest literals, then the longest shortest literal.
		var best []string
		found := false
		for _, sub := range re.Sub {
			s, ok := required(sub)
			if ok && (!found || better(s, best)) {
				best, found = s, true
			}
		}
		return best, found
	}
	return nil, false
}

// maxFoldedVariants is the most case variants of a case-insensitive
// literal put in the automaton.
const maxFoldedVariants = 16

// foldedLiterals gives the case variants of a case-insensitive literal:
// of the whole literal when it has few, else of its longest part (the
// first of those as long) that has few, which every match holds as well
// ((?i)copyright: the 16 variants of copy).
func foldedLiterals(rs []rune) ([]string, bool) {
	variants := make([][]rune, len(rs))
	for i, r := range rs {
		variants[i] = []rune{r}
		for f := unicodeSimpleFold(r); f != r; f = unicodeSimpleFold(f) {
			variants[i] = append(variants[i], f)
		}
	}
	from, to := 0, 0
	for i := range rs {
		n := 1
		for j := i; j < len(rs) && n*len(variants[j]) <= maxFoldedVariants; j++ {
			if n *= len(variants[j]); j+1-i > to-from {
				from, to = i, j+1
			}
		}
	}
	if to == from {
		return nil, false
	}
	set := []string{""}
	for _, vs := range variants[from:to] {
		var next []string
		for _, s := range set {
			for _, v := range vs {
				next = append(next, s+string(v))
			}
		}
		set = next
	}
	return set, true
}

func better(a, b []string) bool {
	if len(a) != len(b) {
		return len(a) < len(b)
	}
	return shortest(a) > shortest(b)
}

func shortest(set []string) int {
	n := -1
	for _, s := range set {
		if l := utf8.RuneCountInString(s); n < 0 || l < n {
			n = l
		}
	}
	return n
}

func dedupe(set []string) []string {
	slices.Sort(set)
	return slices.Compact(set)
}
