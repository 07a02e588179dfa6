package export

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"hash"
	"hash/crc32"
	"io"
	"io/fs"
	"sort"

	"github.com/xuri/excelize/v2"
)

// sortedZip is an excelize.ZipWriter that writes its entries sorted by name
// when closed. excelize writes the parts of streamed sheets in map order,
// which differs from run to run; sorting makes the archive byte-identical.
// Each entry is compressed as it arrives, so only compressed bytes are held.
type sortedZip struct {
	out     *zip.Writer
	fw      *flate.Writer
	entries []*zipEntry
	cur     *zipEntry
}

type zipEntry struct {
	name string
	data bytes.Buffer // deflated
	crc  hash.Hash32
	size uint64
	fw   *flate.Writer
}

func newSortedZip(w io.Writer) excelize.ZipWriter {
	return &sortedZip{out: zip.NewWriter(w)}
}

func (z *sortedZip) Create(name string) (io.Writer, error) {
	if err := z.finish(); err != nil {
		return nil, err
	}
	e := &zipEntry{name: name, crc: crc32.NewIEEE()}
	if z.fw == nil {
		fw, err := flate.NewWriter(&e.data, 5) // archive/zip's default level
		if err != nil {
			return nil, err
		}
		z.fw = fw
	} else {
		z.fw.Reset(&e.data)
	}
	e.fw = z.fw
	z.cur = e
	z.entries = append(z.entries, e)
	return e, nil
}

func (e *zipEntry) Write(p []byte) (int, error) {
	e.crc.Write(p)
	e.size += uint64(len(p))
	return e.fw.Write(p)
}

// finish closes the deflate stream of the entry being written.
func (z *sortedZip) finish() error {
	if z.cur == nil {
		return nil
	}
	err := z.cur.fw.Close()
	z.cur.fw, z.cur = nil, nil
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
	if err := z.finish(); err != nil {
		return err
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
			CompressedSize64:   uint64(e.data.Len()),
			UncompressedSize64: e.size,
		})
		if err != nil {
			return err
		}
		if _, err := e.data.WriteTo(w); err != nil {
			return err
		}
	}
	z.entries = nil
	return z.out.Close()
}
