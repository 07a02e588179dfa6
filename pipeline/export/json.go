package export

import (
	"bufio"
	"encoding/json"
	"io"

	"github.com/zongjie/zongjie/pipeline/extract"
)

// WriteJSON writes rec as one indented JSON object (the "extract --format
// json" contract). Lists are written as [] rather than null.
func WriteJSON(w io.Writer, rec extract.Record) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(withLists(rec))
}

// WriteJSONL writes one compact JSON object per line, in the order given.
func WriteJSONL(w io.Writer, recs []extract.Record) error {
	bw := bufio.NewWriter(w)
	enc := NewRecordEncoder(bw)
	for i := range recs {
		if err := enc.Encode(&recs[i]); err != nil {
			return err
		}
	}
	return bw.Flush()
}

// RecordEncoder writes records as JSONL lines, as WriteJSONL does, one at
// a time.
type RecordEncoder struct {
	w    io.Writer
	line []byte
}

// NewRecordEncoder writes to w (unbuffered: give it a buffered writer).
func NewRecordEncoder(w io.Writer) *RecordEncoder { return &RecordEncoder{w: w} }

// Encode writes one record and its newline; nothing when it cannot be
// encoded.
func (e *RecordEncoder) Encode(rec *extract.Record) error {
	line, err := AppendRecord(e.line[:0], rec)
	e.line = line
	if err != nil {
		return err
	}
	_, err = e.w.Write(line)
	return err
}

// withLists gives a copy of rec whose nil lists are empty, so that readers
// of the JSON always find arrays. The caller's record is not changed.
func withLists(rec extract.Record) extract.Record {
	rec.Removed = orEmpty(rec.Removed)
	rec.Quantities = orEmpty(rec.Quantities)
	rec.Money = orEmpty(rec.Money)
	rec.Dates = orEmpty(rec.Dates)
	rec.Periods = orEmpty(rec.Periods)
	rec.Entities = orEmpty(rec.Entities)
	rec.Keywords = orEmpty(rec.Keywords)
	acts := make([]extract.Activity, len(rec.Activities))
	for i, a := range rec.Activities {
		a.Types = orEmpty(a.Types)
		a.Quantities = orEmpty(a.Quantities)
		a.Money = orEmpty(a.Money)
		a.Dates = orEmpty(a.Dates)
		a.TypeHits = orEmpty(a.TypeHits)
		a.Entities = orEmpty(a.Entities)
		acts[i] = a
	}
	rec.Activities = acts
	rec.Types = withWords(rec.Types)
	rec.Mentioned = withWords(rec.Mentioned)
	return rec
}

// withWords copies hits with an empty list for no words.
func withWords(hits []extract.TypeHit) []extract.TypeHit {
	out := make([]extract.TypeHit, len(hits))
	for i, t := range hits {
		t.Words = orEmpty(t.Words)
		out[i] = t
	}
	return out
}

func orEmpty[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
