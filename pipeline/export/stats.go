package export

import (
	"slices"
	"sort"

	"github.com/zongjie/zongjie/pipeline/extract"
)

// corpusStats are the totals of the Summary and Types sheets.
type corpusStats struct {
	docs, failed, tokens          int
	activities, quantities, dates int
	moneyMentions, docsWithYear   int
	duplicates                    int // reposts found (left out of the other totals unless kept)
	moneyTotal                    float64
	kinds                         map[string]*kindStat
	years                         map[int]*yearStat // documents with a year
	noYear                        yearStat
	types                         []*typeStat // by documents, then id
}

type kindStat struct {
	mentions, approx, vague, redacted int
	sum                               float64 // of the low ends of exact values
}

type yearStat struct {
	docs   int
	people float64
}

type typeStat struct {
	id, label        string
	docs, activities int
	hits             int
	byYear           map[int]int
	noYear           int
}

func statsOfCorpus(recs []extract.Record, fails []Failure, about *About) *corpusStats {
	s := &corpusStats{docs: len(recs), failed: len(fails), kinds: map[string]*kindStat{}, years: map[int]*yearStat{}}
	types := map[string]*typeStat{}
	typeOf := func(id string) *typeStat {
		t := types[id]
		if t == nil {
			t = &typeStat{id: id, byYear: map[int]int{}}
			types[id] = t
		}
		return t
	}
	for i := range recs {
		if about.Duplicates != nil && about.Duplicates.IsDuplicate(i) {
			s.duplicates++
		}
		if !about.counts(i) {
			continue
		}
		r := &recs[i]
		s.tokens += r.Tokens
		s.activities += len(r.Activities)
		s.quantities += len(r.Quantities)
		s.dates += len(r.Dates)
		s.moneyMentions += len(r.Money)
		ds := statsOf(r)
		s.moneyTotal += ds.money
		for _, q := range r.Quantities {
			k := s.kinds[q.Kind]
			if k == nil {
				k = &kindStat{}
				s.kinds[q.Kind] = k
			}
			k.mentions++
			if q.Value != nil {
				k.sum += *q.Value
			}
			k.approx += b2i(q.Approx)
			k.vague += b2i(q.Vague)
			k.redacted += b2i(q.Redacted)
		}
		y := &s.noYear
		if r.Year != nil {
			s.docsWithYear++
			if s.years[*r.Year] == nil {
				s.years[*r.Year] = &yearStat{}
			}
			y = s.years[*r.Year]
		}
		y.docs++
		y.people += ds.people
		for _, h := range r.Types {
			t := typeOf(h.ID)
			if t.label == "" {
				t.label = h.Label
			}
			t.docs++
			t.hits += h.Hits
			if r.Year != nil {
				t.byYear[*r.Year]++
			} else {
				t.noYear++
			}
		}
		for _, a := range r.Activities {
			for _, id := range a.Types {
				typeOf(id).activities++
			}
		}
	}
	for _, t := range types {
		s.types = append(s.types, t)
	}
	sort.Slice(s.types, func(i, j int) bool {
		a, b := s.types[i], s.types[j]
		if a.docs != b.docs {
			return a.docs > b.docs
		}
		return a.id < b.id
	})
	return s
}

func (s *corpusStats) kind(name string) float64 {
	if k := s.kinds[name]; k != nil {
		return k.sum
	}
	return 0
}

func (s *corpusStats) sortedYears() []int {
	years := make([]int, 0, len(s.years))
	for y := range s.years {
		years = append(years, y)
	}
	slices.Sort(years)
	return years
}

func (s *corpusStats) sortedKinds() []string {
	kinds := make([]string, 0, len(s.kinds))
	for k := range s.kinds {
		kinds = append(kinds, k)
	}
	slices.Sort(kinds)
	return kinds
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// typesTable is the Types sheet: a row per type (documents, activities,
// hits), and to its right, after a blank column, the documents of each type
// per year.
func typesTable(s *corpusStats) table {
	years := s.sortedYears()
	header := []any{"type", "label", "documents", "activities", "hits", nil, "type"}
	widths := []float64{16, 12, 10, 10, 8, 3, 16}
	for _, y := range years {
		header = append(header, y)
		widths = append(widths, 8)
	}
	if s.noYear.docs > 0 {
		header = append(header, "no_year")
		widths = append(widths, 9)
	}
	rows := func(yield func([]any) bool) {
		for _, t := range s.types {
			row := []any{t.id, t.label, t.docs, t.activities, t.hits, nil, t.id}
			for _, y := range years {
				row = append(row, t.byYear[y])
			}
			if s.noYear.docs > 0 {
				row = append(row, t.noYear)
			}
			if !yield(row) {
				return
			}
		}
	}
	return table{header: header, widths: widths, rows: rows, filterCols: 5}
}
