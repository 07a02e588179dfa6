// Package extract turns a Document and its tokens into a Record: numbers,
// quantities, money, dates, periods, the year and activity items, each
// value with its rune offset and evidence sentence. What the document is
// about (activity types, entities, terms, keywords) comes from package
// content, which Extract calls.
package extract

import (
	"github.com/zongjie/zongjie/pipeline/content"
	"github.com/zongjie/zongjie/pipeline/ingest"
)

// Record is the contract between extract and export; its JSON form is the
// one documented in DESIGN.md ("extract --format json").
type Record struct {
	Source   string `json:"source"`
	Format   string `json:"format"`
	Encoding string `json:"encoding"`
	Script   string `json:"script"`
	Title    string `json:"title"`
	// Year is the document's year: from the title, else the first written
	// year in the text; nil when neither gives one.
	Year *int `json:"year"`
	// Published is the page's publish date found in removed furniture
	// (YYYY, YYYY-MM or YYYY-MM-DD), omitted when none was found.
	Published  string           `json:"published,omitempty"`
	Text       string           `json:"text"`
	Removed    []ingest.Removed `json:"removed"`
	Warnings   []string         `json:"warnings,omitempty"`
	Tokens     int              `json:"tokens"`
	Quantities []Quantity       `json:"quantities"`
	Money      []Money          `json:"money"`
	Dates      []Date           `json:"dates"`
	// Periods are named periods (国庆期间), which are not dates.
	Periods    []Period   `json:"periods"`
	Activities []Activity `json:"activities"`
	// Types are the types the document is about, MainType the most
	// salient of them ("" when nothing is coded), Mentioned the types
	// coded only in passing (docs/rules.md, "About or mentioned").
	Types     []TypeHit `json:"types"`
	MainType  string    `json:"main_type"`
	Mentioned []TypeHit `json:"mentioned"`
	// Entities are the organisations and places named in the text.
	Entities []Entity  `json:"entities"`
	Keywords []Keyword `json:"keywords"`
	// Terms are the document's word counts (folded to Simplified), the
	// input of the corpus-wide Terms sheet.
	Terms []Term `json:"terms,omitempty"`
	// Fingerprint is the MinHash fingerprint of the body (and of each
	// section of a page holding several summaries), written by batch so that
	// reposts can be found across runs and shards (package dedup); "" when
	// not computed or the body is too short.
	Fingerprint string `json:"fingerprint,omitempty"`
}

// Quantity is a number with a measure word: 226人, 600余份, 10个.
// Value is nil when the number is redacted (参加活动名社工) or vague (数十人).
type Quantity struct {
	Value    *float64 `json:"value"`
	Max      *float64 `json:"max"`  // high end of a range, else nil
	Unit     string   `json:"unit"` // measure word, simplified
	Approx   bool     `json:"approx"`
	Vague    bool     `json:"vague"`
	Redacted bool     `json:"redacted"`
	Object   string   `json:"object"` // what is counted, if written
	Kind     string   `json:"kind"`   // people, households, materials, events, groups, goods, hours, other
	// RepeatOf is the offset of the earlier count a demonstrative mention
	// refers back to (居民4人 … 这四位居民), else nil; totals skip repeats.
	RepeatOf *int   `json:"repeat_of"`
	Text     string `json:"text"`
	Offset   int    `json:"offset"`
	Sentence string `json:"sentence"`
}

// Money is an amount in yuan.
type Money struct {
	Amount *float64 `json:"amount"`
	Max    *float64 `json:"max"`
	Approx bool     `json:"approx"`
	Vague  bool     `json:"vague"`
	// Per is the unit an amount is for (每人1000元: "人"), else "".
	Per      string `json:"per,omitempty"`
	Text     string `json:"text"`
	Offset   int    `json:"offset"`
	Sentence string `json:"sentence"`
}

// DatePoint holds only the parts that are written; the rest are nil.
type DatePoint struct {
	Year  *int `json:"year"`
	Month *int `json:"month"`
	Day   *int `json:"day"`
	// Part is the part of the month written instead of a day: early
	// (初, 上旬), mid (中旬), late (下旬, 底, 末), early-mid (上中旬) or
	// mid-late (中下旬); or of a year written alone: early (2019年初), late
	// (年底, 年末), first-half (上半年), second-half (下半年) or a quarter
	// q1 … q4 (一季度, 第四季度); else "".
	Part string `json:"part,omitempty"`
}

// Date is a point or a range as written in the text.
type Date struct {
	Text         string     `json:"text"`
	Start        DatePoint  `json:"start"`
	End          *DatePoint `json:"end"`
	Redacted     bool       `json:"redacted"`
	InferredYear *int       `json:"inferred_year"`
	Offset       int        `json:"offset"`
	Sentence     string     `json:"sentence"`
}

// Period is a named period or festival written without numbers (国庆期间,
// 春节前夕, 暑假): a time reference a researcher may want, flagged apart
// from Dates because it has no written calendar parts.
type Period struct {
	Name     string `json:"name"` // the period, in Simplified: 国庆
	Text     string `json:"text"` // as written, with 期间/前夕 when written
	Offset   int    `json:"offset"`
	Sentence string `json:"sentence"`
}

// Activity is a numbered item of a summary (1、… / 一、… / (一)…).
type Activity struct {
	Index   int      `json:"index"`   // 1-based, in document order
	Section string   `json:"section"` // heading of the summary it belongs to, if the page holds several
	Number  string   `json:"number"`  // the label as written: "1", "一"
	Heading string   `json:"heading"`
	Text    string   `json:"text"`
	Offset  int      `json:"offset"`
	Types   []string `json:"types"`
	// TypeHits are Types with their hit counts and evidence words.
	TypeHits   []TypeHit  `json:"type_hits"`
	Quantities []Quantity `json:"quantities"`
	Money      []Money    `json:"money"`
	Dates      []Date     `json:"dates"`
	Entities   []Entity   `json:"entities"`
}

// The values of content analysis a Record carries (package content),
// named here too so that the contract reads in one package.
type (
	TypeHit  = content.TypeHit
	Evidence = content.Evidence
	Entity   = content.Entity
	Keyword  = content.Keyword
	Term     = content.Term
)

// The kinds of an Entity.
const (
	KindOrg   = content.KindOrg
	KindPlace = content.KindPlace
)
