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

	"github.com/zongjie/zongjie/pipeline/dedup"
	"github.com/zongjie/zongjie/pipeline/extract"
)

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
	// Duplicates, when set, marks reposts (package dedup): the totals of
	// Summary, Types and Terms count each cluster once, by its canonical
	// member, unless KeepDuplicates is set.
	Duplicates     *dedup.Clusters
	KeepDuplicates bool
}

// counts tells whether document i (0-based) counts in the corpus totals:
// every document but a repost of another, unless reposts are kept.
func (a *About) counts(i int) bool {
	return a.KeepDuplicates || a.Duplicates == nil || !a.Duplicates.IsDuplicate(i)
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
