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
	terms, _ := termsOf(toks, stop)
	sortTerms(terms)
	return terms
}

// TermsAndKeywords are the Terms of the tokens and their Keywords: the n
// terms of the heaviest weight, each term weighed by its frequency in the
// document times its rarity in gse's dictionary (the TF-IDF idea with the
// dictionary standing in for a corpus), keeping nouns, verbs and names.
// The rarities are read in the pass that counts the terms.
func TermsAndKeywords(toks []segment.Token, stop map[string]bool, n int) ([]Term, []Keyword) {
	terms, rarity := termsOf(toks, stop)
	kws := keywords(terms, rarity, n)
	sortTerms(terms)
	return terms, kws
}

// termIndexes are the maps termsOf files a document's words in, by word.
var termIndexes = sync.Pool{New: func() any { return map[string]int{} }}

// maxPooledTerms is the most distinct words of an index put back in
// termIndexes.
const maxPooledTerms = 1 << 14

// termsOf is Terms in the order the words first occur, and rarity[i] the
// rarity of the last token of terms[i]'s word: whether a token is a
// content word depends on its word alone, so every token of the word is
// counted here.
func termsOf(toks []segment.Token, stop map[string]bool) ([]Term, []float64) {
	// The index lives only during the count: one is reused from document
	// to document (cleared, it keeps the room it grew to) instead of made
	// for each; one grown by a huge document is dropped, as clearing it
	// would cost every later document its size.
	index := termIndexes.Get().(map[string]int)
	defer func() {
		if len(index) <= maxPooledTerms {
			clear(index)
			termIndexes.Put(index)
		}
	}()
	var terms []Term
	var rarity []float64
	for _, t := range toks {
		if !isContent(t, stop) {
			continue
		}
		if i, ok := index[t.Folded]; ok {
			terms[i].Count++
			rarity[i] = t.Rarity
			continue
		}
		index[t.Folded] = len(terms)
		terms = append(terms, Term{Word: t.Folded, POS: t.POS, Count: 1})
		rarity = append(rarity, t.Rarity)
	}
	return terms, rarity
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
	var kws []Keyword
	for i, t := range terms {
		if c := t.POS[0]; c != 'n' && c != 'v' && c != 'l' && t.POS != "x" {
			continue
		}
		w := float64(t.Count) / float64(total) * rarity[i]
		kws = append(kws, Keyword{Word: t.Word, Weight: math.Round(w*1e4) / 1e4})
	}
	// Words are distinct: any sort gives this order.
	slices.SortFunc(kws, func(a, b Keyword) int {
		if a.Weight != b.Weight {
			return cmp.Compare(b.Weight, a.Weight)
		}
		return strings.Compare(a.Word, b.Word)
	})
	if len(kws) > n {
		kws = kws[:n]
	}
	return kws
}
