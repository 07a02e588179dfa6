// Package pipeline runs the stages over many files: it expands the
// command-line arguments into a sorted list of documents, processes them
// with a bounded pool of workers, and returns records in input order with
// every per-file failure captured, so one bad file never aborts a batch.
package pipeline

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"

	"github.com/zongjie/zongjie/pipeline/extract"
	"github.com/zongjie/zongjie/pipeline/ingest"
	"github.com/zongjie/zongjie/pipeline/segment"
)

// Extensions are the file endings a directory walk picks up.
var Extensions = []string{".txt", ".html", ".htm", ".docx"}

// Collect expands paths into the documents to process: a directory gives
// every file below it with a supported extension, in lexical order; a file
// is taken as it is, whatever its extension. Files below a directory with
// another extension are returned as failures ("skipped"), so nothing is
// left out unseen; hidden files and directories (.git, .DS_Store) are not
// walked.
func Collect(paths []string) ([]string, []Failure, error) {
	var files []string
	var skipped []Failure
	for _, p := range paths {
		info, err := os.Stat(p)
		if err != nil {
			return nil, nil, err
		}
		if !info.IsDir() {
			files = append(files, p)
			continue
		}
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if path != p && strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if d.IsDir() {
				return nil
			}
			ext := strings.ToLower(filepath.Ext(path))
			for _, e := range Extensions {
				if ext == e {
					files = append(files, path)
					return nil
				}
			}
			skipped = append(skipped, Failure{Source: path, Stage: "collect",
				Reason: fmt.Sprintf("skipped: extension %q is not one of %s", ext, strings.Join(Extensions, " "))})
			return nil
		})
		if err != nil {
			return nil, nil, err
		}
	}
	sort.SliceStable(skipped, func(i, j int) bool { return skipped[i].Source < skipped[j].Source })
	return files, skipped, nil
}

// Options configure a Run.
type Options struct {
	Jobs      int // workers; 0 means one per CPU
	Ingest    ingest.Options
	Segmenter *segment.Segmenter
	Extractor *extract.Extractor
	// Read, when set, reads a document instead of ingest.Read (standard
	// input for "-").
	Read func(path string) (*ingest.Document, error)
	// Prepared, when set, gives file i (at path) as the counting pass
	// prepared it (CountLinesKeeping), with the content it was prepared
	// from; ok is false when it has none, and the file is read.
	Prepared func(i int, path string) (p *ingest.Prepared, c *Content, ok bool, err error)
	// SegmenterFor, when set, builds the segmenter for one document instead
	// of using Segmenter.
	SegmenterFor func(doc *ingest.Document) (*segment.Segmenter, error)
	// Ready, when set, is waited for by Stream before it emits the first
	// outcome; an error stops the run and is returned, and no outcome is
	// emitted. It lets the workers start while something they need later
	// (the dictionary SegmenterFor waits for) is still loading, without a
	// failure to load becoming the failure of the first files.
	Ready func() error
	// Fingerprints, when set, gives each record the fingerprint that finds
	// reposts (package dedup).
	Fingerprints bool
	// Progress, when set, is called after each file, from one goroutine at a time.
	Progress func(source string)
}

// Result holds the records of the files that went through, in input order,
// and the failures of those that did not, also in input order.
type Result struct {
	Records  []extract.Record
	Failures []Failure
}

// Run processes files through ingest, segment and extract and keeps every
// record in memory: for tests and small runs; batch streams with Stream.
func Run(files []string, opt Options) Result {
	var res Result
	_ = Stream(context.Background(), files, opt, nil, func(o Outcome) error {
		if o.Record != nil {
			res.Records = append(res.Records, *o.Record)
		}
		if o.Failure != nil {
			res.Failures = append(res.Failures, *o.Failure)
		}
		return nil
	})
	return res
}

// Process runs one file through ingest, segment and extract. The failure
// names the stage; a panic in a stage is reported as that file's failure
// rather than the end of the run.
func Process(path string, opt Options) (rec *extract.Record, fail *Failure) {
	rec, _, fail = process(-1, path, opt)
	return rec, fail
}

// Content is what a file held when a run read it: its size and the
// SHA-256 of its bytes, the very bytes its record was made from.
type Content struct {
	Size   int64
	SHA256 string
}

// process is Process of file i of a run (-1: of none) that also gives the
// content of the file as read; nil when it was not read (it failed to, or
// Options.Read read it).
func process(i int, path string, opt Options) (rec *extract.Record, content *Content, fail *Failure) {
	fail = guard(path, func(stage *string) error {
		var doc *ingest.Document
		var err error
		doc, content, err = opt.read(i, path)
		if err != nil {
			return err
		}
		*stage = "segment"
		seg := opt.Segmenter
		if opt.SegmenterFor != nil {
			if seg, err = opt.SegmenterFor(doc); err != nil {
				return err
			}
		}
		room := tokenRooms.Get().(*[]segment.Token)
		defer tokenRooms.Put(room)
		*room = seg.AppendCut((*room)[:0], doc)
		*stage = "extract"
		r := opt.Extractor.Extract(doc, *room)
		if opt.Fingerprints {
			*stage = "fingerprint"
			r.Fingerprint = fingerprint(doc)
		}
		rec = &r
		return nil
	})
	if fail != nil {
		rec = nil
	}
	return rec, content, fail
}

// tokenRooms hold the memory of a document's tokens, given to the next
// document once its record is made (the record holds none of them): as
// much as the text's words, it was made anew for each document.
var tokenRooms = sync.Pool{New: func() any { return new([]segment.Token) }}

// Ingest reads one file into a Document, with the failure of Process.
func Ingest(path string, opt Options) (doc *ingest.Document, fail *Failure) {
	fail = guard(path, func(*string) error {
		var err error
		doc, _, err = opt.read(-1, path)
		return err
	})
	if fail != nil {
		doc = nil
	}
	return doc, fail
}

// read reads file i (-1: of no run) into a document, with the content of
// the file when it read the bytes itself (not with Options.Read) or was
// given them prepared; a file read but not parsed has its content too.
func (opt *Options) read(i int, path string) (*ingest.Document, *Content, error) {
	if opt.Read != nil {
		doc, err := opt.Read(path)
		return doc, nil, err
	}
	if opt.Prepared != nil && i >= 0 {
		p, content, ok, err := opt.Prepared(i, path)
		if err != nil {
			return nil, nil, err
		}
		if ok && p.Raw == opt.Ingest.Raw {
			doc, err := p.Finish(opt.Ingest)
			return doc, content, err
		}
	}
	data, err := ingest.ReadFile(path, opt.Ingest)
	if err != nil {
		return nil, nil, err
	}
	sum := sha256.Sum256(data)
	doc, err := ingest.Parse(path, data, opt.Ingest)
	return doc, &Content{Size: int64(len(data)), SHA256: hex.EncodeToString(sum[:])}, err
}

// guard runs the stages of one file; an error or a panic is the file's
// Failure, naming the stage it happened in.
func guard(path string, run func(stage *string) error) (fail *Failure) {
	stage := "ingest"
	defer func() {
		if r := recover(); r != nil {
			fail = &Failure{Source: path, Stage: stage, Reason: fmt.Sprintf("internal error: %v", r)}
		}
	}()
	if err := run(&stage); err != nil {
		return &Failure{Source: path, Stage: stage, Reason: err.Error()}
	}
	return nil
}
