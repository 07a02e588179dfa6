package extract

import (
	"cmp"
	"fmt"
	"sort"
	"sync"
	"unicode/utf8"

	"github.com/zongjie/zongjie/pipeline/content"
	"github.com/zongjie/zongjie/pipeline/ingest"
	"github.com/zongjie/zongjie/pipeline/segment"
)

// Extractor holds what steers extraction. The zero value is not usable;
// use New. An Extractor is safe for concurrent use.
type Extractor struct {
	Rules     *content.Rules
	Measure   MeasureWords
	StopWords map[string]bool
	Entities  *content.EntityRules
	// Keywords is how many keywords a document gets.
	Keywords int
	// numbers are the word lists of the numeric parsers (quantity, money
	// and date words of dict/).
	numbers *numberWords
	// scratch holds the memory of documents' views (*viewScratch) for the
	// next documents, one a worker at a time; a pointer, as copies of an
	// Extractor may share it.
	scratch *sync.Pool
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
		scratch:   &sync.Pool{New: func() any { return new(viewScratch) }},
		Rules:     content.DefaultRules(),
		Measure:   DefaultMeasureWords(),
		StopWords: content.DefaultStopWords(),
		Entities:  content.DefaultEntityRules(),
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

// Extract builds the Record of one document from its tokens.
func (x *Extractor) Extract(doc *ingest.Document, toks []segment.Token) Record {
	// One view of the document for every finder: its runes and its
	// numeric scan are made once, in memory of an earlier document's.
	scratch := x.scratch.Get().(*viewScratch)
	defer x.scratch.Put(scratch)
	view := scratch.view(x.numbers, doc)
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
		Quantities: x.findQuantities(view.withWordsIn(toks, scratch)),
		Money:      x.findMoney(view),
		Dates:      x.findDates(view),
		Periods:    x.findPeriods(view),
		Activities: findActivities(doc, view.text, view.foldedRunes()),
	}
	if x.Entities != nil {
		rec.Entities = content.FindEntitiesIn(doc, view.text, toks, x.Entities)
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
	// The coding rules find the hits of the document and of its
	// activities in one go.
	// An item of plans (四、下一步打算) codes nothing: its tokens are
	// left out of the document's and its own.
	coded := toks
	for i := len(rec.Activities) - 1; i >= 0; i-- {
		if a := rec.Activities[i]; x.Rules.Skips(a.Heading) || x.Rules.Skips(a.Section) {
			p := tokensIn(coded, a.Offset, a.Offset+utf8.RuneCountInString(a.Text))
			if p[0] < p[1] {
				coded = append(coded[:p[0]:p[0]], coded[p[1]:]...)
			}
		}
	}
	parts := make([][2]int, len(rec.Activities))
	for i, a := range rec.Activities {
		parts[i] = tokensIn(coded, a.Offset, a.Offset+utf8.RuneCountInString(a.Text))
	}
	typeHits, activityHits := x.Rules.CodeParts(coded, parts)
	for i := range rec.Activities {
		a := &rec.Activities[i]
		start, end := a.Offset, a.Offset+utf8.RuneCountInString(a.Text)
		a.Types = []string{}
		a.TypeHits = activityHits[i]
		for _, t := range a.TypeHits {
			a.Types = append(a.Types, t.ID)
		}
		a.Entities = within(rec.Entities, start, end, func(e Entity) int { return e.Offset })
		a.Quantities = within(rec.Quantities, start, end, func(q Quantity) int { return q.Offset })
		a.Money = within(rec.Money, start, end, func(m Money) int { return m.Offset })
		a.Dates = within(rec.Dates, start, end, func(d Date) int { return d.Offset })
	}
	rec.Types, rec.Mentioned, rec.MainType = x.Rules.About(typeHits, doc.Title, doc.Text, Items(rec.Activities))
	rec.Terms, rec.Keywords = content.TermsAndKeywords(toks, x.StopWords, x.Keywords)
	return rec
}

// Items are what the salience of types reads of the activity items.
func Items(activities []Activity) []content.Item {
	items := make([]content.Item, len(activities))
	for i, a := range activities {
		items[i] = content.Item{Heading: a.Heading, Section: a.Section, TypeHits: a.TypeHits}
	}
	return items
}

// tokensIn gives the tokens [i, j) of toks that start in the runes [start, end).
func tokensIn(toks []segment.Token, start, end int) [2]int {
	i := sort.Search(len(toks), func(i int) bool { return toks[i].Offset >= start })
	j := sort.Search(len(toks), func(i int) bool { return toks[i].Offset >= end })
	return [2]int{i, j}
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
