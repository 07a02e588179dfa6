// Package stats aggregates corpus statistics record by record: the totals
// of the Summary sheet, the per-type counts and year cross-tab of the Types
// sheet, the type order of the DocumentTypes sheet, the row counts of the
// per-value sheets, and the corpus Terms with their TF-IDF.
//
// A Corpus keeps aggregates, never records: its state grows with the number
// of distinct years, kinds, types and words (the vocabulary, which grows
// far slower than the corpus), not with the number of documents. Records
// must be added in document order: float sums are order-sensitive, and the
// outputs are byte-identical only when the order is.
package stats

import (
	"math"
	"slices"
	"sort"

	"github.com/zongjie/zongjie/pipeline/extract"
)

// Corpus is the running aggregate over the records added so far. The zero
// value is not ready; use New.
type Corpus struct {
	Docs, Tokens                  int
	Activities, Quantities, Dates int
	MoneyMentions, DocsWithYear   int
	Entities                      int
	MoneyTotal                    float64
	Kinds                         map[string]*Kind
	Years                         map[int]*Year // documents with a year
	NoYear                        Year

	types     map[string]*Type
	typeOrder []extract.TypeHit // first seen, in document order
	ordered   map[string]bool   // the types in typeOrder
	terms     map[string]*termCount
}

// Kind is the count of the quantities of one kind.
type Kind struct {
	Mentions, Approx, Vague, Redacted int
	Sum                               float64 // of the low ends of exact values, repeats left out
}

// Year is the documents of one year and the people they count.
type Year struct {
	Docs   int
	People float64
}

// Type is the counts of one activity type.
type Type struct {
	ID, Label        string
	Docs, Activities int
	Hits             int
	Main             int // documents whose main type it is
	ByYear           map[int]int
	NoYear           int
}

type termCount struct {
	freq, df int
	// pos are the word's counts by part of speech: a list, as most words
	// have one or two, cheaper than a map on the goroutine that emits the
	// records (stats.Corpus.Add runs beside the workers).
	pos     []posCount
	lastDoc int // the last document counted in df (Corpus.Docs then)
}

// posCount is a word's count under one part of speech.
type posCount struct {
	pos   string
	count int
}

// New gives an empty aggregate.
func New() *Corpus {
	return &Corpus{Kinds: map[string]*Kind{}, Years: map[int]*Year{}, types: map[string]*Type{}, ordered: map[string]bool{}, terms: map[string]*termCount{}}
}

// Of aggregates a slice of records.
func Of(recs []extract.Record) *Corpus {
	c := New()
	for i := range recs {
		c.Add(&recs[i])
	}
	return c
}

// Document is the per-document totals shown on the Documents sheet and
// summed on the Summary sheet.
type Document struct {
	People float64 // sum of the low ends of quantities of kind "people", repeats left out
	Money  float64 // sum of the low ends of money amounts, in yuan
}

// DocumentOf sums one record's people and money.
func DocumentOf(rec *extract.Record) Document {
	var s Document
	for _, q := range rec.Quantities {
		if q.Kind == "people" && q.Value != nil && q.RepeatOf == nil {
			s.People += *q.Value
		}
	}
	for _, m := range rec.Money {
		if m.Amount != nil {
			s.Money += *m.Amount
		}
	}
	return s
}

// Add counts one record; the caller may drop it afterwards.
func (c *Corpus) Add(r *extract.Record) {
	c.Docs++
	c.Tokens += r.Tokens
	c.Activities += len(r.Activities)
	c.Quantities += len(r.Quantities)
	c.Dates += len(r.Dates)
	c.MoneyMentions += len(r.Money)
	c.Entities += len(r.Entities)
	ds := DocumentOf(r)
	c.MoneyTotal += ds.Money
	for _, q := range r.Quantities {
		k := c.Kinds[q.Kind]
		if k == nil {
			k = &Kind{}
			c.Kinds[q.Kind] = k
		}
		k.Mentions++
		if q.Value != nil && q.RepeatOf == nil { // 这四位居民 is 居民4人 again
			k.Sum += *q.Value
		}
		k.Approx += b2i(q.Approx)
		k.Vague += b2i(q.Vague)
		k.Redacted += b2i(q.Redacted)
	}
	y := &c.NoYear
	if r.Year != nil {
		c.DocsWithYear++
		if c.Years[*r.Year] == nil {
			c.Years[*r.Year] = &Year{}
		}
		y = c.Years[*r.Year]
	}
	y.Docs++
	y.People += ds.People
	for _, h := range slices.Concat(r.Types, r.Mentioned) {
		if !c.ordered[h.ID] {
			c.ordered[h.ID] = true
			c.typeOrder = append(c.typeOrder, extract.TypeHit{ID: h.ID, Label: h.Label})
		}
	}
	for _, h := range r.Types {
		t := c.typeOf(h.ID)
		if t.Label == "" {
			t.Label = h.Label
		}
		t.Docs++
		t.Hits += h.Hits
		if h.ID == r.MainType {
			t.Main++
		}
		if r.Year != nil {
			t.ByYear[*r.Year]++
		} else {
			t.NoYear++
		}
	}
	for _, a := range r.Activities {
		for _, id := range a.Types {
			c.typeOf(id).Activities++
		}
	}
	c.addTerms(r.Terms)
}

func (c *Corpus) typeOf(id string) *Type {
	t := c.types[id]
	if t == nil {
		t = &Type{ID: id, ByYear: map[int]int{}}
		c.types[id] = t
	}
	return t
}

// addTerms adds a document's word counts: frequency and document frequency
// per word of the vocabulary; the document's own list is not kept.
func (c *Corpus) addTerms(terms []extract.Term) {
	for _, t := range terms {
		if t.Count <= 0 || t.Word == "" {
			continue
		}
		a := c.terms[t.Word]
		if a == nil {
			a = &termCount{}
			c.terms[t.Word] = a
		}
		a.freq += t.Count
		a.addPOS(t.POS, t.Count)
		if a.lastDoc != c.Docs { // a word listed under two POS is one document
			a.lastDoc = c.Docs
			a.df++
		}
	}
}

func (a *termCount) addPOS(pos string, n int) {
	for i := range a.pos {
		if a.pos[i].pos == pos {
			a.pos[i].count += n
			return
		}
	}
	a.pos = append(a.pos, posCount{pos, n})
}

// Kind gives the sum of the exact values of a quantity kind.
func (c *Corpus) Kind(name string) float64 {
	if k := c.Kinds[name]; k != nil {
		return k.Sum
	}
	return 0
}

// SortedYears are the years with documents, ascending.
func (c *Corpus) SortedYears() []int {
	years := make([]int, 0, len(c.Years))
	for y := range c.Years {
		years = append(years, y)
	}
	slices.Sort(years)
	return years
}

// SortedKinds are the quantity kinds seen, in byte order.
func (c *Corpus) SortedKinds() []string {
	kinds := make([]string, 0, len(c.Kinds))
	for k := range c.Kinds {
		kinds = append(kinds, k)
	}
	slices.Sort(kinds)
	return kinds
}

// Types are the activity types by documents (descending), then id.
func (c *Corpus) Types() []*Type {
	types := make([]*Type, 0, len(c.types))
	for _, t := range c.types {
		types = append(types, t)
	}
	sort.Slice(types, func(i, j int) bool {
		a, b := types[i], types[j]
		if a.Docs != b.Docs {
			return a.Docs > b.Docs
		}
		return a.ID < b.ID
	})
	return types
}

// MainTypes are the types that are the main type of some document, by
// documents, then id.
func (c *Corpus) MainTypes() []*Type {
	var out []*Type
	for _, t := range c.Types() {
		if t.Main > 0 {
			out = append(out, t)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Main != out[j].Main {
			return out[i].Main > out[j].Main
		}
		return out[i].ID < out[j].ID
	})
	return out
}

// TypeOrder is the order of the DocumentTypes columns: the types in the
// order the records name them (rule order, types a document is about before
// those it mentions), types first seen later after.
func (c *Corpus) TypeOrder() []extract.TypeHit { return c.typeOrder }

// Term is a word's counts over the whole corpus.
type Term struct {
	Word  string
	POS   string // the POS the word carries most often
	Freq  int    // occurrences in all documents
	DF    int    // documents holding the word
	TFIDF float64
}

// TFIDFNote documents the weight on the Terms and About sheets.
const TFIDFNote = "tf_idf = frequency × ln(N / document_frequency), N = number of documents"

// Terms are the corpus terms sorted by frequency (descending), then word.
func (c *Corpus) Terms() []Term {
	n := float64(c.Docs)
	terms := make([]Term, 0, len(c.terms))
	for w, a := range c.terms {
		terms = append(terms, Term{
			Word:  w,
			POS:   mostFrequent(a.pos),
			Freq:  a.freq,
			DF:    a.df,
			TFIDF: float64(a.freq) * math.Log(n/float64(a.df)),
		})
	}
	sort.Slice(terms, func(i, j int) bool {
		if terms[i].Freq != terms[j].Freq {
			return terms[i].Freq > terms[j].Freq
		}
		return terms[i].Word < terms[j].Word
	})
	return terms
}

// mostFrequent picks the key with the highest count; ties go to the
// smallest key so the choice does not depend on map order.
func mostFrequent(counts []posCount) string {
	best, bestN := "", -1
	for _, c := range counts {
		if c.count > bestN || c.count == bestN && c.pos < best {
			best, bestN = c.pos, c.count
		}
	}
	return best
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// TermCount is the number of distinct terms: the rows of Terms().
func (c *Corpus) TermCount() int { return len(c.terms) }
