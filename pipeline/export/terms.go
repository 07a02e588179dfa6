package export

import (
	"math"
	"sort"

	"github.com/zongjie/zongjie/pipeline/extract"
)

// corpusTerm is a word's counts over the whole corpus.
type corpusTerm struct {
	word  string
	pos   string // the POS the word carries most often
	freq  int    // occurrences in all documents
	df    int    // documents holding the word
	tfidf float64
}

// tfidfNote documents the weight on the Terms and About sheets.
const tfidfNote = "tf_idf = frequency × ln(N / document_frequency), N = number of documents"

// corpusTerms sums Record.Terms over the corpus, sorted by frequency
// (descending), then word.
func corpusTerms(recs []extract.Record, about *About) []corpusTerm {
	type acc struct {
		freq, df int
		pos      map[string]int
	}
	byWord := map[string]*acc{}
	docs := 0
	for i := range recs {
		if !about.counts(i) {
			continue
		}
		docs++
		seen := map[string]bool{}
		for _, t := range recs[i].Terms {
			if t.Count <= 0 || t.Word == "" {
				continue
			}
			a := byWord[t.Word]
			if a == nil {
				a = &acc{pos: map[string]int{}}
				byWord[t.Word] = a
			}
			a.freq += t.Count
			a.pos[t.POS] += t.Count
			if !seen[t.Word] {
				seen[t.Word] = true
				a.df++
			}
		}
	}
	n := float64(docs)
	terms := make([]corpusTerm, 0, len(byWord))
	for w, a := range byWord {
		terms = append(terms, corpusTerm{
			word:  w,
			pos:   mostFrequent(a.pos),
			freq:  a.freq,
			df:    a.df,
			tfidf: float64(a.freq) * math.Log(n/float64(a.df)),
		})
	}
	sort.Slice(terms, func(i, j int) bool {
		if terms[i].freq != terms[j].freq {
			return terms[i].freq > terms[j].freq
		}
		return terms[i].word < terms[j].word
	})
	return terms
}

// mostFrequent picks the key with the highest count; ties go to the
// smallest key so the choice does not depend on map order.
func mostFrequent(counts map[string]int) string {
	best, bestN := "", -1
	for k, n := range counts {
		if n > bestN || n == bestN && k < best {
			best, bestN = k, n
		}
	}
	return best
}

var termColumns = []column[corpusTerm]{
	{"word", 14, func(t corpusTerm) any { return t.word }},
	{"pos", 6, func(t corpusTerm) any { return t.pos }},
	{"frequency", 10, func(t corpusTerm) any { return t.freq }},
	{"document_frequency", 19, func(t corpusTerm) any { return t.df }},
	{"tf_idf", 10, func(t corpusTerm) any { return t.tfidf }},
}
