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

// rowSpool keeps the value sheets' rows while a run goes on, already as
// the worksheet XML they will be (appendRow): one temporary file a sheet,
// and an index of the rows in the order added (the sheet, the document,
// the row's length in bytes: a few bytes a row). At the end the index is
// replayed into the sheets, which then only count rows and bytes, and
// each sheet part's rows are copied from its file into the archive
// (book.splices). A row's number and sheet part follow from its place in
// its sheet (limits.rows a part, header included), so they are known when
// it is added.
type rowSpool struct {
	lim    limits
	labels *Labels // the sheets' names, for the cut cells' report
	sheets []*rowFile
	index  *rowFile
	report *limitReport // cells cut while adding
	buf    []byte
	// early are the sheets' parts being compressed (compress), nil for a
	// sheet not in one part.
	early []*early
}

// rowFile is a temporary file written through a buffer.
type rowFile struct {
	file *os.File
	w    *bufio.Writer
	size int64 // bytes written, buffered ones included
	rows int
}

func newRowFile() (*rowFile, error) {
	f, err := os.CreateTemp("", "zongjie-rows-")
	if err != nil {
		return nil, err
	}
	return &rowFile{file: f, w: bufio.NewWriterSize(f, 1<<16)}, nil
}

func (f *rowFile) write(b []byte) error {
	n, err := f.w.Write(b)
	f.size += int64(n)
	return err
}

func newRowSpool(sheets int, lim limits, labels *Labels) (*rowSpool, error) {
	s := &rowSpool{lim: lim, labels: labels, report: &limitReport{lim: lim}}
	var err error
	if s.index, err = newRowFile(); err != nil {
		return nil, err
	}
	for range sheets {
		f, err := newRowFile()
		if err != nil {
			s.close()
			return nil, err
		}
		s.sheets = append(s.sheets, f)
	}
	return s, nil
}

// add appends a row of sheet k from document id; it cuts the texts longer
// than a cell may hold, as sheetStream.add does.
func (s *rowSpool) add(k, id int, name string, vals []any) error {
	f := s.sheets[k]
	per := s.lim.rows - 1
	part, row := f.rows/per+1, f.rows%per+2
	for i, v := range vals {
		if text, ok := v.(string); ok {
			if cut, was := s.lim.cut(text); was {
				vals[i] = cut
				s.report.cutCell(partName(s.labels.Name(name), part))
			}
		}
	}
	b, err := appendRow(s.buf[:0], row, vals)
	s.buf = b
	if err != nil {
		return err
	}
	if err := f.write(b); err != nil {
		return err
	}
	f.rows++
	var tmp [3 * binary.MaxVarintLen64]byte
	idx := binary.AppendUvarint(tmp[:0], uint64(k))
	idx = binary.AppendUvarint(idx, uint64(id))
	idx = binary.AppendUvarint(idx, uint64(len(b)))
	return s.index.write(idx)
}

// spoolReader reads the index back in the order written.
type spoolReader struct {
	r      *bufio.Reader
	sheets []*rowFile
	// the row read ahead, when ok
	k, id int
	ok    bool
	err   error
}

// reader flushes the files and starts reading the index back; add must
// not be called again.
func (s *rowSpool) reader() (*spoolReader, error) {
	for _, f := range append([]*rowFile{s.index}, s.sheets...) {
		if err := f.w.Flush(); err != nil {
			return nil, fmt.Errorf("row spool: %w", err)
		}
	}
	sr := &spoolReader{r: bufio.NewReaderSize(io.NewSectionReader(s.index.file, 0, math.MaxInt64), 1<<16), sheets: s.sheets}
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
		sr.ok, sr.err = false, fmt.Errorf("row spool: %w", err)
		return
	}
	sr.k, sr.id, sr.ok = int(k), int(id), true
}

// each gives each row of documents up to id (all when id < 0) to each, in
// the order written: its sheet, and its length in bytes in that sheet's
// file, where it follows the row given before it.
func (sr *spoolReader) each(id int, each func(k int, length int64) error) error {
	for sr.ok && (id < 0 || sr.id <= id) {
		n, err := binary.ReadUvarint(sr.r)
		if err != nil {
			return fmt.Errorf("row spool: %w", err)
		}
		if err := each(sr.k, int64(n)); err != nil {
			return err
		}
		sr.ahead()
	}
	return sr.err
}

// close removes the spool's files and its early compressions not taken.
func (s *rowSpool) close() error {
	for _, p := range s.early {
		if p != nil {
			p.discard()
		}
	}
	var err error
	for _, f := range append([]*rowFile{s.index}, s.sheets...) {
		if f == nil {
			continue
		}
		f.file.Close()
		if rerr := os.Remove(f.file.Name()); err == nil {
			err = rerr
		}
	}
	return err
}
