package pipeline

import (
	"bufio"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"runtime"
	"sync"

	"github.com/zongjie/zongjie/pipeline/ingest"
)

// LineCounts is the first pass of a batch: in how many documents each line
// occurs, kept in a count-min sketch (LineSketchDepth rows of
// LineSketchWidth counters, each line added once per document to one
// counter a row, its count the smallest of them). Its size is fixed
// whatever the corpus (16 MiB), its counts are never under the truth, and
// the sketches of two shards add up, counter by counter, to the sketch of
// the whole: counting is plain addition, so a single run, a resumed run
// and shards merged all see the same counts. (Conservative update would
// over-count less, but its counters no longer add across shards.)
type LineCounts struct {
	Docs     uint64 // documents counted
	counters []uint32
}

const (
	// LineSketchWidth is the number of counters in a row.
	LineSketchWidth = 1 << 20
	// LineSketchDepth is the number of rows.
	LineSketchDepth = 4
)

// lineCountsMagic starts a line-count file; the version is its last byte:
// 2 since lines are counted by their template form (counts and relative
// times masked), which version 1's counts are not.
const lineCountsMagic = "zongjie-lines\x02"

// NewLineCounts returns an empty sketch.
func NewLineCounts() *LineCounts {
	return &LineCounts{counters: make([]uint32, LineSketchWidth*LineSketchDepth)}
}

// slot is the counter of row r for a fingerprint: the rows use independent
// hashes derived from the fingerprint (double hashing).
func slot(fp uint64, r int) int {
	h1, h2 := uint32(fp), uint32(fp>>32)|1
	return r*LineSketchWidth + int((h1+uint32(r)*h2)%LineSketchWidth)
}

// addDocument counts the distinct fingerprints of one document.
func (c *LineCounts) addDocument(fps []uint64) {
	c.Docs++
	for _, fp := range fps {
		for r := range LineSketchDepth {
			if i := slot(fp, r); c.counters[i] < ^uint32(0) {
				c.counters[i]++
			}
		}
	}
}

// Count is the number of documents holding the line (over, never under).
func (c *LineCounts) Count(fp uint64) uint32 {
	n := ^uint32(0)
	for r := range LineSketchDepth {
		n = min(n, c.counters[slot(fp, r)])
	}
	return n
}

// Documents is the number of documents counted.
func (c *LineCounts) Documents() uint64 { return c.Docs }

// Add adds the counts of another sketch (another shard) to c.
func (c *LineCounts) Add(o *LineCounts) {
	c.Docs += o.Docs
	for i, v := range o.counters {
		c.counters[i] = uint32(min(uint64(c.counters[i])+uint64(v), uint64(^uint32(0))))
	}
}

// WriteTo writes the sketch: the magic, the document count, the width and
// depth, then every counter, little-endian.
func (c *LineCounts) WriteTo(w io.Writer) (int64, error) {
	bw := bufio.NewWriter(w)
	bw.WriteString(lineCountsMagic)
	var hdr [16]byte
	binary.LittleEndian.PutUint64(hdr[0:], c.Docs)
	binary.LittleEndian.PutUint32(hdr[8:], LineSketchWidth)
	binary.LittleEndian.PutUint32(hdr[12:], LineSketchDepth)
	bw.Write(hdr[:])
	var b [4]byte
	for _, v := range c.counters {
		binary.LittleEndian.PutUint32(b[:], v)
		bw.Write(b[:])
	}
	n := int64(len(lineCountsMagic) + len(hdr) + 4*len(c.counters))
	return n, bw.Flush()
}

// ReadLineCounts reads a sketch written by WriteTo.
func ReadLineCounts(r io.Reader) (*LineCounts, error) {
	br := bufio.NewReader(r)
	magic := make([]byte, len(lineCountsMagic))
	if _, err := io.ReadFull(br, magic); err != nil || string(magic) != lineCountsMagic {
		last := len(lineCountsMagic) - 1
		if err == nil && string(magic[:last]) == lineCountsMagic[:last] {
			return nil, fmt.Errorf("line-count file of format %d, this zongjie reads format %d: count the lines again with zongjie lines", magic[last], lineCountsMagic[last])
		}
		return nil, errors.New("not a zongjie line-count file (made by zongjie lines)")
	}
	var hdr [16]byte
	if _, err := io.ReadFull(br, hdr[:]); err != nil {
		return nil, errors.New("line-count file: header cut short")
	}
	if w, d := binary.LittleEndian.Uint32(hdr[8:]), binary.LittleEndian.Uint32(hdr[12:]); w != LineSketchWidth || d != LineSketchDepth {
		return nil, fmt.Errorf("line-count file: sketch of %d×%d counters, this zongjie uses %d×%d", d, w, LineSketchDepth, LineSketchWidth)
	}
	c := NewLineCounts()
	c.Docs = binary.LittleEndian.Uint64(hdr[0:])
	var b [4]byte
	for i := range c.counters {
		if _, err := io.ReadFull(br, b[:]); err != nil {
			return nil, errors.New("line-count file: counters cut short")
		}
		c.counters[i] = binary.LittleEndian.Uint32(b[:])
	}
	if _, err := br.ReadByte(); err != io.EOF {
		return nil, errors.New("line-count file: data after the counters")
	}
	return c, nil
}

// CountLines is the first pass of a batch: it reads every file (decoding
// and repairs only, which is cheap beside segmentation) and counts its
// distinct lines. A file that cannot be read is left out here; the second
// pass reports it. The result does not depend on jobs.
func CountLines(files []string, opt ingest.Options, jobs int) *LineCounts {
	return CountLinesKeeping(files, opt, jobs, nil)
}

// Keep is given, by the counting pass, each file it prepared (read,
// decoded, repaired, as the second pass's ingest.Options would), with the
// content it was made from, so that the second pass can go on from it
// (Options.Prepared); from several goroutines at once. i indexes the
// files counted.
type Keep func(i int, p *ingest.Prepared, c Content)

// CountLinesKeeping is CountLines that gives keep, when not nil, every
// file it prepared: opt are the options of the second pass.
func CountLinesKeeping(files []string, opt ingest.Options, jobs int, keep Keep) *LineCounts {
	if jobs <= 0 {
		jobs = runtime.NumCPU()
	}
	c := NewLineCounts()
	var mu sync.Mutex
	var wg sync.WaitGroup
	next := make(chan int)
	for range min(jobs, max(len(files), 1)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				fps := documentFingerprints(i, files[i], opt, keep)
				if fps == nil {
					continue
				}
				mu.Lock()
				c.addDocument(fps)
				mu.Unlock()
			}
		}()
	}
	for i := range files {
		next <- i
	}
	close(next)
	wg.Wait()
	return c
}

// documentFingerprints returns the distinct line fingerprints of file i,
// or nil when it cannot be read (or a stage panics on it). With keep (and
// opt not Raw), the file is prepared with opt (its mojibake warnings too,
// which counting does not need) and kept as soon as it is.
func documentFingerprints(i int, path string, opt ingest.Options, keep Keep) (fps []uint64) {
	defer func() {
		if recover() != nil {
			fps = nil
		}
	}()
	counting := ingest.CountingOptions(opt)
	data, err := ingest.ReadFile(path, counting)
	if err != nil {
		return nil
	}
	keeping := keep != nil && !opt.Raw // counting never reads raw text
	popt := counting
	if keeping {
		popt = opt
	}
	p, err := ingest.Prepare(path, data, popt)
	if err != nil {
		return nil
	}
	if keeping {
		sum := sha256.Sum256(data)
		keep(i, p, Content{Size: int64(len(data)), SHA256: hex.EncodeToString(sum[:])})
	}
	doc, err := p.Finish(counting)
	if err != nil {
		return nil
	}
	return ingest.DocumentFingerprints(doc)
}
