// Package export writes extracted Records out: an Excel statistics workbook
// (Summary, Documents, Activities, Quantities, Money, Dates, Types, Terms,
// Errors, About), one JSON object per document, JSON Lines, and CSV tables.
//
// Every row of the per-value sheets and tables carries the document id (the
// 1-based position of the Record in the slice given) and the evidence
// sentence, so a value can be checked against its source. The same input
// always gives byte-identical output.
package export

import (
	"strings"
	"unicode/utf8"

	"github.com/zongjie/zongjie/pipeline/extract"
)

// Failure is a file that failed in some stage of the run.
type Failure struct {
	Source string // path as given
	Stage  string // ingest, segment, extract, …
	Reason string
}

// About is shown on the workbook's About sheet. Pairs are (name, value) and
// are written in the order given.
type About struct {
	Version string
	Params  [][2]string
	Digests [][2]string
	// Lang is the language of sheet names, headers and labels: "en" (or
	// "") or "zh". Values and JSON keys are never translated.
	Lang string
	// Vars, when set, are document variables joined into the Documents
	// sheet; Vars.By cross-tabulates the Types sheet by one of them.
	Vars *DocVars
}

// docStats are the per-document totals shown on the Documents sheet and
// summed on the Summary sheet.
type docStats struct {
	people float64 // sum of the low ends of quantities of kind "people"
	money  float64 // sum of the low ends of money amounts, in yuan
}

func statsOf(rec *extract.Record) docStats {
	var s docStats
	for _, q := range rec.Quantities {
		if q.Kind == "people" && q.Value != nil {
			s.people += *q.Value
		}
	}
	for _, m := range rec.Money {
		if m.Amount != nil {
			s.money += *m.Amount
		}
	}
	return s
}

// activitySpans locates values in a document's activity items. An activity
// covers the runes [Offset, Offset+len(Text)) of the document text.
type activitySpans []struct{ start, end, index int }

func spansOf(rec *extract.Record) activitySpans {
	spans := make(activitySpans, len(rec.Activities))
	for i, a := range rec.Activities {
		spans[i].start = a.Offset
		spans[i].end = a.Offset + utf8.RuneCountInString(a.Text)
		spans[i].index = a.Index
	}
	return spans
}

// at gives the index of the activity holding offset, or nil when none does.
func (s activitySpans) at(offset int) any {
	for _, sp := range s {
		if sp.start <= offset && offset < sp.end {
			return sp.index
		}
	}
	return nil
}

// Cell value helpers: a nil pointer is an empty cell, never a zero.

func optFloat(p *float64) any {
	if p == nil {
		return nil
	}
	return *p
}

func optInt(p *int) any {
	if p == nil {
		return nil
	}
	return *p
}

func typeIDs(hits []extract.TypeHit) string {
	ids := make([]string, len(hits))
	for i, h := range hits {
		ids[i] = h.ID
	}
	return strings.Join(ids, ", ")
}

func keywordList(kws []extract.Keyword) string {
	words := make([]string, len(kws))
	for i, k := range kws {
		words[i] = k.Word
	}
	return strings.Join(words, ", ")
}
