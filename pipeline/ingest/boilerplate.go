package ingest

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"regexp"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/zongjie/zongjie/dict"
	"github.com/zongjie/zongjie/pipeline/fold"
)

// Scopes of a boilerplate Pattern: how much text around a match is removed.
const (
	// ScopeLine removes the whole line.
	ScopeLine = "line"
	// ScopeSentence removes the sentence holding the match.
	ScopeSentence = "sentence"
	// ScopeClause removes from the start of the clause holding the match to
	// the end of its sentence, keeping earlier clauses of the sentence
	// (…國際社工日,下面是…小編為大家整理的…,希望對大家有幫助! keeps 國際社工日).
	ScopeClause = "clause"
	// ScopeTail removes the line and the list of link titles that follows
	// it (related-article lists): lines ending in a date, or, when the first
	// does not, short lines without sentence punctuation.
	ScopeTail = "tail"
	// ScopeRest removes the line and every line after it to the end of
	// the text: what follows the first reply of a forum thread pasted as
	// text is the thread's replies, not the summary.
	ScopeRest = "rest"
)

// Pattern is one boilerplate rule. Expr is matched against the Simplified
// (folded) form of each line, so one pattern serves both scripts; what is
// removed is reported as written.
type Pattern struct {
	Kind  string // reported in Removed.Kind: blurb, related, copyright, …
	Scope string // ScopeLine, ScopeSentence, ScopeClause, ScopeTail or ScopeRest
	Expr  *regexp.Regexp
}

// ParsePatterns reads boilerplate patterns in the format of
// dict/boilerplate.txt: one pattern a line as kind, scope and a Go regular
// expression separated by tabs; blank lines and lines starting with # are
// ignored.
func ParsePatterns(r io.Reader) ([]Pattern, error) {
	var pats []Pattern
	sc := bufio.NewScanner(r)
	sc.Buffer(nil, 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(strings.TrimSpace(line), "#") {
			continue
		}
		p, err := parsePattern(line)
		if err != nil {
			return nil, fmt.Errorf("line %d: bad pattern %q: %v", n, line, err)
		}
		pats = append(pats, p)
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	return pats, nil
}

func parsePattern(line string) (Pattern, error) {
	// Fields are separated by one or more tabs so files can be aligned; the
	// expression is the rest of the line and may itself contain tabs.
	kind, rest, ok := strings.Cut(line, "\t")
	if !ok {
		return Pattern{}, fmt.Errorf("want kind<TAB>scope<TAB>regexp")
	}
	scope, expr, ok := strings.Cut(strings.TrimLeft(rest, "\t"), "\t")
	expr = strings.TrimLeft(expr, "\t")
	if !ok || expr == "" {
		return Pattern{}, fmt.Errorf("want kind<TAB>scope<TAB>regexp")
	}
	kind, scope = strings.TrimSpace(kind), strings.TrimSpace(scope)
	if kind == "" {
		return Pattern{}, fmt.Errorf("empty kind")
	}
	switch scope {
	case ScopeLine, ScopeSentence, ScopeClause, ScopeTail, ScopeRest:
	default:
		return Pattern{}, fmt.Errorf("unknown scope %q (want line, sentence, clause, tail or rest)", scope)
	}
	re, err := regexp.Compile(expr)
	if err != nil {
		return Pattern{}, err
	}
	if re.MatchString("") {
		return Pattern{}, fmt.Errorf("matches the empty string")
	}
	return Pattern{Kind: kind, Scope: scope, Expr: re}, nil
}

var defaultPatterns = sync.OnceValues(func() ([]Pattern, error) {
	pats, err := ParsePatterns(bytes.NewReader(dict.File("boilerplate.txt")))
	if err != nil {
		return nil, fmt.Errorf("dict/boilerplate.txt: %v", err)
	}
	return pats, nil
})

// removeBoilerplate drops what pats match from lines and reports it.
// folded holds the lines in Simplified characters, rune for rune, and is
// what the patterns see; rune offsets are shared between a line and its
// folded form, so a cut made on one applies to the other. Both are
// returned with the same lines kept; a line that lost a clause is folded
// again, so the result stays equal to folding the kept lines. Running
// headers and footers (runningLines) that no line pattern names are
// removed as kind running.
func removeBoilerplate(lines, folded []string, pats []Pattern) ([]string, []string, []Removed) {
	return removeBoilerplateKnown(lines, folded, pats, nil)
}

// removeBoilerplateKnown is removeBoilerplate given the line patterns'
// answers already known for some lines (nil: none).
func removeBoilerplateKnown(lines, folded []string, pats []Pattern, known wholeMatches) ([]string, []string, []Removed) {
	if len(pats) == 0 || len(lines) == 0 {
		return lines, folded, nil
	}
	if len(folded) != len(lines) {
		panic("ingest: folded lines do not match the lines")
	}
	running := runningLines(lines, folded, pats)
	var kept, keptFolded []string
	var removed []Removed
	for i := 0; i < len(lines); i++ {
		line, fl := lines[i], folded[i]
		if line == "" || line == titleMark {
			kept, keptFolded = append(kept, line), append(keptFolded, fl)
			continue
		}
		if p, ok := known.match(pats, fl); ok {
			if p.Scope == ScopeLine {
				removed = append(removed, Removed{Kind: p.Kind, Text: line})
				continue
			}
			end := len(lines)
			if p.Scope == ScopeTail {
				end = tailEnd(lines, i+1)
			}
			var tail []string
			for _, l := range lines[i:end] {
				if l != "" && l != titleMark {
					tail = append(tail, l)
				}
			}
			removed = append(removed, Removed{Kind: p.Kind, Text: strings.Join(tail, "\n")})
			i = end - 1
			continue
		}
		if running != nil && running[i] {
			removed = append(removed, Removed{Kind: KindRunning, Text: line})
			continue
		}
		cut, rem := removeInLine(line, fl, pats, known.candidates(fl))
		removed = append(removed, rem...)
		switch {
		case cut == "":
		case len(rem) == 0:
			kept, keptFolded = append(kept, line), append(keptFolded, fl)
		default:
			kept, keptFolded = append(kept, cut), append(keptFolded, fold.ToSimplified(cut))
		}
	}
	return kept, keptFolded, removed
}

// wholeMatches remembers matchWhole's answers for the lines of one
// document, by the folded line: furniture removal asks about every line,
// then boilerplate removal about the lines left, mostly the same. It keeps
// the prefilter's candidates of each line too, which the sentence and
// clause patterns of a line no line pattern took start from.
type wholeMatches map[string]wholeMatch

type wholeMatch struct {
	p   Pattern
	ok  bool
	may []bool // the patterns that may match the line (prefilter candidates)
}

// match is matchWhole(pats, folded), remembered; a nil m remembers nothing.
func (m wholeMatches) match(pats []Pattern, folded string) (Pattern, bool) {
	if m == nil {
		return matchWhole(pats, folded)
	}
	if r, seen := m[folded]; seen {
		return r.p, r.ok
	}
	may := prefilterFor(pats).candidates(folded, nil)
	p, ok := matchWholeAmong(pats, folded, may)
	m[folded] = wholeMatch{p, ok, may}
	return p, ok
}

// candidates are the prefilter's candidates for a line asked about
// before, or nil; they are shared and must not be written.
func (m wholeMatches) candidates(folded string) []bool {
	return m[folded].may
}

func matchWhole(pats []Pattern, folded string) (Pattern, bool) {
	return matchWholeAmong(pats, folded, prefilterFor(pats).candidates(folded, nil))
}

// matchWholeAmong is matchWhole given the prefilter's candidates.
func matchWholeAmong(pats []Pattern, folded string, may []bool) (Pattern, bool) {
	for i, p := range pats {
		if may[i] && (p.Scope == ScopeLine || p.Scope == ScopeTail || p.Scope == ScopeRest) && p.Expr.MatchString(folded) {
			return p, true
		}
	}
	return Pattern{}, false
}

// listBullets mark the items of a list of links (‧ 某某新聞).
const listBullets = "‧·•●▪◆◇■□○★☆►▶>-*"

var listDate = regexp.MustCompile(`(\d{4}[-/.])?\d{1,2}[-/.]\d{1,2}$`)

// tailEnd returns the index of the first line at or after from that is not
// part of a link list. A list whose first item starts with a bullet ends
// at the first line without it (熱門新聞, two bulleted titles, then the
// article's own headline).
func tailEnd(lines []string, from int) int {
	dated, bullet := false, ""
	for j := from; j < len(lines); j++ {
		if lines[j] != "" {
			dated = listDate.MatchString(lines[j])
			if r, size := utf8.DecodeRuneInString(lines[j]); strings.ContainsRune(listBullets, r) {
				bullet = lines[j][:size]
			}
			break
		}
	}
	j := from
	for ; j < len(lines); j++ {
		l := lines[j]
		switch {
		case l == titleMark:
			return j
		case l == "":
		case bullet != "" && !strings.HasPrefix(l, bullet):
			return j
		case dated && listDate.MatchString(l):
		case !dated && utf8.RuneCountInString(l) <= 40 && !strings.ContainsAny(l, sentenceEnds):
		default:
			return j
		}
	}
	return j
}

// removeInLine applies the sentence and clause patterns to one line;
// known are the prefilter's candidates for folded when already found (nil:
// not), read and not written.
func removeInLine(line, folded string, pats []Pattern, known []bool) (string, []Removed) {
	pf, may := prefilterFor(pats), []bool(nil)
	if utf8.ValidString(line) && utf8.ValidString(folded) {
		// Most lines hold no match: answer them without the rune copies.
		if utf8.RuneCountInString(line) != utf8.RuneCountInString(folded) {
			return line, nil
		}
		first := known
		if first == nil {
			first = pf.candidates(folded, nil)
		}
		if !inLineMatch(folded, pats, first) {
			return strings.TrimSpace(line), nil
		}
	}
	rs, fr := []rune(line), []rune(folded)
	if len(rs) != len(fr) {
		return line, nil
	}
	var removed []Removed
	for range 32 { // each pass removes one match; bounded against runaway patterns
		hit := false
		fs := string(fr)
		may = pf.candidates(fs, may)
		for i, p := range pats {
			if !may[i] || p.Scope != ScopeSentence && p.Scope != ScopeClause {
				continue
			}
			loc := p.Expr.FindStringIndex(fs)
			if loc == nil {
				continue
			}
			start := utf8.RuneCountInString(fs[:loc[0]])
			end := start + utf8.RuneCountInString(fs[loc[0]:loc[1]])
			start, end = widen(rs, start, end, p.Scope)
			removed = append(removed, Removed{Kind: p.Kind, Text: strings.TrimSpace(string(rs[start:end]))})
			rs = append(rs[:start:start], rs[end:]...)
			fr = append(fr[:start:start], fr[end:]...)
			if end-start > 0 && start == len(rs) {
				// The removal ended the line: drop the clause separator
				// left dangling before it.
				for len(rs) > 0 && strings.ContainsRune(",，、 ：:", rs[len(rs)-1]) {
					rs, fr = rs[:len(rs)-1], fr[:len(fr)-1]
				}
			}
			hit = true
			break
		}
		if !hit {
			break
		}
	}
	return strings.TrimSpace(string(rs)), removed
}

// inLineMatch tells whether a sentence or clause pattern among the
// candidates may matches folded.
func inLineMatch(folded string, pats []Pattern, may []bool) bool {
	for i, p := range pats {
		if may[i] && (p.Scope == ScopeSentence || p.Scope == ScopeClause) && p.Expr.MatchString(folded) {
			return true
		}
	}
	return false
}

const (
	sentenceEnds = "。！？!?；;"
	clauseEnds   = sentenceEnds + "，,、：:"
	closers      = "”’」』）)】》\"'"
)

// widen grows the rune range [start, end) to the scope's boundaries: back
// to the start of the sentence (or clause) and on to the end of the
// sentence, closing quotes included.
func widen(rs []rune, start, end int, scope string) (int, int) {
	stops := sentenceEnds
	if scope == ScopeClause {
		stops = clauseEnds
	}
	for start > 0 && !strings.ContainsRune(stops, rs[start-1]) {
		start--
	}
	if end > 0 && end <= len(rs) && sentenceEndRunes.has(rs[end-1]) {
		// The match already ends a sentence.
	} else {
		for end < len(rs) && !sentenceEndRunes.has(rs[end]) {
			end++
		}
		if end < len(rs) {
			end++
		}
	}
	for end < len(rs) && closerRunes.has(rs[end]) {
		end++
	}
	return start, end
}
