package export

import (
	"archive/zip"
	"bufio"
	"compress/flate"
	"hash"
	"hash/crc32"
	"io"
	"io/fs"
	"os"
	"sort"

	"github.com/xuri/excelize/v2"
)

// sortedZip is an excelize.ZipWriter that writes its entries sorted by name
// when closed. excelize writes the parts of streamed sheets in map order,
// which differs from run to run; sorting makes the archive byte-identical.
// Each entry is compressed as it arrives into a temporary file, so memory
// stays flat whatever the size of the sheets.
type sortedZip struct {
	out     *zip.Writer
	spool   *os.File
	buf     *bufio.Writer
	written int64
	fw      *flate.Writer
	entries []*zipEntry
	cur     *zipEntry
}

type zipEntry struct {
	name   string
	offset int64 // of the deflated bytes in the spool
	length int64
	crc    hash.Hash32
	size   uint64
	z      *sortedZip
}

func newSortedZip(w io.Writer) excelize.ZipWriter {
	return &sortedZip{out: zip.NewWriter(w)}
}

func (z *sortedZip) Write(p []byte) (int, error) {
	n, err := z.buf.Write(p)
	z.written += int64(n)
	return n, err
}

func (z *sortedZip) Create(name string) (io.Writer, error) {
	if err := z.finish(); err != nil {
		return nil, err
	}
	if z.spool == nil {
		f, err := os.CreateTemp("", "zongjie-xlsx-")
		if err != nil {
			return nil, err
		}
		z.spool, z.buf = f, bufio.NewWriterSize(f, 1<<16)
		fw, err := flate.NewWriter(z, 5) // archive/zip's default level
		if err != nil {
			return nil, err
		}
		z.fw = fw
	} else {
		z.fw.Reset(z)
	}
	e := &zipEntry{name: name, offset: z.written, crc: crc32.NewIEEE(), z: z}
	z.cur = e
	z.entries = append(z.entries, e)
	return e, nil
}

func (e *zipEntry) Write(p []byte) (int, error) {
	e.crc.Write(p)
	e.size += uint64(len(p))
	return e.z.fw.Write(p)
}

// finish closes the deflate stream of the entry being written.
func (z *sortedZip) finish() error {
	if z.cur == nil {
		return nil
	}
	err := z.fw.Close()
	z.cur.length = z.written - z.cur.offset
	z.cur = nil
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
	if z.spool != nil {
		defer os.Remove(z.spool.Name())
		defer z.spool.Close()
	}
	if err := z.finish(); err != nil {
		return err
	}
	if z.buf != nil {
		if err := z.buf.Flush(); err != nil {
			return err
		}
	}
	sort.SliceStable(z.entries, func(i, j int) bool { return z.entries[i].name < z.entries[j].name })
	for _, e := range z.entries {
		w, err := z.out.CreateRaw(&zip.FileHeader{
			Name:   e.name,
			Method: zip.Deflate,
			//lint:ignore SA1019 CreateRaw writes the MS-DOS date as given (it ignores Modified): 1980-01-01, fixed and valid.
			ModifiedDate:       1<<5 | 1,
			CreatorVersion:     20,
			ReaderVersion:      20,
			CRC32:              e.crc.Sum32(),
			CompressedSize64:   uint64(e.length),
			UncompressedSize64: e.size,
		})
		if err != nil {
			return err
		}
		if _, err := io.Copy(w, io.NewSectionReader(z.spool, e.offset, e.length)); err != nil {
			return err
		}
	}
	z.entries = nil
	return z.out.Close()
}
