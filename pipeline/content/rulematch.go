package content

import (
	"sort"
	"sync"
	"unicode/utf8"

	"github.com/zongjie/zongjie/pipeline/segment"
)

// ruleIndex counts the term hits of every rule in one scan of the tokens,
// instead of one scan per rule. At a token, a rule tries the terms that
// start with the token's first character and its suffix terms (*会议), in
// the rule's own order, exactly as Rule.match does; the index files those
// lists once per character, so a token no rule can start at costs one map
// look-up for all rules.
type ruleIndex struct {
	byFirst  *runeMap[[]ruleTerms] // per character: the rules with a term starting with it
	suffixes []ruleTerms           // the rules with suffix terms, for the other tokens
	// suffixEnds are the last characters of the suffix terms: a token
	// ending otherwise matches none (all: a suffix term is empty).
	suffixEnds *runeMap[struct{}]
	allEnds    bool
	rules      int
	// placed are the first characters of the near, all and not terms:
	// the tokens tokenPlaces files.
	placed *runeMap[struct{}]
}

// ruleTerms are the terms one rule tries at a token.
type ruleTerms struct {
	rule  int
	terms []term
}

// ruleIndexes caches the index of each loaded rule set, keyed by its first
// rule (a loaded rule set is not changed; the key keeps the rules alive, so
// an address is never reused for another rule set while cached). A
// process loads one or two rule sets.
var ruleIndexes sync.Map // *Rule → *ruleIndex

// index gives the rule set's index, or nil when a rule was built in code
// (not compiled): Code then matches rule by rule.
func (rs *Rules) index() *ruleIndex {
	if len(rs.Types) == 0 {
		return nil
	}
	for i := range rs.Types {
		if !rs.Types[i].compiled {
			return nil
		}
	}
	if x, ok := ruleIndexes.Load(&rs.Types[0]); ok && x.(*ruleIndex).rules == len(rs.Types) {
		return x.(*ruleIndex)
	}
	x := newRuleIndex(rs.Types)
	ruleIndexes.Store(&rs.Types[0], x)
	return x
}

func newRuleIndex(rules []Rule) *ruleIndex {
	x := &ruleIndex{byFirst: newRuneMap[[]ruleTerms](), rules: len(rules), placed: newRuneMap[struct{}](), suffixEnds: newRuneMap[struct{}]()}
	for k := range rules {
		r := &rules[k]
		for _, terms := range append([][]term{r.all, r.not}, r.near...) {
			for _, t := range terms {
				c, _ := utf8.DecodeRuneInString(t.text)
				x.placed.at(c)
			}
		}
		if len(r.suffixes) > 0 {
			x.suffixes = append(x.suffixes, ruleTerms{k, r.suffixes})
		}
		for _, t := range r.suffixes {
			c, _ := utf8.DecodeLastRuneInString(t.text)
			x.suffixEnds.at(c)
			x.allEnds = x.allEnds || t.text == ""
		}
		for c := range r.starts {
			var terms []term
			for _, t := range r.counted {
				if first, _ := utf8.DecodeRuneInString(t.text); t.suffix || first == c {
					terms = append(terms, t)
				}
			}
			list := x.byFirst.at(c)
			*list = append(*list, ruleTerms{k, terms})
		}
	}
	return x
}

// count gives every rule's term hits in toks, with the token spans of the
// hits when keepSpans is set (for CodeParts to derive a part's hits), and
// the places of toks, filed in the same pass.
func (x *ruleIndex) count(toks []segment.Token, keepSpans bool) ([]ruleHits, *tokenPlaces) {
	hits := make([]ruleHits, x.rules)
	next := make([]int, x.rules) // the token each rule may match from
	tried := make([]bool, x.rules)
	places := noPlaces(len(toks), x.placed)
	for i := range toks {
		c, _ := utf8.DecodeRuneInString(toks[i].Folded)
		places.file(i, c)
		started, _ := x.byFirst.get(c)
		for _, rt := range started {
			tried[rt.rule] = true
			if i >= next[rt.rule] {
				next[rt.rule] = i + hits[rt.rule].bestAt(toks, i, rt.terms, keepSpans)
			}
		}
		// A rule skipped here would move on by one token, as if it had
		// tried: its next token is not past i either way.
		if last, _ := utf8.DecodeLastRuneInString(toks[i].Folded); x.allEnds || x.suffixEnds.has(last) {
			for _, rt := range x.suffixes {
				if !tried[rt.rule] && i >= next[rt.rule] {
					next[rt.rule] = i + hits[rt.rule].bestAt(toks, i, rt.terms, keepSpans)
				}
			}
		}
		for _, rt := range started {
			tried[rt.rule] = false
		}
	}
	return hits, places
}

// tokenPlaces files the positions of a document's tokens by the first
// character of their folded text: a word or phrase can only start at a
// token beginning with its own first character, so its occurrences are
// found among those positions instead of by a scan of every token, for
// each of the many near terms of the rules.
// Only the characters in placed are filed (those the rules look up).
// A part of the tokens, toks[lo:hi], is looked up through the places of
// the whole (part), without filing its tokens again.
type tokenPlaces struct {
	placed *runeMap[struct{}]
	at     map[rune][]int
	lo, hi int // the tokens looked up: the positions in [lo, hi), less lo
}

// noPlaces are the places of n tokens, none filed yet.
func noPlaces(n int, placed *runeMap[struct{}]) *tokenPlaces {
	return &tokenPlaces{placed: placed, at: map[rune][]int{}, hi: n}
}

// file files the token at i, whose folded text starts with c.
func (p *tokenPlaces) file(i int, c rune) {
	if p.placed.has(c) {
		p.at[c] = append(p.at[c], i)
	}
}

// part gives the places of the tokens [lo, hi) of p's, numbered from lo.
func (p *tokenPlaces) part(lo, hi int) *tokenPlaces {
	return &tokenPlaces{placed: p.placed, at: p.at, lo: p.lo + lo, hi: p.lo + hi}
}

// occurrences is occurrences(toks, t), in the same order; a nil p, a
// suffix term, an empty one or one starting with a character not filed
// scan every token.
func (p *tokenPlaces) occurrences(toks []segment.Token, t term) []span {
	if p == nil || t.suffix || t.text == "" {
		return occurrences(toks, t)
	}
	c, _ := utf8.DecodeRuneInString(t.text)
	if !p.placed.has(c) {
		return occurrences(toks, t)
	}
	var out []span
	at := p.at[c]
	for _, i := range at[sort.SearchInts(at, p.lo):] {
		if i >= p.hi {
			break
		}
		if k := termAt(toks, i-p.lo, t); k > 0 {
			out = append(out, span{i - p.lo, i - p.lo + k})
		}
	}
	return out
}
