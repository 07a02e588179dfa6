package export

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"unicode/utf8"

	jsonv2 "github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"
	jsonv1 "github.com/go-json-experiment/json/v1"

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
// a time: the bytes of encoding/json's Encoder without HTML escaping,
// made by the v2 encoder with encoding/json's options, in about two
// thirds of the time (every record of a batch is encoded for the
// checkpoint). The one difference, invalid UTF-8 (v2 writes U+FFFD where
// encoding/json writes its escape \ufffd), is left to encoding/json: a
// line holding U+FFFD is encoded again by it. TestRecordEncoderIsEncodingJSON
// and FuzzRecordEncoder compare the two.
type RecordEncoder struct {
	w    io.Writer
	line bytes.Buffer
	v1   *json.Encoder // into line
}

// recordOptions are encoding/json's behaviour (nil lists as null, its
// omitempty, invalid UTF-8 as U+FFFD, U+2028 and U+2029 escaped) with
// SetEscapeHTML(false).
var recordOptions = jsonv2.JoinOptions(jsonv1.DefaultOptionsV1(), jsontext.EscapeForHTML(false))

// NewRecordEncoder writes to w (unbuffered: give it a buffered writer).
func NewRecordEncoder(w io.Writer) *RecordEncoder {
	e := &RecordEncoder{w: w}
	e.v1 = json.NewEncoder(&e.line)
	e.v1.SetEscapeHTML(false)
	return e
}

// Encode writes one record and its newline.
func (e *RecordEncoder) Encode(rec *extract.Record) error {
	full := withLists(*rec)
	e.line.Reset()
	if err := jsonv2.MarshalWrite(&e.line, &full, recordOptions); err != nil {
		return err
	}
	e.line.WriteByte('\n')
	if bytes.Contains(e.line.Bytes(), replacementChar) {
		e.line.Reset()
		if err := e.v1.Encode(full); err != nil {
			return err
		}
	}
	_, err := e.w.Write(e.line.Bytes())
	return err
}

var replacementChar = []byte(string(utf8.RuneError))

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
