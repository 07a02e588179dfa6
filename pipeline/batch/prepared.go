package batch

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"sync"

	"github.com/zongjie/zongjie/pipeline"
	"github.com/zongjie/zongjie/pipeline/ingest"
)

// PreparedSpool keeps the documents the counting pass prepared (read,
// decoded, repaired: ingest.Prepare) for the second pass, in a temporary
// file, so that the second pass goes on from them (ingest.Prepared.Finish)
// instead of reading, decoding and repairing every file again. Memory
// holds where each file's entry is, a few numbers a file; the file holds
// about the corpus's size in UTF-8. A file the counting pass could not
// prepare, or whose entry could not be written, has no entry: the second
// pass reads it as before, so its failure is reported as it always was.
// The entries are in the same compact binary form as the end spool.
type PreparedSpool struct {
	mu   sync.Mutex
	file *os.File
	w    *bufio.Writer
	size int64
	at   []span // by file index; length 0: no entry
	buf  []byte // the entry being written
	err  error  // the first write error; entries after it are not kept
}

// NewPreparedSpool makes the spool of a run of n files.
func NewPreparedSpool(n int) (*PreparedSpool, error) {
	f, err := os.CreateTemp("", "zongjie-prepared-")
	if err != nil {
		return nil, err
	}
	return &PreparedSpool{file: f, w: bufio.NewWriterSize(f, 1<<16), at: make([]span, n)}, nil
}

// Keep writes the entry of file i: for pipeline.CountLinesKeeping, from
// any goroutine. A write error is kept and ends the keeping: the files
// without an entry are read again by the second pass, so it fails nothing.
func (s *PreparedSpool) Keep(i int, p *ingest.Prepared, c pipeline.Content) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.err != nil {
		return
	}
	// Encoded under the lock into one buffer: copying the texts is quick
	// beside preparing them, and an entry's memory is not made anew.
	b := appendPrepared(s.buf[:0], p, c)
	s.buf = b
	if _, err := s.w.Write(b); err != nil {
		s.err = err
		return
	}
	s.at[i] = span{s.size, int64(len(b))}
	s.size += int64(len(b))
}

// Flush writes what is buffered: call it once the counting pass is done,
// before the first Load. After a write error no entry is given.
func (s *PreparedSpool) Flush() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.err == nil {
		s.err = s.w.Flush()
	}
	if s.err != nil {
		clear(s.at)
		return fmt.Errorf("keeping the prepared documents: %w", s.err)
	}
	return nil
}

// Load gives the entry of file i at path (pipeline.Options.Prepared); ok
// is false when it has none.
func (s *PreparedSpool) Load(i int, path string) (p *ingest.Prepared, c *pipeline.Content, ok bool, err error) {
	if i < 0 || i >= len(s.at) || s.at[i].length == 0 {
		return nil, nil, false, nil
	}
	e := s.at[i]
	buf := make([]byte, e.length)
	if _, err := s.file.ReadAt(buf, e.offset); err != nil {
		return nil, nil, false, fmt.Errorf("%s: prepared document of %s: %w", s.file.Name(), path, err)
	}
	p, c, err = decodePrepared(buf)
	if err != nil {
		return nil, nil, false, fmt.Errorf("%s: prepared document of %s: %w", s.file.Name(), path, err)
	}
	if p.Source != path {
		return nil, nil, false, fmt.Errorf("%s: entry %d is of %s, not %s", s.file.Name(), i, p.Source, path)
	}
	return p, c, true, nil
}

// Close removes the spool's file.
func (s *PreparedSpool) Close() error {
	s.file.Close()
	return os.Remove(s.file.Name())
}

// appendPrepared appends a prepared document and its content: the fields
// decodePrepared reads, in its order.
func appendPrepared(b []byte, p *ingest.Prepared, c pipeline.Content) []byte {
	for _, s := range []string{p.Source, p.Format, p.Encoding, p.Text, p.Title, c.SHA256} {
		b = appendString(b, s)
	}
	// A Simplified text is its own fold: written once.
	b = append(b, flags(p.TitleFromHeading, p.Raw, p.Folded == p.Text))
	if p.Folded != p.Text {
		b = appendString(b, p.Folded)
	}
	b = binary.AppendVarint(b, c.Size)
	b = appendStrings(b, p.Warnings)
	b = appendStrings(b, p.RepairWarnings)
	b = appendRemoved(b, p.PageRemoved)
	return appendRemoved(b, p.RepairRemoved)
}

func appendRemoved(b []byte, rs []ingest.Removed) []byte {
	b = binary.AppendUvarint(b, uint64(len(rs)))
	for _, r := range rs {
		b = appendString(appendString(b, r.Kind), r.Text)
	}
	return b
}

// decodePrepared decodes what appendPrepared wrote; empty lists are nil,
// as Prepare leaves them.
func decodePrepared(b []byte) (*ingest.Prepared, *pipeline.Content, error) {
	r := &endReader{b: b}
	var s [6]string
	for i := range s {
		s[i] = r.string()
	}
	p := &ingest.Prepared{Source: s[0], Format: s[1], Encoding: s[2], Text: s[3], Title: s[4]}
	c := &pipeline.Content{SHA256: s[5]}
	f := r.byte()
	p.TitleFromHeading, p.Raw = f&1 != 0, f&2 != 0
	if p.Folded = p.Text; f&4 == 0 {
		p.Folded = r.string()
	}
	c.Size = int64(r.varint())
	p.Warnings = r.strings()
	p.RepairWarnings = r.strings()
	p.PageRemoved = r.removed()
	p.RepairRemoved = r.removed()
	if r.err == nil && len(r.b) > 0 {
		r.err = errors.New("bytes after the entry")
	}
	return p, c, r.err
}

func (r *endReader) removed() []ingest.Removed {
	n := r.count(false)
	if n == 0 {
		return nil
	}
	rs := make([]ingest.Removed, n)
	for i := range rs {
		rs[i] = ingest.Removed{Kind: r.string(), Text: r.string()}
	}
	return rs
}
