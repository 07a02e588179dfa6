package batch

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"os"

	"github.com/zongjie/zongjie/pipeline/extract"
)

// endSpool keeps what the workbook reads of each record after the run
// (the sheets written at the end, Documents, DocumentTypes and
// Duplicates, and stats.Corpus.Add when reposts are counted again) in a
// temporary file, as the records are emitted, in a compact binary form:
// lengths and counts as varints, strings length-prefixed, floats as their
// bits. Reading it back costs a fraction of decoding the records' JSON
// from the checkpoint, which was the larger part of writing the outputs.
// What it leaves out (the values' texts and sentences, activity texts,
// entities, periods, removed furniture) the workbook does not read after
// the run; lists keep their length. TestEndRecordWritesTheSameWorkbook
// checks that nothing read is left out.
type endSpool struct {
	file *os.File
	w    *bufio.Writer
	buf  []byte
}

func newEndSpool() (*endSpool, error) {
	f, err := os.CreateTemp("", "zongjie-ends-")
	if err != nil {
		return nil, err
	}
	return &endSpool{file: f, w: bufio.NewWriterSize(f, 1<<16)}, nil
}

// add appends the end part of rec.
func (s *endSpool) add(rec *extract.Record) error {
	b := appendEnd(s.buf[:0], rec)
	s.buf = b
	var n [binary.MaxVarintLen64]byte
	if _, err := s.w.Write(binary.AppendUvarint(n[:0], uint64(len(b)))); err != nil {
		return err
	}
	_, err := s.w.Write(b)
	return err
}

// each reads the records back in the order added; the record given is
// only valid during the call.
func (s *endSpool) each(each func(*extract.Record) error) error {
	if err := s.w.Flush(); err != nil {
		return fmt.Errorf("end spool: %w", err)
	}
	r := bufio.NewReaderSize(io.NewSectionReader(s.file, 0, math.MaxInt64), 1<<16)
	var buf []byte
	for {
		n, err := binary.ReadUvarint(r)
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return fmt.Errorf("end spool: %w", err)
		}
		if uint64(cap(buf)) < n {
			buf = make([]byte, n)
		}
		buf = buf[:n]
		if _, err := io.ReadFull(r, buf); err != nil {
			return fmt.Errorf("end spool: %w", err)
		}
		var rec extract.Record
		if err := decodeEnd(buf, &rec); err != nil {
			return fmt.Errorf("end spool: %w", err)
		}
		if err := each(&rec); err != nil {
			return err
		}
	}
}

// close removes the spool's file.
func (s *endSpool) close() error {
	s.file.Close()
	return os.Remove(s.file.Name())
}

// appendEnd appends the end part of rec: the fields decodeEnd reads, in
// its order.
func appendEnd(b []byte, rec *extract.Record) []byte {
	for _, s := range []string{rec.Source, rec.Format, rec.Encoding, rec.Script, rec.Title, rec.Published, rec.Text, rec.MainType} {
		b = appendString(b, s)
	}
	b = appendOptInt(b, rec.Year)
	b = appendStrings(b, rec.Warnings)
	b = binary.AppendVarint(b, int64(rec.Tokens))
	b = binary.AppendUvarint(b, uint64(len(rec.Quantities)))
	for i := range rec.Quantities {
		q := &rec.Quantities[i]
		b = appendOptFloat(b, q.Value)
		b = appendString(b, q.Kind)
		b = append(b, flags(q.Approx, q.Vague, q.Redacted))
		b = appendOptInt(b, q.RepeatOf)
	}
	b = binary.AppendUvarint(b, uint64(len(rec.Money)))
	for i := range rec.Money {
		b = appendOptFloat(b, rec.Money[i].Amount)
	}
	b = binary.AppendUvarint(b, uint64(len(rec.Dates)))
	b = binary.AppendUvarint(b, uint64(len(rec.Activities)))
	for i := range rec.Activities {
		b = appendStrings(b, rec.Activities[i].Types)
	}
	b = appendTypeHits(b, rec.Types)
	b = appendTypeHits(b, rec.Mentioned)
	b = binary.AppendUvarint(b, uint64(len(rec.Entities)))
	b = binary.AppendUvarint(b, uint64(len(rec.Keywords)))
	for i := range rec.Keywords {
		b = appendString(b, rec.Keywords[i].Word)
	}
	b = binary.AppendUvarint(b, uint64(len(rec.Terms)))
	for _, t := range rec.Terms {
		b = appendString(b, t.Word)
		b = appendString(b, t.POS)
		b = binary.AppendVarint(b, int64(t.Count))
	}
	return b
}

func appendString(b []byte, s string) []byte {
	return append(binary.AppendUvarint(b, uint64(len(s))), s...)
}

func appendStrings(b []byte, ss []string) []byte {
	b = binary.AppendUvarint(b, uint64(len(ss)))
	for _, s := range ss {
		b = appendString(b, s)
	}
	return b
}

func appendOptInt(b []byte, v *int) []byte {
	if v == nil {
		return append(b, 0)
	}
	return binary.AppendVarint(append(b, 1), int64(*v))
}

func appendOptFloat(b []byte, v *float64) []byte {
	if v == nil {
		return append(b, 0)
	}
	return binary.LittleEndian.AppendUint64(append(b, 1), math.Float64bits(*v))
}

func flags(approx, vague, redacted bool) byte {
	var f byte
	for i, set := range []bool{approx, vague, redacted} {
		if set {
			f |= 1 << i
		}
	}
	return f
}

func appendTypeHits(b []byte, hits []extract.TypeHit) []byte {
	b = binary.AppendUvarint(b, uint64(len(hits)))
	for _, h := range hits {
		b = appendString(b, h.ID)
		b = appendString(b, h.Label)
		b = binary.AppendVarint(b, int64(h.Hits))
		b = appendStrings(b, h.Words)
	}
	return b
}

// endReader reads what appendEnd wrote; the first error sticks.
type endReader struct {
	b   []byte
	err error
}

var errEndCut = errors.New("record cut short")

func (r *endReader) uvarint() int {
	v, n := binary.Uvarint(r.b)
	if n <= 0 || v > uint64(len(r.b))*8+1<<20 {
		r.fail()
		return 0
	}
	r.b = r.b[n:]
	return int(v)
}

func (r *endReader) varint() int {
	v, n := binary.Varint(r.b)
	if n <= 0 {
		r.fail()
		return 0
	}
	r.b = r.b[n:]
	return int(v)
}

func (r *endReader) byte() byte {
	if len(r.b) == 0 {
		r.fail()
		return 0
	}
	c := r.b[0]
	r.b = r.b[1:]
	return c
}

func (r *endReader) fail() {
	if r.err == nil {
		r.err = errEndCut
	}
	r.b = nil
}

func (r *endReader) string() string {
	n := r.uvarint()
	if n > len(r.b) {
		r.fail()
		return ""
	}
	s := string(r.b[:n])
	r.b = r.b[n:]
	return s
}

func (r *endReader) strings() []string {
	n := r.uvarint()
	if n == 0 || n > len(r.b) {
		if n > 0 {
			r.fail()
		}
		return nil
	}
	ss := make([]string, n)
	for i := range ss {
		ss[i] = r.string()
	}
	return ss
}

func (r *endReader) optInt() *int {
	if r.byte() == 0 {
		return nil
	}
	v := r.varint()
	return &v
}

func (r *endReader) optFloat() *float64 {
	if r.byte() == 0 {
		return nil
	}
	if len(r.b) < 8 {
		r.fail()
		return nil
	}
	v := math.Float64frombits(binary.LittleEndian.Uint64(r.b))
	r.b = r.b[8:]
	return &v
}

// count reads a list's length, at most the bytes left (each element
// takes one at least) unless empty elements are allowed.
func (r *endReader) count(emptyElements bool) int {
	n := r.uvarint()
	if !emptyElements && n > len(r.b) {
		r.fail()
		return 0
	}
	return n
}

func (r *endReader) typeHits() []extract.TypeHit {
	n := r.count(false)
	if n == 0 {
		return nil
	}
	hits := make([]extract.TypeHit, n)
	for i := range hits {
		hits[i] = extract.TypeHit{ID: r.string(), Label: r.string(), Hits: r.varint(), Words: r.strings()}
	}
	return hits
}

// decodeEnd decodes what appendEnd wrote into rec (the other fields are
// left zero; lists keep their length).
func decodeEnd(b []byte, rec *extract.Record) error {
	r := &endReader{b: b}
	var s [8]string
	for i := range s {
		s[i] = r.string()
	}
	*rec = extract.Record{Source: s[0], Format: s[1], Encoding: s[2], Script: s[3], Title: s[4],
		Published: s[5], Text: s[6], MainType: s[7]}
	rec.Year = r.optInt()
	rec.Warnings = r.strings()
	rec.Tokens = r.varint()
	if n := r.count(false); n > 0 {
		rec.Quantities = make([]extract.Quantity, n)
		for i := range rec.Quantities {
			q := &rec.Quantities[i]
			q.Value, q.Kind = r.optFloat(), r.string()
			f := r.byte()
			q.Approx, q.Vague, q.Redacted = f&1 != 0, f&2 != 0, f&4 != 0
			q.RepeatOf = r.optInt()
		}
	}
	if n := r.count(false); n > 0 {
		rec.Money = make([]extract.Money, n)
		for i := range rec.Money {
			rec.Money[i].Amount = r.optFloat()
		}
	}
	if n := r.count(true); n > 0 {
		rec.Dates = make([]extract.Date, n)
	}
	if n := r.count(false); n > 0 {
		rec.Activities = make([]extract.Activity, n)
		for i := range rec.Activities {
			rec.Activities[i].Types = r.strings()
		}
	}
	rec.Types = r.typeHits()
	rec.Mentioned = r.typeHits()
	if n := r.count(true); n > 0 {
		rec.Entities = make([]extract.Entity, n)
	}
	if n := r.count(false); n > 0 {
		rec.Keywords = make([]extract.Keyword, n)
		for i := range rec.Keywords {
			rec.Keywords[i].Word = r.string()
		}
	}
	if n := r.count(false); n > 0 {
		rec.Terms = make([]extract.Term, n)
		for i := range rec.Terms {
			rec.Terms[i] = extract.Term{Word: r.string(), POS: r.string(), Count: r.varint()}
		}
	}
	if r.err == nil && len(r.b) > 0 {
		r.err = errors.New("bytes after the record")
	}
	return r.err
}
