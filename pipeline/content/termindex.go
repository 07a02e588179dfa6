package content

import (
	"unicode/utf8"

	"github.com/zongjie/zongjie/pipeline/segment"
)

// termIndex finds whether any of a list of terms occurs in tokens without
// trying every term at every token: a word or phrase can only start at a
// token whose folded text begins with the term's first character, so only
// the terms filed under that character are tried there (suffix terms,
// *会议, are tried everywhere).
type termIndex struct {
	byFirst  *runeMap[[]term]
	suffixes []term
}

func newTermIndex(terms []term) termIndex {
	x := termIndex{byFirst: newRuneMap[[]term]()}
	for _, t := range terms {
		if t.suffix {
			x.suffixes = append(x.suffixes, t)
			continue
		}
		c, _ := utf8.DecodeRuneInString(t.text)
		list := x.byFirst.at(c)
		*list = append(*list, t)
	}
	return x
}

// holdsAny tells whether any of the terms occurs in toks.
func (x termIndex) holdsAny(toks []segment.Token) bool {
	for i := range toks {
		c, _ := utf8.DecodeRuneInString(toks[i].Folded)
		started, _ := x.byFirst.get(c)
		for _, t := range started {
			if termAt(toks, i, t) > 0 {
				return true
			}
		}
		for _, t := range x.suffixes {
			if termAt(toks, i, t) > 0 {
				return true
			}
		}
	}
	return false
}
