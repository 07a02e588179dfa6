package export

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
)

// cellSpool keeps rows of cell values in a temporary file, compactly, to
// be read back once in the order written: a row is the index of its sheet,
// the document it comes from, the number of its cells, and each cell as a kind byte and its value
// (varint integers, the float's bits, length-prefixed strings).
type cellSpool struct {
	file *os.File
	w    *bufio.Writer
	tmp  []byte
}

// The kinds of cell values: those the sheets' columns give.
const (
	cellNil byte = iota
	cellFalse
	cellTrue
	cellInt
	cellFloat
	cellString
)

func newCellSpool() (*cellSpool, error) {
	f, err := os.CreateTemp("", "zongjie-cells-")
	if err != nil {
		return nil, err
	}
	return &cellSpool{file: f, w: bufio.NewWriterSize(f, 1<<16)}, nil
}

// add appends a row of sheet k from document id.
func (s *cellSpool) add(k, id int, vals []any) error {
	b := binary.AppendUvarint(s.tmp[:0], uint64(k))
	b = binary.AppendUvarint(b, uint64(id))
	b = binary.AppendUvarint(b, uint64(len(vals)))
	for _, v := range vals {
		switch v := v.(type) {
		case nil:
			b = append(b, cellNil)
		case bool:
			if v {
				b = append(b, cellTrue)
			} else {
				b = append(b, cellFalse)
			}
		case int:
			b = binary.AppendVarint(append(b, cellInt), int64(v))
		case float64:
			b = binary.LittleEndian.AppendUint64(append(b, cellFloat), math.Float64bits(v))
		case string:
			b = binary.AppendUvarint(append(b, cellString), uint64(len(v)))
			b = append(b, v...)
		default:
			return fmt.Errorf("a cell of type %T cannot be spooled", v)
		}
	}
	s.tmp = b
	_, err := s.w.Write(b)
	return err
}

// spoolReader reads the rows back in the order written.
type spoolReader struct {
	r    *bufio.Reader
	vals []any
	// the row read ahead, when ok
	k, id int
	ok    bool
	err   error
}

// reader starts reading the rows back; add must not be called again.
func (s *cellSpool) reader() (*spoolReader, error) {
	if err := s.w.Flush(); err != nil {
		return nil, err
	}
	sr := &spoolReader{r: bufio.NewReaderSize(io.NewSectionReader(s.file, 0, math.MaxInt64), 1<<16)}
	sr.ahead()
	return sr, sr.err
}

// ahead reads the next row's sheet and document.
func (sr *spoolReader) ahead() {
	k, err := binary.ReadUvarint(sr.r)
	if errors.Is(err, io.EOF) {
		sr.ok = false
		return
	}
	var id uint64
	if err == nil {
		id, err = binary.ReadUvarint(sr.r)
	}
	if err != nil {
		sr.ok, sr.err = false, fmt.Errorf("cell spool: %w", err)
		return
	}
	sr.k, sr.id, sr.ok = int(k), int(id), true
}

// each gives each row of documents up to id (all when id < 0) to each, in
// the order written. The row is only valid during the call.
func (sr *spoolReader) each(id int, each func(k int, vals []any) error) error {
	for sr.ok && (id < 0 || sr.id <= id) {
		n, err := binary.ReadUvarint(sr.r)
		if err != nil {
			return fmt.Errorf("cell spool: %w", err)
		}
		sr.vals = sr.vals[:0]
		for range n {
			v, err := readCell(sr.r)
			if err != nil {
				return fmt.Errorf("cell spool: %w", err)
			}
			sr.vals = append(sr.vals, v)
		}
		if err := each(sr.k, sr.vals); err != nil {
			return err
		}
		sr.ahead()
	}
	return sr.err
}

func readCell(r *bufio.Reader) (any, error) {
	kind, err := r.ReadByte()
	if err != nil {
		return nil, err
	}
	switch kind {
	case cellNil:
		return nil, nil
	case cellFalse:
		return false, nil
	case cellTrue:
		return true, nil
	case cellInt:
		v, err := binary.ReadVarint(r)
		return int(v), err
	case cellFloat:
		var b [8]byte
		_, err := io.ReadFull(r, b[:])
		return math.Float64frombits(binary.LittleEndian.Uint64(b[:])), err
	case cellString:
		n, err := binary.ReadUvarint(r)
		if err != nil {
			return nil, err
		}
		b := make([]byte, n)
		_, err = io.ReadFull(r, b)
		return string(b), err
	}
	return nil, fmt.Errorf("unknown cell kind %d", kind)
}

// close removes the spool's file.
func (s *cellSpool) close() error {
	s.file.Close()
	return os.Remove(s.file.Name())
}
