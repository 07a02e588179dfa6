package export

import (
	"archive/zip"
	"bufio"
	"bytes"
	"fmt"
	"hash"
	"hash/crc32"
	"io"
	"io/fs"
	"os"
	"runtime"
	"sort"
	"strconv"
	"sync"

	"github.com/klauspost/compress/flate"
	"github.com/xuri/excelize/v2"
)

// sortedZip is an excelize.ZipWriter that writes its entries sorted by name
// when closed. excelize writes the parts of streamed sheets in map order,
// which differs from run to run; sorting makes the archive byte-identical.
// Each entry is kept as it arrives in a temporary file and compressed from
// there, beside the next entries, one at a time per CPU, into a temporary
// file of its own: memory stays flat whatever the size of the sheets, and
// the workbook's largest sheets are deflated at once (each exactly as one
// deflate stream would: the bytes do not change). A worksheet with rows in
// splices gets them before its </sheetData>, read from where they are.
type sortedZip struct {
	out     *zip.Writer
	raw     *os.File // the entries as written
	buf     *bufio.Writer
	written int64 // bytes of raw, buffered ones included
	entries []*zipEntry
	cur     *zipEntry
	work    sync.WaitGroup
	slots   chan struct{} // compressions running
	splices splices
}

// splices are rows to put into worksheets, by the worksheet's part name.
type splices map[string]splice

// splice is a worksheet's rows, and their early compression when there
// is one (nil: none).
type splice struct {
	rows  *io.SectionReader
	early *early
}

// add gives the worksheet of sheet id (xl/worksheets/sheetN.xml for the
// sheets excelize's NewSheet makes) the rows of r, compressed early by e
// when e is not nil.
func (sp splices) add(sheetID int, r *io.SectionReader, e *early) {
	sp["xl/worksheets/sheet"+strconv.Itoa(sheetID)+".xml"] = splice{r, e}
}

type zipEntry struct {
	name     string
	offset   int64 // of the entry's bytes in raw
	size     int64
	pieces   []io.Reader // the entry's bytes, once written
	early    *early      // the compression of its head and rows, when begun early
	crc      uint32
	z        *sortedZip
	deflated *os.File // the compressed bytes, once done
	length   int64
	err      error
}

func newSortedZip(w io.Writer, sp splices) excelize.ZipWriter {
	return &sortedZip{out: zip.NewWriter(w), slots: make(chan struct{}, runtime.NumCPU()), splices: sp}
}

func (z *sortedZip) Create(name string) (io.Writer, error) {
	if err := z.finish(); err != nil {
		return nil, err
	}
	if z.raw == nil {
		f, err := os.CreateTemp("", "zongjie-xlsx-")
		if err != nil {
			return nil, err
		}
		z.raw, z.buf = f, bufio.NewWriterSize(f, 1<<16)
	}
	e := &zipEntry{name: name, offset: z.written, z: z}
	z.cur = e
	z.entries = append(z.entries, e)
	return e, nil
}

func (e *zipEntry) Write(p []byte) (int, error) {
	n, err := e.z.buf.Write(p)
	e.z.written += int64(n)
	e.size += int64(n)
	return n, err
}

// finish hands the entry being written to a compressor.
func (z *sortedZip) finish() error {
	e := z.cur
	if e == nil {
		return nil
	}
	z.cur = nil
	if err := z.buf.Flush(); err != nil {
		return err
	}
	if err := e.splice(); err != nil {
		return err
	}
	// An entry compressed early has only its last bytes left: it takes
	// no slot.
	if e.early == nil {
		z.slots <- struct{}{}
	}
	z.work.Add(1)
	go func() {
		defer z.work.Done()
		e.err = e.deflate()
		if e.early == nil {
			<-z.slots
		}
	}()
	return nil
}

// flaters are deflate writers at archive/zip's default level, reused.
// They are klauspost/compress's: the same level takes under half the CPU
// of compress/flate's on the workbook's XML for a few percent more bytes.
// The archive's bytes are theirs (deterministic, like compress/flate's);
// the parts inside are the same whichever deflate wrote them.
var flaters = sync.Pool{New: func() any {
	fw, _ := flate.NewWriter(nil, 5)
	return fw
}}

// splice sets the pieces the entry is made of: its bytes as written, with
// the rows of its splices before </sheetData> when it has some. When the
// head and rows were compressed early, the pieces are only what is left,
// the bytes from </sheetData> on.
func (e *zipEntry) splice() error {
	whole := io.NewSectionReader(e.z.raw, e.offset, e.size)
	sp, ok := e.z.splices[e.name]
	if !ok {
		e.pieces = []io.Reader{whole}
		return nil
	}
	delete(e.z.splices, e.name)
	// The worksheet as written holds its header row only: a few KB.
	buf := make([]byte, e.size)
	if _, err := whole.ReadAt(buf, 0); err != nil {
		return err
	}
	end := bytes.Index(buf, []byte("</sheetData>"))
	if end < 0 {
		return fmt.Errorf("workbook: %s: rows for a worksheet without </sheetData>", e.name)
	}
	rows := sp.rows
	e.size += rows.Size()
	if p := sp.early; p != nil && p.rows.Size() == rows.Size() && bytes.Equal(p.head, buf[:end]) {
		p.taken, e.early = true, p
		e.pieces = []io.Reader{bytes.NewReader(buf[end:])}
		return nil
	}
	e.pieces = []io.Reader{io.NewSectionReader(e.z.raw, e.offset, int64(end)), rows,
		io.NewSectionReader(e.z.raw, e.offset+int64(end), e.size-rows.Size()-int64(end))}
	return nil
}

// deflater compresses one entry into a temporary file.
type deflater struct {
	file *os.File
	bw   *bufio.Writer
	fw   *flate.Writer
	crc  hash.Hash32
	w    io.Writer // to fw and crc
}

func newDeflater() (*deflater, error) {
	f, err := os.CreateTemp("", "zongjie-xlsx-")
	if err != nil {
		return nil, err
	}
	d := &deflater{file: f, bw: bufio.NewWriterSize(f, 1<<16), fw: flaters.Get().(*flate.Writer), crc: crc32.NewIEEE()}
	d.fw.Reset(d.bw)
	d.w = io.MultiWriter(d.fw, d.crc)
	return d, nil
}

// close ends the stream, and gives the CRC of the bytes written and the
// length of the compressed ones.
func (d *deflater) close() (crc uint32, length int64, err error) {
	if err := d.fw.Close(); err != nil {
		return 0, 0, err
	}
	if err := d.bw.Flush(); err != nil {
		return 0, 0, err
	}
	length, err = d.file.Seek(0, io.SeekCurrent)
	return d.crc.Sum32(), length, err
}

// release gives the deflate writer back; the file stays.
func (d *deflater) release() { flaters.Put(d.fw) }

// deflate compresses the entry's bytes into a temporary file, or ends its
// early compression with them.
func (e *zipEntry) deflate() error {
	begin := newDeflater
	if e.early != nil {
		begin = e.early.wait
	}
	d, err := begin()
	if err != nil {
		return err
	}
	e.deflated = d.file
	defer d.release()
	if _, err := io.Copy(d.w, io.MultiReader(e.pieces...)); err != nil {
		return err
	}
	e.crc, e.length, err = d.close()
	return err
}

func (z *sortedZip) AddFS(fsys fs.FS) error {
	return fs.WalkDir(fsys, ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		src, err := fsys.Open(name)
		if err != nil {
			return err
		}
		defer src.Close()
		dst, err := z.Create(name)
		if err != nil {
			return err
		}
		_, err = io.Copy(dst, src)
		return err
	})
}

func (z *sortedZip) Close() error {
	err := z.finish()
	z.work.Wait()
	defer z.removeTemp()
	if err != nil {
		return err
	}
	for name := range z.splices {
		return fmt.Errorf("workbook: rows for %s, a worksheet that was not written", name)
	}
	sort.SliceStable(z.entries, func(i, j int) bool { return z.entries[i].name < z.entries[j].name })
	for _, e := range z.entries {
		if e.err != nil {
			return e.err
		}
		w, err := z.out.CreateRaw(&zip.FileHeader{
			Name:   e.name,
			Method: zip.Deflate,
			//lint:ignore SA1019 CreateRaw writes the MS-DOS date as given (it ignores Modified): 1980-01-01, fixed and valid.
			ModifiedDate:       1<<5 | 1,
			CreatorVersion:     20,
			ReaderVersion:      20,
			CRC32:              e.crc,
			CompressedSize64:   uint64(e.length),
			UncompressedSize64: uint64(e.size),
		})
		if err != nil {
			return err
		}
		if _, err := io.Copy(w, io.NewSectionReader(e.deflated, 0, e.length)); err != nil {
			return err
		}
	}
	return z.out.Close()
}

// removeTemp removes the temporary files.
func (z *sortedZip) removeTemp() {
	files := []*os.File{z.raw}
	for _, e := range z.entries {
		files = append(files, e.deflated)
	}
	for _, f := range files {
		if f != nil {
			f.Close()
			os.Remove(f.Name())
		}
	}
	z.entries = nil
}
