// Package content is the content analysis of a document: the coding-rule
// language (docs/rules.md) that codes activity types, their salience
// (the types a document is about), the organisations and places it
// names, its word counts and its keywords. Package extract calls it and
// puts what it finds in the Record; the numbers and dates stay there.
package content

import (
	"bytes"
	"cmp"
	"io"
	"math"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/zongjie/zongjie/dict"
	"github.com/zongjie/zongjie/pipeline/segment"
)

// TypeHit is an activity type found in a document, with the words that
// matched. Salience and Why are set on a document's types (not on an
// item's): the type's salience and the named reasons for it.
type TypeHit struct {
	ID       string   `json:"id"`
	Label    string   `json:"label"`
	Hits     int      `json:"hits"`
	Words    []string `json:"words"`
	Salience float64  `json:"salience,omitempty"`
	Why      []string `json:"why,omitempty"`
	// At is where each hit is in the text, in the order counted (Hits of them).
	At []Evidence `json:"at,omitempty"`
}

// Evidence is one hit of a coding rule: the rule's word (a near group as
// "上门~服务", placed at its first word) and the runes [Offset,
// Offset+Length) of the text that matched.
type Evidence struct {
	Word   string `json:"word"`
	Offset int    `json:"offset"`
	Length int    `json:"length"`
}

// Keyword is a salient word of one document.
type Keyword struct {
	Word   string  `json:"word"`
	Weight float64 `json:"weight"`
}

// Term is a word's count in one document.
type Term struct {
	Word  string `json:"word"`
	POS   string `json:"pos"`
	Count int    `json:"count"`
}

// Item is what salience reads of one numbered item of a summary (an
// extract.Activity): its heading, the heading of the summary it belongs
// to and the types coded on its text.
type Item struct {
	Heading  string
	Section  string
	TypeHits []TypeHit
}

// DefaultStopWords are the stop words of dict/stopwords.txt (or the file
// that replaces it).
func DefaultStopWords() map[string]bool {
	return ParseStopWords(bytes.NewReader(dict.File("stopwords.txt")))
}

// ParseStopWords reads one word a line; # starts a comment line.
func ParseStopWords(r io.Reader) map[string]bool {
	words := map[string]bool{}
	dict.Lines(r, func(_ int, w string) error {
		words[w] = true
		return nil
	})
	return words
}

// isContent tells whether a token is a word worth counting: not
// punctuation, a number, a single character or a stop word.
func isContent(t segment.Token, stop map[string]bool) bool {
	if utf8.RuneCountInString(t.Folded) < 2 || stop[t.Folded] {
		return false
	}
	for _, r := range t.Folded {
		// The common block first: every rune of it is Han.
		if (r < 0x4e00 || r > 0x9fff) && !unicode.Is(unicode.Han, r) && !unicode.IsLetter(r) {
			return false
		}
	}
	first, _ := utf8.DecodeRuneInString(t.Folded)
	return first != '×'
}

// Terms counts the document's content words (not the stop words), folded
// to Simplified, sorted by word. A word's POS is the one it had first.
func Terms(toks []segment.Token, stop map[string]bool) []Term {
	c := countTerms(toks, stop)
	defer c.release()
	terms := c.kept()
	sortTerms(terms)
	return terms
}

// TermsAndKeywords are the Terms of the tokens and their Keywords: the n
// terms of the heaviest weight, each term weighed by its frequency in the
// document times its rarity in gse's dictionary (the TF-IDF idea with the
// dictionary standing in for a corpus), keeping nouns, verbs and names.
// The rarities are read in the pass that counts the terms.
func TermsAndKeywords(toks []segment.Token, stop map[string]bool, n int) ([]Term, []Keyword) {
	c := countTerms(toks, stop)
	defer c.release()
	kws := keywords(c.terms, c.rarity, n)
	terms := c.kept()
	sortTerms(terms)
	return terms, kws
}

// termCount is the count of a document's terms, in room reused from
// document to document (a pool of them): the index by word, the terms in
// the order the words first occur, and rarity[i] the rarity of the last
// token of terms[i]'s word. Only the terms kept leave it, copied at their
// final size.
type termCount struct {
	index  map[string]int
	terms  []Term
	rarity []float64
}

var termCounts = sync.Pool{New: func() any { return &termCount{index: map[string]int{}} }}

// maxPooledTerms is the most distinct words of a count put back in
// termCounts: one grown by a huge document is dropped, as clearing its
// index would cost every later document its size.
const maxPooledTerms = 1 << 14

// countTerms counts the terms of toks: whether a token is a content word
// depends on its word alone, so every token of the word is counted.
func countTerms(toks []segment.Token, stop map[string]bool) *termCount {
	c := termCounts.Get().(*termCount)
	for _, t := range toks {
		if !isContent(t, stop) {
			continue
		}
		if i, ok := c.index[t.Folded]; ok {
			c.terms[i].Count++
			c.rarity[i] = t.Rarity
			continue
		}
		c.index[t.Folded] = len(c.terms)
		c.terms = append(c.terms, Term{Word: t.Folded, POS: t.POS, Count: 1})
		c.rarity = append(c.rarity, t.Rarity)
	}
	return c
}

// kept is a copy of the terms, nil when there are none.
func (c *termCount) kept() []Term {
	if len(c.terms) == 0 {
		return nil
	}
	return slices.Clone(c.terms)
}

// release gives the room back to the pool, keeping no document's words.
func (c *termCount) release() {
	if len(c.index) > maxPooledTerms {
		return
	}
	clear(c.index)
	clear(c.terms)
	c.terms, c.rarity = c.terms[:0], c.rarity[:0]
	termCounts.Put(c)
}

func sortTerms(terms []Term) {
	// Words are distinct: any sort gives this order.
	slices.SortFunc(terms, func(a, b Term) int { return strings.Compare(a.Word, b.Word) })
}

// keywords weighs the terms (rarity[i] is terms[i]'s); their order
// changes nothing, the keywords are sorted.
func keywords(terms []Term, rarity []float64, n int) []Keyword {
	total := 0
	for _, t := range terms {
		total += t.Count
	}
	// Words are distinct: the order is total, so keeping the n first in
	// it as the terms come gives the first n of all of them sorted,
	// without sorting every noun and verb of the document.
	heavier := func(a, b Keyword) int {
		if a.Weight != b.Weight {
			return cmp.Compare(b.Weight, a.Weight)
		}
		return strings.Compare(a.Word, b.Word)
	}
	var kws []Keyword
	for i, t := range terms {
		if c := t.POS[0]; c != 'n' && c != 'v' && c != 'l' && t.POS != "x" {
			continue
		}
		w := float64(t.Count) / float64(total) * rarity[i]
		kw := Keyword{Word: t.Word, Weight: math.Round(w*1e4) / 1e4}
		if kws == nil {
			kws = make([]Keyword, 0, max(n, 0)+1)
		}
		if len(kws) == n && (n == 0 || heavier(kw, kws[n-1]) > 0) {
			continue
		}
		at, _ := slices.BinarySearchFunc(kws, kw, heavier)
		kws = slices.Insert(kws, at, kw)
		if len(kws) > n {
			kws = kws[:n]
		}
	}
	return kws
}
