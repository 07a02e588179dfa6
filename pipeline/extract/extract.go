package extract

import (
	"bytes"
	"cmp"
	"fmt"
	"io"
	"math"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/zongjie/zongjie/dict"
	"github.com/zongjie/zongjie/pipeline/ingest"
	"github.com/zongjie/zongjie/pipeline/segment"
)

// Extractor holds what steers extraction. The zero value is not usable;
// use New. An Extractor is safe for concurrent use.
type Extractor struct {
	Rules     *Rules
	Measure   MeasureWords
	StopWords map[string]bool
	Entities  *EntityRules
	// Keywords is how many keywords a document gets.
	Keywords int
	// numbers are the word lists of the numeric parsers (quantity, money
	// and date words of dict/).
	numbers *numberWords
}

// New returns an Extractor with the embedded defaults of dict/ (or the
// files that replace them). It panics when a word-list file does not
// parse; CheckData reports that as an error.
func New() *Extractor {
	numbers, err := defaultNumberWords()
	if err != nil {
		panic(err)
	}
	return &Extractor{
		numbers:   numbers,
		Rules:     DefaultRules(),
		Measure:   DefaultMeasureWords(),
		StopWords: ParseStopWords(bytes.NewReader(dict.File("stopwords.txt"))),
		Entities:  DefaultEntityRules(),
		Keywords:  10,
	}
}

// CheckData loads every data file of dict/ that extract reads, so that a
// user's replacement (zongjie --dict) that does not parse is reported at
// start, naming the file, rather than in the middle of a run.
func CheckData() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	New()
	ywords()
	return nil
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

// Extract builds the Record of one document from its tokens.
func (x *Extractor) Extract(doc *ingest.Document, toks []segment.Token) Record {
	rec := Record{
		Source:     doc.Source,
		Format:     doc.Format,
		Encoding:   doc.Encoding,
		Script:     doc.Script,
		Title:      doc.Title,
		Published:  doc.Published,
		Text:       doc.Text,
		Removed:    doc.Removed,
		Warnings:   doc.Warnings,
		Tokens:     len(toks),
		Quantities: x.FindQuantities(doc, toks),
		Money:      x.FindMoney(doc),
		Dates:      x.FindDates(doc),
		Periods:    x.FindPeriods(doc),
		Activities: FindActivities(doc),
	}
	if x.Entities != nil {
		rec.Entities = FindEntities(doc, toks, x.Entities)
	}
	rec.Year = documentYear(doc, rec.Dates)
	// A date without a year is in the report's year; failing one, in the
	// year the page was published.
	if inferred := cmp.Or(rec.Year, publishedYear(doc.Published)); inferred != nil {
		for i := range rec.Dates {
			if rec.Dates[i].Start.Year == nil {
				rec.Dates[i].InferredYear = inferred
			}
		}
	}
	for i := range rec.Activities {
		a := &rec.Activities[i]
		start, end := a.Offset, a.Offset+utf8.RuneCountInString(a.Text)
		a.Types = []string{}
		a.TypeHits = x.Rules.Code(tokensIn(toks, start, end))
		for _, t := range a.TypeHits {
			a.Types = append(a.Types, t.ID)
		}
		a.Entities = within(rec.Entities, start, end, func(e Entity) int { return e.Offset })
		a.Quantities = within(rec.Quantities, start, end, func(q Quantity) int { return q.Offset })
		a.Money = within(rec.Money, start, end, func(m Money) int { return m.Offset })
		a.Dates = within(rec.Dates, start, end, func(d Date) int { return d.Offset })
	}
	rec.Types, rec.Mentioned, rec.MainType = x.Rules.About(x.Rules.Code(toks), doc.Title, rec.Activities)
	rec.Terms = x.terms(toks)
	rec.Keywords = x.keywords(toks, rec.Terms)
	return rec
}

func tokensIn(toks []segment.Token, start, end int) []segment.Token {
	i := sort.Search(len(toks), func(i int) bool { return toks[i].Offset >= start })
	j := sort.Search(len(toks), func(i int) bool { return toks[i].Offset >= end })
	return toks[i:j]
}

func within[T any](vals []T, start, end int, offset func(T) int) []T {
	var out []T
	for _, v := range vals {
		if o := offset(v); o >= start && o < end {
			out = append(out, v)
		}
	}
	return out
}

// isContent tells whether a token is a word worth counting: not
// punctuation, a number, a single character or a stop word.
func (x *Extractor) isContent(t segment.Token) bool {
	if utf8.RuneCountInString(t.Folded) < 2 || x.StopWords[t.Folded] {
		return false
	}
	for _, r := range t.Folded {
		if !unicode.Is(unicode.Han, r) && !unicode.IsLetter(r) {
			return false
		}
	}
	return !strings.ContainsRune("×", []rune(t.Folded)[0])
}

// terms counts the document's content words, folded to Simplified, sorted
// by word. A word's POS is the one it had first.
func (x *Extractor) terms(toks []segment.Token) []Term {
	index := map[string]int{}
	var terms []Term
	for _, t := range toks {
		if !x.isContent(t) {
			continue
		}
		if i, ok := index[t.Folded]; ok {
			terms[i].Count++
			continue
		}
		index[t.Folded] = len(terms)
		terms = append(terms, Term{Word: t.Folded, POS: t.POS, Count: 1})
	}
	sort.Slice(terms, func(i, j int) bool { return terms[i].Word < terms[j].Word })
	return terms
}

// keywords weighs each term by its frequency in the document times its
// rarity in gse's dictionary (the TF-IDF idea with the dictionary standing
// in for a corpus), keeping nouns, verbs and names.
func (x *Extractor) keywords(toks []segment.Token, terms []Term) []Keyword {
	rarity := map[string]float64{}
	for _, t := range toks {
		rarity[t.Folded] = t.Rarity
	}
	total := 0
	for _, t := range terms {
		total += t.Count
	}
	var kws []Keyword
	for _, t := range terms {
		if !strings.ContainsAny(t.POS[:1], "nvl") && t.POS != "x" {
			continue
		}
		w := float64(t.Count) / float64(total) * rarity[t.Word]
		kws = append(kws, Keyword{Word: t.Word, Weight: math.Round(w*1e4) / 1e4})
	}
	sort.Slice(kws, func(i, j int) bool {
		if kws[i].Weight != kws[j].Weight {
			return kws[i].Weight > kws[j].Weight
		}
		return kws[i].Word < kws[j].Word
	})
	if len(kws) > x.Keywords {
		kws = kws[:x.Keywords]
	}
	return kws
}
