package batch

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/zongjie/zongjie/pipeline"
	"github.com/zongjie/zongjie/pipeline/export"
	"github.com/zongjie/zongjie/pipeline/extract"
)

// A checkpoint is a directory beside the outputs that a run appends to as
// files are done:
//
//	records.jsonl  the records, one JSON line each, as --jsonl writes them
//	index.jsonl    one line per file done: path, size, content digest, and
//	               where its record is in records.jsonl, or its failure
//	run.json       what the run was made with (parameters and data digests):
//	               a resume with other settings is refused
//
// The record bytes are flushed before the index lines that point at them,
// so after a crash, a kill or a full disk the index never names a record
// that is not whole; a torn last index line is dropped on resume.
const (
	recordsName = "records.jsonl"
	indexName   = "index.jsonl"
	runName     = "run.json"
)

// entry is one line of index.jsonl.
type entry struct {
	Path    string            `json:"path"`
	Size    int64             `json:"size"`
	SHA256  string            `json:"sha256"`
	Offset  int64             `json:"offset"`
	Length  int64             `json:"length"`
	Failure *pipeline.Failure `json:"failure,omitempty"`
}

// Checkpoint is an open checkpoint directory.
type Checkpoint struct {
	dir      string
	records  *os.File
	index    *os.File
	rbuf     *bufio.Writer
	ibuf     *bufio.Writer
	size     int64            // of records.jsonl, buffered bytes included
	prev     map[string]entry // files done by earlier runs, by path
	unsynced int
	line     []byte // the record being added
}

// ErrCheckpointExists is returned by OpenCheckpoint without resume when
// a checkpoint of an earlier run is in the way.
var ErrCheckpointExists = errors.New("a checkpoint of an earlier run is there")

// OpenCheckpoint opens dir for a run made with identity (a description
// of the settings that change the records). With resume, the files an
// earlier run recorded there are reused; without, dir must not hold a
// checkpoint.
func OpenCheckpoint(dir, identity string, resume bool) (*Checkpoint, error) {
	c := &Checkpoint{dir: dir, prev: map[string]entry{}}
	_, err := os.Stat(filepath.Join(dir, indexName))
	exists := err == nil
	if exists && !resume {
		return nil, fmt.Errorf("%s: %w", dir, ErrCheckpointExists)
	}
	if exists {
		if err := c.load(identity); err != nil {
			return nil, fmt.Errorf("%s: %w", dir, err)
		}
	} else {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, err
		}
		if err := writeFileAtomic(filepath.Join(dir, runName), []byte(identity)); err != nil {
			return nil, err
		}
	}
	if c.records, err = os.OpenFile(filepath.Join(dir, recordsName), os.O_CREATE|os.O_RDWR, 0o644); err != nil {
		return nil, err
	}
	if c.index, err = os.OpenFile(filepath.Join(dir, indexName), os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644); err != nil {
		c.records.Close()
		return nil, err
	}
	if _, err := c.records.Seek(c.size, io.SeekStart); err != nil {
		c.Close()
		return nil, err
	}
	c.rbuf = bufio.NewWriterSize(c.records, 1<<20)
	c.ibuf = bufio.NewWriterSize(c.index, 1<<16)
	return c, nil
}

// load reads an earlier run's index and cuts both files back to the last
// whole entry.
func (c *Checkpoint) load(identity string) error {
	was, err := os.ReadFile(filepath.Join(c.dir, runName))
	if err != nil {
		return err
	}
	if string(was) != identity {
		return fmt.Errorf("it was made with other settings, so it cannot be resumed:\n  then: %s\n  now:  %s", was, identity)
	}
	info, err := os.Stat(filepath.Join(c.dir, recordsName))
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	var have int64
	if info != nil {
		have = info.Size()
	}
	idx, err := os.ReadFile(filepath.Join(c.dir, indexName))
	if err != nil {
		return err
	}
	good := 0 // bytes of index.jsonl that are whole, valid entries
	for good < len(idx) {
		nl := bytes.IndexByte(idx[good:], '\n')
		if nl < 0 {
			break
		}
		var e entry
		if json.Unmarshal(idx[good:good+nl], &e) != nil || e.Offset+e.Length > have {
			break
		}
		c.prev[e.Path] = e
		c.size = max(c.size, e.Offset+e.Length)
		good += nl + 1
	}
	if err := os.Truncate(filepath.Join(c.dir, indexName), int64(good)); err != nil {
		return err
	}
	return os.Truncate(filepath.Join(c.dir, recordsName), c.size)
}

// Dir is the checkpoint directory.
func (c *Checkpoint) Dir() string { return c.dir }

// Earlier is the number of files an earlier run recorded.
func (c *Checkpoint) Earlier() int { return len(c.prev) }

// done gives the earlier entry of path when the file is still the same
// (size and content digest).
func (c *Checkpoint) done(path string) (entry, bool) {
	e, ok := c.prev[path]
	if !ok {
		return e, false
	}
	size, digest, err := identify(path)
	if err != nil || size != e.Size || digest != e.SHA256 {
		return e, false
	}
	return e, true
}

// identify gives a file's size and SHA-256.
func identify(path string) (int64, string, error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, "", err
	}
	defer f.Close()
	h := sha256.New()
	n, err := io.Copy(h, f)
	if err != nil {
		return 0, "", err
	}
	return n, hex.EncodeToString(h.Sum(nil)), nil
}

// add appends a file's record (or failure) and gives its entry: with the
// content the worker read, or, when it read none, what the file holds now.
func (c *Checkpoint) add(path string, content *pipeline.Content, rec *extract.Record, fail *pipeline.Failure) (entry, error) {
	e := entry{Path: path, Failure: fail, Offset: c.size}
	if content != nil {
		e.Size, e.SHA256 = content.Size, content.SHA256
	} else {
		var err error
		if e.Size, e.SHA256, err = identify(path); err != nil && fail == nil {
			// Processed but gone since: it will be redone on resume.
			e.SHA256 = ""
		}
	}
	if rec != nil {
		var err error
		if c.line, err = export.AppendRecord(c.line[:0], rec); err != nil {
			return e, fmt.Errorf("%s: %w", path, err)
		}
		e.Length = int64(len(c.line))
		if _, err := c.rbuf.Write(c.line); err != nil {
			return e, err
		}
		c.size += e.Length
	}
	line, err := json.Marshal(e)
	if err != nil {
		return e, err
	}
	line = append(line, '\n')
	if _, err := c.ibuf.Write(line); err != nil {
		return e, err
	}
	c.unsynced++
	if c.unsynced >= flushEvery {
		return e, c.Flush()
	}
	return e, nil
}

// flushEvery is how many files may be done between two flushes: what a
// crash can lose.
const flushEvery = 32

// Flush writes what is buffered: the records first, then the index that
// points at them.
func (c *Checkpoint) Flush() error {
	c.unsynced = 0
	if err := c.rbuf.Flush(); err != nil {
		return fmt.Errorf("%s: %w", c.records.Name(), err)
	}
	if err := c.ibuf.Flush(); err != nil {
		return fmt.Errorf("%s: %w", c.index.Name(), err)
	}
	return nil
}

// record reads back the record an entry points at.
func (c *Checkpoint) record(e entry) (*extract.Record, error) { return c.recordWith(e, decodeRecord) }

// recordWith reads back the record an entry points at with decode.
func (c *Checkpoint) recordWith(e entry, decode func([]byte, *extract.Record) error) (*extract.Record, error) {
	buf := make([]byte, e.Length)
	if _, err := c.records.ReadAt(buf, e.Offset); err != nil {
		return nil, fmt.Errorf("%s: record of %s: %w", c.records.Name(), e.Path, err)
	}
	var rec extract.Record
	if err := decode(buf, &rec); err != nil {
		return nil, fmt.Errorf("%s: record of %s: %w", c.records.Name(), e.Path, err)
	}
	return &rec, nil
}

// Close flushes and closes the files; the checkpoint stays for a resume.
func (c *Checkpoint) Close() error {
	err := c.Flush()
	if cerr := c.records.Close(); err == nil {
		err = cerr
	}
	if cerr := c.index.Close(); err == nil {
		err = cerr
	}
	return err
}

// Remove closes and deletes the checkpoint, once the outputs are written.
func (c *Checkpoint) Remove() error {
	c.records.Close()
	c.index.Close()
	return os.RemoveAll(c.dir)
}

// writeFileAtomic writes a file whole or not at all.
func writeFileAtomic(path string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".zongjie-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}
