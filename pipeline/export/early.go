package export

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"runtime"
	"slices"
	"strconv"

	"github.com/xuri/excelize/v2"
)

// early is a value sheet's worksheet part compressed before excelize
// writes it. Once the run is over the sheet's rows are final, in the row
// spool, and the bytes excelize writes before them (the head: namespaces,
// panes, column widths, the header row) do not depend on the records: the
// head is taken from an excelize file whose value sheets are set up as the
// workbook's (valueHeads), and head and rows are compressed while the
// duplicates are clustered and the pass over the records makes the
// Documents sheets, on the core that leaves free. When excelize then
// writes the part, an entry whose head is the one taken goes on from
// there with the rest of its bytes (one deflate stream: the bytes of
// compressing it whole); any other is compressed whole, as before.
type early struct {
	head  []byte
	rows  *io.SectionReader
	done  chan struct{}
	d     *deflater // head and rows written, once done; nil after an error
	err   error
	taken bool // by a zip entry, which then owns d
}

// compress begins compressing each value sheet that fits in one part: its
// head and its rows, on a goroutine a CPU, the largest first; once only.
// add must not be called again.
func (s *rowSpool) compress() error {
	if s.early != nil {
		return nil
	}
	s.early = make([]*early, len(s.sheets))
	var parts []*early
	for k, head := range valueHeads(s.labels, s.lim) {
		f := s.sheets[k]
		if head == nil || s.lim.parts(f.rows) > 1 {
			continue
		}
		if err := f.w.Flush(); err != nil {
			return fmt.Errorf("row spool: %w", err)
		}
		s.early[k] = &early{head: head, rows: io.NewSectionReader(f.file, 0, f.size), done: make(chan struct{})}
		parts = append(parts, s.early[k])
	}
	slices.SortStableFunc(parts, func(a, b *early) int { return cmp.Compare(b.rows.Size(), a.rows.Size()) })
	next := make(chan *early, len(parts))
	for _, p := range parts {
		next <- p
	}
	close(next)
	for range min(runtime.NumCPU(), len(parts)) {
		go func() {
			for p := range next {
				p.deflate()
			}
		}()
	}
	return nil
}

// deflate writes the head and the rows.
func (p *early) deflate() {
	defer close(p.done)
	if p.d, p.err = newDeflater(); p.err != nil {
		return
	}
	if _, p.err = p.d.w.Write(p.head); p.err == nil {
		_, p.err = io.Copy(p.d.w, p.rows)
	}
	if p.err != nil {
		p.d.discard()
		p.d = nil
	}
}

// wait gives the deflater with head and rows written.
func (p *early) wait() (*deflater, error) {
	<-p.done
	return p.d, p.err
}

// discard waits for the compression of a part no entry took and removes it.
func (p *early) discard() {
	if d, err := p.wait(); err == nil && !p.taken {
		d.discard()
	}
}

// discard gives the deflate writer back and removes the file.
func (d *deflater) discard() {
	d.release()
	d.file.Close()
	os.Remove(d.file.Name())
}

// valueHeads are the bytes before the rows of each value sheet's
// worksheet part (nil where none was found), as an excelize file whose
// value sheets are set up as a workbook's writes them.
func valueHeads(labels *Labels, lim limits) [][]byte {
	heads := make([][]byte, len(valueSheets))
	f := excelize.NewFile()
	defer f.Close()
	bold, err := f.NewStyle(headerStyle())
	if err != nil {
		return heads
	}
	ids := make([]int, len(valueSheets))
	for k, s := range valueSheets {
		if _, err := f.NewSheet(labels.Name(s.name)); err != nil {
			return heads
		}
		st, err := openSheet(f, s.name, bold, s.t.header, s.t.widths, 0, lim, &limitReport{lim: lim}, labels)
		if err != nil || st.close() != nil {
			return heads
		}
		ids[k] = st.sw.SheetID
	}
	parts := partsZip{}
	f.SetZipWriter(func(io.Writer) excelize.ZipWriter { return parts })
	if f.Write(io.Discard) != nil {
		return heads
	}
	for k, id := range ids {
		part := parts["xl/worksheets/sheet"+strconv.Itoa(id)+".xml"].Bytes()
		if end := bytes.Index(part, []byte("</sheetData>")); end >= 0 {
			heads[k] = part[:end]
		}
	}
	return heads
}

// partsZip keeps the parts excelize writes, by name.
type partsZip map[string]*bytes.Buffer

func (z partsZip) Create(name string) (io.Writer, error) {
	b := &bytes.Buffer{}
	z[name] = b
	return b, nil
}

func (partsZip) AddFS(fs.FS) error { return errors.ErrUnsupported }

func (partsZip) Close() error { return nil }
